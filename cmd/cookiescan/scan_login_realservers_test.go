//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// rsPassword is the test-only password of every login app.
const rsPassword = "correct horse battery staple"

// loginApp is a real server with a login, and what its session does.
type loginApp struct {
	start     func(t *testing.T, port int) // skips the test when the server is not installed
	loginPath string
	// session is the session cookie's name; preLogin is set when a visitor
	// holds it before logging in.
	session  string
	preLogin bool
	// renewed: the login issues a new session ID; adopted: the server
	// keeps a session ID the client made up; survives: the session cookie
	// taken before the logout still logs in after it.
	renewed, adopted, survives bool
	// findings are what scan reports of the session's lifecycle, each
	// "rule cookie" with words its message must hold.
	findings map[string][]string
}

// lifecycleRules are the rules about what happens to a session at login and logout.
var lifecycleRules = []string{"session-fixation", "session-survives-logout", "logout-not-server-side", "logout-in-js"}

var loginApps = map[string]loginApp{
	// A signed client-side session: nothing to fix before login, and
	// nothing the server can revoke at logout.
	"flask": {
		start:     func(t *testing.T, port int) { startPythonApp(t, "flask-login", "flask", port) },
		loginPath: "/login", session: "session", renewed: true, survives: true,
		findings: map[string][]string{"session-survives-logout session": {"is a Flask session cookie, signed on the client, which the server cannot revoke"}},
	},
	// django.contrib.auth rotates the key at login and flushes the session at logout.
	"django": {
		start:     func(t *testing.T, port int) { startPythonApp(t, "django-auth", "django", port) },
		loginPath: "/login", session: "sessionid", renewed: true,
	},
	// session_start() before login, no session_regenerate_id(), PHP's
	// default use_strict_mode=0; session_destroy() at logout.
	"php": {
		start:     func(t *testing.T, port int) { startPHPApp(t, "php-login", port) },
		loginPath: "/login.php", session: "PHPSESSID", preLogin: true, adopted: true,
		findings: map[string][]string{"session-fixation PHPSESSID": {"keeps the value it had before the login", "adopts a client-chosen session ID"}},
	},
	"express-keep": {
		start:     func(t *testing.T, port int) { startExpressApp(t, "login.js", port, "keep") },
		loginPath: "/login", session: "connect.sid", preLogin: true,
		findings: map[string][]string{"session-fixation connect.sid": {"keeps the value it had before the login"}},
	},
	"express-regenerate": {
		start:     func(t *testing.T, port int) { startExpressApp(t, "login.js", port, "regenerate") },
		loginPath: "/login", session: "connect.sid", preLogin: true, renewed: true,
	},
}

