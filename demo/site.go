// Package demo is a deliberately vulnerable web site, embedded in the
// binary, on which cookiescan shows what it finds.
package demo

import (
	"embed"
	"net/http"
	"strings"
)

//go:embed pages
var pages embed.FS

// route is one page of the site: the cookies it sets and what it answers.
type route struct {
	setCookie []string
	page      string // file under pages/, or "" for a redirect
	redirect  string
}

// routes is the site; each cookie breaks a rule, named beside it.
var routes = map[string]route{
	"/": {page: "index.html", setCookie: []string{
		"PHPSESSID=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; path=/",               // missing-httponly, missing-secure, samesite-missing
		"theme=dark; Path=/; Secure; SameSite=Lax; Max-Age=2592000",        // (deleted wrongly on /settings)
		"widget_state=open; SameSite=None; Path=/",                         // samesite-none-insecure
		"lang=en; Path=/; Secure; SameSite=Relaxed",                        // samesite-invalid
		"cart=3; Path=/; Secure; HttpOnly; SameSite=Lax; Expires=tomorrow", // malformed-cookie
	}},
	"/login": {redirect: "/account", setCookie: []string{
		"sessionid=Zx8Qp3Lm9Rt2Vw7Yk4Hn6Bc1Df5Gj0Ks; Path=/; HttpOnly",                                              // missing-secure, samesite-missing
		"role=customer; Path=/; Secure; HttpOnly; SameSite=Lax",                                                     // unsigned-auth-value
		"remember_token=Qm4Xn8Rt2Lp6Vz9Kc3Hb7Wd1Fg5Js0Ay; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=63072000", // long-lived-session, expiry-over-400-days
	}},
	"/account": {page: "account.html", setCookie: []string{
		"__Host-prefs=compact; Path=/account; Secure; SameSite=Lax",                  // invalid-prefix
		"recent=" + strings.Repeat("p1234,", 700) + "; Path=/; Secure; SameSite=Lax", // oversize-cookie
	}},
	"/shop": {page: "settings.html"},
	"/settings": {page: "settings.html", setCookie: []string{
		"theme=; Path=/settings; Max-Age=0", // deletion-mismatch: theme was set with Path=/
	}},
	"/logout": {page: "logout.html"}, // logout-in-js, logout-not-server-side
}

// Handler serves the demo site.
func Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rt, ok := routes[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		for _, c := range rt.setCookie {
			w.Header().Add("Set-Cookie", c)
		}
		if rt.redirect != "" {
			http.Redirect(w, r, rt.redirect, http.StatusFound)
			return
		}
		body, err := pages.ReadFile("pages/" + rt.page)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(body)
	})
}
