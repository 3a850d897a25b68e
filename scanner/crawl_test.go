package scanner

import (
	"context"
	"fmt"
	"io"
	"log"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
)

func TestCrawlValidateRejectsBadConfig(t *testing.T) {
	ok := CrawlConfig{Targets: []string{"https://example.test/"}}
	tests := []struct {
		name string
		edit func(*CrawlConfig)
		want string
	}{
		{"no targets", func(c *CrawlConfig) { c.Targets = nil }, "no targets"},
		{"relative target", func(c *CrawlConfig) { c.Targets = []string{"example.test/x"} }, "missing scheme"},
		{"ftp target", func(c *CrawlConfig) { c.Targets = []string{"ftp://example.test/"} }, "not http or https"},
		{"no host", func(c *CrawlConfig) { c.Targets = []string{"http:///x"} }, "missing host"},
		{"unknown scope", func(c *CrawlConfig) { c.Scope = 7 }, "unknown scope"},
		{"nil include", func(c *CrawlConfig) { c.Include = []*regexp.Regexp{nil} }, "Include[0] is nil"},
		{"negative pages", func(c *CrawlConfig) { c.MaxPages = -1 }, "MaxPages is negative"},
		{"negative timeout", func(c *CrawlConfig) { c.Timeout = -time.Second }, "Timeout is negative"},
		{"negative rate", func(c *CrawlConfig) { c.PerHostRate = -2 }, "PerHostRate"},
		{"bad proxy", func(c *CrawlConfig) { c.Proxy = "ftp://proxy" }, "Proxy"},
		{"host header", func(c *CrawlConfig) { c.Headers = http.Header{"Host": {"evil.test"}} }, "Host may not be set"},
		{"header with newline", func(c *CrawlConfig) { c.Headers = http.Header{"Authorization": {"secret\r\nX: y"}} }, "control character"},
		{"cookie without name", func(c *CrawlConfig) { c.Cookies = "a=b; =secret" }, "cookie 2 has no name"},
		{"cookie not a pair", func(c *CrawlConfig) { c.Cookies = "secretvalue" }, "cookie 1 is not name=value"},
		{"proxy with a password and no scheme", func(c *CrawlConfig) { c.Proxy = "user:secret@proxy.test:3128" }, "does not start with http://"},
		{"proxy with a password and a bad port", func(c *CrawlConfig) { c.Proxy = "http://user:secret@proxy.test:secret" }, "Proxy: not a valid URL"},
		{"target whose password reads as a scheme", func(c *CrawlConfig) { c.Targets = []string{"https://a.test/", "user:secret@example.test"} }, "target #2: the scheme is not http or https"},
		{"target with a password and a bad port", func(c *CrawlConfig) { c.Targets = []string{"https://user:secret@example.test:x/"} }, "target #1: not a valid URL"},
		{"header name holding a credential", func(c *CrawlConfig) { c.Headers = http.Header{"Authorization;secret": {"x"}} }, "a header name of 20 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := ok
			tt.edit(&cfg)
			_, err := Crawl(context.Background(), cfg)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Errorf("error shows a credential: %v", err)
			}
		})
	}
	if err := ok.Validate(); err != nil {
		t.Errorf("valid config: %v", err)
	}
}

func TestCrawlFollowsLinksBreadthFirstUpToMaxDepth(t *testing.T) {
	// A chain /0 → /1 → … → /9 and a second branch from /0.
	rt := routes{}
	for i := range 10 {
		rt[fmt.Sprintf("/%d", i)] = html(links(fmt.Sprintf("/%d", i+1)))
	}
	rt["/"] = html(links("/0", "/b"))
	rt["/b"] = html(links("/b2"))
	rt["/b2"] = html(links())
	srv := newTestServer(t, rt)
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	cfg.MaxDepth = 3
	cfg.Concurrency = 1
	ev := crawl(t, context.Background(), cfg)
	want := []string{"/", "/0", "/b", "/1", "/b2", "/2"}
	if got := srv.uris(); !slices.Equal(got, want) {
		t.Errorf("requests %v, want %v", got, want)
	}
	if ev.Partial {
		t.Error("Partial set: MaxDepth is a bound of the crawl, not a cut")
	}
	if ev.Stats.Pages != 6 || ev.Stats.Requests != 6 {
		t.Errorf("stats %+v, want 6 pages and 6 requests", ev.Stats)
	}
}

func TestCrawlNegativeMaxDepthFetchesOnlyTheTargets(t *testing.T) {
	srv := newTestServer(t, routes{"/": html(links("/a")), "/a": html("")})
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	cfg.MaxDepth = -1
	crawl(t, context.Background(), cfg)
	if got := srv.uris(); !slices.Equal(got, []string{"/"}) {
		t.Errorf("requests %v, want only /", got)
	}
}