// TestScanLoginRealServers logs in to real apps and checks what the
// session-lifecycle probes see of their sessions.
func TestScanLoginRealServers(t *testing.T) {
	for _, name := range []string{"flask", "django", "php", "express-keep", "express-regenerate"} {
		app := loginApps[name]
		t.Run(name, func(t *testing.T) {
			port := rsFreePort(t)
			app.start(t, port)
			base := "http://127.0.0.1:" + strconv.Itoa(port)
			ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
			defer cancel()
			classifier, _ := rules.NewClassifier(nil)
			ev, err := scanner.Crawl(ctx, scanner.CrawlConfig{
				Targets: []string{base + "/"}, LogoutProbe: true,
				Login: &scanner.LoginConfig{
					URL: base + app.loginPath, Data: "username=alice&password=" + rsPassword, Lifecycle: true,
					SessionCookie: func(name, value string) bool { return classifier.Classify(name, value) == rules.ClassSession },
				},
			})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range ev.Errors {
				t.Errorf("error line: %v", e)
			}
			lc := ev.Lifecycle
			if !lc.Login.LoggedIn || !lc.Login.Form {
				t.Fatalf("login %+v", lc.Login)
			}
			if lc.Fixation == nil || lc.Logout == nil {
				t.Fatalf("probes missing: %+v", lc)
			}
			before, after := heldValue(lc.Fixation.Before, app.session), heldValue(lc.Fixation.After, app.session)
			if (before != "") != app.preLogin || after == "" || app.preLogin && (before != after) != app.renewed {
				t.Errorf("%s before login %q, after %q: want held before %v, renewed %v", app.session, before, after, app.preLogin, app.renewed)
			}
			if p := lc.Planted; p == nil || p.Cookie.Name != app.session || p.Kept != app.adopted {
				t.Errorf("planted probe %+v: want %s planted, kept %v", p, app.session, app.adopted)
			}
			if lc.Logout.StillLoggedIn != app.survives {
				t.Errorf("logout replay %+v: want still logged in %v", lc.Logout, app.survives)
			}
			rsCheckLifecycleFindings(t, base, app)
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

// rsCheckLifecycleFindings scans the app logged in, the password coming
// from the environment, and checks what it reports of the session's lifecycle.
func rsCheckLifecycleFindings(t *testing.T, base string, app loginApp) {
	t.Setenv("COOKIESCAN_TEST_PASS", rsPassword)
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), []string{"scan", "--format", "json", "--login", base + app.loginPath,
		"--login-data", "username=alice&password=${COOKIESCAN_TEST_PASS}", base + "/"}, &stdout, &stderr)
	if code == exitError {
		t.Fatalf("scan exit %d: %s", code, stderr.String())
	}
	var rep struct {
		Errors   []string
		Findings []struct {
			Rule, Message, Confidence string
			Cookie                    struct{ Name string }
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("report: %v\n%s", err, stdout.String())
	}
	for _, e := range rep.Errors {
		t.Errorf("scan error: %s", e)
	}
	got := map[string]string{}
	for _, f := range rep.Findings {
		if slices.Contains(lifecycleRules, f.Rule) {
			got[f.Rule+" "+f.Cookie.Name] = f.Message
			if f.Confidence != "certain" {
				t.Errorf("%s %s is %s, want certain: it was proven", f.Rule, f.Cookie.Name, f.Confidence)
			}
		}
	}
	for key, words := range app.findings {
		msg, ok := got[key]
		if !ok {
			t.Errorf("no %s finding; lifecycle findings %v", key, got)
		}
		for _, w := range words {
			if ok && !strings.Contains(msg, w) {
				t.Errorf("%s: message %q does not say %q", key, msg, w)
			}
		}
	}
	for key := range got {
		if _, ok := app.findings[key]; !ok {
			t.Errorf("unexpected finding %s: %s", key, got[key])
		}
	}
}

// startFlaskLogin starts the Flask login app and returns its base URL.
func startFlaskLogin(t *testing.T) string {
	port := rsFreePort(t)
	startPythonApp(t, "flask-login", "flask", port)
	return "http://127.0.0.1:" + strconv.Itoa(port)
}

func TestScanLoginPostsJSON(t *testing.T) {
	base := startFlaskLogin(t)
	t.Setenv("COOKIESCAN_TEST_PASS", rsPassword)
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), []string{"scan", "--format", "json", "--no-lifecycle",
		"--login", base + "/api/login", "--login-data", `{"user":"alice","password":"${COOKIESCAN_TEST_PASS}"}`,
		"--login-check", base + "/account", "--logged-in", "Signed in as alice", base + "/"}, &stdout, &stderr)
	if code == exitError {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var rep struct {
		Findings []struct {
			Rule   string
			Cookie struct{ Name string }
			URLs   []string
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	seen := false
	for _, f := range rep.Findings {
		seen = seen || f.Cookie.Name == "session" && slices.Contains(f.URLs, base+"/api/login")
	}
	if !seen {
		t.Errorf("no finding on the session cookie the JSON login set: %s", stdout.String())
	}
}

func TestScanLoginThatFailsExitsBeforeCrawling(t *testing.T) {
	base := startFlaskLogin(t)
	t.Setenv("COOKIESCAN_TEST_PASS", "not the password")
	var stdout, stderr bytes.Buffer
	harPath := filepath.Join(t.TempDir(), "login.har")
	code := run(t.Context(), []string{"scan", "--format", "json", "--har-out", harPath,
		"--login", base + "/login", "--login-data", "username=alice&password=${COOKIESCAN_TEST_PASS}", base + "/"}, &stdout, &stderr)
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	// What the failed login saw is kept for debugging it: the login page, the submission, the check.
	har, err := os.ReadFile(harPath)
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Log struct {
			Entries []struct{ Request struct{ Method, URL string } }
		}
	}
	if err := json.Unmarshal(har, &log); err != nil {
		t.Fatal(err)
	}
	var requests []string
	for _, e := range log.Log.Entries {
		requests = append(requests, e.Request.Method+" "+strings.TrimPrefix(e.Request.URL, base))
	}
	if want := []string{"GET /login", "POST /login", "GET /login"}; !slices.Equal(requests, want) {
		t.Errorf("the HAR holds %v, want %v", requests, want)
	}
	if strings.Contains(string(har), "not the password") {
		t.Error("the HAR holds the password")
	}
	want := "cookiescan: login at " + base + "/login failed: POST " + base + "/login answered 200 at " + base + "/login; the check page " + base + "/login led back to the login page"
	if !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q does not say %q", stderr.String(), want)
	}
	if strings.Contains(stderr.String()+stdout.String(), "not the password") {
		t.Errorf("the password is shown: %s%s", stderr.String(), stdout.String())
	}
}

func TestScanLoginUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--login", "http://other.test/login", "--login-data", "a=b"}, `login URL on host other.test is out of scope`},
		{[]string{"--login", "http://app.test/login"}, "--login needs --login-data"},
		{[]string{"--login-data", "a=b"}, "--login-data needs --login"},
		{[]string{"--login", "http://app.test/login", "--login-data", "a=${COOKIESCAN_TEST_UNSET}"}, "--login-data: environment variable COOKIESCAN_TEST_UNSET is not set"},
		{[]string{"--login", "http://app.test/login", "--login-data", "a=b", "--logged-in", "("}, "--logged-in: not a valid regular expression: missing closing )"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(t.Context(), append(append([]string{"scan"}, tc.args...), "http://app.test/"), &stdout, &stderr)
		if code != exitError || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tc.args, code, stderr.String(), exitError, tc.want)
		}
	}
}

