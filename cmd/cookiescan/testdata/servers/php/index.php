<?php
// Home page: starts a session with PHP's default configuration, so a first
// visit gets "Set-Cookie: PHPSESSID=...; path=/" and later visits nothing.
session_start();
$user = htmlspecialchars($_SESSION['user'] ?? 'guest');
?>
<!doctype html>
<html><head><title>php</title></head><body>
<p>hello <?= $user ?></p>
<a href="login.php">Log in</a> <a href="logout.php">Log out</a>
</body></html>
