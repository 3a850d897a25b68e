package browser

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/scanner"
	"github.com/cookiescan/cookiescan/scanner/browser/spasite"
)

// needBrowser skips the test when no Chromium or Chrome is installed.
func needBrowser(t testing.TB) {
	t.Helper()
	if _, err := Find(""); err != nil {
		t.Skip("no Chromium or Chrome on PATH (apt-get install chromium): browser tests skipped")
	}
}

// spaCrawl is one crawl of the app, shared by the tests that read it.
var spaCrawl struct {
	once sync.Once
	site *spasite.Site
	ev   *evidence.Evidence
	err  error
	// handed are the scripts given to CrawlConfig.Scripts, as they were then.
	handedMu sync.Mutex
	handed   map[*evidence.Script]evidence.Script
}

// crawlSPA crawls the app once for all the tests that only read the evidence.
func crawlSPA(t *testing.T) (*spasite.Site, *evidence.Evidence) {
	t.Helper()
	needBrowser(t)
	spaCrawl.once.Do(func() {
		spaCrawl.site = spasite.New()
		spaCrawl.handed = map[*evidence.Script]evidence.Script{}
		handOver := func(sc *evidence.Script) {
			spaCrawl.handedMu.Lock()
			defer spaCrawl.handedMu.Unlock()
			spaCrawl.handed[sc] = *sc
		}
		spaCrawl.ev, spaCrawl.err = Crawl(t.Context(), Config{CrawlConfig: scanner.CrawlConfig{
			Targets: []string{spaCrawl.site.URL + "/"}, LogoutProbe: true, PerHostRate: 1e9, Scripts: handOver,
		}})
	})
	if spaCrawl.err != nil {
		t.Fatal(spaCrawl.err)
	}
	for _, e := range spaCrawl.ev.Errors {
		t.Errorf("crawl error: %v", e)
	}
	return spaCrawl.site, spaCrawl.ev
}

func TestMain(m *testing.M) {
	code := m.Run()
	if spaCrawl.site != nil {
		spaCrawl.site.Close()
	}
	os.Exit(code)
}

// responses returns the responses for the URL, in order.
func responses(ev *evidence.Evidence, url string) []*evidence.Response {
	var out []*evidence.Response
	for _, r := range ev.Responses {
		if r.URL == url {
			out = append(out, r)
		}
	}
	return out
}

func TestCrawlRecordsCookieSetByXHRResponse(t *testing.T) {
	site, ev := crawlSPA(t)
	rs := responses(ev, site.URL+"/api/session")
	if len(rs) == 0 {
		t.Fatal("no response recorded for the XHR to /api/session")
	}
	r := rs[0]
	if r.Method != http.MethodPost || r.Browser == nil || r.Browser.Resource != "XHR" || r.Browser.CrossSite {
		t.Fatalf("XHR response recorded as %s, %+v", r.Method, r.Browser)
	}
	if len(r.SetCookie) != 1 || !strings.HasPrefix(r.SetCookie[0], "sessionid=") {
		t.Fatalf("Set-Cookie of the XHR = %q", r.SetCookie)
	}
	if v := r.Browser.Verdicts; len(v) != 1 || !v[0].Stored {
		t.Errorf("Chromium's verdict on sessionid = %+v, want stored", v)
	}
}

func TestCrawlRecordsScriptWriteAtItsScriptLineAndColumn(t *testing.T) {
	site, ev := crawlSPA(t)
	var w *evidence.CookieWrite
	for _, cw := range ev.CookieWrites {
		if cw.API == "document.cookie" && !cw.Logout {
			w = cw
			break
		}
	}
	if w == nil {
		t.Fatalf("no document.cookie write recorded: %+v", ev.CookieWrites)
	}
	line := spasite.Line(spasite.TokenWriteLine)
	wantCol := strings.Index(line, "= config") + 1 // V8 places an assignment at its operator
	if w.Name != "auth_token" || w.Value == "" || w.Script != site.URL+"/static/app.js" || w.Line != spasite.TokenWriteLine || w.Col != wantCol || w.Function != "start" {
		t.Errorf("write = %s at %s:%d:%d in %q, want auth_token at app.js:%d:%d in start", w.Name, w.Script, w.Line, w.Col, w.Function, spasite.TokenWriteLine, wantCol)
	}
	if !strings.HasPrefix(w.Cookie, "auth_token=") || !strings.HasSuffix(w.Cookie, "; path=/") {
		t.Errorf("written line = %q", w.Cookie)
	}
}

