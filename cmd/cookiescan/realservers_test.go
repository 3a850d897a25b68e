//go:build unix

package main

// End-to-end tests against real servers: a PHP app on PHP's built-in server
// and a Flask app on Werkzeug's, both with their frameworks' default session
// cookies. Each test browses its app with net/http, writes what it received
// as a HAR 1.2 file and as a curl -i style dump, lints both and checks that
// cookiescan reports exactly what those default cookies deserve. The
// captures committed under testdata/servers are linted too, so the same
// expectations hold on machines without php or Flask.
//
// Regenerate the committed captures with
//
//	go test ./cmd/cookiescan -run 'RealServer(PHP|Flask)$' -update-servers

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

var rsUpdate = flag.Bool("update-servers", false, "rewrite the captures in testdata/servers from the real servers")

const (
	rsServersDir = "testdata/servers"
	// rsStartTimeout bounds how long a server may take to accept connections:
	// generous, since a loaded machine starts Flask or Django slowly.
	rsStartTimeout = 60 * time.Second
	// rsRequestTimeout bounds each request of a captured session.
	rsRequestTimeout = 10 * time.Second
	// rsMaxHops bounds a redirect chain followed by hand.
	rsMaxHops = 10
)

// rsFinding is one expected finding: rule, cookie name and severity.
type rsFinding struct{ rule, cookie, severity string }

func (f rsFinding) String() string { return fmt.Sprintf("%s %q %s", f.rule, f.cookie, f.severity) }

// rsApp describes one real server and what cookiescan must say about it.
type rsApp struct {
	name   string // php or flask: the directory under testdata/servers
	cookie string // the session cookie's name
	class  string // the class cookiescan must give it
	paths  []string
	// fakePort replaces the random port in committed captures.
	fakePort int
	want     []rsFinding
	// live is the number of Set-Cookie lines that set (not delete) the
	// cookie: each finding about it must count that many occurrences.
	live int
	// setCookies is the number of Set-Cookie lines in the whole session.
	setCookies int
}

// The PHP session cookie is "PHPSESSID=<32 hex>; path=/": no HttpOnly, no
// Secure, no SameSite. It is set on the first visit and again when
// session_regenerate_id(true) runs at login; logout deletes it with
// "PHPSESSID=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/",
// which matches the cookie and so deserves nothing. The server is on
// loopback, so cleartext-cookie does not apply.
var rsPHP = rsApp{
	name:     "php",
	cookie:   "PHPSESSID",
	class:    "session",
	paths:    []string{"/", "/login.php", "/", "/logout.php"},
	fakePort: 8000,
	want: []rsFinding{
		{"missing-httponly", "PHPSESSID", "medium"},
		{"missing-secure", "PHPSESSID", "medium"},
		{"samesite-missing", "PHPSESSID", "low"},
	},
	live:       2,
	setCookies: 3,
}

// Flask's session cookie is "session=<payload>.<timestamp>.<signature>;
// HttpOnly; Path=/": no Secure, no SameSite. It is set again on every
// response that modifies the session (/, /login, / after the redirect, /),
// and session.clear() on /logout deletes it with
// "session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/".
// The value is signed, so unsigned-auth-value must stay silent; signed is
// not encrypted, so client-session-readable reports its keys; its random
// secret is in no list, so signed-value-identified tells how to test further.
var rsFlask = rsApp{
	name:     "flask",
	cookie:   "session",
	class:    "session",
	paths:    []string{"/", "/login", "/", "/logout"},
	fakePort: 5000,
	want: []rsFinding{
		{"client-session-readable", "session", "medium"},
		{"missing-secure", "session", "medium"},
		{"samesite-missing", "session", "low"},
		{"signed-value-identified", "session", "info"},
	},
	live:       4,
	setCookies: 5,
}

