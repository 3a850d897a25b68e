// api: js-cookie
import Cookies from 'js-cookie';

Cookies.set('name', 'value'); // want write "name" value="value" attrs~"; Path=/"
Cookies.set('token', 'abc', { expires: 7, path: '/', secure: true, sameSite: 'strict', domain: 'example.com' }); // want write "token" attrs~"Max-Age=604800; Secure; SameSite=Strict"
const t = Cookies.get('token'); // want read "token"
const every = Cookies.get(); // want read ?
const api = Cookies.withAttributes({ path: '/shop', secure: true });
api.set('cart', '2'); // want write "cart" attrs~"Path=/shop"
Cookies.set('old', 'x', { expires: -1 }); // want delete "old"

export function logOut() {
  Cookies.remove('token', { path: '/', domain: 'example.com' }); // want delete "token" logout attrs~"Domain=example.com"
  api.remove('cart'); // want delete "cart" logout attrs~"Path=/shop"
}

const C = require('js-cookie');
C.set('required', '1'); // want write "required"