func TestCrawlFollowsLinkInsertedByScript(t *testing.T) {
	site, ev := crawlSPA(t)
	rs := responses(ev, site.URL+"/admin")
	if len(rs) == 0 {
		t.Fatal("/admin, linked only from the rendered page, was not visited")
	}
	if !slices.Contains(rs[0].SetCookie, "role=admin; Path=/; HttpOnly; SameSite=Lax") || rs[0].Browser.Resource != "Document" {
		t.Errorf("/admin recorded as %+v", rs[0])
	}
}

func TestCrawlFollowsPushStateRoute(t *testing.T) {
	site, ev := crawlSPA(t)
	if len(responses(ev, site.URL+"/app/dashboard")) == 0 {
		t.Error("/app/dashboard, reached only by history.pushState, was not visited")
	}
}

func TestCrawlFollowsHashRoute(t *testing.T) {
	site, ev := crawlSPA(t)
	if len(responses(ev, site.URL+"/api/profile")) == 0 {
		t.Error("the #/profile route was not rendered: its fetch of /api/profile is missing")
	}
}

func TestCrawlRecordsRedirectChainInsideFetch(t *testing.T) {
	site, ev := crawlSPA(t)
	first, second := responses(ev, site.URL+"/api/hop/1"), responses(ev, site.URL+"/api/hop/2")
	if len(first) == 0 || len(second) == 0 {
		t.Fatalf("redirect chain recorded as %d and %d responses", len(first), len(second))
	}
	a, b := first[0], second[0]
	if a.Status != http.StatusFound || a.Hop != 0 || a.SetCookie[0] != "hop1=seen; Path=/; HttpOnly; SameSite=Lax" {
		t.Errorf("first hop = %d hop %d %q", a.Status, a.Hop, a.SetCookie)
	}
	if b.Status != http.StatusOK || b.Hop != 1 || b.From != a.URL || b.SetCookie[0] != "hop2=seen; Path=/; HttpOnly; SameSite=Lax" || b.Browser.Resource != "Fetch" {
		t.Errorf("second hop = %d hop %d from %q %q %+v", b.Status, b.Hop, b.From, b.SetCookie, b.Browser)
	}
}

func TestCrawlRecordsCookieChromiumBlocks(t *testing.T) {
	site, ev := crawlSPA(t)
	rs := responses(ev, site.URL+"/api/none-insecure")
	if len(rs) == 0 {
		t.Fatal("no response for /api/none-insecure")
	}
	v := rs[0].Browser.Verdicts
	if len(v) != 1 || v[0].Stored || !slices.Equal(v[0].Reasons, []string{"SameSiteNoneInsecure"}) {
		t.Errorf("Chromium's verdict on SameSite=None without Secure = %+v, want blocked for SameSiteNoneInsecure", v)
	}
	if len(v) == 1 && !slices.Contains(v[0].Issues, "ExcludeSameSiteNoneInsecure") {
		t.Errorf("the Issues panel's reasons on the cookie = %q, want ExcludeSameSiteNoneInsecure beside the blocked reason", v[0].Issues)
	}
}

func TestLogoutProbeClicksLogoutButtonThatOnlyDeletesInScript(t *testing.T) {
	site, ev := crawlSPA(t)
	var del *evidence.CookieWrite
	for _, w := range ev.CookieWrites {
		if w.API == "cookieStore.delete" {
			del = w
		}
	}
	if del == nil {
		t.Fatalf("the logout button's cookieStore.delete was not recorded: %+v", ev.CookieWrites)
	}
	if !del.Logout || !del.Delete || del.Name != "auth_token" || del.Line != spasite.LogoutDeleteLine || del.Script != site.URL+"/static/app.js" {
		t.Errorf("delete recorded as %+v", del)
	}
	for _, r := range ev.Responses {
		if r.Logout {
			t.Errorf("the logout made no request, yet %s %s is recorded as the logout's", r.Method, r.URL)
		}
	}
	for _, w := range ev.CookieWrites {
		if w.Logout && w != del {
			t.Errorf("write before the click recorded as the logout's: %+v", w)
		}
	}
}