func TestRealServerPHP(t *testing.T) {
	php, err := exec.LookPath("php")
	if err != nil {
		t.Skip("php not installed: apt-get install php-cli")
	}
	dir, err := filepath.Abs(filepath.Join(rsServersDir, "php"))
	if err != nil {
		t.Fatal(err)
	}
	port := rsFreePort(t)
	// -n ignores php.ini, so the session cookie is PHP's built-in default
	// whatever the machine's configuration; sessions live in a temporary
	// directory rather than the system's.
	cmd := exec.Command(php, "-n", "-d", "session.save_path="+t.TempDir(),
		"-S", "127.0.0.1:"+strconv.Itoa(port), "-t", dir)
	cmd.Env = rsEnv("PHP_CLI_SERVER_WORKERS", "PHPRC", "PHP_INI_SCAN_DIR")
	rsTestServer(t, rsPHP, cmd, port)
}

func TestRealServerFlask(t *testing.T) {
	const python = "/usr/bin/python3" // Debian's python3-flask is installed for this one
	if _, err := os.Stat(python); err != nil {
		t.Skip("python3 not installed at /usr/bin/python3: apt-get install python3-flask")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	check := exec.CommandContext(ctx, python, "-c", "import flask")
	check.Env = rsEnv("PYTHONPATH", "PYTHONHOME")
	if out, err := check.CombinedOutput(); err != nil {
		t.Skipf("flask not installed for %s: apt-get install python3-flask (%v: %s)", python, err, bytes.TrimSpace(out))
	}
	dir, err := filepath.Abs(filepath.Join(rsServersDir, "flask"))
	if err != nil {
		t.Fatal(err)
	}
	port := rsFreePort(t)
	cmd := exec.Command(python, filepath.Join(dir, "app.py"), strconv.Itoa(port))
	cmd.Dir = dir
	cmd.Env = append(rsEnv("PYTHONPATH", "PYTHONHOME", "FLASK_*"), "PYTHONDONTWRITEBYTECODE=1")
	rsTestServer(t, rsFlask, cmd, port)
}

// TestRealServerCommittedCaptures lints the captures kept in testdata/servers,
// which need neither php nor Flask.
func TestRealServerCommittedCaptures(t *testing.T) {
	for _, app := range []rsApp{rsPHP, rsFlask} {
		t.Run(app.name, func(t *testing.T) {
			path := filepath.Join(rsServersDir, app.name+"-session.har")
			values := rsValuesInHAR(t, path, app.cookie)
			if len(values) != app.live {
				t.Fatalf("%s sets %d %s values, want %d", path, len(values), app.cookie, app.live)
			}
			rsCheckLint(t, app, path, values, true)
		})
	}
}

// rsTestServer starts a server, browses it, and lints what it captured.
func rsTestServer(t *testing.T, app rsApp, cmd *exec.Cmd, port int) {
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	rsStart(t, cmd, port)
	exchanges, values := rsBrowse(t, base, app.paths, app.cookie)
	for _, x := range exchanges {
		for _, sc := range x.resp.Header.Values("Set-Cookie") {
			t.Logf("%s %s -> %d: Set-Cookie: %s", x.req.Method, x.req.URL, x.resp.StatusCode, sc)
		}
	}
	if len(values) != app.live {
		t.Fatalf("the session went through %d %s values, want %d: %q", len(values), app.cookie, app.live, values)
	}

	dir := t.TempDir()
	harPath := filepath.Join(dir, app.name+".har")
	har, err := rsMarshalHAR(exchanges)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(harPath, har, 0o644); err != nil {
		t.Fatal(err)
	}
	dumpPath := filepath.Join(dir, app.name+".http")
	if err := os.WriteFile(dumpPath, rsDump(exchanges), 0o644); err != nil {
		t.Fatal(err)
	}

	t.Run("har", func(t *testing.T) { rsCheckLint(t, app, harPath, values, true) })
	// A dump names only the URL of its first response: later ones, as
	// curl -i prints them, have none, so their findings are merged by file,
	// apart from the first response's.
	t.Run("dump", func(t *testing.T) { rsCheckLint(t, app, dumpPath, values, false) })

	// What is committed: fake session values of the same shape, a fixed port.
	fakes := make([]string, len(values))
	var faker rsFaker
	replace := []string{"127.0.0.1:" + strconv.Itoa(port), fmt.Sprintf("127.0.0.1:%d", app.fakePort)}
	for i, v := range values {
		fakes[i] = faker.value(v)
		replace = append(replace, v, fakes[i])
	}
	committed := []byte(strings.NewReplacer(replace...).Replace(string(har)))
	fakePath := filepath.Join(dir, app.name+"-session.har")
	if err := os.WriteFile(fakePath, committed, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("fake-values", func(t *testing.T) {
		for _, v := range values {
			if bytes.Contains(committed, []byte(v)) {
				t.Fatalf("real value %q left in the capture to commit", v)
			}
		}
		rsCheckLint(t, app, fakePath, fakes, true)
	})
	if *rsUpdate {
		dest := filepath.Join(rsServersDir, app.name+"-session.har")
		if err := os.WriteFile(dest, committed, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", dest)
	}
}

// rsReport is the part of the JSON report these tests read.
type rsReport struct {
	Schema   string `json:"schema"`
	Findings []struct {
		Rule     string `json:"rule"`
		Severity string `json:"severity"`
		Cookie   *struct {
			Name  string `json:"name"`
			Value string `json:"value"`
			Class string `json:"class"`
		} `json:"cookie"`
		Evidence    string `json:"evidence"`
		Occurrences int    `json:"occurrences"`
	} `json:"findings"`
	Errors []string `json:"errors"`
	Stats  struct {
		Responses int `json:"responses"`
		Cookies   int `json:"cookies"`
	} `json:"stats"`
}

// rsLint runs cookiescan lint --format json with extra flags on path.
func rsLint(t *testing.T, path string, flags ...string) (int, string, *rsReport) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	args := append(append([]string{"lint", "--format", "json"}, flags...), path)
	code := run(t.Context(), args, &stdout, &stderr)
	var rep rsReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("cookiescan %s: exit %d, output is not JSON: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, err, stdout.String(), stderr.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("cookiescan %s: unexpected stderr:\n%s", strings.Join(args, " "), stderr.String())
	}
	return code, stdout.String(), &rep
}

// rsCheckLint lints path and checks the report against app's expectations.
// values are the session cookie's values, which the report must redact;
// merged says that each expected finding is one finding, not one for the
// first response and one for the rest of the file.
func rsCheckLint(t *testing.T, app rsApp, path string, values []string, merged bool) {
	code, out, rep := rsLint(t, path)
	if code != exitClean {
		t.Errorf("exit code %d with the default --fail-on high, want %d", code, exitClean)
	}
	if rep.Schema != "cookiescan/report/v1" {
		t.Errorf("schema %q, want cookiescan/report/v1", rep.Schema)
	}
	if len(rep.Errors) > 0 {
		t.Errorf("errors: %q", rep.Errors)
	}
	if rep.Stats.Responses != 5 || rep.Stats.Cookies != app.setCookies {
		t.Errorf("stats: %d responses and %d Set-Cookie lines, want 5 and %d", rep.Stats.Responses, rep.Stats.Cookies, app.setCookies)
	}

	occurrences := map[rsFinding]int{}
	count := map[rsFinding]int{}
	for _, f := range rep.Findings {
		k := rsFinding{rule: f.Rule, severity: f.Severity}
		if f.Cookie != nil {
			k.cookie = f.Cookie.Name
			if f.Cookie.Name == app.cookie && f.Cookie.Class != app.class {
				t.Errorf("%s: cookie class %q, want %q", k, f.Cookie.Class, app.class)
			}
		}
		occurrences[k] += f.Occurrences
		count[k]++
	}
	var got []string
	for k := range occurrences {
		got = append(got, k.String())
	}
	var want []string
	for _, k := range app.want {
		want = append(want, k.String())
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("findings (rule, cookie, severity):\n got  %q\n want %q\nreport:\n%s", got, want, out)
	}
	for _, k := range app.want {
		if occurrences[k] != app.live {
			t.Errorf("%s: %d occurrences, want %d (one per Set-Cookie line that sets the cookie)", k, occurrences[k], app.live)
		}
		if merged && count[k] != 1 || count[k] > 2 {
			t.Errorf("%s: reported as %d findings, want 1 with every occurrence (2 when unmerged: the URL and the rest of the file)", k, count[k])
		}
	}

	for _, v := range values {
		if strings.Contains(out, v) {
			t.Errorf("the report shows the cookie value %q, which must be redacted", v)
		}
	}
	if !strings.Contains(out, `"value": "[redacted]"`) {
		t.Errorf("the report does not show a redacted value:\n%s", out)
	}

	if code, _, _ := rsLint(t, path, "--fail-on", "medium"); code != exitFindings {
		t.Errorf("exit code %d with --fail-on medium, want %d", code, exitFindings)
	}

	_, shown, srep := rsLint(t, path, "--show-values")
	// A merged finding shows the value of its first occurrence: the first
	// value of the session. Unmerged, the rest of the file shows the second.
	wantShown := values[:1]
	if !merged {
		wantShown = values[:2]
	}
	for _, v := range wantShown {
		if !strings.Contains(shown, v) {
			t.Errorf("with --show-values the report lacks the cookie value %q:\n%s", v, shown)
		}
	}
	for _, f := range srep.Findings {
		if f.Cookie != nil && f.Cookie.Name == app.cookie && !slices.Contains(values, f.Cookie.Value) {
			t.Errorf("with --show-values, %s %q shows value %q, which the session never had", f.Rule, f.Cookie.Name, f.Cookie.Value)
		}
	}
}

// rsFreePort returns a loopback port that was free a moment ago.
func rsFreePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	return port
}

// rsEnv is the environment less the named variables (a trailing * matches a prefix).
func rsEnv(drop ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		keep := true
		for _, d := range drop {
			if prefix, ok := strings.CutSuffix(d, "*"); ok && strings.HasPrefix(name, prefix) || name == d {
				keep = false
			}
		}
		if keep {
			env = append(env, kv)
		}
	}
	return env
}

