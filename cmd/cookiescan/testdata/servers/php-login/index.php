<?php
// Home page: starts a session, so a visitor holds a PHPSESSID before logging in.
session_start();
?>
<!doctype html>
<html><head><title>php</title></head><body>
<a href="account.php">Account</a> <a href="login.php">Sign in</a>
</body></html>
