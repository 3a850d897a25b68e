// api: universal-cookie
import React from 'react';
import Cookies from 'universal-cookie';
import { useCookies } from 'react-cookie';

const cookies = new Cookies();
cookies.set('myCat', 'Pacman', { path: '/', maxAge: 3600, secure: true, sameSite: 'lax', httpOnly: false }); // want write "myCat" attrs~"Max-Age=3600; Secure; SameSite=Lax"
console.log(cookies.get('myCat')); // want read "myCat"

export default function Header({ user }) {
  const [cookie, setCookie, removeCookie] = useCookies(['session']);

  function onLogin(token) {
    // Called with a constant below: reported there.
    setCookie('session', token, { path: '/', expires: new Date(Date.now() + 36e5) });
  }

  const handleLogout = () => {
    removeCookie('session', { path: '/' }); // want delete "session" logout fn="handleLogout<Header"
    cookies.remove('myCat'); // want delete "myCat" logout
  };

  return (
    <header className="top">
      <span>Hello {cookie.session ? user.name : 'guest'}</span> {/* want read "session" */}
      <button onClick={handleLogout}>Log out</button>
      <button onClick={() => onLogin('t')}>Log in</button> {/* want write "session" value="t" fn="Header" attrs~"Max-Age=3600" */}
    </header>
  );
}
