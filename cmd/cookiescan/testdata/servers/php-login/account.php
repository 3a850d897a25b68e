<?php
// The page behind the login.
session_start();
if (!isset($_SESSION['user'])) {
    header('Location: login.php', true, 302);
    exit;
}
?>
<!doctype html>
<html><head><title>account</title></head><body>
<p>Signed in as <?= htmlspecialchars($_SESSION['user']) ?></p>
<a href="logout.php">Log out</a>
</body></html>
