package scanner

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
)

// testNet maps hostnames to loopback listeners, so that tests use real
// names (app.example.test, other.test…) without DNS. IP addresses are
// dialled as they are.
type testNet map[string]string

func (n testNet) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	var d net.Dialer
	if net.ParseIP(host) != nil {
		return d.DialContext(ctx, network, addr)
	}
	to, ok := n[host]
	if !ok {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	return d.DialContext(ctx, network, to)
}

// seenRequest is one request as a test server received it.
type seenRequest struct {
	Host, URI, Cookie, Auth, Method, UserAgent string
}

// testServer is an httptest server that logs the requests it receives.
type testServer struct {
	*httptest.Server
	mu   sync.Mutex
	reqs []seenRequest
}

func newTestServer(t testing.TB, h http.Handler) *testServer {
	s := &testServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.reqs = append(s.reqs, seenRequest{
			Host: r.Host, URI: r.URL.RequestURI(), Cookie: r.Header.Get("Cookie"),
			Auth: r.Header.Get("Authorization"), Method: r.Method, UserAgent: r.UserAgent(),
		})
		s.mu.Unlock()
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *testServer) requests() []seenRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.reqs)
}

// uris lists the request URIs received, in order.
func (s *testServer) uris() []string {
	var out []string
	for _, r := range s.requests() {
		out = append(out, r.URI)
	}
	return out
}

// count is how many requests asked for uri.
func (s *testServer) count(uri string) int {
	n := 0
	for _, r := range s.requests() {
		if r.URI == uri {
			n++
		}
	}
	return n
}

// addr is the server's listener address, for testNet.
func (s *testServer) addr() string { return s.Listener.Addr().String() }

// routes serves fixed handlers by path; anything else is a 404.
type routes map[string]http.HandlerFunc

func (rt routes) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h, ok := rt[r.URL.Path]; ok {
		h(w, r)
		return
	}
	http.NotFound(w, r)
}

// html serves body as an HTML page.
func html(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
}

// links is an HTML page linking to each href.
func links(hrefs ...string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><title>t</title></head><body>\n")
	for _, h := range hrefs {
		fmt.Fprintf(&b, "<a href=%q>link</a>\n", h)
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// sleeper records the waits a crawl asks for and returns at once, so that
// tests of back-off and rate limits take no time. Its clock advances by
// the waits, as a real one would.
type sleeper struct {
	mu    sync.Mutex
	now   time.Time
	waits []time.Duration
}

func newSleeper() *sleeper { return &sleeper{now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)} }

func (s *sleeper) clock() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.now
}

func (s *sleeper) sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d <= 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.waits = append(s.waits, d)
	s.now = s.now.Add(d)
	return nil
}

func (s *sleeper) recorded() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.waits)
}

// testConfig is a crawl of targets over n, with no rate limit and instant waits.
func testConfig(n testNet, targets ...string) CrawlConfig {
	s := newSleeper()
	return CrawlConfig{
		Targets:     targets,
		Concurrency: 4,
		PerHostRate: unlimitedRate,
		Timeout:     10 * time.Second,
		Proxy:       "none",
		hooks:       &crawlHooks{dial: n.dial, sleep: s.sleep, clock: s.clock},
	}
}

// crawl runs Crawl and checks that it left no goroutine behind.
func crawl(t testing.TB, ctx context.Context, cfg CrawlConfig) *evidence.Evidence {
	t.Helper()
	before := runtime.NumGoroutine()
	ev, err := Crawl(ctx, cfg)
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	if ci, ok := cfg.Transport.(interface{ CloseIdleConnections() }); ok {
		ci.CloseIdleConnections()
	}
	waitGoroutines(t, before)
	return ev
}

// waitGoroutines fails the test unless the goroutine count comes back to
// at most before. Connection goroutines of client and server end shortly
// after their connection closes, so the count is polled, up to a bound.
func waitGoroutines(t testing.TB, before int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines after the crawl, %d before:\n%s", runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// responseURLs lists the URLs of the responses, in order.
func responseURLs(ev *evidence.Evidence) []string {
	var out []string
	for _, r := range ev.Responses {
		out = append(out, r.URL)
	}
	return out
}

// errorLines lists the error lines of the evidence.
func errorLines(ev *evidence.Evidence) []string {
	var out []string
	for _, e := range ev.Errors {
		out = append(out, e.Error())
	}
	return out
}

// hasError reports whether an error line for target contains reason.
func hasError(ev *evidence.Evidence, target, reason string) bool {
	for _, e := range ev.Errors {
		if e.Target == target && strings.Contains(e.Err.Error(), reason) {
			return true
		}
	}
	return false
}