func TestCrawlHandsEachScriptToScriptsAsItRecordsIt(t *testing.T) {
	_, ev := crawlSPA(t)
	spaCrawl.handedMu.Lock()
	defer spaCrawl.handedMu.Unlock()
	if len(ev.Scripts) == 0 || len(spaCrawl.handed) != len(ev.Scripts) {
		t.Errorf("%d scripts handed over, %d recorded", len(spaCrawl.handed), len(ev.Scripts))
	}
	for _, sc := range ev.Scripts {
		if was, ok := spaCrawl.handed[sc]; !ok || was != *sc {
			t.Errorf("script %s (%s) handed over %v, as %+v; recorded as %+v", sc.URL, sc.Kind, ok, was, *sc)
		}
	}
}

func TestCrawlKeepsExternalScriptsOnce(t *testing.T) {
	site, ev := crawlSPA(t)
	n := 0
	for _, s := range ev.Scripts {
		if s.URL == site.URL+"/static/app.js" {
			n++
			if !strings.Contains(s.Source, "document.cookie") || s.Kind != "external" {
				t.Errorf("app.js kept as %+v", s)
			}
		}
	}
	if n != 1 {
		t.Errorf("app.js kept %d times, want once", n)
	}
}

func TestPageThatNeverFinishesLoadingIsCutAtTimeout(t *testing.T) {
	needBrowser(t)
	site := spasite.New()
	defer site.Close()
	ev, err := Crawl(t.Context(), Config{CrawlConfig: scanner.CrawlConfig{
		Targets: []string{site.URL + "/never"}, Timeout: 2 * time.Second, PerHostRate: 1e9,
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ev.Errors) != 1 || !strings.Contains(ev.Errors[0].Error(), "did not settle within 2s") {
		t.Fatalf("errors = %v, want the page cut at the timeout", ev.Errors)
	}
	if len(responses(ev, site.URL+"/never")) != 1 {
		t.Error("the document that arrived before the cut is not recorded")
	}
}

func TestCrashedTabIsRestartedAndURLReported(t *testing.T) {
	needBrowser(t)
	site := spasite.New()
	defer site.Close()
	ev, err := Crawl(t.Context(), Config{
		CrawlConfig: scanner.CrawlConfig{Targets: []string{site.URL + "/"}, Concurrency: 1, PerHostRate: 1e9},
		crashOn:     func(u string) bool { return strings.HasSuffix(u, "/admin") },
	})
	if err != nil {
		t.Fatal(err)
	}
	var crashed []string
	for _, e := range ev.Errors {
		if strings.Contains(e.Error(), "crashed") {
			crashed = append(crashed, e.Target)
		}
	}
	if !slices.Equal(crashed, []string{site.URL + "/admin"}) {
		t.Errorf("crash errors for %q, want /admin; all errors: %v", crashed, ev.Errors)
	}
	if len(responses(ev, site.URL+"/app/dashboard")) == 0 {
		t.Error("no page visited after the crash: the tab was not restarted")
	}
}

func TestRequestsOutOfScopeNeverLeaveTheBrowser(t *testing.T) {
	needBrowser(t)
	var outside atomic.Int32
	var leaked atomic.Value
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		outside.Add(1)
		if r.Header.Get("X-Scan") != "" || r.Header.Get("Cookie") != "" {
			leaked.Store(r.URL.Path)
		}
	}))
	defer other.Close()
	// The same server under the name localhost is another host, out of scope.
	otherURL := strings.Replace(other.URL, "127.0.0.1", "localhost", 1)
	var gotHeader, gotCookie atomic.Value
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotHeader.Store(r.Header.Get("X-Scan"))
		gotCookie.Store(r.Header.Get("Cookie"))
		w.Header().Set("Content-Type", "text/html")
		wsURL := strings.Replace(otherURL, "http:", "ws:", 1)
		fmt.Fprintf(w, `<img src="%s/pixel.png"><iframe src="%s/frame"></iframe><script>fetch(%q); navigator.sendBeacon(%q); new EventSource(%q); new WebSocket(%q)</script><a href="%s/page">away</a>`,
			otherURL, otherURL, otherURL+"/track", otherURL+"/beacon", otherURL+"/events", wsURL+"/socket", otherURL)
	}))
	defer site.Close()
	ev, err := Crawl(t.Context(), Config{CrawlConfig: scanner.CrawlConfig{
		Targets: []string{site.URL + "/"}, PerHostRate: 1e9,
		Headers: http.Header{"X-Scan": {"1"}}, Cookies: "seed=1",
	}})
	if err != nil {
		t.Fatal(err)
	}
	if n := outside.Load(); n != 0 {
		t.Errorf("%d requests reached the out-of-scope host (one with the scan's header or cookie: %v)", n, leaked.Load())
	}
	for _, u := range []string{otherURL + "/pixel.png", otherURL + "/track", otherURL + "/page"} {
		if !slices.Contains(ev.OutOfScope, u) {
			t.Errorf("OutOfScope = %q, missing %s", ev.OutOfScope, u)
		}
	}
	if gotHeader.Load() != "1" || gotCookie.Load() != "seed=1" {
		t.Errorf("in-scope request had X-Scan %q and Cookie %q, want 1 and seed=1", gotHeader.Load(), gotCookie.Load())
	}
}