func TestCrawlStopsAtMaxPagesAndMarksPartial(t *testing.T) {
	// Every page links to 20 new pages: the site is endless.
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var hrefs []string
		for i := range 20 {
			hrefs = append(hrefs, fmt.Sprintf("%s/%d", strings.TrimSuffix(r.URL.Path, "/"), i))
		}
		html(links(hrefs...))(w, r)
	}))
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	cfg.MaxPages = 30
	cfg.MaxDepth = 50
	cfg.Concurrency = 1 // requests arrive in the order they are sent
	ev := crawl(t, context.Background(), cfg)
	if n := len(srv.requests()); n != 30 {
		t.Errorf("%d requests, want 30", n)
	}
	if !ev.Partial || ev.Stats.Pages != 30 {
		t.Errorf("Partial %v, pages %d; want true, 30", ev.Partial, ev.Stats.Pages)
	}
	// Breadth first: the 20 pages of depth 1 come before any of depth 2.
	for _, r := range srv.requests()[:21] {
		if strings.Count(r.URI, "/") > 1 {
			t.Errorf("%s fetched among the first 21 requests", r.URI)
		}
	}
}

func TestCrawlScopeHostAndDomain(t *testing.T) {
	start := links("http://api.example.test/", "http://other.test/", "https://app.example.test:8443/x", "/local")
	app := newTestServer(t, routes{"/": html(start), "/local": html("")})
	api := newTestServer(t, routes{"/": html("")})
	other := newTestServer(t, routes{"/": html("")})
	n := testNet{"app.example.test": app.addr(), "api.example.test": api.addr(), "other.test": other.addr()}
	tests := []struct {
		scope   Scope
		apiReqs int
		out     []string
	}{
		{ScopeHost, 0, []string{"http://api.example.test/", "http://other.test/"}},
		{ScopeDomain, 1, []string{"http://other.test/"}},
	}
	for _, tt := range tests {
		t.Run(tt.scope.String(), func(t *testing.T) {
			cfg := testConfig(n, "http://app.example.test/")
			cfg.Scope = tt.scope
			ev := crawl(t, context.Background(), cfg)
			if got := len(api.requests()); got != tt.apiReqs {
				t.Errorf("api.example.test got %d requests, want %d", got, tt.apiReqs)
			}
			if got := len(other.requests()); got != 0 {
				t.Errorf("other.test got %d requests, want 0", got)
			}
			if !slices.Equal(ev.OutOfScope, tt.out) {
				t.Errorf("OutOfScope %q, want %q", ev.OutOfScope, tt.out)
			}
			// Same host, another scheme and port: in scope, and an error since nothing listens there over TLS.
			if !slices.Contains(responseURLs(ev), "http://app.example.test/local") {
				t.Errorf("/local not crawled: %v", responseURLs(ev))
			}
			if !hasError(ev, "https://app.example.test:8443/x", "") {
				t.Errorf("https://app.example.test:8443/x was not tried: errors %v", errorLines(ev))
			}
		})
	}
}

func TestCrawlIncludeAndExclude(t *testing.T) {
	srv := newTestServer(t, routes{
		"/":             html(links("/docs/a", "/docs/private/b", "/blog/c")),
		"/docs/a":       html(""),
		"/docs/private": html(""),
		"/blog/c":       html(""),
	})
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	cfg.Include = []*regexp.Regexp{regexp.MustCompile(`^http://app\.example\.test/(docs/.*)?$`)}
	cfg.Exclude = []*regexp.Regexp{regexp.MustCompile(`/private/`)}
	ev := crawl(t, context.Background(), cfg)
	if got := srv.uris(); !slices.Equal(got, []string{"/", "/docs/a"}) {
		t.Errorf("requests %v, want / and /docs/a", got)
	}
	want := []string{"http://app.example.test/docs/private/b", "http://app.example.test/blog/c"}
	if !slices.Equal(ev.OutOfScope, want) {
		t.Errorf("OutOfScope %q, want %q", ev.OutOfScope, want)
	}
}

func TestCrawlRecordsRedirectHopsWithTheirCookies(t *testing.T) {
	srv := newTestServer(t, routes{
		"/": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add("Set-Cookie", "  hop0=a; Path=/; HttpOnly ")
			w.Header().Add("Set-Cookie", "bad cookie line")
			http.Redirect(w, r, "/landing", http.StatusFound)
		},
		"/landing": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add("Set-Cookie", "hop1=b")
			html("")(w, r)
		},
	})
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	ev := crawl(t, context.Background(), cfg)
	if len(ev.Responses) != 2 {
		t.Fatalf("%d responses, want 2: %v", len(ev.Responses), responseURLs(ev))
	}
	r0, r1 := ev.Responses[0], ev.Responses[1]
	if r0.URL != "http://app.example.test/" || r0.Status != 302 || r0.Hop != 0 || r0.From != "" ||
		!slices.Equal(r0.SetCookie, []string{"hop0=a; Path=/; HttpOnly", "bad cookie line"}) {
		t.Errorf("hop 0 = %+v", r0)
	}
	if r1.URL != "http://app.example.test/landing" || r1.Status != 200 || r1.Hop != 1 || r1.From != r0.URL ||
		!slices.Equal(r1.SetCookie, []string{"hop1=b"}) || r1.Method != "GET" || r1.TLS || r1.Entry != -1 {
		t.Errorf("hop 1 = %+v", r1)
	}
	if got := srv.requests()[1].Cookie; got != "hop0=a; bad cookie line" {
		t.Errorf("hop 1 was sent Cookie %q, want the cookies of hop 0", got)
	}
	if ev.Stats.Pages != 1 || ev.Stats.Requests != 2 || ev.Stats.Cookies != 3 {
		t.Errorf("stats %+v, want 1 page, 2 requests, 3 cookies", ev.Stats)
	}
}

