package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
	"github.com/cookiescan/cookiescan/scanner/browser"
	"github.com/cookiescan/cookiescan/scanner/browser/spasite"
	"github.com/cookiescan/cookiescan/setcookie"
)

func needBrowser(t *testing.T) {
	t.Helper()
	if _, err := browser.Find(""); err != nil {
		t.Skip("no Chromium or Chrome on PATH (apt-get install chromium): browser tests skipped")
	}
}

// scanReport is the part of a JSON report the browser tests read.
type scanReport struct {
	Stats struct {
		BrowserDisagreements int `json:"browser_disagreements"`
	}
	Findings []struct {
		Rule     string
		Cookie   struct{ Name string }
		URLs     []string `json:"urls"`
		Location *struct {
			File      string
			Line, Col int
		}
		Evidence string
	}
	Errors []string
}

// find returns the index of the finding of rule on cookie, or -1.
func (r *scanReport) find(rule, cookie string) int {
	for i, f := range r.Findings {
		if f.Rule == rule && f.Cookie.Name == cookie {
			return i
		}
	}
	return -1
}

func scanSPA(t *testing.T, site *spasite.Site, extra ...string) (*scanReport, string) {
	t.Helper()
	args := append([]string{"scan", "--format", "json", "--no-sitemap", "--entropy-samples", "0", "--rate", "1000"}, extra...)
	code, stdout, stderr := cli(t, append(args, site.URL+"/")...)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (findings): %s", code, stderr)
	}
	var rep scanReport
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("report: %v\n%s", err, stdout)
	}
	return &rep, stdout
}

// runtimeFindings are the findings on the app that only run time shows.
var runtimeFindings = []struct{ rule, cookie string }{
	{"missing-httponly", "sessionid"},     // set by an XHR response
	{"js-sets-auth-cookie", "auth_token"}, // written under a name from /api/config
	{"unsigned-auth-value", "role"},       // on a page linked only by script
	{"logout-in-js", "auth_token"},        // cookieStore.delete on a button, no request
	{"samesite-none-insecure", "tracker"}, // on a fetch response
}

func TestScanBrowserFindsCookiesOnlyRunTimeShows(t *testing.T) {
	needBrowser(t)
	site := spasite.New()
	defer site.Close()
	rep, out := scanSPA(t, site, "--browser")
	for _, want := range runtimeFindings {
		if rep.find(want.rule, want.cookie) < 0 {
			t.Errorf("no %s finding on %s", want.rule, want.cookie)
		}
	}
	if i := rep.find("js-sets-auth-cookie", "auth_token"); i >= 0 {
		loc := rep.Findings[i].Location
		line := spasite.Line(spasite.TokenWriteLine)
		if loc == nil || loc.File != site.URL+"/static/app.js" || loc.Line != spasite.TokenWriteLine || loc.Col != strings.Index(line, "= config")+1 {
			t.Errorf("js-sets-auth-cookie located at %+v, want app.js:%d", loc, spasite.TokenWriteLine)
		}
		if strings.Contains(out, "c2VjcmV0LXRva2VuLXZhbHVl") {
			t.Error("the token's value is in the report without --show-values")
		}
	}
	if i := rep.find("logout-in-js", "auth_token"); i >= 0 {
		if loc := rep.Findings[i].Location; loc == nil || loc.Line != spasite.LogoutDeleteLine {
			t.Errorf("logout-in-js located at %+v, want line %d of app.js", loc, spasite.LogoutDeleteLine)
		}
	}
	if rep.Stats.BrowserDisagreements != 0 {
		t.Errorf("%d disagreements between Chromium and the model: %q", rep.Stats.BrowserDisagreements, rep.Errors)
	}
	if !slices.ContainsFunc(rep.Errors, func(e string) bool {
		return strings.Contains(e, `cookie "tracker": Chromium's Issues panel says ExcludeSameSiteNoneInsecure`)
	}) {
		t.Errorf("the Issues panel's word on the tracker cookie is not in the report: %q", rep.Errors)
	}
}

