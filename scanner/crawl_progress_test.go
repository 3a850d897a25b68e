package scanner

import (
	"context"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
)

// gate holds each request hold selects until the test lets it go, telling
// the test how many requests the server had received by then.
type gate struct {
	h       http.Handler
	hold    func(r *http.Request, seen int) bool
	arrived chan int
	next    chan struct{}
	closed  chan struct{} // closed when the test ends, freeing held requests

	mu   sync.Mutex
	seen int
}

func newGate(h http.Handler, hold func(r *http.Request, seen int) bool) *gate {
	return &gate{h: h, hold: hold, arrived: make(chan int), next: make(chan struct{}), closed: make(chan struct{})}
}

func (g *gate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	g.seen++
	seen := g.seen
	g.mu.Unlock()
	if g.hold(r, seen) {
		select {
		case g.arrived <- seen:
			select {
			case <-g.next:
			case <-g.closed:
			}
		case <-g.closed:
		}
	}
	g.h.ServeHTTP(w, r)
}

// latestProgress keeps the last progress report and signals each one.
type latestProgress struct {
	mu     sync.Mutex
	last   CrawlProgress
	all    []CrawlProgress
	notify chan struct{}
}

func (l *latestProgress) report(p CrawlProgress) {
	l.mu.Lock()
	l.last = p
	l.all = append(l.all, p)
	l.mu.Unlock()
	select {
	case l.notify <- struct{}{}:
	default:
	}
}

// waitFor waits for a report of requests requests. The bound only keeps a
// broken build from hanging: a report comes within a tick.
func (l *latestProgress) waitFor(t *testing.T, requests int) {
	t.Helper()
	bound := time.After(time.Minute)
	for {
		l.mu.Lock()
		got := l.last.Requests
		l.mu.Unlock()
		if got == requests {
			return
		}
		select {
		case <-l.notify:
		case <-bound:
			t.Fatalf("progress stayed at %d requests while request %d was held", got, requests)
		}
	}
}

func TestProgressCountsRequestsOfEveryPhase(t *testing.T) {
	sampling := func() (http.Handler, func(*http.Request, int) bool, CrawlConfig, int) {
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add("Set-Cookie", "sid=s"+r.RemoteAddr+"; Path=/")
		})
		cfg := testConfig(testNet{})
		cfg.EntropySamples, cfg.SampleCookie = 3, func(name, _ string) bool { return name == "sid" }
		return h, func(r *http.Request, seen int) bool { return seen > 1 }, cfg, 3
	}
	logout := func() (http.Handler, func(*http.Request, int) bool, CrawlConfig, int) {
		h := routes{"/": html(links("/logout", "/signout")), "/logout": html(""), "/signout": html("")}
		cfg := testConfig(testNet{})
		cfg.LogoutProbe = true
		return h, func(r *http.Request, _ int) bool { return r.URL.Path != "/" }, cfg, 2
	}
	login := func() (http.Handler, func(*http.Request, int) bool, CrawlConfig, int) {
		h := &loginSite{sessions: map[string]string{}, rotate: true}
		cfg := testConfig(testNet{})
		cfg.Concurrency = 1
		cfg.Login = &LoginConfig{Data: "username=alice&password=" + testPassword, Lifecycle: true,
			SessionCookie: func(name, _ string) bool { return name == "sid" }}
		// The login, then the fixation, planted ID and logout probes' logins.
		return h, func(r *http.Request, _ int) bool { return r.Method == http.MethodPost }, cfg, 4
	}
	for name, site := range map[string]func() (http.Handler, func(*http.Request, int) bool, CrawlConfig, int){
		"sampling": sampling, "logout probe": logout, "login and lifecycle": login,
	} {
		t.Run(name, func(t *testing.T) {
			h, hold, cfg, held := site()
			g := newGate(h, hold)
			srv := newTestServer(t, g)
			t.Cleanup(func() { close(g.closed) })
			cfg.Targets = []string{srv.URL + "/"}
			if cfg.Login != nil {
				cfg.Login.URL = srv.URL + "/login"
			}
			progress := &latestProgress{notify: make(chan struct{}, 1)}
			cfg.Progress = progress.report
			var ev *evidence.Evidence
			var err error
			done := make(chan struct{})
			go func() {
				defer close(done)
				ev, err = Crawl(context.Background(), cfg)
			}()
			released := 0
			for running := true; running; {
				select {
				case seen := <-g.arrived:
					progress.waitFor(t, seen)
					g.next <- struct{}{}
					released++
				case <-done:
					running = false
				}
			}
			if err != nil {
				t.Fatal(err)
			}
			if released != held {
				t.Errorf("%d requests held, want %d", released, held)
			}
			if ev.Stats.Requests != len(srv.requests()) {
				t.Errorf("stats count %d requests, the server saw %d", ev.Stats.Requests, len(srv.requests()))
			}
			for i, p := range progress.all[1:] {
				if p.Requests < progress.all[i].Requests {
					t.Errorf("progress went back from %d to %d requests", progress.all[i].Requests, p.Requests)
				}
			}
			if last := progress.all[len(progress.all)-1]; last.Requests != ev.Stats.Requests {
				t.Errorf("last progress %d requests, stats %d", last.Requests, ev.Stats.Requests)
			}
		})
	}
}