func TestFindNamesThePackageToInstall(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := Find("")
	if !errors.Is(err, ErrNoBrowser) || !strings.Contains(err.Error(), "apt-get install chromium") {
		t.Errorf("Find without a browser = %v", err)
	}
	if _, err := Find("/nonexistent/chromium"); err == nil || !strings.Contains(err.Error(), "/nonexistent/chromium") {
		t.Errorf("Find of a missing path = %v", err)
	}
}

func TestCrawlRejectsInvalidConfigBeforeStartingBrowser(t *testing.T) {
	_, err := Crawl(t.Context(), Config{CrawlConfig: scanner.CrawlConfig{Targets: []string{"ftp://example.com/"}}})
	if err == nil || !strings.Contains(err.Error(), "not http or https") {
		t.Errorf("Crawl of an ftp URL = %v", err)
	}
}

func TestCrawlStopsAtMaxPagesAndSaysPartial(t *testing.T) {
	needBrowser(t)
	site := spasite.New()
	defer site.Close()
	ev, err := Crawl(t.Context(), Config{CrawlConfig: scanner.CrawlConfig{Targets: []string{site.URL + "/"}, MaxPages: 1, PerHostRate: 1e9}})
	if err != nil {
		t.Fatal(err)
	}
	if ev.Stats.Pages != 1 || !ev.Partial || len(responses(ev, site.URL+"/admin")) != 0 {
		t.Errorf("pages %d, partial %v, /admin responses %d: want 1 page, partial, /admin never visited", ev.Stats.Pages, ev.Partial, len(responses(ev, site.URL+"/admin")))
	}
}