func TestCrawlSendsCookieFromOnePageToTheNext(t *testing.T) {
	srv := newTestServer(t, routes{
		"/": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add("Set-Cookie", "sid=s3cr3t; Path=/; HttpOnly")
			w.Header().Add("Set-Cookie", "only_here=1; Path=/nowhere")
			html(links("/next"))(w, r)
		},
		"/next": html(""),
	})
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	crawl(t, context.Background(), cfg)
	if got := srv.requests()[1].Cookie; got != "sid=s3cr3t" {
		t.Errorf("/next was sent Cookie %q, want sid=s3cr3t", got)
	}
}

func TestCrawlSeedsConfiguredCookiesAndHeaders(t *testing.T) {
	srv := newTestServer(t, routes{
		"/": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add("Set-Cookie", "sid=; Max-Age=0; Path=/") // the server logs the user out
			html(links("/next"))(w, r)
		},
		"/next": html(""),
	})
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	cfg.Cookies = "sid=abc; theme=dark"
	cfg.Headers = http.Header{"Authorization": {"Bearer t0k"}, "Cookie": {"lang=en"}}
	crawl(t, context.Background(), cfg)
	reqs := srv.requests()
	if reqs[0].Cookie != "lang=en; sid=abc; theme=dark" || reqs[0].Auth != "Bearer t0k" {
		t.Errorf("first request: Cookie %q, Authorization %q", reqs[0].Cookie, reqs[0].Auth)
	}
	if reqs[1].Cookie != "lang=en; theme=dark" {
		t.Errorf("after the server deleted sid, Cookie %q", reqs[1].Cookie)
	}
}

func TestCrawlSendsCredentialsOnlyInScope(t *testing.T) {
	other := newTestServer(t, routes{"/": html("")})
	app := newTestServer(t, routes{
		"/": html(links("/go", "http://other.test/")),
		"/go": func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "http://other.test/landing?x=1", http.StatusFound)
		},
	})
	cfg := testConfig(testNet{"app.example.test": app.addr(), "other.test": other.addr()}, "http://app.example.test/")
	cfg.Headers = http.Header{"Authorization": {"Bearer t0k"}}
	cfg.Cookies = "sid=abc"
	ev := crawl(t, context.Background(), cfg)
	if n := len(other.requests()); n != 0 {
		t.Fatalf("out-of-scope server got %d requests", n)
	}
	for _, r := range app.requests() {
		if r.Auth != "Bearer t0k" || r.Cookie != "sid=abc" {
			t.Errorf("%s sent without credentials: %+v", r.URI, r)
		}
	}
	want := []string{"http://other.test/", "http://other.test/landing?x=1"}
	slices.Sort(ev.OutOfScope)
	if !slices.Equal(ev.OutOfScope, want) {
		t.Errorf("OutOfScope %q, want %q", ev.OutOfScope, want)
	}
	last := ev.Responses[len(ev.Responses)-1]
	if last.URL != "http://app.example.test/go" || last.Status != 302 {
		t.Errorf("the redirect out of scope should be the last response, got %+v", last)
	}
}

func TestCrawlProbesLogoutOnceAtTheEnd(t *testing.T) {
	srv := newTestServer(t, routes{
		"/": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add("Set-Cookie", "sid=abc; Path=/")
			html(links("/a", "/logout", "/b"))(w, r)
		},
		"/a": html(links("/logout", "/c")),
		"/b": html(links("/logout?next=/")),
		"/c": html(""),
		"/logout": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add("Set-Cookie", "sid=; Max-Age=0; Path=/")
			http.Redirect(w, r, "/", http.StatusFound)
		},
	})
	for _, probe := range []bool{false, true} {
		t.Run(fmt.Sprint("probe=", probe), func(t *testing.T) {
			before := len(srv.requests())
			cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
			cfg.LogoutProbe = probe
			ev := crawl(t, context.Background(), cfg)
			var uris []string
			for _, r := range srv.requests()[before:] {
				uris = append(uris, r.URI)
			}
			pages := []string{"/", "/a", "/b", "/c"}
			if !probe {
				if got := slices.Sorted(slices.Values(uris)); !slices.Equal(got, pages) {
					t.Errorf("requests %v, want the pages and no logout", uris)
				}
				return
			}
			if got := slices.Sorted(slices.Values(uris[:4])); !slices.Equal(got, pages) {
				t.Fatalf("requests %v, want the pages first", uris)
			}
			// Each logout URL once, with the session cookie, then its redirect.
			want := []string{"/logout", "/", "/logout?next=/", "/"}
			if !slices.Equal(uris[4:], want) {
				t.Errorf("probe requests %v, want %v", uris[4:], want)
			}
			if c := srv.requests()[before+4].Cookie; c != "sid=abc" {
				t.Errorf("logout probe sent Cookie %q, want sid=abc", c)
			}
			var logout []*evidence.Response
			for _, r := range ev.Responses {
				if r.Logout {
					logout = append(logout, r)
				}
			}
			if len(logout) != 4 || logout[0].SetCookie[0] != "sid=; Max-Age=0; Path=/" || logout[1].Hop != 1 {
				t.Errorf("logout responses %+v", logout)
			}
		})
	}
}