// rsStart starts cmd in a process group of its own, killed at cleanup, and
// waits until it accepts connections on port, at most rsStartTimeout.
func rsStart(t *testing.T, cmd *exec.Cmd, port int) {
	t.Helper()
	logPath := filepath.Join(t.TempDir(), "server.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close() // the child has its own copy
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", cmd, err)
	}
	exited := make(chan struct{})
	var waitErr error
	go func() {
		waitErr = cmd.Wait()
		close(exited)
	}()
	serverLog := func() string {
		b, _ := os.ReadFile(logPath)
		return string(b)
	}
	t.Cleanup(func() {
		// Kill the whole group: a server may have forked workers.
		if err := syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); err != nil && !errors.Is(err, syscall.ESRCH) {
			t.Errorf("killing %s: %v", cmd, err)
		}
		<-exited
		if t.Failed() {
			t.Logf("server log:\n%s", serverLog())
		}
	})

	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	deadline := time.NewTimer(rsStartTimeout)
	defer deadline.Stop()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			conn.Close()
			return
		}
		select {
		case <-exited:
			t.Fatalf("%s exited before listening on %s: %v\n%s", cmd, addr, waitErr, serverLog())
		case <-deadline.C:
			t.Fatalf("%s not listening on %s after %v: %v\n%s", cmd, addr, rsStartTimeout, err, serverLog())
		case <-tick.C:
		}
	}
}

