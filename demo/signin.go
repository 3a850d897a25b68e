package demo

import (
	"crypto/rand"
	"net/http"
	"sync"
)

// The demo's credentials, shown on its sign-in page.
const (
	User     = "alice"
	Password = "wonderland"
)

// flaskSession is a Flask session for alice signed with "dev", Flask's
// tutorial secret: weak-signing-secret, client-session-readable.
const flaskSession = "eyJ1c2VyIjoiYWxpY2UiLCJyb2xlIjoiYWRtaW4ifQ.awdCwg.PXQTF6_yB4NTt0Brtp6CnKayBVA"

// maxSessions bounds the sessions the sign-in keeps; when full it forgets them all.
const maxSessions = 10000

// signIn is the shop's password sign-in, with the two session mistakes the
// lifecycle probes prove: the server-side session shop_session is neither
// renewed at sign-in nor refused when a client makes its ID up
// (session-fixation), and the signed-in state also rides in a Flask
// session that no logout can revoke, while the logout page only deletes a
// cookie in script (session-survives-logout).
type signIn struct {
	mu       sync.Mutex
	signedIn map[string]bool // shop_session ID -> signed in
}

// session returns the client's shop_session ID, adopting any ID it sends
// and issuing one to a client without.
func (s *signIn) session(w http.ResponseWriter, r *http.Request) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.signedIn) >= maxSessions {
		clear(s.signedIn)
	}
	if c, err := r.Cookie("shop_session"); err == nil && c.Value != "" {
		if _, ok := s.signedIn[c.Value]; !ok {
			s.signedIn[c.Value] = false
		}
		return c.Value
	}
	id := rand.Text()
	s.signedIn[id] = false
	w.Header().Add("Set-Cookie", "shop_session="+id+"; Path=/; Secure; HttpOnly; SameSite=Lax")
	return id
}

func (s *signIn) form(w http.ResponseWriter, r *http.Request) {
	id := s.session(w, r)
	if r.Method == http.MethodPost && r.PostFormValue("username") == User && r.PostFormValue("password") == Password {
		s.mu.Lock()
		s.signedIn[id] = true
		s.mu.Unlock()
		w.Header().Add("Set-Cookie", "flask_session="+flaskSession+"; Path=/; Secure; HttpOnly; SameSite=Lax")
		http.Redirect(w, r, "/orders", http.StatusSeeOther)
		return
	}
	servePage(w, "signin.html")
}

func (s *signIn) orders(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("shop_session")
	flask, ferr := r.Cookie("flask_session")
	s.mu.Lock()
	ok := err == nil && ferr == nil && s.signedIn[c.Value] && flask.Value == flaskSession
	s.mu.Unlock()
	if !ok {
		http.Redirect(w, r, "/signin", http.StatusFound)
		return
	}
	servePage(w, "orders.html")
}
