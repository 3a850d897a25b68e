package scanner

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
)

const testPassword = "pa55-w0rd-for-tests"

// loginSite is a small app with a CSRF-protected login form, a JSON login,
// an account page behind the login and a logout, whose session handling
// each test chooses.
type loginSite struct {
	// rotate issues a new session ID at login; adopt accepts any session
	// ID a client sends; keepOnLogout leaves the session valid after logout.
	rotate, adopt, keepOnLogout bool
	// getForm makes the login form a GET form; multipart a POST form
	// that accepts only multipart/form-data.
	getForm, multipart bool

	mu       sync.Mutex
	sessions map[string]string // session ID -> user ("" before login)
	next     int
	bodies   []string // request bodies received
}

func (s *loginSite) newID() string {
	s.next++
	return fmt.Sprintf("sess%028d", s.next)
}

// session returns the client's session ID, issuing one when it has none (or an unknown one).
func (s *loginSite) session(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie("sid"); err == nil {
		if _, ok := s.sessions[c.Value]; ok {
			return c.Value
		}
		if s.adopt {
			s.sessions[c.Value] = ""
			return c.Value
		}
	}
	id := s.newID()
	s.sessions[id] = ""
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/", HttpOnly: true})
	return id
}

func (s *loginSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	body, _ := io.ReadAll(r.Body)
	s.bodies = append(s.bodies, r.URL.RawQuery+" "+string(body))
	switch r.URL.Path {
	case "/":
		html(links("/account", "/login"))(w, r)
	case "/login":
		id := s.session(w, r)
		if r.Method == http.MethodGet && !(s.getForm && r.URL.RawQuery != "") {
			method := "post"
			if s.getForm {
				method = "get"
			}
			if s.multipart {
				method += `" enctype="multipart/form-data`
			}
			html(`<form method="get" action="/search"><input name="q"></form>
<form method="`+method+`" action="/login"><input type="hidden" name="csrf" value="tok-`+id+`">
<input name="username"><input type="password" name="password"><button name="go" value="1">Sign in</button></form>`)(w, r)
			return
		}
		form := r.URL.Query()
		switch {
		case s.multipart:
			form = multipartFields(r.Header.Get("Content-Type"), body)
		case !s.getForm:
			form, _ = url.ParseQuery(string(body))
		}
		if form.Get("csrf") != "tok-"+id || form.Get("username") != "alice" || form.Get("password") != testPassword || form.Get("go") != "1" {
			w.WriteHeader(http.StatusOK)
			html(`<p>wrong user name or password</p><form method="post"><input type="password" name="password"></form>`)(w, r)
			return
		}
		if s.rotate {
			delete(s.sessions, id)
			id = s.newID()
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/", HttpOnly: true})
		}
		s.sessions[id] = "alice"
		// A careless GET login echoes its query in the redirect.
		http.Redirect(w, r, "/account?"+r.URL.RawQuery, http.StatusSeeOther)
	case "/api/login":
		var creds struct{ User, Password string }
		if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" || json.Unmarshal(body, &creds) != nil ||
			creds.User != "alice" || creds.Password != testPassword {
			http.Error(w, `{"error":"bad credentials"}`, http.StatusUnauthorized)
			return
		}
		id := s.newID()
		s.sessions[id] = "alice"
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/", HttpOnly: true})
		fmt.Fprint(w, `{"ok":true}`)
	case "/account":
		c, err := r.Cookie("sid")
		if err != nil || s.sessions[c.Value] == "" {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		html(`<p>hello alice</p>`+links("/private", "/logout"))(w, r)
	case "/private":
		html(links())(w, r)
	case "/logout":
		if c, err := r.Cookie("sid"); err == nil && !s.keepOnLogout {
			delete(s.sessions, c.Value)
		}
		http.SetCookie(w, &http.Cookie{Name: "sid", Path: "/", MaxAge: -1})
		html("bye")(w, r)
	default:
		http.NotFound(w, r)
	}
}

// multipartFields reads a multipart/form-data body; anything else reads as no fields.
func multipartFields(contentType string, body []byte) url.Values {
	media, params, err := mime.ParseMediaType(contentType)
	if err != nil || media != "multipart/form-data" {
		return nil
	}
	form, err := multipart.NewReader(bytes.NewReader(body), params["boundary"]).ReadForm(1 << 20)
	if err != nil {
		return nil
	}
	return form.Value
}

func loginConfig(srv *testServer, lifecycle bool) CrawlConfig {
	cfg := testConfig(testNet{}, srv.URL+"/")
	cfg.Concurrency = 1
	cfg.LogoutProbe = true
	cfg.Login = &LoginConfig{
		URL:           srv.URL + "/login",
		Data:          "username=alice&password=" + testPassword,
		Lifecycle:     lifecycle,
		SessionCookie: func(name, _ string) bool { return name == "sid" },
	}
	return cfg
}

func TestLoginFillsTheFormAndCrawlsAsTheLoggedInUser(t *testing.T) {
	site := &loginSite{sessions: map[string]string{}, rotate: true}
	srv := newTestServer(t, site)
	ev := crawl(t, t.Context(), loginConfig(srv, false))
	login := ev.Lifecycle.Login
	if !login.LoggedIn || !login.Form || login.Method != "POST" || login.Action != srv.URL+"/login" ||
		login.Landed != srv.URL+"/account?" || login.Check != srv.URL+"/account?" || login.Status != 200 {
		t.Errorf("login = %+v", login)
	}
	if srv.count("/private") != 1 {
		t.Errorf("the page behind the login was not crawled: %v", srv.uris())
	}
	var posted string
	for _, b := range site.bodies {
		if strings.Contains(b, "username=") {
			posted = b
		}
	}
	if !strings.Contains(posted, "csrf=tok-sess") || !strings.Contains(posted, "go=1") || strings.Contains(posted, "q=") {
		t.Errorf("the login form was submitted as %q: want the page's CSRF token and button, and only that form's fields", posted)
	}
	for _, r := range srv.requests() {
		if r.Method != http.MethodGet && r.URI != "/login" {
			t.Errorf("%s %s: only the login form may be submitted", r.Method, r.URI)
		}
	}
	if ev.Stats.Lifecycle == 0 || ev.Stats.Requests != len(srv.requests()) {
		t.Errorf("stats %+v: want the login's requests counted, %d requests in all", ev.Stats, len(srv.requests()))
	}
	first := ev.Responses[0]
	if first.URL != srv.URL+"/login" || first.Method != "GET" || ev.Responses[1].Method != "POST" {
		t.Errorf("the login's responses should come first, GET then POST: %v", responseURLs(ev))
	}
}

func TestLoginSubmitsAMultipartFormAsMultipart(t *testing.T) {
	site := &loginSite{sessions: map[string]string{}, rotate: true, multipart: true}
	srv := newTestServer(t, site)
	ev := crawl(t, t.Context(), loginConfig(srv, false))
	if login := ev.Lifecycle.Login; !login.LoggedIn || !login.Form || login.Method != "POST" {
		t.Fatalf("login = %+v: want the multipart form filled and logged in", login)
	}
	if srv.count("/private") != 1 {
		t.Errorf("the page behind the login was not crawled: %v", srv.uris())
	}
}

func TestLoginThatFailsEndsTheCrawlWithWhatItSaw(t *testing.T) {
	site := &loginSite{sessions: map[string]string{}}
	srv := newTestServer(t, site)
	cfg := loginConfig(srv, true)
	cfg.Login.Data = "username=alice&password=wrong-" + testPassword
	ev, err := Crawl(t.Context(), cfg)
	var le *LoginError
	if !errors.As(err, &le) {
		t.Fatalf("Crawl error %v, want a *LoginError", err)
	}
	msg := err.Error()
	for _, want := range []string{"login at " + srv.URL + "/login failed", "POST " + srv.URL + "/login answered 200 at " + srv.URL + "/login", "led back to the login page"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not say %q", msg, want)
		}
	}
	if strings.Contains(msg, testPassword) {
		t.Errorf("error %q shows the password", msg)
	}
	for _, u := range srv.uris() {
		if u != "/login" {
			t.Errorf("%s requested although the login failed", u)
		}
	}
	if ev == nil || ev.Lifecycle == nil || ev.Lifecycle.Login.LoggedIn {
		t.Errorf("the evidence should hold the failed login")
	}
}