func TestScanWithoutBrowserMissesWhatOnlyRunTimeShows(t *testing.T) {
	site := spasite.New()
	defer site.Close()
	code, stdout, stderr := cli(t, "scan", "--format", "json", "--no-sitemap", "--entropy-samples", "0", "--rate", "1000", site.URL+"/")
	if code != 0 {
		t.Fatalf("exit %d, want 0: the static crawl sees no cookie of the app: %s", code, stderr)
	}
	var rep scanReport
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	for _, want := range runtimeFindings {
		if rep.find(want.rule, want.cookie) >= 0 {
			t.Errorf("the static crawl found %s on %s, which only run time shows", want.rule, want.cookie)
		}
	}
}

func TestChromiumBlockedReasonMatchesTheModel(t *testing.T) {
	needBrowser(t)
	site := spasite.New()
	defer site.Close()
	ev, err := browser.Crawl(t.Context(), browser.Config{CrawlConfig: scanner.CrawlConfig{Targets: []string{site.URL + "/"}, PerHostRate: 1e9}})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, r := range ev.Responses {
		u, err := url.Parse(r.URL)
		if err != nil || r.Browser == nil {
			continue
		}
		for i, line := range r.SetCookie {
			c := setcookie.Parse(line)
			if c.Name != "tracker" {
				continue
			}
			checked++
			model := setcookie.Evaluate(c, u, r.Date, setcookie.FromHTTP)
			var reasons []string
			for _, reason := range model.Reasons {
				reasons = append(reasons, rules.ChromiumReason(reason))
			}
			if v := r.Browser.Verdicts[i]; v.Stored || model.Stored || !slices.Equal(reasons, v.Reasons) {
				t.Errorf("tracker: Chromium stored=%v %q, model stored=%v %q", v.Stored, v.Reasons, model.Stored, reasons)
			}
		}
	}
	if checked == 0 {
		t.Fatal("the tracker cookie was not seen")
	}
	if d := rules.Judge(ev, rules.Options{}).Disagreements; len(d) != 0 {
		t.Errorf("disagreements: %v", d)
	}
}

// TestChromiumAgreesWithTheModelOnTheRuleFixtures serves the Set-Cookie lines
// of every response fixture and every rule example, as they are written, and
// checks that Chromium stores or blocks each cookie as the model says.
func TestChromiumAgreesWithTheModelOnTheRuleFixtures(t *testing.T) {
	needBrowser(t)
	var sets [][]string
	files, err := filepath.Glob(filepath.Join("..", "..", "rules", "testdata", "*", "*.http"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		err = scanner.ReadDump(bufio.NewReader(f), file, func(r *evidence.Response) error {
			var lines []string
			for _, l := range r.SetCookie {
				l, _, _ = strings.Cut(l, " # want")
				lines = append(lines, l)
			}
			sets = append(sets, lines)
			return nil
		})
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range rules.All {
		for _, ex := range slices.Concat(r.Bad, r.Good) {
			if len(ex.SetCookie) > 0 {
				sets = append(sets, ex.SetCookie)
			}
		}
	}
	srv := rawCookieServer(t, sets)
	ev, err := browser.Crawl(t.Context(), browser.Config{CrawlConfig: scanner.CrawlConfig{
		Targets: []string{srv + "/"}, PerHostRate: 1e9, MaxDepth: -1,
	}})
	if err != nil {
		t.Fatal(err)
	}
	judged := 0
	for _, r := range ev.Responses {
		if r.Browser != nil {
			judged += len(r.Browser.Verdicts)
		}
	}
	if judged < 30 {
		t.Fatalf("Chromium judged %d cookies, want every fixture's", judged)
	}
	out := rules.Judge(ev, rules.Options{})
	for _, d := range out.Disagreements {
		t.Errorf("disagreement: %s", d)
	}
}

// rawCookieServer serves, at /set/N, the Set-Cookie lines of sets[N] byte for
// byte (net/http would refuse some of them), and at / a page that fetches
// each in turn, so that the browser's jar and the model's see them in the
// same order.
func rawCookieServer(t *testing.T, sets [][]string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		if _, err := fmt.Sscanf(r.URL.Path, "/set/%d", &n); err != nil || n >= len(sets) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, "<script>(async () => { for (let i = 0; i < %d; i++) await fetch('/set/' + i); })()</script>", len(sets))
			return
		}
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		defer conn.Close()
		buf.WriteString("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n")
		for _, line := range sets[n] {
			buf.WriteString("Set-Cookie: " + line + "\r\n")
		}
		buf.WriteString("\r\nok")
		buf.Flush()
	}))
	srv.Listener = l
	srv.Start()
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestDemoInBrowserCountsWhatOnlyTheBrowserFound(t *testing.T) {
	needBrowser(t)
	code, stdout, stderr := cli(t, "demo", "--browser", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep scanReport
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct{ rule, cookie string }{
		{"missing-httponly", "app_sid"}, {"js-sets-auth-cookie", "api_token"}, {"unsigned-auth-value", "is_admin"},
		{"logout-in-js", "sessionid"}, {"weak-signing-secret", "flask_session"}, // the static crawl's findings stay
	} {
		if rep.find(want.rule, want.cookie) < 0 {
			t.Errorf("no %s finding on %s", want.rule, want.cookie)
		}
	}
	m := regexp.MustCompile(`(\d+) of the (\d+) findings came from the browser alone`).FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("the demo does not count the browser's own findings:\n%s", stderr)
	}
	if alone, _ := strconv.Atoi(m[1]); alone < 3 || m[2] != strconv.Itoa(len(rep.Findings)) {
		t.Errorf("demo says %s of %s findings from the browser alone, want at least 3 of %d", m[1], m[2], len(rep.Findings))
	}
	for _, e := range rep.Errors {
		// The demo's cookies are meant to draw Chromium's warnings.
		if !strings.Contains(e, "Chromium's Issues panel says") {
			t.Errorf("error: %s", e)
		}
	}
}

