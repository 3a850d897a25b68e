<?php
// Logout as the PHP manual documents it: empty the session, expire its
// cookie and destroy the server-side data, so an old session ID logs no one in.
session_start();
$_SESSION = [];
setcookie(session_name(), '', time() - 42000, '/');
session_destroy();
header('Location: index.php', true, 302);