// rsExchange is one request and the response it got, as sent and received.
type rsExchange struct {
	started       time.Time
	req           *http.Request
	reqHeaders    [][2]string // in the order sent
	resp          *http.Response
	body          []byte
	wait, receive time.Duration
}

// rsBrowse visits each path of base in turn with a cookie jar, following
// redirects by hand so that every hop is recorded. It returns the
// exchanges and the distinct values the jar held for cookie, in order.
func rsBrowse(t *testing.T, base string, paths []string, cookie string) ([]*rsExchange, []string) {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	transport := &http.Transport{
		Proxy: nil, // loopback only, whatever HTTP_PROXY says
		// Keep Content-Encoding and Content-Length as the server sent them.
		DisableCompression: true,
	}
	defer transport.CloseIdleConnections()
	client := &http.Client{
		Jar:       jar,
		Transport: transport,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
	var (
		exchanges []*rsExchange
		values    []string
	)
	for _, p := range paths {
		target, err := url.Parse(base + p)
		if err != nil {
			t.Fatal(err)
		}
		for hop := 0; ; hop++ {
			if hop == rsMaxHops {
				t.Fatalf("more than %d redirects from %s%s", rsMaxHops, base, p)
			}
			x := rsDo(t, client, jar, target)
			exchanges = append(exchanges, x)
			for _, c := range jar.Cookies(target) {
				if c.Name == cookie && c.Value != "" && !slices.Contains(values, c.Value) {
					values = append(values, c.Value)
				}
			}
			loc := x.resp.Header.Get("Location")
			if x.resp.StatusCode < 300 || x.resp.StatusCode > 399 || loc == "" {
				break
			}
			next, err := target.Parse(loc)
			if err != nil {
				t.Fatalf("%s redirected to %q: %v", target, loc, err)
			}
			target = next
		}
	}
	return exchanges, values
}

// rsDo sends one GET request and reads the whole response.
func rsDo(t *testing.T, client *http.Client, jar http.CookieJar, target *url.URL) *rsExchange {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), rsRequestTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target.String(), nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("User-Agent", "cookiescan-realservers-test")
	req.Header.Set("Accept", "*/*")
	x := &rsExchange{
		started: time.Now(),
		req:     req,
		reqHeaders: [][2]string{
			{"Host", target.Host},
			{"User-Agent", req.Header.Get("User-Agent")},
			{"Accept", req.Header.Get("Accept")},
		},
	}
	// The client adds the jar's cookies to the request: record them as sent.
	var sent []string
	for _, c := range jar.Cookies(target) {
		sent = append(sent, c.Name+"="+c.Value)
	}
	if len(sent) > 0 {
		x.reqHeaders = append(x.reqHeaders, [2]string{"Cookie", strings.Join(sent, "; ")})
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer resp.Body.Close()
	x.wait = time.Since(x.started)
	x.resp = resp
	x.body, err = io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading the body: %v", target, err)
	}
	x.receive = time.Since(x.started) - x.wait
	return x
}

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), the fields these captures have.
type (
	rsHAR struct {
		Log rsHARLog `json:"log"`
	}
	rsHARLog struct {
		Version string       `json:"version"`
		Creator rsHARCreator `json:"creator"`
		Entries []rsHAREntry `json:"entries"`
	}
	rsHARCreator struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	rsHAREntry struct {
		StartedDateTime string        `json:"startedDateTime"`
		Time            float64       `json:"time"`
		Request         rsHARRequest  `json:"request"`
		Response        rsHARResponse `json:"response"`
		Cache           struct{}      `json:"cache"`
		Timings         rsHARTimings  `json:"timings"`
		ServerIPAddress string        `json:"serverIPAddress,omitempty"`
	}
	rsHARRequest struct {
		Method      string           `json:"method"`
		URL         string           `json:"url"`
		HTTPVersion string           `json:"httpVersion"`
		Headers     []rsHARNameValue `json:"headers"`
		QueryString []rsHARNameValue `json:"queryString"`
		Cookies     []rsHARCookie    `json:"cookies"`
		HeadersSize int              `json:"headersSize"`
		BodySize    int              `json:"bodySize"`
	}
	rsHARResponse struct {
		Status      int              `json:"status"`
		StatusText  string           `json:"statusText"`
		HTTPVersion string           `json:"httpVersion"`
		Headers     []rsHARNameValue `json:"headers"`
		Cookies     []rsHARCookie    `json:"cookies"`
		Content     rsHARContent     `json:"content"`
		RedirectURL string           `json:"redirectURL"`
		HeadersSize int              `json:"headersSize"`
		BodySize    int              `json:"bodySize"`
	}
	rsHARNameValue struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	}
	rsHARCookie struct {
		Name     string `json:"name"`
		Value    string `json:"value"`
		Path     string `json:"path,omitempty"`
		Domain   string `json:"domain,omitempty"`
		Expires  string `json:"expires,omitempty"`
		HTTPOnly bool   `json:"httpOnly"`
		Secure   bool   `json:"secure"`
		SameSite string `json:"sameSite,omitempty"`
	}
	rsHARContent struct {
		Size     int    `json:"size"`
		MimeType string `json:"mimeType"`
		Text     string `json:"text,omitempty"`
	}
	rsHARTimings struct {
		Blocked float64 `json:"blocked"`
		DNS     float64 `json:"dns"`
		Connect float64 `json:"connect"`
		Send    float64 `json:"send"`
		Wait    float64 `json:"wait"`
		Receive float64 `json:"receive"`
		SSL     float64 `json:"ssl"`
	}
)

