// api: js-cookie
import React, { useState, useEffect } from 'react';
import Cookies from 'js-cookie';

interface Props {
  user?: { name: string };
  onSignOut: () => void;
}

export const Navbar: React.FC<Props> = ({ user, onSignOut }: Props) => {
  const [theme, setTheme] = useState<string>(Cookies.get('theme') ?? 'light'); // want read "theme"

  useEffect(() => {
    Cookies.set('theme', theme, { expires: 365, sameSite: 'lax' }); // want write "theme" fn="Navbar" attrs~"Max-Age=31536000"
  }, [theme]);

  const handleLogout = async (e: React.MouseEvent<HTMLButtonElement>): Promise<void> => {
    e.preventDefault();
    Cookies.remove('auth_token', { path: '/' }); // want delete "auth_token" logout fn="handleLogout<Navbar"
    onSignOut();
  };

  return (
    <nav className={`navbar ${theme}`}>
      {user ? <span>Signed in as {user.name}</span> : <a href="/login">Sign in</a>}
      <button
        type="button"
        onClick={() => { Cookies.remove('theme'); /* want delete "theme" */ setTheme('light'); }}
      >
        Reset theme
      </button>
      <button onClick={handleLogout} disabled={!user}>Log out</button>
      <>
        {/* a comment only */}
        <Child<string> value="x" {...{ a: 1 }} />
      </>
    </nav>
  );
};

function Child<T>(props: { value: T }) {
  return <div data-v={props.value as unknown as string}>{String(props.value)}</div>;
}