func TestLoginPostsJSONToAnAPI(t *testing.T) {
	site := &loginSite{sessions: map[string]string{}}
	srv := newTestServer(t, site)
	cfg := loginConfig(srv, false)
	cfg.Login.URL = srv.URL + "/api/login"
	cfg.Login.Data = `{"user":"alice","password":"` + testPassword + `"}`
	cfg.Login.CheckURL = srv.URL + "/account"
	cfg.Login.LoggedIn = regexp.MustCompile(`hello alice`)
	ev := crawl(t, t.Context(), cfg)
	if l := ev.Lifecycle.Login; !l.LoggedIn || !l.JSON || l.Form || l.Status != 200 {
		t.Errorf("login = %+v", l)
	}
	if srv.count("/private") != 1 {
		t.Errorf("the page behind the login was not crawled: %v", srv.uris())
	}

	cfg.Login.Data = `{"user":"alice","password":"nope"}`
	_, err := Crawl(t.Context(), cfg)
	if err == nil || !strings.Contains(err.Error(), "does not match the logged-in pattern") {
		t.Errorf("a wrong password gave %v", err)
	}
}

func TestLoginWithAGetFormKeepsTheCredentialsOutOfTheEvidence(t *testing.T) {
	site := &loginSite{sessions: map[string]string{}, rotate: true, getForm: true}
	srv := newTestServer(t, site)
	ev := crawl(t, t.Context(), loginConfig(srv, true))
	if l := ev.Lifecycle.Login; !l.LoggedIn || l.Method != "GET" || l.Action != srv.URL+"/login" || !strings.Contains(l.Landed, "password=[redacted]") {
		t.Fatalf("login = %+v", l)
	}
	assertNoSecret(t, ev, testPassword)
}

