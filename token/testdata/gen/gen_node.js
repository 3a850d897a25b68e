// Express-family cookie fixtures made by the real npm modules: express-session, cookie-session,
// cookie-parser (signed cookies), cookies/keygrip (Koa-style signed cookies) and jsonwebtoken.
// Run from a directory where they are installed (see README.md); prints a JSON array on stdout.
'use strict';
const crypto = require('crypto');
const http = require('http');
const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const cookieParser = require('cookie-parser');
const Cookies = require('cookies');
const jwt = require('jsonwebtoken');

const STRONG = crypto.randomBytes(32).toString('hex');
const ver = (m) => require(m + '/package.json').version;
const out = [];
function add(f) {
  const fx = Object.assign({ siblings: {}, signed: true, readable: true, encrypted: false, keys: [] }, f);
  fx.keys = [...fx.keys].sort();
  out.push(fx);
}

// setCookies runs handler in a real HTTP server on 127.0.0.1 and returns the Set-Cookie name→value map.
function setCookies(app) {
  return new Promise((resolve, reject) => {
    const srv = http.createServer(app).listen(0, '127.0.0.1', () => {
      http.get({ host: '127.0.0.1', port: srv.address().port, path: '/' }, (res) => {
        res.resume();
        const got = {};
        for (const h of res.headers['set-cookie'] || []) {
          const pair = h.split(';', 1)[0];
          const i = pair.indexOf('=');
          got[pair.slice(0, i)] = pair.slice(i + 1);
        }
        srv.close();
        resolve(got);
      }).on('error', reject);
    });
  });
}

async function main() {
  for (const [secret, label] of [['keyboard cat', 'keyboard cat'], ['secret', 'secret'], [STRONG, null]]) {
    const app = express();
    app.use(session({ secret, resave: false, saveUninitialized: true }));
    app.get('/', (req, res) => { req.session.user = 'alice'; res.send('ok'); });
    const c = await setCookies(app);
    add({ name: 'connect.sid', value: c['connect.sid'], format: 'express-session', readable: false, secret: label,
      source: `generated with express-session ${ver('express-session')} (express ${ver('express')}): ` +
        `app.use(session({secret: ${JSON.stringify(label || '<random 32 bytes hex>')}, resave: false, saveUninitialized: true})); Set-Cookie value` });
  }

  for (const [keys, label] of [[['key1', 'key2'], 'key1'], [['keyboard cat'], 'keyboard cat'], [[STRONG], null]]) {
    const app = express();
    app.use(cookieSession({ name: 'session', keys }));
    app.get('/', (req, res) => { req.session.user = 'alice'; req.session.isAdmin = true; res.send('ok'); });
    const c = await setCookies(app);
    add({ name: 'session', value: c.session, siblings: { 'session.sig': c['session.sig'] }, format: 'cookie-session',
      keys: ['isAdmin', 'user'], secret: label,
      source: `generated with cookie-session ${ver('cookie-session')} (keygrip ${ver('keygrip')}): ` +
        `app.use(cookieSession({name: 'session', keys: ${JSON.stringify(label ? keys : ['<random>'])}})); req.session.user='alice'; req.session.isAdmin=true` });
  }

  for (const [secret, label] of [['secret', 'secret'], [STRONG, null]]) {
    const app = express();
    app.use(cookieParser(secret));
    app.get('/', (req, res) => {
      res.cookie('user', 'alice', { signed: true });
      res.cookie('prefs', { theme: 'dark', email: 'carol@example.com' }, { signed: true });
      res.send('ok');
    });
    const c = await setCookies(app);
    const src = `generated with cookie-parser ${ver('cookie-parser')} / express ${ver('express')}: app.use(cookieParser(${JSON.stringify(label || '<random>')})); `;
    add({ name: 'user', value: c.user, format: 'express-signed', secret: label, source: src + "res.cookie('user', 'alice', {signed: true})" });
    add({ name: 'prefs', value: c.prefs, format: 'express-signed', keys: ['email', 'theme'], secret: label,
      source: src + "res.cookie('prefs', {theme: 'dark', email: 'carol@example.com'}, {signed: true}) (j: JSON cookie)" });
  }

  for (const [keys, label] of [[['im a newer secret', 'i like turtle'], 'im a newer secret'], [[STRONG], null]]) {
    const c = await setCookies((req, res) => {
      new Cookies(req, res, { keys }).set('uid', '1001', { signed: true });
      res.end('ok');
    });
    add({ name: 'uid', value: c.uid, siblings: { 'uid.sig': c['uid.sig'] }, format: 'keygrip-signed', secret: label,
      source: `generated with cookies ${ver('cookies')} / keygrip ${ver('keygrip')}: new Cookies(req, res, {keys: ${JSON.stringify(label ? keys : ['<random>'])}}).set('uid', '1001', {signed: true})` });
  }

  const claims = { sub: '1234567890', name: 'Alice', role: 'admin', email: 'alice@example.com' };
  const jv = `generated with jsonwebtoken ${ver('jsonwebtoken')}: `;
  for (const [secret, label, alg] of [['shhhhh', 'shhhhh', 'HS256'], ['secret', 'secret', 'HS384'],
    ['your-256-bit-secret', 'your-256-bit-secret', 'HS512'], [STRONG, null, 'HS256']]) {
    const tok = jwt.sign(claims, secret, { algorithm: alg, expiresIn: '1h' });
    add({ name: 'token', value: tok, format: 'jwt', keys: ['email', 'exp', 'iat', 'name', 'role', 'sub'], secret: label,
      source: jv + `jwt.sign(${JSON.stringify(claims)}, ${JSON.stringify(label || '<random>')}, {algorithm: '${alg}', expiresIn: '1h'})` });
  }
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  add({ name: 'id_token', value: jwt.sign(claims, privateKey, { algorithm: 'RS256', keyid: 'k1' }), format: 'jwt',
    keys: ['email', 'iat', 'name', 'role', 'sub'], secret: null,
    source: jv + "jwt.sign(claims, <fresh RSA-2048 private key>, {algorithm: 'RS256', keyid: 'k1'}) (not HMAC: never verifies)" });
  add({ name: 'jwt', value: jwt.sign(claims, null, { algorithm: 'none' }), format: 'jwt', signed: false,
    keys: ['iat', 'email', 'name', 'role', 'sub'], secret: null, source: jv + "jwt.sign(claims, null, {algorithm: 'none'}) (alg none, empty signature)" });

  console.log(JSON.stringify(out, null, 1));
}
main().catch((e) => { console.error(e); process.exit(1); });