// The password given through ${NAME}, and every cookie value, appear in no
// report format and not on stderr with -v.
func TestScanLoginShowsNoCredentialOrCookieValue(t *testing.T) {
	base := startFlaskLogin(t)
	t.Setenv("COOKIESCAN_TEST_PASS", rsPassword)
	dir := t.TempDir()
	args := []string{"scan", "-v", "--har-out", filepath.Join(dir, "har"), "--login", base + "/login", "--login-data", "username=alice&password=${COOKIESCAN_TEST_PASS}"}
	formats := []string{"table", "json", "sarif", "junit", "markdown"}
	for _, f := range formats {
		args = append(args, "-o", f+"="+filepath.Join(dir, f))
	}
	var stdout, stderr bytes.Buffer
	if code := run(t.Context(), append(args, base+"/"), &stdout, &stderr); code == exitError {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	outputs := map[string]string{"stdout": stdout.String(), "stderr": stderr.String()}
	for _, f := range append(formats, "har") {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		outputs[f] = string(data)
	}
	if !strings.Contains(outputs["har"], `"method": "POST",`) || !strings.Contains(outputs["har"], "session=[redacted]; HttpOnly; Path=/") {
		t.Errorf("the HAR lacks the login or its cookie: %s", outputs["har"])
	}
	progress := regexp.MustCompile(`with (\d+) requests \((\d+) to log in and probe the session\)`).FindStringSubmatch(stderr.String())
	if progress == nil {
		t.Fatalf("the summary does not count the login's requests: %s", stderr.String())
	}
	var report struct {
		Stats struct {
			Requests          int `json:"requests"`
			LifecycleRequests int `json:"lifecycle_requests"`
		}
	}
	if err := json.Unmarshal([]byte(outputs["json"]), &report); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("%d %d", report.Stats.Requests, report.Stats.LifecycleRequests); got != progress[1]+" "+progress[2] {
		t.Errorf("JSON stats count %s requests and lifecycle requests, the summary %s and %s", got, progress[1], progress[2])
	}
	secrets := []string{rsPassword, url.QueryEscape(rsPassword)}
	secrets = append(secrets, rsFlaskSessionValues(t, base)...)
	for what, out := range outputs {
		for _, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("%s shows %q", what, s)
			}
		}
	}
}

// rsFlaskSessionValues logs in to the Flask app and returns the session
// cookie's value and its parts: the payload of a client-side session is the
// same for every login of the same user.
func rsFlaskSessionValues(t *testing.T, base string) []string {
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: rsRequestTimeout}
	resp, err := client.PostForm(base+"/login", url.Values{"username": {"alice"}, "password": {rsPassword}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	u, _ := url.Parse(base + "/")
	var values []string
	for _, c := range jar.Cookies(u) {
		// The payload and the signature, which a report might show apart.
		values = append(values, c.Value)
		values = append(values, strings.Split(c.Value, ".")...)
	}
	if len(values) == 0 {
		t.Fatal("the Flask app set no cookie at login")
	}
	return values
}

func TestScanLoginFromTheConfigFile(t *testing.T) {
	base := startFlaskLogin(t)
	t.Setenv("COOKIESCAN_TEST_PASS", rsPassword)
	config := filepath.Join(t.TempDir(), "cookiescan.yaml")
	text := "scan:\n  login:\n    url: " + base + "/login\n    data: \"username=alice&password=${COOKIESCAN_TEST_PASS}\"\n    logged_in: Signed in as alice\n"
	if err := os.WriteFile(config, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), []string{"scan", "--config", config, "--format", "json", base + "/"}, &stdout, &stderr)
	if code != exitFindings || !strings.Contains(stdout.String(), `"rule": "session-survives-logout"`) {
		t.Errorf("exit %d, want %d with session-survives-logout: %s%s", code, exitFindings, stderr.String(), stdout.String())
	}
}
