// Package spasite serves a small single-page app on loopback whose cookies only a browser sees: set by XHR and fetch responses, written by script under names fetched at run time, on pages linked only from the rendered DOM or behind a login.
package spasite

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

// Lines of app.js (1-based) that write cookies: the token and the logout's
// cookieStore.delete.
const (
	TokenWriteLine   = 9
	LogoutDeleteLine = 16
)

// appJS is the app: a session from an XHR, a token under a name that the
// config response gives, links and routes added by script, a logout button
// that only deletes the token in the browser, and a hash route.
const appJS = `const xhr = new XMLHttpRequest();
xhr.open('POST', '/api/session');
xhr.onload = () => start();
xhr.send();
let config;
async function start() {
  config = await (await fetch('/api/config')).json();
  const token = config.token;
  document.cookie = config.tokenName + '=' + token + '; path=/';
  await fetch('/api/hop/1');
  await fetch('/api/none-insecure');
  const a = document.createElement('a');
  a.href = '/admin'; a.textContent = 'Administration';
  document.body.appendChild(a);
  document.getElementById('signout').addEventListener('click', () => {
    cookieStore.delete(config.tokenName);
  });
  history.pushState({}, '', '/app/dashboard');
}
// The profile exists only as a hash route.
if (location.hash === '#/profile') fetch('/api/profile');
`

const shell = `<!doctype html>
<html><head><title>App</title></head>
<body><div id="root">Loading…</div>
<nav><a href="#/profile">Profile</a></nav>
<button id="signout">Log out</button>
<script src="/static/app.js"></script>
</body></html>`

// The account behind the login form, and the pattern its pages match once
// logged in.
const (
	User     = "alice"
	Password = "wonderland"
	LoggedIn = "Signed in as " + User
)

// accountJS is the account page's script: the user's cookie comes back on
// a fetch only a logged-in client can make.
const accountJS = `fetch('/api/me').then(r => r.json()).then(me => {
  document.getElementById('who').textContent = me.name;
});
`

// Site is the app on a loopback test server.
type Site struct {
	*httptest.Server
	// Hangs is closed when the server shuts down, to free the requests of
	// the page that never finishes loading.
	hangs chan struct{}

	mu sync.Mutex
	// sessions are the session IDs the server knows, true once logged in.
	// The login keeps the ID the client came with, and the logout only
	// expires the cookie: the server never forgets a session.
	sessions map[string]bool
}

// loggedIn reports whether the request carries a logged-in session.
func (s *Site) loggedIn(r *http.Request) bool {
	c, err := r.Cookie("appsession")
	if err != nil {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sessions[c.Value]
}

// account serves the login form and the pages behind it.
func (s *Site) account(mux *http.ServeMux) {
	mux.HandleFunc("GET /login", func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("appsession"); err != nil {
			var id [16]byte
			rand.Read(id[:])
			w.Header().Add("Set-Cookie", "appsession="+hex.EncodeToString(id[:])+"; Path=/; HttpOnly; SameSite=Lax")
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><title>Sign in</title><form method="post" action="/login"><input name="user"><input type="password" name="password"><button>Sign in</button></form>`)
	})
	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("appsession")
		if err != nil || r.PostFormValue("user") != User || r.PostFormValue("password") != Password {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		s.mu.Lock()
		s.sessions[c.Value] = true
		s.mu.Unlock()
		http.Redirect(w, r, "/account", http.StatusSeeOther)
	})
	mux.HandleFunc("GET /account", func(w http.ResponseWriter, r *http.Request) {
		if !s.loggedIn(r) {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><title>Account</title><p>`+LoggedIn+`</p><p id="who"></p><a href="/logout">Log out</a><script src="/static/account.js"></script>`)
	})
	mux.HandleFunc("GET /static/account.js", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		fmt.Fprint(w, accountJS)
	})
	mux.HandleFunc("GET /api/me", func(w http.ResponseWriter, r *http.Request) {
		if !s.loggedIn(r) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Header().Add("Set-Cookie", "uid="+User+"; Path=/; SameSite=Lax")
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"name": "`+User+`"}`)
	})
	mux.HandleFunc("GET /logout", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Set-Cookie", "appsession=; Path=/; Max-Age=0")
		http.Redirect(w, r, "/login", http.StatusFound)
	})
}

// New starts the app on 127.0.0.1.
func New() *Site {
	s := &Site{hangs: make(chan struct{}), sessions: map[string]bool{}}
	mux := http.NewServeMux()
	s.account(mux)
	page := func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, shell)
	}
	mux.HandleFunc("GET /{$}", page)
	mux.HandleFunc("GET /app/", page)
	mux.HandleFunc("GET /static/app.js", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		fmt.Fprint(w, appJS)
	})
	mux.HandleFunc("POST /api/session", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Add("Set-Cookie", "sessionid=3f9a1c7e5b2d8a4f6e0c9b1d7a3e5f2c; Path=/; SameSite=Lax")
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /api/config", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"tokenName": "auth_token", "token": "c2VjcmV0LXRva2VuLXZhbHVl"}`)
	})
	mux.HandleFunc("GET /api/profile", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Add("Set-Cookie", "profile_tab=open; Path=/; Secure; HttpOnly; SameSite=Lax")
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /api/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		n := r.PathValue("n")
		w.Header().Add("Set-Cookie", "hop"+n+"=seen; Path=/; HttpOnly; SameSite=Lax")
		if n == "1" {
			http.Redirect(w, r, "/api/hop/2", http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{}`)
	})
	mux.HandleFunc("GET /api/none-insecure", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Add("Set-Cookie", "tracker=1; Path=/; SameSite=None")
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /admin", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Add("Set-Cookie", "role=admin; Path=/; HttpOnly; SameSite=Lax")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><title>Admin</title><p>Administration</p>`)
	})
	mux.HandleFunc("GET /never", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><title>Never</title><img src="/hang.png"><p>still loading`)
	})
	mux.HandleFunc("GET /hang.png", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-s.hangs:
		}
	})
	s.Server = httptest.NewServer(mux)
	return s
}

// Close frees the hanging requests and shuts the server down.
func (s *Site) Close() {
	close(s.hangs)
	s.Server.Close()
}

// Line is the n-th line of app.js (1-based), for tests that check a location.
func Line(n int) string {
	return strings.Split(appJS, "\n")[n-1]
}
