<?php
// Home page: starts a session with PHP's default configuration, so a first
// visit gets "Set-Cookie: PHPSESSID=...; path=/" and later visits nothing.
session_start();
header('Content-Type: text/plain; charset=utf-8');
echo isset($_SESSION['user']) ? "hello {$_SESSION['user']}\n" : "hello guest\n";
