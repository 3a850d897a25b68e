package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestScanExitsTwoWhenNothingCouldBeFetched(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	code, stdout, stderr := cli(t, "scan", "--format", "json", "--no-sitemap", "http://"+addr+"/")
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	var rep struct {
		Errors  []string
		Partial bool
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("no report on stdout: %v\n%s", err, stdout)
	}
	if len(rep.Errors) == 0 || !rep.Partial || !strings.Contains(stderr, "nothing in scope could be fetched") {
		t.Errorf("errors %v, partial %v, stderr %q", rep.Errors, rep.Partial, stderr)
	}
}

// partialness is what a JSON report says about being cut short.
type partialness struct {
	Errors  []string
	Partial bool
}

// scanOutcome scans with a JSON report and returns the exit code and
// whether the report is partial and why.
func scanOutcome(t *testing.T, args ...string) (int, partialness) {
	t.Helper()
	code, stdout, _ := cli(t, append([]string{"scan", "--format", "json", "--no-sitemap", "--entropy-samples", "0"}, args...)...)
	var rep partialness
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("no report: %v\n%s", err, stdout)
	}
	return code, rep
}

// hungServer accepts requests and never answers them.
func hungServer(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestScanOfAHungServerExitsTwoWithAPartialReport(t *testing.T) {
	srv := hungServer(t)
	code, rep := scanOutcome(t, "--timeout", "50ms", srv.URL+"/")
	if code != 2 || !rep.Partial || !slices.Contains(rep.Errors, "nothing in scope could be fetched") {
		t.Errorf("exit %d, partial %v, errors %q; want 2, partial and why", code, rep.Partial, rep.Errors)
	}
}

func TestScanStoppedByMaxDurationSaysSoInTheReport(t *testing.T) {
	srv := hungServer(t)
	code, rep := scanOutcome(t, "--max-duration", "50ms", srv.URL+"/")
	// The page asked for never answered: it does not count as fetched.
	if code != 2 || !rep.Partial || !slices.Contains(rep.Errors, "limit: max duration: stopped after 50ms with 0 pages fetched") {
		t.Errorf("exit %d, partial %v, errors %q; want 2, partial and the max duration named with 0 pages fetched", code, rep.Partial, rep.Errors)
	}
}

func TestScanKeepsCredentialsOutOfReports(t *testing.T) {
	var gotAuth, gotCookie string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" && gotAuth == "" {
			gotAuth, gotCookie = r.Header.Get("Authorization"), r.Header.Get("Cookie")
		}
		http.SetCookie(w, &http.Cookie{Name: "sessionid", Value: "SERVERSECRET", Path: "/"})
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<a href="/broken">x</a>`))
	}))
	defer srv.Close()
	list := filepath.Join(t.TempDir(), "targets.txt")
	if err := os.WriteFile(list, []byte("# staging\n"+srv.URL+"/\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := cli(t, "scan", "-v", "--format", "json", "--entropy-samples", "0", "-l", list,
		"-H", "Authorization: Bearer HEADERSECRET", "--cookie", "remember=COOKIESECRET")
	if code != 0 {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if gotAuth != "Bearer HEADERSECRET" || !strings.Contains(gotCookie, "remember=COOKIESECRET") {
		t.Errorf("the server got Authorization %q and Cookie %q", gotAuth, gotCookie)
	}
	for _, secret := range []string{"HEADERSECRET", "COOKIESECRET", "SERVERSECRET"} {
		if strings.Contains(stdout+stderr, secret) {
			t.Errorf("%s leaked into the output", secret)
		}
	}
	if !strings.Contains(stderr, "scanned ") {
		t.Errorf("-v printed no summary line: %q", stderr)
	}
}

func TestScanRejectsBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"scan"},
		{"scan", "--scope", "planet", "http://127.0.0.1/"},
		{"scan", "--include", "(", "http://127.0.0.1/"},
		{"scan", "-H", "no colon", "http://127.0.0.1/"},
		{"scan", "ftp://example.com/"},
		{"scan", "-l", "/nonexistent/targets.txt"},
	} {
		if code, _, _ := cli(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

func TestScanHeaderTypoNeverShowsTheCredential(t *testing.T) {
	tests := []struct {
		header, want string
	}{
		{"Authorization Bearer SECRET123", "-H #2: no colon after the header name"},
		{"Authorization Bearer SECRET123: x", "-H #2: a space in the header name"},
		{": Bearer SECRET123", "-H #2: no header name before the colon"},
		{"Authorization;SECRET123: x", "-H #2: a character not allowed in a header name"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			code, stdout, stderr := cli(t, "scan", "-H", "X-Trace: 1", "-H", tt.header, "http://127.0.0.1:1/")
			if code != 2 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, tt.want)
			}
			if strings.Contains(stdout+stderr, "SECRET123") {
				t.Errorf("the credential is in the output: %q", stdout+stderr)
			}
		})
	}
}

func TestScanLoginTyposNeverShowTheValue(t *testing.T) {
	config := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(config, []byte("scan:\n  login:\n    url: \"::SECRET123\"\n    data: \"u=%zzSECRET123\"\n    logged_in: \"(SECRET123\"\n    logout: \"ftp://SECRET123/\"\n"), 0o600)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--login", "::SECRET123", "--login-data", "u=a"}, "login URL: not a valid URL"},
		{[]string{"--login", "http://127.0.0.1:1/l?t=SECRET123", "--login-check", "http://SECRET123.example/", "--login-data", "u=a"}, "login check URL on host SECRET123.example is out of scope"},
		{[]string{"--login", "http://127.0.0.1:1/l", "--login-data", "u=%zzSECRET123"}, "login data: pair 1 has an invalid %-escape"},
		{[]string{"--login", "http://127.0.0.1:1/l", "--login-data", `{"p": "SECRET123`}, "login data starts with { but is not valid JSON (at byte 16 of 16)"},
		{[]string{"--login", "http://127.0.0.1:1/l", "--login-data", `{"p": SECRET123}`}, "login data starts with { but is not valid JSON (at byte 7 of 16)"},
		{[]string{"--login", "http://127.0.0.1:1/l", "--login-data", "u=a", "--logged-in", "(SECRET123"}, "--logged-in: not a valid regular expression: missing closing )"},
		{[]string{"--config", config}, "c.yaml:3: scan.login.url: not an absolute http or https URL"},
		{[]string{"--config", config}, "c.yaml:5: scan.login.logged_in: not a valid regular expression: missing closing )"},
		{[]string{"--config", config}, "c.yaml:6: scan.login.logout: not an absolute http or https URL"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			code, stdout, stderr := cli(t, append(append([]string{"scan"}, tt.args...), "http://127.0.0.1:1/")...)
			if code != 2 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, tt.want)
			}
			// A host named in an out-of-scope message is the only part of a value shown.
			if strings.Contains(strings.ReplaceAll(stdout+stderr, "SECRET123.example", ""), "SECRET123") {
				t.Errorf("the value is in the output: %q", stdout+stderr)
			}
		})
	}
}

