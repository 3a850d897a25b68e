// A minimal Express app with express-session's default cookie, for
// cookiescan's end-to-end tests. Run: node app.js PORT (listens on 127.0.0.1).
//
// express-session's default cookie is "connect.sid", signed ("s:" + id + "." +
// HMAC), set with HttpOnly and Path=/ but neither Secure nor SameSite.
const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({
  // A fixed, test-only secret. Never hard-code a secret in a real application.
  secret: 'cookiescan-test-only-not-a-secret',
  resave: false,
  saveUninitialized: true,
}));

const page = (req) => `<!doctype html>
<html><head><title>express</title></head><body>
<p>hello ${req.session.user || 'guest'}</p>
<a href="/login">Log in</a> <a href="/about">About</a> <a href="/logout">Log out</a>
</body></html>
`;

app.get('/', (req, res) => {
  req.session.views = (req.session.views || 0) + 1;
  res.send(page(req));
});

app.get('/about', (req, res) => res.send(page(req)));

app.get('/login', (req, res, next) => {
  // A new session ID on login, against session fixation.
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.user = 'alice';
    res.redirect('/');
  });
});

app.get('/logout', (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
    res.clearCookie('connect.sid');
    res.send('bye\n');
  });
});

app.listen(Number(process.argv[2]), '127.0.0.1');