// assertNoSecret checks that secret appears nowhere in the evidence a report can show.
func assertNoSecret(t *testing.T, ev *evidence.Evidence, secret string) {
	t.Helper()
	data, err := json.Marshal(struct {
		Responses []*evidence.Response
		Lifecycle *evidence.Lifecycle
		Out       []string
		Errors    []string
	}{ev.Responses, ev.Lifecycle, ev.OutOfScope, errorLines(ev)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), secret) || strings.Contains(string(data), strings.ReplaceAll(secret, "-", "%2D")) {
		t.Errorf("the credential appears in the evidence: %s", data)
	}
}

func TestLoginOutOfScopeIsAConfigError(t *testing.T) {
	cfg := CrawlConfig{Targets: []string{"https://app.example.test/"}, Login: &LoginConfig{
		URL: "https://sso.example.test/login", Data: "u=a", LogoutURL: "https://other.test/logout",
	}}
	err := cfg.Validate()
	if err == nil || !strings.Contains(err.Error(), `login URL on host sso.example.test is out of scope`) ||
		!strings.Contains(err.Error(), `logout URL on host other.test is out of scope`) {
		t.Errorf("Validate = %v", err)
	}
	cfg.Login = &LoginConfig{URL: "https://app.example.test/login", Data: `{"broken"`}
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "not valid JSON") {
		t.Errorf("Validate = %v", err)
	}
}

func TestLifecycleProbes(t *testing.T) {
	for _, tc := range []struct {
		name                      string
		site                      *loginSite
		sameID, kept, stillLogged bool
	}{
		{"renewed at login, ended at logout", &loginSite{rotate: true}, false, false, false},
		{"kept at login", &loginSite{}, true, false, false},
		{"client-chosen ID adopted", &loginSite{adopt: true}, true, true, false},
		{"survives logout", &loginSite{rotate: true, keepOnLogout: true}, false, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.site.sessions = map[string]string{}
			srv := newTestServer(t, tc.site)
			var progress []CrawlProgress
			cfg := loginConfig(srv, true)
			cfg.Progress = func(p CrawlProgress) { progress = append(progress, p) }
			ev := crawl(t, t.Context(), cfg)
			lc := ev.Lifecycle
			if len(ev.Errors) > 0 || lc.Fixation == nil || lc.Planted == nil || lc.Logout == nil {
				t.Fatalf("probes missing: %+v, errors %v", lc, errorLines(ev))
			}
			before, after := heldValue(lc.Fixation.Before, "sid"), heldValue(lc.Fixation.After, "sid")
			if before == "" || after == "" || (before == after) != tc.sameID {
				t.Errorf("session ID before login %q, after %q: want same %v", before, after, tc.sameID)
			}
			if lc.Planted.Cookie.Name != "sid" || lc.Planted.Kept != tc.kept || !lc.Planted.Login.LoggedIn {
				t.Errorf("planted probe %+v, want kept %v", lc.Planted, tc.kept)
			}
			r := lc.Logout
			if r.StillLoggedIn != tc.stillLogged || r.Method != "GET" || r.URL != srv.URL+"/logout" || r.Check != srv.URL+"/account?" || len(r.Kept) != 1 {
				t.Errorf("logout replay %+v, want still logged in %v", r, tc.stillLogged)
			}
			last := progress[len(progress)-1]
			if last.Lifecycle != ev.Stats.Lifecycle || last.Requests != ev.Stats.Requests || ev.Stats.Requests != len(srv.requests()) {
				t.Errorf("progress %+v and stats %+v should count every request (%d)", last, ev.Stats, len(srv.requests()))
			}
			assertNoSecret(t, ev, testPassword)
		})
	}
}

