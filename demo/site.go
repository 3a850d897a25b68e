// Package demo is a deliberately vulnerable web site, embedded in the
// binary, on which cookiescan shows what it finds.
package demo

import (
	"crypto/rand"
	"embed"
	"fmt"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync/atomic"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

//go:embed pages
var pages embed.FS

// route is one page of the site: the cookies it sets and what it answers.
type route struct {
	// sessionID sets PHPSESSID to the next number of a counter:
	// missing-httponly, missing-secure, samesite-missing, low-entropy-session-id.
	sessionID bool
	setCookie []string
	page      string // file under pages/, or "" for a redirect
	redirect  string
}

// routes is the site; each cookie breaks a rule, named beside it. {random}
// stands for a new random value on every response, as real session IDs are.
var routes = map[string]route{
	"/": {page: "index.html", setCookie: []string{
		"PHPSESSID=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; path=/",               // missing-httponly, missing-secure, samesite-missing
		"theme=dark; Path=/; Secure; SameSite=Lax; Max-Age=2592000",        // (deleted wrongly on /settings)
		"widget_state=open; SameSite=None; Path=/",                         // samesite-none-insecure
		"lang=en; Path=/; Secure; SameSite=Relaxed",                        // samesite-invalid
		"cart=3; Path=/; Secure; HttpOnly; SameSite=Lax; Expires=tomorrow", // malformed-cookie
	}},
	"/login": {redirect: "/account", setCookie: []string{
		"sessionid={random}; Path=/; HttpOnly",                                              // missing-secure, samesite-missing
		"role=customer; Path=/; Secure; HttpOnly; SameSite=Lax",                             // unsigned-auth-value
		"remember_token={random}; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=63072000", // long-lived-session, expiry-over-400-days
	}},
	"/account": {page: "account.html", setCookie: []string{
		"flask_session=" + flaskSession + "; Path=/; Secure; HttpOnly; SameSite=Lax",
		// A JWT with alg none and no exp: jwt-alg-none, jwt-no-expiry, client-session-readable.
		"jwt=eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhbGljZSIsInJvbGUiOiJhZG1pbiJ9.; Path=/; Secure; HttpOnly; SameSite=Lax",
		// An F5 BIG-IP cookie that gives away a backend's address: sensitive-data-in-cookie.
		"BIGipServerpool_web=1677787402.36895.0000; Path=/; Secure; HttpOnly; SameSite=Lax",
		"__Host-prefs=compact; Path=/account; Secure; SameSite=Lax",                  // invalid-prefix
		"recent=" + strings.Repeat("p1234,", 700) + "; Path=/; Secure; SameSite=Lax", // oversize-cookie
	}},
	"/shop": {page: "settings.html"},
	"/settings": {page: "settings.html", setCookie: []string{
		"theme=; Path=/settings; Max-Age=0", // deletion-mismatch: theme was set with Path=/
	}},
	"/logout": {page: "logout.html"}, // logout-in-js, logout-not-server-side
	// A single-page app whose cookies only a browser sees (cookiescan demo --browser).
	"/app":           {page: "app.html"},
	"/static/app.js": {page: "app.js"},
	"/api/session": {page: "session.json", setCookie: []string{
		"app_sid={random}; Path=/; SameSite=Lax", // missing-httponly, missing-secure
	}},
	"/app/admin": {page: "admin.html", setCookie: []string{
		"is_admin=true; Path=/; Secure; HttpOnly; SameSite=Lax", // unsigned-auth-value
	}},
}

// Handler serves the demo site.
func Handler() http.Handler {
	var sessions atomic.Int64
	signin := &signIn{signedIn: map[string]bool{}}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/signin":
			signin.form(w, r)
			return
		case "/orders":
			signin.orders(w, r)
			return
		}
		rt, ok := routes[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if rt.sessionID {
			w.Header().Add("Set-Cookie", fmt.Sprintf("PHPSESSID=%032d; path=/", 1000+sessions.Add(1)))
		}
		for _, c := range rt.setCookie {
			w.Header().Add("Set-Cookie", strings.ReplaceAll(c, "{random}", rand.Text()))
		}
		if rt.redirect != "" {
			http.Redirect(w, r, rt.redirect, http.StatusFound)
			return
		}
		servePage(w, rt.page)
	})
}

// servePage answers with a page of the site.
func servePage(w http.ResponseWriter, name string) {
	body, err := pages.ReadFile("pages/" + name)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", mime.TypeByExtension(path.Ext(name)))
	w.Write(body)
}

// CrawlConfig is how cookiescan demo scans the site at base: as a scan with
// default settings would, with the session-ID sampling that finds its
// guessable IDs, signed in with the sign-in form and probing the session's
// lifecycle.
func CrawlConfig(base string) scanner.CrawlConfig {
	isSession := func(name, value string) bool {
		return rules.DefaultClassifier.Classify(name, value) == rules.ClassSession
	}
	return scanner.CrawlConfig{
		Targets: []string{base}, LogoutProbe: true, Sitemap: true, Proxy: "none",
		EntropySamples: 20, PerHostRate: 100,
		SampleCookie: isSession,
		Login: &scanner.LoginConfig{
			URL: strings.TrimSuffix(base, "/") + "/signin", Data: "username=" + User + "&password=" + Password,
			Lifecycle: true, SessionCookie: isSession,
		},
	}
}
