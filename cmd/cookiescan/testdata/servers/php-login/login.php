<?php
// Login form. It keeps the session ID the visitor already had: no
// session_regenerate_id() at login, the mistake behind session fixation.
// With PHP's default session.use_strict_mode=0, session_start() also adopts
// any session ID a client makes up.
session_start();
$error = '';
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    // A fixed, test-only password.
    if (($_POST['username'] ?? '') === 'alice' && ($_POST['password'] ?? '') === 'correct horse battery staple') {
        $_SESSION['user'] = 'alice';
        header('Location: account.php', true, 302);
        exit;
    }
    $error = 'Wrong user name or password.';
}
?>
<!doctype html>
<html><head><title>sign in</title></head><body>
<p><?= $error ?></p>
<form method="post" action="login.php">
<input name="username"> <input type="password" name="password">
<button type="submit">Sign in</button>
</form>
</body></html>
