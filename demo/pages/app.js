// The dashboard's bundle: its session comes back on a fetch, its API token is
// written under a name the server chooses, and its admin page is linked only
// once the app has rendered.
(async () => {
  const res = await fetch('/api/session', { method: 'POST' }); // Set-Cookie app_sid without HttpOnly: missing-httponly
  const config = await res.json();
  document.cookie = config.tokenName + '=' + config.token + '; path=/'; // js-sets-auth-cookie
  const admin = document.createElement('a');
  admin.href = '/app/admin'; // Set-Cookie is_admin=true: unsigned-auth-value
  admin.textContent = 'Administration';
  document.getElementById('nav').appendChild(admin);
  document.getElementById('status').textContent = 'Ready';
})();
