<?php
// Login: marks the session as alice's, issues a fresh session ID as OWASP
// advises against session fixation (the old session is destroyed), and
// redirects home.
session_start();
$_SESSION['user'] = 'alice';
session_regenerate_id(true);
header('Location: index.php', true, 302);
