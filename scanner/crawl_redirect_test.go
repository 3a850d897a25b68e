package scanner

import (
	"net/http"
	"slices"
	"testing"
)

// A redirect to a page fetched before, without the cookie the redirect
// sets, is followed: a browser sending that cookie sees another page.
func TestCrawlFollowsARedirectToAPageFetchedWithOtherCookies(t *testing.T) {
	srv := newTestServer(t, routes{
		"/": html(links("/home", "/signin")),
		"/signin": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add("Set-Cookie", "sid=alice; Path=/")
			http.Redirect(w, r, "/home", http.StatusFound)
		},
		"/home": func(w http.ResponseWriter, r *http.Request) {
			if c, err := r.Cookie("sid"); err == nil && c.Value == "alice" {
				html(links("/account"))(w, r)
				return
			}
			html(links())(w, r)
		},
		"/account": html(links()),
	})
	cfg := testConfig(testNet{}, srv.URL+"/")
	cfg.Concurrency = 1
	ev := crawl(t, t.Context(), cfg)
	if n := srv.count("/home"); n != 2 {
		t.Errorf("/home requested %d times, want 2 (anonymous, then after the redirect with the cookie)", n)
	}
	if srv.count("/account") != 1 {
		t.Errorf("the page behind the redirect was not crawled: requests %v", srv.uris())
	}
	var hops []int
	for _, r := range ev.Responses {
		if r.URL == srv.URL+"/home" {
			hops = append(hops, r.Hop)
		}
	}
	if !slices.Equal(hops, []int{0, 1}) {
		t.Errorf("/home responses have hops %v, want [0 1]", hops)
	}
}

// A redirect to a page already fetched with the same cookies ends there.
func TestCrawlDoesNotRefetchARedirectTargetWithTheSameCookies(t *testing.T) {
	srv := newTestServer(t, routes{
		"/":      html(links("/home", "/moved")),
		"/moved": http.RedirectHandler("/home", http.StatusFound).ServeHTTP,
		"/home":  html(links()),
	})
	cfg := testConfig(testNet{}, srv.URL+"/")
	cfg.Concurrency = 1
	crawl(t, t.Context(), cfg)
	if n := srv.count("/home"); n != 1 {
		t.Errorf("/home requested %d times, want 1", n)
	}
}