func heldValue(held []evidence.HeldCookie, name string) string {
	for _, h := range held {
		if h.Name == name {
			return h.Value
		}
	}
	return ""
}

func TestLoginAndReplaysStayInScope(t *testing.T) {
	other := newTestServer(t, routes{"/": html("elsewhere")})
	site := &loginSite{sessions: map[string]string{}, rotate: true}
	srv := newTestServer(t, routes{
		"/login": func(w http.ResponseWriter, r *http.Request) {
			if r.Method == http.MethodPost {
				// A single sign-on hand-off: the credentials must not follow it.
				http.Redirect(w, r, "http://sso.example.test/", http.StatusTemporaryRedirect)
				return
			}
			site.ServeHTTP(w, r)
		},
	})
	cfg := testConfig(testNet{"sso.example.test": other.addr()}, srv.URL+"/")
	cfg.Login = &LoginConfig{URL: srv.URL + "/login", Data: "username=alice&password=" + testPassword}
	ev, err := Crawl(t.Context(), cfg)
	var le *LoginError
	if !errors.As(err, &le) || le.Login.Status != http.StatusTemporaryRedirect {
		t.Fatalf("Crawl error %v, want a login that ended at the redirect", err)
	}
	if len(other.requests()) > 0 {
		t.Errorf("the login followed a redirect out of scope: %v", other.uris())
	}
	if len(ev.OutOfScope) != 1 || ev.OutOfScope[0] != "http://sso.example.test/" {
		t.Errorf("out of scope %v, want the single sign-on URL recorded", ev.OutOfScope)
	}
}

func TestLogoutURLIsPostedWhenAGetIsNotAllowed(t *testing.T) {
	site := &loginSite{sessions: map[string]string{}, rotate: true}
	srv := newTestServer(t, routes{
		"/": html(links("/account")),
		"/signout": func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodPost {
				w.WriteHeader(http.StatusMethodNotAllowed)
				return
			}
			r.URL.Path = "/logout"
			site.ServeHTTP(w, r)
		},
		"/login": site.ServeHTTP, "/account": site.ServeHTTP,
	})
	cfg := loginConfig(srv, true)
	cfg.Login.LogoutURL = srv.URL + "/signout"
	ev := crawl(t, t.Context(), cfg)
	r := ev.Lifecycle.Logout
	if r == nil || r.Method != http.MethodPost || r.URL != srv.URL+"/signout" || r.StillLoggedIn {
		t.Fatalf("logout replay %+v, errors %v: want a POST to /signout that ends the session", r, errorLines(ev))
	}
}

func TestLoginSendsTheConfiguredCookies(t *testing.T) {
	site := &loginSite{sessions: map[string]string{}, rotate: true}
	srv := newTestServer(t, site)
	cfg := loginConfig(srv, false)
	cfg.Cookies = "consent=yes"
	crawl(t, t.Context(), cfg)
	if first := srv.requests()[0]; first.URI != "/login" || first.Cookie != "consent=yes" {
		t.Errorf("the first request %+v should be the login page, with the configured cookie", first)
	}
}

func TestLogoutFormFoundByTheCrawlIsSubmittedWithItsToken(t *testing.T) {
	site := &loginSite{sessions: map[string]string{}, rotate: true}
	var logoutBody string
	srv := newTestServer(t, routes{
		"/": html(links("/account")), "/login": site.ServeHTTP,
		"/account": func(w http.ResponseWriter, r *http.Request) {
			site.mu.Lock()
			c, err := r.Cookie("sid")
			alice := err == nil && site.sessions[c.Value] == "alice"
			site.mu.Unlock()
			if alice {
				html(`<p>hello alice</p><form method="post" action="/logout"><input type="hidden" name="csrf" value="logout-token"><button>Log out</button></form>`)(w, r)
				return
			}
			http.Redirect(w, r, "/login", http.StatusFound)
		},
		"/logout": func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			logoutBody = string(body)
			if r.Method != http.MethodPost || string(body) != "csrf=logout-token" {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			r.Body = io.NopCloser(strings.NewReader(""))
			site.ServeHTTP(w, r)
		},
	})
	ev := crawl(t, t.Context(), loginConfig(srv, true))
	r := ev.Lifecycle.Logout
	if r == nil || r.Method != http.MethodPost || r.URL != srv.URL+"/logout" || r.StillLoggedIn {
		t.Fatalf("logout replay %+v (logout body %q), errors %v: want the form posted with its token, ending the session", r, logoutBody, errorLines(ev))
	}
	if len(ev.LogoutForms) != 1 {
		t.Errorf("logout forms %v, want the one on /account", ev.LogoutForms)
	}
}
