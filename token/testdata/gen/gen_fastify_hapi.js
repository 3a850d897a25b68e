// Fastify and hapi cookie fixtures made by the real npm modules: @fastify/cookie signed cookies
// (through fastify.inject, Fastify's in-process request) and @hapi/iron sealed objects (the
// format hapi's cookie state, @hapi/cookie and @hapi/yar write). Run from a directory where they
// are installed (see README.md); prints a JSON array on stdout.
'use strict';
const crypto = require('crypto');
const Fastify = require('fastify');
const Iron = require('@hapi/iron');

const STRONG = crypto.randomBytes(32).toString('hex');
const ver = (m) => require(m + '/package.json').version;
const out = [];
function add(f) {
  out.push(Object.assign({ siblings: {}, signed: true, readable: true, encrypted: false, keys: [] }, f));
}

async function fastifyCookie(secret) {
  const app = Fastify();
  await app.register(require('@fastify/cookie'), { secret });
  app.get('/', (req, reply) => { reply.setCookie('user', 'alice', { signed: true, path: '/' }).send('ok'); });
  const res = await app.inject({ method: 'GET', url: '/' });
  await app.close();
  const line = [].concat(res.headers['set-cookie'])[0];
  return line.split(';', 1)[0].slice('user='.length);
}

async function main() {
  for (const [secret, label] of [['my-secret', 'my-secret'], ['secret', 'secret'], [STRONG, null]]) {
    add({ name: 'user', value: await fastifyCookie(secret), format: 'fastify-signed', secret: label,
      source: `generated with @fastify/cookie ${ver('@fastify/cookie')} (fastify ${ver('fastify')}): ` +
        `register(cookie, {secret: ${JSON.stringify(label || '<random 32 bytes hex>')}}); reply.setCookie('user', 'alice', {signed: true}); Set-Cookie value` });
  }
  for (const [password, label] of [['the-password-must-be-at-least-32-characters-long', 'the-password-must-be-at-least-32-characters-long'],
    ['!wsYhFA*C2U6nz=Bu^%A@^F#SF3&kSR6', '!wsYhFA*C2U6nz=Bu^%A@^F#SF3&kSR6'], [STRONG, null]]) {
    const sealed = await Iron.seal({ user: 'alice', role: 'admin' }, password, Iron.defaults);
    add({ name: 'sid', value: sealed, format: 'iron', readable: false, encrypted: true, secret: label,
      source: `generated with @hapi/iron ${ver('@hapi/iron')}: Iron.seal({user: 'alice', role: 'admin'}, ` +
        `${JSON.stringify(label || '<random 32 bytes hex>')}, Iron.defaults)` });
  }
  console.log(JSON.stringify(out, null, 1));
}
main().catch((e) => { console.error(e); process.exit(1); });