func TestCrawlFollowsGetFormsAndNeverSubmitsPostForms(t *testing.T) {
	srv := newTestServer(t, routes{
		"/": html(`<form action="/search" method="get"><input name="q"></form>
<form action="/delete" method="post"><button>Delete</button></form>
<form action="/logout" method="post"><button>Log out</button></form>`),
		"/search": html(""),
	})
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	cfg.LogoutProbe = true
	ev := crawl(t, context.Background(), cfg)
	for _, r := range srv.requests() {
		if r.Method != "GET" || strings.HasPrefix(r.URI, "/delete") || strings.HasPrefix(r.URI, "/logout") {
			t.Errorf("unexpected request %+v", r)
		}
	}
	if !slices.ContainsFunc(srv.uris(), func(u string) bool { return strings.HasPrefix(u, "/search") }) {
		t.Errorf("GET form not followed: %v", srv.uris())
	}
	if !slices.Equal(ev.LogoutForms, []string{"http://app.example.test/logout"}) {
		t.Errorf("LogoutForms %q", ev.LogoutForms)
	}
}

func TestCrawlFollowsMetaRefresh(t *testing.T) {
	srv := newTestServer(t, routes{
		"/":      html(`<html><head><meta http-equiv="refresh" content="0; url=/moved"></head></html>`),
		"/moved": html(""),
	})
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	crawl(t, context.Background(), cfg)
	if got := srv.uris(); !slices.Equal(got, []string{"/", "/moved"}) {
		t.Errorf("requests %v", got)
	}
}