func TestCrawlLogsInFirstAndProbesTheSessionAsTheStaticCrawlDoes(t *testing.T) {
	needBrowser(t)
	site := spasite.New()
	defer site.Close()
	ev, err := Crawl(t.Context(), Config{CrawlConfig: scanner.CrawlConfig{
		Targets: []string{site.URL + "/account"}, PerHostRate: 1e9, LogoutProbe: true,
		Login: &scanner.LoginConfig{
			URL: site.URL + "/login", Data: "user=" + spasite.User + "&password=" + spasite.Password,
			LoggedIn: regexp.MustCompile(spasite.LoggedIn), Lifecycle: true,
			SessionCookie: func(name, _ string) bool { return name == "appsession" },
		},
	}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ev.Errors {
		t.Errorf("crawl error: %v", e)
	}
	me := responses(ev, site.URL+"/api/me")
	if len(me) == 0 || me[0].Browser == nil || me[0].Status != http.StatusOK || !slices.Contains(me[0].SetCookie, "uid=alice; Path=/; SameSite=Lax") {
		t.Fatalf("the logged-in page's fetch of /api/me recorded as %+v: the browser crawl was not logged in", me)
	}
	if login := responses(ev, site.URL+"/login"); len(login) == 0 || login[0].Browser != nil || ev.Responses[0] != login[0] {
		t.Errorf("the login's own responses are not recorded first, as the HTTP login's")
	}
	lc := ev.Lifecycle
	if lc == nil || lc.Login == nil || !lc.Login.LoggedIn || lc.Fixation == nil || lc.Planted == nil || !lc.Planted.Kept || lc.Logout == nil || !lc.Logout.StillLoggedIn {
		t.Fatalf("lifecycle = %+v, want the login, the fixation probe, the planted ID kept and the session alive after logout", lc)
	}
	if lc.Logout.URL != site.URL+"/logout" {
		t.Errorf("logout probe used %s, want the logout link the browser found", lc.Logout.URL)
	}
	if ev.Stats.Lifecycle == 0 || ev.Stats.Requests <= ev.Stats.Lifecycle {
		t.Errorf("stats count %d requests, %d of the login and lifecycle", ev.Stats.Requests, ev.Stats.Lifecycle)
	}
}

func TestCrawlStopsWhenTheLoginFails(t *testing.T) {
	needBrowser(t)
	site := spasite.New()
	defer site.Close()
	ev, err := Crawl(t.Context(), Config{CrawlConfig: scanner.CrawlConfig{
		Targets: []string{site.URL + "/account"}, PerHostRate: 1e9,
		Login: &scanner.LoginConfig{URL: site.URL + "/login", Data: "user=alice&password=wrong", LoggedIn: regexp.MustCompile(spasite.LoggedIn)},
	}})
	var le *scanner.LoginError
	if !errors.As(err, &le) || strings.Contains(err.Error(), "wrong") {
		t.Fatalf("Crawl with a wrong password = %v, want a LoginError that does not repeat the credentials", err)
	}
	if ev == nil || ev.Lifecycle == nil || ev.Lifecycle.Login.LoggedIn || len(responses(ev, site.URL+"/api/me")) != 0 {
		t.Errorf("evidence after a failed login = %+v", ev)
	}
}

func TestCrossSiteIframeCookiesAreRecordedWithTheirContext(t *testing.T) {
	needBrowser(t)
	embedded := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/frame" {
			http.NotFound(w, r)
			return
		}
		w.Header().Add("Set-Cookie", "embed_lax=1; Path=/; SameSite=Lax")
		w.Header().Add("Set-Cookie", "embed_none=1; Path=/; Secure; SameSite=None")
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<p>widget</p><script>fetch('/api/widget')</script>`)
	}))
	defer embedded.Close()
	// 127.0.0.1 and localhost are two sites; both are start hosts, so in scope.
	frameURL := strings.Replace(embedded.URL, "127.0.0.1", "localhost", 1) + "/frame"
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Set-Cookie", "host_lax=1; Path=/; SameSite=Lax")
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<p>host</p><iframe src="%s"></iframe>`, frameURL)
	}))
	defer host.Close()
	ev, err := Crawl(t.Context(), Config{CrawlConfig: scanner.CrawlConfig{
		Targets: []string{host.URL + "/", strings.TrimSuffix(frameURL, "/frame") + "/"}, PerHostRate: 1e9, MaxDepth: -1,
	}})
	if err != nil {
		t.Fatal(err)
	}
	var frame *evidence.Response
	for _, r := range responses(ev, frameURL) {
		if r.Browser != nil && r.Browser.Resource == "Document" {
			frame = r
		}
	}
	if frame == nil {
		t.Fatalf("the iframe's document is not recorded; responses: %d, errors %v", len(ev.Responses), ev.Errors)
	}
	for _, e := range ev.Errors {
		t.Errorf("crawl error: %v", e)
	}
	widget := responses(ev, strings.TrimSuffix(frameURL, "/frame")+"/api/widget")
	if len(widget) == 0 || !widget[0].Browser.CrossSite {
		t.Errorf("the iframe's own fetch recorded as %+v, want it seen, and cross-site under its host page", widget)
	}
	if !frame.Browser.CrossSite {
		t.Error("the cross-site iframe's document is recorded as same-site")
	}
	// A fresh headless profile blocks third-party cookies (UserPreferences)
	// before SameSite is looked at; with them allowed, SameSiteLax blocks embed_lax.
	if v := frame.Browser.Verdicts; len(v) != 2 || v[0].Stored || !slices.ContainsFunc(v[0].Reasons, func(r string) bool { return r == "SameSiteLax" || r == "UserPreferences" }) {
		t.Errorf("Chromium's verdicts in the iframe = %+v, want embed_lax blocked for SameSiteLax or third-party settings", v)
	}
	if top := responses(ev, host.URL+"/"); len(top) == 0 || top[0].Browser.CrossSite || !top[0].Browser.Verdicts[0].Stored {
		t.Errorf("the top document recorded as %+v, want same-site and stored", top)
	}
}