func TestScanFindsGuessableSessionIDs(t *testing.T) {
	var mu sync.Mutex
	next := 5000
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		next++
		id := next
		mu.Unlock()
		w.Header().Add("Set-Cookie", fmt.Sprintf("sessionid=%d; Path=/; HttpOnly; Secure; SameSite=Lax", id))
	}))
	defer srv.Close()
	code, stdout, stderr := cli(t, "scan", "--format", "json", "--no-sitemap", "--rate", "1000", "--entropy-samples", "8", srv.URL+"/")
	if code != 1 || !strings.Contains(stdout, `"rule": "low-entropy-session-id"`) {
		t.Errorf("exit %d, stderr %q, report %s", code, stderr, stdout)
	}
	code, stdout, _ = cli(t, "scan", "--format", "json", "--no-sitemap", "--entropy-samples", "0", srv.URL+"/")
	if strings.Contains(stdout, "low-entropy-session-id") {
		t.Errorf("--entropy-samples 0 still sampled: exit %d", code)
	}
}

func TestRedactSetCookieValueKeepsNameAndAttributes(t *testing.T) {
	for line, want := range map[string]string{
		"sid=abc123; Path=/; HttpOnly": "sid=[redacted]; Path=/; HttpOnly",
		"sid=abc123":                   "sid=[redacted]",
		"nameless-secret; Secure":      "[redacted]; Secure",
		"gone=; Max-Age=0":             "gone=; Max-Age=0",
	} {
		if got := redactSetCookieValue(line); got != want {
			t.Errorf("redactSetCookieValue(%q) = %q, want %q", line, got, want)
		}
	}
}

func TestReportedTargetsHidePasswords(t *testing.T) {
	got := redactPasswords([]string{"https://ci:SECRETPW@staging.example/", "https://staging.example/", "captures/a@b.har"})
	want := []string{"https://ci:xxxxx@staging.example/", "https://staging.example/", "captures/a@b.har"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("targets %q, want %q", got, want)
	}
}

func TestScanListsOutOfScopeURLsItSkipped(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<a href="https://elsewhere.example/a;jsessionid=SECRETSID">x</a><a href="https://elsewhere.example/a;jsessionid=SECRETSID">y</a><a href="/b">z</a>`))
	}))
	defer srv.Close()
	code, stdout, stderr := cli(t, "scan", "-v", "--format", "json", "--no-sitemap", "--entropy-samples", "0", srv.URL+"/")
	var rep struct {
		Skipped []struct {
			URL, Reason string
			Count       int
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("exit %d, no report: %v", code, err)
	}
	if len(rep.Skipped) != 1 || rep.Skipped[0].Reason != "out of scope" || rep.Skipped[0].Count < 2 || !strings.HasPrefix(rep.Skipped[0].URL, "https://elsewhere.example/a") {
		t.Errorf("skipped %+v, want elsewhere.example once, met at least twice", rep.Skipped)
	}
	if !strings.Contains(stderr, "skipped (out of scope, met ") {
		t.Errorf("-v does not list the skipped URL: %q", stderr)
	}
	if strings.Contains(stdout+stderr, "SECRETSID") {
		t.Errorf("a skipped URL shows its session ID")
	}
}