// rsHeaderNames are a response's header names, sorted: net/http keeps the
// values of each header in order but not the order of the headers.
func rsHeaderNames(h http.Header) []string {
	names := make([]string, 0, len(h))
	for name := range h {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func rsMillis(d time.Duration) float64 {
	return float64(d.Round(time.Microsecond)) / float64(time.Millisecond)
}

// rsMarshalHAR writes the exchanges as a HAR 1.2 file: every response
// header line as received, each Set-Cookie line on its own.
func rsMarshalHAR(exchanges []*rsExchange) ([]byte, error) {
	har := rsHAR{Log: rsHARLog{
		Version: "1.2",
		Creator: rsHARCreator{Name: "cookiescan realservers_test", Version: "1"},
		Entries: []rsHAREntry{},
	}}
	for _, x := range exchanges {
		e := rsHAREntry{
			StartedDateTime: x.started.UTC().Format("2006-01-02T15:04:05.000Z07:00"),
			Time:            rsMillis(x.wait + x.receive),
			Request: rsHARRequest{
				Method:      x.req.Method,
				URL:         x.req.URL.String(),
				HTTPVersion: "HTTP/1.1",
				Headers:     []rsHARNameValue{},
				QueryString: []rsHARNameValue{},
				Cookies:     []rsHARCookie{},
				HeadersSize: -1,
				BodySize:    0,
			},
			Response: rsHARResponse{
				Status:      x.resp.StatusCode,
				StatusText:  strings.TrimSpace(strings.TrimPrefix(x.resp.Status, strconv.Itoa(x.resp.StatusCode))),
				HTTPVersion: x.resp.Proto,
				Headers:     []rsHARNameValue{},
				Cookies:     []rsHARCookie{},
				Content: rsHARContent{
					Size:     len(x.body),
					MimeType: x.resp.Header.Get("Content-Type"),
					Text:     string(x.body),
				},
				RedirectURL: x.resp.Header.Get("Location"),
				HeadersSize: -1,
				BodySize:    len(x.body),
			},
			Timings: rsHARTimings{Blocked: -1, DNS: -1, Connect: -1, Send: 0, Wait: rsMillis(x.wait), Receive: rsMillis(x.receive), SSL: -1},
		}
		for _, h := range x.reqHeaders {
			e.Request.Headers = append(e.Request.Headers, rsHARNameValue{h[0], h[1]})
		}
		for name, values := range x.req.URL.Query() {
			for _, v := range values {
				e.Request.QueryString = append(e.Request.QueryString, rsHARNameValue{name, v})
			}
		}
		cookieReq := &http.Request{Header: http.Header{}}
		for _, h := range x.reqHeaders {
			if h[0] == "Cookie" {
				cookieReq.Header.Add("Cookie", h[1])
			}
		}
		for _, c := range cookieReq.Cookies() {
			e.Request.Cookies = append(e.Request.Cookies, rsHARCookie{Name: c.Name, Value: c.Value})
		}
		for _, name := range rsHeaderNames(x.resp.Header) {
			for _, v := range x.resp.Header[name] {
				e.Response.Headers = append(e.Response.Headers, rsHARNameValue{name, v})
			}
		}
		for _, c := range x.resp.Cookies() {
			hc := rsHARCookie{Name: c.Name, Value: c.Value, Path: c.Path, Domain: c.Domain, HTTPOnly: c.HttpOnly, Secure: c.Secure}
			if !c.Expires.IsZero() {
				hc.Expires = c.Expires.UTC().Format("2006-01-02T15:04:05.000Z")
			}
			switch c.SameSite {
			case http.SameSiteLaxMode:
				hc.SameSite = "Lax"
			case http.SameSiteStrictMode:
				hc.SameSite = "Strict"
			case http.SameSiteNoneMode:
				hc.SameSite = "None"
			}
			e.Response.Cookies = append(e.Response.Cookies, hc)
		}
		har.Log.Entries = append(har.Log.Entries, e)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(har); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// rsDump writes the exchanges as curl -i prints them, one response after
// another, with the first request's URL in a "# url:" line.
func rsDump(exchanges []*rsExchange) []byte {
	var b bytes.Buffer
	if len(exchanges) > 0 {
		fmt.Fprintf(&b, "# url: %s\n", exchanges[0].req.URL)
	}
	for _, x := range exchanges {
		fmt.Fprintf(&b, "%s %s\r\n", x.resp.Proto, x.resp.Status)
		for _, name := range rsHeaderNames(x.resp.Header) {
			for _, v := range x.resp.Header[name] {
				fmt.Fprintf(&b, "%s: %s\r\n", name, v)
			}
		}
		b.WriteString("\r\n")
		b.Write(x.body)
		if len(x.body) > 0 && x.body[len(x.body)-1] != '\n' {
			b.WriteString("\n")
		}
	}
	return b.Bytes()
}

// rsValuesInHAR returns the distinct values a HAR's Set-Cookie headers give
// cookie, deletions left out, in order.
func rsValuesInHAR(t *testing.T, path, cookie string) []string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var har rsHAR
	if err := json.Unmarshal(raw, &har); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var values []string
	for _, e := range har.Log.Entries {
		for _, h := range e.Response.Headers {
			if !strings.EqualFold(h.Name, "Set-Cookie") {
				continue
			}
			c, err := http.ParseSetCookie(h.Value)
			if err != nil {
				t.Fatalf("%s: Set-Cookie %q: %v", path, h.Value, err)
			}
			if c.Name == cookie && c.MaxAge >= 0 && c.Value != "" && !slices.Contains(values, c.Value) {
				values = append(values, c.Value)
			}
		}
	}
	return values
}

// rsFaker makes fixed stand-ins for the session values of a capture, of
// the same shape: the same length and alphabet in each dot-separated part.
// The first part of a three-part Flask (itsdangerous) value is its base64
// JSON payload, which says nothing secret and is kept; equal parts (the
// timestamp of values signed in the same second) get equal stand-ins.
type rsFaker struct {
	parts map[string]string
}

func (f *rsFaker) value(real string) string {
	if f.parts == nil {
		f.parts = map[string]string{}
	}
	parts := strings.Split(real, ".")
	for j, p := range parts {
		if len(parts) == 3 && j == 0 {
			continue
		}
		fake, ok := f.parts[p]
		if !ok {
			fake = rsFakeLike(p, fmt.Sprintf("cookiescan fake %d", len(f.parts)))
			f.parts[p] = fake
		}
		parts[j] = fake
	}
	return strings.Join(parts, ".")
}

// rsFakeLike derives from seed a string as long as s, of lower-case hex
// digits when s is, else of base64url characters.
func rsFakeLike(s, seed string) string {
	alphabet := "0123456789abcdef"
	if strings.Trim(s, alphabet) != "" {
		alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	}
	out := make([]byte, len(s))
	var block [sha256.Size]byte
	for k := range out {
		if k%sha256.Size == 0 {
			block = sha256.Sum256([]byte(fmt.Sprintf("%s/%d", seed, k)))
		}
		out[k] = alphabet[int(block[k%sha256.Size])%len(alphabet)]
	}
	return string(out)
}
