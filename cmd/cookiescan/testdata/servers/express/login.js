// An Express app with express-session and a login form, for cookiescan's
// authenticated-scan tests. Run: node login.js PORT MODE (listens on
// 127.0.0.1), MODE being "regenerate" (a new session ID at login, with
// req.session.regenerate) or "keep" (the ID the visitor had, the mistake
// behind session fixation). The logout destroys the session on the server.
const express = require('express');
const session = require('express-session');

const PASSWORD = 'correct horse battery staple'; // test-only
const regenerate = process.argv[3] === 'regenerate';

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({
  // A fixed, test-only secret. Never hard-code a secret in a real application.
  secret: 'cookiescan-test-only-not-a-secret',
  resave: false,
  saveUninitialized: true,
}));

const page = (title, body) => `<!doctype html>
<html><head><title>${title}</title></head><body>
${body}
</body></html>
`;

const loginForm = (error) => page('sign in', `<p>${error}</p>
<form method="post" action="/login">
<input name="username"> <input type="password" name="password">
<button type="submit">Sign in</button>
</form>`);

app.get('/', (req, res) => res.send(page('express', '<a href="/account">Account</a> <a href="/login">Sign in</a>')));

app.get('/login', (req, res) => res.send(loginForm('')));

app.post('/login', (req, res, next) => {
  if (req.body.username !== 'alice' || req.body.password !== PASSWORD) {
    res.send(loginForm('Wrong user name or password.'));
    return;
  }
  const signIn = () => {
    req.session.user = 'alice';
    res.redirect('/account');
  };
  if (!regenerate) {
    signIn();
    return;
  }
  req.session.regenerate((err) => {
    if (err) return next(err);
    signIn();
  });
});

app.get('/account', (req, res) => {
  if (!req.session.user) {
    res.redirect('/login');
    return;
  }
  res.send(page('account', `<p>Signed in as ${req.session.user}</p>
<a href="/logout">Log out</a>`));
});

app.get('/logout', (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
    res.clearCookie('connect.sid');
    res.redirect('/');
  });
});

app.listen(Number(process.argv[2]), '127.0.0.1');