func TestCrawlReadsSitemap(t *testing.T) {
	srv := newTestServer(t, routes{
		"/": html(""),
		"/sitemap.xml": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc> http://app.example.test/from-sitemap </loc></url>
  <url><loc>http://app.example.test/deep</loc></url>
  <url><loc>http://other.test/elsewhere</loc></url>
</urlset>`)
		},
		"/from-sitemap": html(""),
		"/deep":         html(links("/deeper")),
		"/deeper":       html(""),
	})
	// A site without a sitemap that answers every path with its page.
	spa := newTestServer(t, html("<html><script>if (a < b && c) {}</script></html>"))
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	cfg.Sitemap = true
	cfg.MaxDepth = 1
	cfg.Targets = append(cfg.Targets, "http://spa.example.test/")
	cfg.hooks.dial = testNet{"app.example.test": srv.addr(), "spa.example.test": spa.addr()}.dial
	ev := crawl(t, context.Background(), cfg)
	got := slices.Sorted(slices.Values(srv.uris()))
	if want := []string{"/", "/deep", "/from-sitemap", "/sitemap.xml"}; !slices.Equal(got, want) {
		t.Errorf("requests %v, want %v (sitemap URLs at depth 1)", got, want)
	}
	if !slices.Equal(ev.OutOfScope, []string{"http://other.test/elsewhere"}) {
		t.Errorf("OutOfScope %q", ev.OutOfScope)
	}
	if ev.Stats.Pages != 4 || len(ev.Errors) != 0 {
		t.Errorf("pages %d, want 4: the sitemaps are no pages; errors %v", ev.Stats.Pages, errorLines(ev))
	}
	if got := spa.uris(); !slices.Equal(got, []string{"/", "/sitemap.xml"}) && !slices.Equal(got, []string{"/sitemap.xml", "/"}) {
		t.Errorf("requests to the site without a sitemap: %v", got)
	}
}

func TestCrawlFetchesSameOriginScriptsOnce(t *testing.T) {
	rt := routes{
		"/app.js": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/javascript")
			w.Header().Add("Set-Cookie", "js=1")
			fmt.Fprint(w, `document.cookie = "theme=dark";`)
		},
	}
	var hrefs []string
	for i := range 50 {
		p := fmt.Sprintf("/p%d", i)
		hrefs = append(hrefs, p)
		rt[p] = html(`<script src="/app.js"></script><script src="http://cdn.other.test/lib.js"></script>`)
	}
	rt["/"] = html(links(hrefs...))
	srv := newTestServer(t, rt)
	cdn := newTestServer(t, routes{})
	cfg := testConfig(testNet{"app.example.test": srv.addr(), "cdn.other.test": cdn.addr()}, "http://app.example.test/")
	cfg.Scope = ScopeDomain
	ev := crawl(t, context.Background(), cfg)
	if n := srv.count("/app.js"); n != 1 {
		t.Errorf("/app.js fetched %d times, want 1", n)
	}
	if n := len(cdn.requests()); n != 0 {
		t.Errorf("cross-origin script fetched %d times", n)
	}
	if !slices.Equal(ev.OutOfScope, []string{"http://cdn.other.test/lib.js"}) {
		t.Errorf("OutOfScope %q", ev.OutOfScope)
	}
	var ext []*evidence.Script
	for _, s := range ev.Scripts {
		if s.Kind == "external" {
			ext = append(ext, s)
		}
	}
	if len(ext) != 1 || ext[0].URL != "http://app.example.test/app.js" || ext[0].Inline ||
		ext[0].Source != `document.cookie = "theme=dark";` || ext[0].Line != 1 || ext[0].Col != 1 ||
		!strings.HasPrefix(ext[0].Page, "http://app.example.test/p") {
		t.Errorf("external scripts %+v", ext)
	}
	if ev.Stats.Pages != 51 || ev.Stats.Requests != 52 || ev.Stats.Scripts != len(ev.Scripts) {
		t.Errorf("stats %+v, want 51 pages and 52 requests", ev.Stats)
	}
	if !slices.ContainsFunc(ev.Responses, func(r *evidence.Response) bool {
		return r.URL == "http://app.example.test/app.js" && r.SetCookie[0] == "js=1"
	}) {
		t.Error("the script's response and its Set-Cookie line are missing")
	}
}

func TestCrawlPassesInlineScriptsOn(t *testing.T) {
	srv := newTestServer(t, routes{
		"/": html("<html><body>\n<script>\ndocument.cookie = 'a=1';\n</script>\n" +
			`<a href="/logout" onclick="document.cookie='sid=; max-age=0'">Log out</a>` +
			"\n<a href=\"javascript:document.cookie='b=2'\">b</a></body></html>"),
	})
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	ev := crawl(t, context.Background(), cfg)
	kinds := map[string]*evidence.Script{}
	for _, s := range ev.Scripts {
		kinds[s.Kind] = s
		if s.URL != "http://app.example.test/" || s.Page != s.URL || !s.Inline {
			t.Errorf("script %+v: want URL and Page the page, Inline", s)
		}
	}
	if s := kinds["inline"]; s == nil || !strings.Contains(s.Source, "a=1") || s.Line != 2 {
		t.Errorf("inline script %+v", s)
	}
	if s := kinds["handler"]; s == nil || s.Event != "onclick" || !s.Logout || s.Line != 5 {
		t.Errorf("handler %+v", s)
	}
	if s := kinds["javascript-url"]; s == nil || !strings.Contains(s.Source, "b=2") {
		t.Errorf("javascript: URL %+v", s)
	}
}

func TestCrawlHandsOnScriptsAsJavaScript(t *testing.T) {
	srv := newTestServer(t, routes{
		"/": html("<html><body>\n<script>let v = <b onClick={() => document.cookie}>x</b></script>\n" +
			`<script src="/view.js"></script></body></html>`),
		"/view.js": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/javascript")
			fmt.Fprint(w, "const c = document.cookie;\nexport const V = () => <i>{c}</i>;")
		},
	})
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	ev := crawl(t, context.Background(), cfg)
	got := map[string]string{}
	for _, s := range ev.Scripts {
		got[s.Kind] = fmt.Sprintf("%d:%d %s", s.Line, s.Col, s.Source)
	}
	want := map[string]string{
		"inline":   "2:9 let v = [          (() => document.cookie)     ]",
		"external": "1:1 const c = document.cookie;\nexport const V = () => [  (c)   ];",
	}
	if !maps.Equal(got, want) {
		t.Errorf("scripts %q, want %q", got, want)
	}
}

func TestCrawlHonoursRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	calls := map[string]int{}
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		calls[r.URL.Path]++
		n := calls[r.URL.Path]
		mu.Unlock()
		switch {
		case r.URL.Path == "/":
			html(links("/seconds", "/date", "/busy"))(w, r)
		case r.URL.Path == "/seconds" && n == 1:
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusTooManyRequests)
		case r.URL.Path == "/date" && n == 1:
			w.Header().Set("Retry-After", now.Add(30*time.Second).Format(http.TimeFormat))
			w.WriteHeader(http.StatusServiceUnavailable)
		case r.URL.Path == "/busy":
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusServiceUnavailable)
		default:
			html("")(w, r)
		}
	}))
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	cfg.Concurrency = 1
	cfg.Now = func() time.Time { return now }
	s := newSleeper()
	cfg.hooks.sleep, cfg.hooks.clock = s.sleep, s.clock
	ev := crawl(t, context.Background(), cfg)
	want := []time.Duration{7 * time.Second, 30 * time.Second, time.Minute, time.Minute}
	if got := s.recorded(); !slices.Equal(got, want) {
		t.Errorf("waits %v, want %v", got, want)
	}
	if calls["/seconds"] != 2 || calls["/date"] != 2 || calls["/busy"] != 3 {
		t.Errorf("calls %v", calls)
	}
	if !hasError(ev, "http://app.example.test/busy", "HTTP 503 Service Unavailable after 2 retries") || len(ev.Errors) != 1 {
		t.Errorf("errors %v", errorLines(ev))
	}
	if n := len(ev.Responses); n != 8 {
		t.Errorf("%d responses, want 8: every attempt is recorded", n)
	}
}

func TestCrawlBacksOffExponentiallyWithoutRetryAfter(t *testing.T) {
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	s := newSleeper()
	cfg.hooks.sleep, cfg.hooks.clock = s.sleep, s.clock
	ev := crawl(t, context.Background(), cfg)
	if got := s.recorded(); !slices.Equal(got, []time.Duration{time.Second, 2 * time.Second}) {
		t.Errorf("waits %v, want 1s 2s", got)
	}
	if !hasError(ev, "http://app.example.test/", "HTTP 429 Too Many Requests after 2 retries") {
		t.Errorf("errors %v", errorLines(ev))
	}
}

func TestCrawlSpacesRequestsToOneHost(t *testing.T) {
	srv := newTestServer(t, routes{"/": html(links("/a", "/b", "/c", "/d")), "/a": html(""), "/b": html(""), "/c": html(""), "/d": html("")})
	n := testNet{"app.example.test": srv.addr(), "api.example.test": srv.addr()}
	cfg := testConfig(n, "http://app.example.test/", "http://api.example.test/")
	cfg.PerHostRate = 10
	cfg.MaxDepth = -1
	s := newSleeper()
	cfg.hooks.sleep, cfg.hooks.clock = s.sleep, s.clock
	crawl(t, context.Background(), cfg)
	if got := s.recorded(); len(got) != 0 {
		t.Errorf("waits %v: two hosts, one request each, should not wait", got)
	}

	cfg = testConfig(n, "http://app.example.test/")
	cfg.PerHostRate = 10
	cfg.Concurrency = 1 // the fake clock advances by each wait in turn
	s = newSleeper()
	cfg.hooks.sleep, cfg.hooks.clock = s.sleep, s.clock
	crawl(t, context.Background(), cfg)
	var total time.Duration
	for _, d := range s.recorded() {
		total += d
	}
	// Five requests at 10 per second: the last is sent 400 ms after the first.
	if total != 400*time.Millisecond {
		t.Errorf("waits %v (total %v), want 400ms in all", s.recorded(), total)
	}
}

func TestCrawlVerifiesTLSUnlessInsecure(t *testing.T) {
	srv := httptest.NewUnstartedServer(html(links("/a")))
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the rejected handshake is expected
	srv.StartTLS()
	defer srv.Close()
	n := testNet{"app.example.test": srv.Listener.Addr().String()}
	for _, insecure := range []bool{false, true} {
		cfg := testConfig(n, "https://app.example.test/")
		cfg.Insecure = insecure
		ev := crawl(t, context.Background(), cfg)
		switch {
		case !insecure && !hasError(ev, "https://app.example.test/", "TLS: certificate is not valid for app.example.test"):
			t.Errorf("verified: errors %v", errorLines(ev))
		case insecure && (len(ev.Errors) != 0 || len(ev.Responses) != 2 || !ev.Responses[0].TLS):
			t.Errorf("insecure: responses %v, errors %v", responseURLs(ev), errorLines(ev))
		}
	}
	// The certificate is valid for 127.0.0.1, but signed by no known authority.
	ev := crawl(t, context.Background(), testConfig(n, srv.URL))
	if !hasError(ev, srv.URL+"/", "TLS: certificate signed by an unknown authority") {
		t.Errorf("errors %v", errorLines(ev))
	}
}

func TestCrawlSendsTheDefaultUserAgent(t *testing.T) {
	srv := newTestServer(t, routes{"/": html("")})
	crawl(t, context.Background(), testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/"))
	if ua := srv.requests()[0].UserAgent; ua != "cookiescan/dev (+https://github.com/cookiescan/cookiescan)" {
		t.Errorf("User-Agent %q", ua)
	}
}

func TestCrawlUsesTheConfiguredProxy(t *testing.T) {
	proxy := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Host != "app.example.test" {
			http.Error(w, "not a proxy request", http.StatusBadRequest)
			return
		}
		html(links("/second"))(w, r)
	}))
	cfg := testConfig(testNet{}, "http://app.example.test/")
	cfg.Proxy = proxy.URL
	ev := crawl(t, context.Background(), cfg)
	reqs := proxy.requests()
	if len(reqs) != 2 || reqs[0].Host != "app.example.test" || reqs[1].URI != "/second" {
		t.Errorf("proxy received %+v", reqs)
	}
	if len(ev.Errors) != 0 {
		t.Errorf("errors %v", errorLines(ev))
	}
}

func TestCrawlUsesAnInjectedTransport(t *testing.T) {
	srv := newTestServer(t, routes{"/": html(links("/a")), "/a": html("")})
	tr := &http.Transport{DialContext: testNet{"app.example.test": srv.addr()}.dial}
	cfg := testConfig(nil, "http://app.example.test/")
	cfg.Transport = tr
	ev := crawl(t, context.Background(), cfg)
	if len(ev.Responses) != 2 {
		t.Errorf("responses %v", responseURLs(ev))
	}
}

// panicky is a transport that panics on /panic and otherwise serves pages.
type panicky struct{ *http.Transport }

func (p panicky) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Path == "/panic" {
		panic("broken transport")
	}
	return p.Transport.RoundTrip(req)
}

func TestCrawlTurnsAPanicIntoAnErrorLine(t *testing.T) {
	srv := newTestServer(t, routes{"/": html(links("/panic", "/fine")), "/fine": html("")})
	tr := &http.Transport{DialContext: testNet{"app.example.test": srv.addr()}.dial}
	cfg := testConfig(nil, "http://app.example.test/")
	cfg.Transport = panicky{tr}
	ev := crawl(t, context.Background(), cfg)
	if !hasError(ev, "http://app.example.test/panic", "internal error: broken transport") || srv.count("/fine") != 1 {
		t.Errorf("errors %v, requests %v", errorLines(ev), srv.uris())
	}
}

func TestCrawlCancelledReturnsPartialEvidence(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	release := make(chan struct{})
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			html(links("/slow1", "/slow2", "/slow3", "/x4", "/x5", "/x6"))(w, r)
			return
		}
		cancel() // the crawl is cancelled while this request is in flight
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer close(release)
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	cfg.Concurrency = 2
	cfg.LogoutProbe = true
	ev := crawl(t, ctx, cfg)
	if !ev.Partial {
		t.Error("Partial not set")
	}
	if len(ev.Responses) != 1 || len(ev.Errors) != 0 {
		t.Errorf("responses %v, errors %v: want the first page and no error lines", responseURLs(ev), errorLines(ev))
	}
	if n := len(srv.requests()); n > 3 {
		t.Errorf("%d requests after cancellation", n)
	}
}

func TestCrawlMaxDurationReturnsPartialEvidence(t *testing.T) {
	release := make(chan struct{})
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			html(links("/hang"))(w, r)
			return
		}
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer close(release)
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	cfg.MaxDuration = 200 * time.Millisecond // a bound, not an assertion on timing
	ev := crawl(t, context.Background(), cfg)
	if !ev.Partial || len(ev.Responses) != 1 {
		t.Errorf("Partial %v, responses %v", ev.Partial, responseURLs(ev))
	}
}

func TestCrawlReportsProgress(t *testing.T) {
	srv := newTestServer(t, routes{"/": html(links("/a", "/b")), "/a": html(""), "/b": html("")})
	cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
	var got []CrawlProgress
	cfg.Progress = func(p CrawlProgress) { got = append(got, p) }
	ev := crawl(t, context.Background(), cfg)
	if len(got) == 0 {
		t.Fatal("Progress never called")
	}
	last := got[len(got)-1]
	if last.Pages != 3 || last.Requests != 3 || last.Queued != 0 || last.Errors != 0 || ev.Stats.Pages != 3 {
		t.Errorf("last progress %+v", last)
	}
}

func TestCrawlRecordsNetworkErrors(t *testing.T) {
	closed := httptest.NewServer(http.NotFoundHandler())
	addr := closed.Listener.Addr().String()
	closed.Close()
	srv := newTestServer(t, routes{
		"/":    html(links("http://gone.example.test/", "http://refused.example.test/", "/500")),
		"/500": func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 500) },
	})
	cfg := testConfig(testNet{"app.example.test": srv.addr(), "refused.example.test": addr}, "http://app.example.test/")
	cfg.Scope = ScopeDomain
	ev := crawl(t, context.Background(), cfg)
	for _, want := range []struct{ target, reason string }{
		{"http://gone.example.test/", "DNS lookup of gone.example.test failed: no such host"},
		{"http://refused.example.test/", "connection refused"},
		{"http://app.example.test/500", "HTTP 500 Internal Server Error"},
	} {
		if !hasError(ev, want.target, want.reason) {
			t.Errorf("no error %q for %s in %v", want.reason, want.target, errorLines(ev))
		}
	}
	if ev.Stats.Errors != 3 || ev.Partial {
		t.Errorf("stats %+v, partial %v", ev.Stats, ev.Partial)
	}
}

func TestNormaliseURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTP://Example.TEST:80/a", "http://example.test/a"},
		{"https://example.test:443", "https://example.test/"},
		{"https://example.test:8443/a#frag", "https://example.test:8443/a"},
		{"http://h/./a", "http://h/a"},
		{"http://h/b/../a", "http://h/a"},
		{"http://h/%61%2f%2e%7E", "http://h/a%2F.~"},
		{"http://h/a/%2e%2e/b", "http://h/b"},
		{"http://h/../../a/./b/.", "http://h/a/b/"},
		{"http://h/a?b=%2f&c#d", "http://h/a?b=%2f&c"},
		{"http://h/a?", "http://h/a?"},
		{"http://[::1]:80/x", "http://[::1]/x"},
		{"http://[::1]:8080/x", "http://[::1]:8080/x"},
		{"http://u:p@h/x", "http://h/x"},
	}
	for _, tt := range tests {
		u, err := url.Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		n, ok := normaliseURL(u)
		if !ok || n.key != tt.want {
			t.Errorf("normaliseURL(%s) = %q, want %q", tt.in, n.key, tt.want)
			continue
		}
		if back, err := url.Parse(n.key); err != nil || back.String() != n.key || !strings.HasPrefix(n.key, n.origin+"/") || n.origin != back.Scheme+"://"+back.Host {
			t.Errorf("normaliseURL(%s) = %+v, which does not parse back (%v, %v)", tt.in, n, back, err)
		}
	}
	for _, in := range []string{"mailto:a@b", "javascript:alert(1)", "ftp://h/", "/relative", "http:opaque"} {
		u, _ := url.Parse(in)
		if n, ok := normaliseURL(u); ok {
			t.Errorf("normaliseURL(%s) = %q, want not ok", in, n.key)
		}
	}
}

// slowNormalise is normaliseString without the normal-form shortcut.
func slowNormalise(raw string) (normURL, bool) {
	u, err := url.Parse(raw)
	if err != nil {
		return normURL{}, false
	}
	return normaliseURL(u)
}

// checkNormalForm fails when the shortcut accepts raw and gives anything
// but what parsing and normalising give.
func checkNormalForm(t *testing.T, raw string) {
	t.Helper()
	fast, ok := normalForm(raw)
	if !ok {
		return
	}
	if slow, ok := slowNormalise(raw); !ok || slow != fast {
		t.Fatalf("normalForm(%q) = %+v, want %+v (ok %v)", raw, fast, slow, ok)
	}
}

func TestNormalFormMatchesNormaliseURL(t *testing.T) {
	accepted := []string{
		"http://example.test/", "https://example.test/p/12", "http://127.0.0.1:8080/a/b/?q=1&r=%2F",
		"https://a-b.example.test:8443/x.y/_z~/", "http://h//a", "http://h/a?", "http://h/...a/.b/c.",
	}
	for _, raw := range accepted {
		if _, ok := normalForm(raw); !ok {
			t.Errorf("normalForm(%q) not recognised", raw)
		}
		checkNormalForm(t, raw)
	}
	// Each is parsed instead: normalising changes it, or it is written
	// with characters the shortcut does not vouch for.
	parsed := []string{
		"HTTP://example.test/", "http://Example.test/", "http://example.test", "http://example.test:80/",
		"https://example.test:443/", "http://example.test:/", "http://example.test:080/", "http://u@h/",
		"http://h/./a", "http://h/a/..", "http://h/%61", "http://h/a#f", "http://h/a?b#f", "http://h/a b",
		"http://[::1]/", "http://h/a?b c", "ftp://h/", "http://h/é",
	}
	for _, raw := range parsed {
		if n, ok := normalForm(raw); ok {
			t.Errorf("normalForm(%q) = %+v, want it parsed", raw, n)
		}
	}
	// Every string of a few characters from an alphabet that reaches each
	// branch, after every scheme and authority.
	alphabet := []string{"a", "A", "/", ".", "..", "?", "#", "%2e", ":", "8", "0", "@", "-", "~", " "}
	var grow func(prefix string, n int)
	grow = func(prefix string, n int) {
		checkNormalForm(t, prefix)
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			grow(prefix+a, n-1)
		}
	}
	for _, start := range []string{"http://h", "https://h:8443", "http://h:80", "http://h/"} {
		grow(start, 4)
	}
}

func TestRetryDelay(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		header  string
		attempt int
		want    time.Duration
	}{
		{"", 0, time.Second},
		{"", 1, 2 * time.Second},
		{"5", 0, 5 * time.Second},
		{" 0 ", 1, 0},
		{"99999999999999999999", 0, time.Minute},
		{now.Add(10 * time.Second).Format(http.TimeFormat), 0, 10 * time.Second},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0, 0},
		{now.Add(time.Hour).Format(http.TimeFormat), 0, time.Minute},
		{"soon", 1, 2 * time.Second},
		{"-3", 0, time.Second},
	}
	for _, tt := range tests {
		if got := retryDelay(tt.header, tt.attempt, now); got != tt.want {
			t.Errorf("retryDelay(%q, %d) = %v, want %v", tt.header, tt.attempt, got, tt.want)
		}
	}
}

func TestPageQueueFetchesEachPageAtItsShortestDepth(t *testing.T) {
	q := newPageQueue(100, &crawlSeen{m: map[string]uint64{}})
	page := func(key string, depth int) crawlTask { return crawlTask{kind: taskPage, key: key, depth: depth} }
	next := func(want string, wantDepth int) {
		t.Helper()
		got, ok := q.next()
		if want == "" {
			if ok {
				t.Fatalf("next = %+v, want none", got)
			}
			return
		}
		if !ok || got.key != want || got.depth != wantDepth {
			t.Fatalf("next = %+v %v, want %s at depth %d", got, ok, want, wantDepth)
		}
		q.start(got)
	}
	q.add(page("R", 0))
	next("R", 0)
	q.add(page("X", 1))
	q.add(page("Y", 1))
	q.end(0)
	next("X", 1)
	next("Y", 1)
	q.add(page("Z", 2)) // X links to Z
	q.end(1)            // X is done, Y is slow
	next("Z", 2)        // Y may link to Z too, but that gives depth 2 as well
	q.add(page("W", 3)) // Z links to W
	q.end(2)
	next("", 0) // Y might still link to W by a shorter path
	q.add(page("W", 2))
	q.add(page("Z", 2)) // already fetched: ignored
	q.end(1)
	next("W", 2)
	next("", 0) // W's stale entry at depth 3 is skipped
	if q.len() != 0 || q.dispatched != 5 || q.dropped {
		t.Errorf("len %d, dispatched %d, dropped %v", q.len(), q.dispatched, q.dropped)
	}
}

func TestPageQueueKeepsWithinTheBudget(t *testing.T) {
	seen := &crawlSeen{m: map[string]uint64{}}
	q := newPageQueue(3, seen)
	add := func(key string, depth int) { q.add(crawlTask{kind: taskPage, key: key, depth: depth}) }
	add("A", 0)
	a, _ := q.next()
	q.start(a)
	add("B", 1)
	add("C", 1)
	add("D", 2) // full, and no shallower than what waits: left out
	add("E", 0) // full, but shallower: displaces C, the last of the deepest
	q.end(0)
	if !q.dropped || q.len() != 2 {
		t.Fatalf("dropped %v, len %d", q.dropped, q.len())
	}
	for _, want := range []string{"E", "B"} {
		got, ok := q.next()
		if !ok || got.key != want {
			t.Fatalf("next = %+v, want %s", got, want)
		}
		q.start(got)
	}
	if _, ok := q.next(); ok {
		t.Error("C or D is still queued")
	}
	if !seen.claim("C") || !seen.claim("D") {
		t.Error("pages left out stay claimed, so they could never be found again")
	}
}
