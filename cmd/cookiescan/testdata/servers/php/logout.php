<?php
// Logout as the PHP manual documents it (session_destroy, example #1):
// empty the session, expire its cookie with the session cookie's path, and
// destroy the server-side data.
session_start();
$_SESSION = [];
setcookie(session_name(), '', time() - 42000, '/');
session_destroy();
header('Content-Type: text/plain; charset=utf-8');
echo "bye\n";