func TestScanBrowserWithLoginJudgesCookiesBehindTheLoginAndTheSessionLifecycle(t *testing.T) {
	needBrowser(t)
	site := spasite.New()
	defer site.Close()
	t.Setenv("SPA_PASSWORD", spasite.Password)
	code, stdout, stderr := cli(t, "scan", "--browser", "--format", "json", "--no-sitemap", "--entropy-samples", "0", "--rate", "1000",
		"--login", site.URL+"/login", "--login-data", "user="+spasite.User+"&password=${SPA_PASSWORD}", "--logged-in", spasite.LoggedIn,
		site.URL+"/account")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (findings): %s", code, stderr)
	}
	var rep scanReport
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("report: %v\n%s", err, stdout)
	}
	for _, want := range []struct{ rule, cookie string }{
		{"unsigned-auth-value", "uid"},            // set by a fetch only the logged-in page makes
		{"session-fixation", "appsession"},        // the login keeps the session ID
		{"session-survives-logout", "appsession"}, // the logout only expires the cookie
	} {
		if rep.find(want.rule, want.cookie) < 0 {
			t.Errorf("no %s finding on %s", want.rule, want.cookie)
		}
	}
	if strings.Contains(stdout, spasite.Password) || strings.Contains(stderr, spasite.Password) {
		t.Error("the password is in the report or on stderr")
	}
	if rep.Stats.BrowserDisagreements != 0 {
		t.Errorf("%d disagreements between Chromium and the model: %q", rep.Stats.BrowserDisagreements, rep.Errors)
	}

	code, stdout, stderr = cli(t, "scan", "--browser", "--format", "json", "--no-sitemap", "--entropy-samples", "0", "--rate", "1000", site.URL+"/account")
	if code > 1 {
		t.Fatalf("exit %d without login: %s", code, stderr)
	}
	var anon scanReport
	if err := json.Unmarshal([]byte(stdout), &anon); err != nil {
		t.Fatal(err)
	}
	if anon.find("unsigned-auth-value", "uid") >= 0 {
		t.Error("the cookie behind the login was found without logging in")
	}
}
