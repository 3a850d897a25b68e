package scanner

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
)

// Each test here serves something hostile or broken and checks that the
// crawl ends, within its bounds, with evidence or error lines.

func hostileConfig(srv *testServer) CrawlConfig {
	return testConfig(testNet{"app.example.test": srv.addr(), "other.test": srv.addr()}, "http://app.example.test/")
}

func TestHostileRedirectLoops(t *testing.T) {
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			html(links("/a", "/inf?n=0", "/self"))(w, r)
		case "/a":
			http.Redirect(w, r, "/b", http.StatusFound)
		case "/b":
			w.Header().Add("Set-Cookie", "loop=1")
			http.Redirect(w, r, "/a", http.StatusMovedPermanently)
		case "/self":
			http.Redirect(w, r, "/self#again", http.StatusFound)
		case "/inf":
			n, _ := strconv.Atoi(r.URL.Query().Get("n"))
			http.Redirect(w, r, fmt.Sprintf("/inf?n=%d", n+1), http.StatusFound)
		}
	}))
	ev := crawl(t, context.Background(), hostileConfig(srv))
	if !hasError(ev, "http://app.example.test/a", "redirect loop: redirect 2 leads back to http://app.example.test/a") {
		t.Errorf("A→B→A: errors %v", errorLines(ev))
	}
	if !hasError(ev, "http://app.example.test/self", "redirect loop: redirect 1 leads back to http://app.example.test/self") {
		t.Errorf("A→A: errors %v", errorLines(ev))
	}
	if !hasError(ev, "http://app.example.test/inf?n=0", "stopped after 10 redirects (MaxRedirects)") {
		t.Errorf("A→A?n+1: errors %v", errorLines(ev))
	}
	if n := srv.count("/inf?n=10"); n != 1 || srv.count("/inf?n=11") != 0 {
		t.Errorf("the endless chain went to %v", srv.uris())
	}
	if n := srv.count("/a"); n != 1 {
		t.Errorf("/a fetched %d times", n)
	}
	var loop []*evidence.Response
	for _, r := range ev.Responses {
		if r.URL == "http://app.example.test/b" {
			loop = append(loop, r)
		}
	}
	if len(loop) != 1 || loop[0].SetCookie[0] != "loop=1" || loop[0].Hop != 1 {
		t.Errorf("the loop's hop is not recorded with its cookie: %+v", loop)
	}
}

func TestHostileRedirectOutOfScope(t *testing.T) {
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Host != "app.example.test" {
			t.Errorf("request to %s%s", r.Host, r.URL)
		}
		switch r.URL.Path {
		case "/":
			html(links("/p", "/js", "/bad"))(w, r)
		case "/p":
			http.Redirect(w, r, "//other.test/x", http.StatusFound)
		case "/js":
			w.Header().Set("Location", "javascript:alert(1)")
			w.WriteHeader(http.StatusFound)
		case "/bad":
			w.Header().Set("Location", "http://[bad")
			w.WriteHeader(http.StatusFound)
		}
	}))
	ev := crawl(t, context.Background(), hostileConfig(srv))
	slices.Sort(ev.OutOfScope)
	if want := []string{"http://other.test/x", "javascript:alert(1)"}; !slices.Equal(ev.OutOfScope, want) {
		t.Errorf("OutOfScope %q, want %q", ev.OutOfScope, want)
	}
	if !hasError(ev, "http://app.example.test/bad", "redirect to an unparsable Location") {
		t.Errorf("errors %v", errorLines(ev))
	}
}

func TestHostileCalendarTrap(t *testing.T) {
	day0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d, err := time.Parse(time.DateOnly, r.URL.Query().Get("d"))
		if err != nil {
			d = day0
		}
		html(links("/cal?d="+d.AddDate(0, 0, 1).Format(time.DateOnly), "/cal?d="+d.AddDate(0, 1, 0).Format(time.DateOnly)))(w, r)
	}))
	for _, tt := range []struct {
		name         string
		depth, pages int
		want         int
		partial      bool
	}{
		{"MaxPages", 10000, 200, 200, true},
		{"MaxDepth", 5, 10000, 21, false}, // depth k holds k+1 distinct days
	} {
		t.Run(tt.name, func(t *testing.T) {
			before := len(srv.requests())
			cfg := hostileConfig(srv)
			cfg.MaxDepth, cfg.MaxPages = tt.depth, tt.pages
			ev := crawl(t, context.Background(), cfg)
			if n := len(srv.requests()) - before; n != tt.want || ev.Stats.Pages != tt.want || ev.Partial != tt.partial {
				t.Errorf("%d requests, %d pages, partial %v; want %d, %v", n, ev.Stats.Pages, ev.Partial, tt.want, tt.partial)
			}
		})
	}
}

// waitOrDone waits for the next tick or the end of the request.
func waitOrDone(r *http.Request, tick *time.Ticker) bool {
	select {
	case <-r.Context().Done():
		return false
	case <-tick.C:
		return true
	}
}

func TestHostileSlowDripBodyIsCutByTimeout(t *testing.T) {
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			html(links("/drip", "/fine"))(w, r)
			return
		}
		if r.URL.Path == "/fine" {
			html("")(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Add("Set-Cookie", "drip=1")
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			if _, err := w.Write([]byte("<")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			if !waitOrDone(r, tick) {
				return
			}
		}
	}))
	cfg := hostileConfig(srv)
	cfg.Timeout = 300 * time.Millisecond // a bound on the test, not a timed assertion
	ev := crawl(t, context.Background(), cfg)
	if !hasError(ev, "http://app.example.test/drip", "timed out reading the body") {
		t.Errorf("errors %v", errorLines(ev))
	}
	if !slices.ContainsFunc(ev.Responses, func(r *evidence.Response) bool {
		return r.URL == "http://app.example.test/drip" && r.SetCookie[0] == "drip=1"
	}) {
		t.Error("the slow response's headers are not recorded")
	}
	if srv.count("/fine") != 1 {
		t.Error("the crawl did not go on")
	}
}

func TestHostileEndlessBodyIsCutByMaxBodyBytes(t *testing.T) {
	chunk := bytes.Repeat([]byte("<p>endless</p>\n"), 2048)
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}))
	cfg := hostileConfig(srv)
	cfg.MaxBodyBytes = 1 << 20
	ev := crawl(t, context.Background(), cfg)
	if !hasError(ev, "http://app.example.test/", "body larger than 1 MB (MaxBodyBytes)") || len(ev.Errors) != 1 {
		t.Errorf("errors %v", errorLines(ev))
	}
}

func TestHostileGzipBombIsCutByMaxDecompressedBytes(t *testing.T) {
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zw.Write([]byte("<html><body>"))
	zw.Write(make([]byte, 10<<20))
	zw.Close()
	plain := []byte("<html><body><a href=/ok>ok</a>")
	var small bytes.Buffer
	zw = gzip.NewWriter(&small)
	zw.Write(plain)
	zw.Close()
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Accept-Encoding") != "gzip" {
			t.Errorf("Accept-Encoding %q", r.Header.Get("Accept-Encoding"))
		}
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		switch r.URL.Path {
		case "/":
			w.Write(small.Bytes())
		case "/ok":
			w.Write(bomb.Bytes())
		case "/broken":
			w.Write([]byte("not gzip at all"))
		case "/truncated":
			w.Write(small.Bytes()[:small.Len()/2])
		}
	}))
	cfg := hostileConfig(srv)
	cfg.MaxDecompressedBytes = 1 << 20
	cfg.Targets = append(cfg.Targets, "http://app.example.test/broken", "http://app.example.test/truncated")
	ev := crawl(t, context.Background(), cfg)
	if srv.count("/ok") != 1 {
		t.Errorf("the gzipped page's link was not followed: %v", srv.uris())
	}
	if !hasError(ev, "http://app.example.test/ok", "decompressed body larger than 1 MB (MaxDecompressedBytes)") {
		t.Errorf("errors %v", errorLines(ev))
	}
	if !hasError(ev, "http://app.example.test/broken", "invalid gzip body") ||
		!hasError(ev, "http://app.example.test/truncated", "truncated gzip body") {
		t.Errorf("errors %v", errorLines(ev))
	}
}

func TestHostileBrokenPages(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	binary := make([]byte, 256<<10)
	for i := range binary {
		binary[i] = byte(rnd.UintN(256))
	}
	srv := newTestServer(t, routes{
		"/":     html(links("/utf8", "/broken", "/binary", "/nul")),
		"/utf8": html("<html>\xff\xfe\xc3\x28 <a href=\"/after-utf8\">\x80\x81\xf0\x28\x8c\xbc</a> <script>document.cookie='\xe2\x28\xa1'</script>"),
		"/broken": html("<<<>>><html<body><a href='/after-broken'<div></a></table></p><script>unterminated" +
			"<a href=\"/in-script\">x</a><!-- <a href=/in-comment> " + strings.Repeat("<div>", 10000)),
		"/binary": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write(binary)
		},
		"/nul":          html("<a href=\"/after\x00nul\">x</a>\x00\x00<a href=/after-nul>y</a>"),
		"/after-utf8":   html(""),
		"/after-broken": html(""),
		"/after-nul":    html(""),
	})
	ev := crawl(t, context.Background(), hostileConfig(srv))
	for _, want := range []string{"/after-utf8", "/after-nul"} {
		if srv.count(want) != 1 {
			t.Errorf("%s not crawled: %v", want, srv.uris())
		}
	}
	if len(ev.Errors) != 0 {
		t.Errorf("errors %v", errorLines(ev))
	}
}

func TestHostileTenThousandSetCookieLines(t *testing.T) {
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for i := range 10000 {
			w.Header().Add("Set-Cookie", fmt.Sprintf("c%d=v%d; Path=/", i, i))
		}
		html("")(w, r)
	}))
	ev := crawl(t, context.Background(), hostileConfig(srv))
	if len(ev.Responses) != 1 || len(ev.Errors) != 0 {
		t.Fatalf("responses %v, errors %v", responseURLs(ev), errorLines(ev))
	}
	sc := ev.Responses[0].SetCookie
	if len(sc) != 10000 || sc[0] != "c0=v0; Path=/" || sc[9999] != "c9999=v9999; Path=/" || ev.Stats.Cookies != 10000 {
		t.Errorf("%d Set-Cookie lines, first %q", len(sc), sc[:min(1, len(sc))])
	}
}

func TestHostileOneMegabyteCookie(t *testing.T) {
	big := "big=" + strings.Repeat("x", 1<<20)
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			w.Header().Add("Set-Cookie", big)
			html(links("/next"))(w, r)
			return
		}
		html("")(w, r)
	}))
	ev := crawl(t, context.Background(), hostileConfig(srv))
	if len(ev.Responses) != 2 || len(ev.Errors) != 0 || ev.Responses[0].SetCookie[0] != big {
		t.Errorf("responses %v, errors %v", responseURLs(ev), errorLines(ev))
	}
	if c := srv.requests()[1].Cookie; c != "" {
		t.Errorf("the oversize cookie was sent back (%d bytes): browsers drop it", len(c))
	}
}

func TestHostileHeaderThatNeverEnds(t *testing.T) {
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		defer conn.Close()
		buf.WriteString("HTTP/1.1 200 OK\r\n")
		line := "Set-Cookie: x=" + strings.Repeat("y", 1000) + "\r\n"
		for i := 0; i < 10000; i++ {
			if _, err := buf.WriteString(line); err != nil {
				return
			}
		}
		buf.Flush()
	}))
	ev := crawl(t, context.Background(), hostileConfig(srv))
	if !hasError(ev, "http://app.example.test/", "response headers larger than 4 MB") {
		t.Errorf("errors %v", errorLines(ev))
	}
}

func TestHostileLinkForms(t *testing.T) {
	srv := newTestServer(t, routes{
		"/": html(links("/dir/page")),
		"/dir/page": html(links("sub", "../up", "//app.example.test/proto", "//other.test/x", "javascript:void(0)",
			"mailto:a@example.test", "?q=1", "#frag", "data:text/html,<a href=/no>", "  /spaced  ", "tel:123")),
		"/dir/sub": html(""), "/up": html(""), "/proto": html(""), "/spaced": html(""),
	})
	ev := crawl(t, context.Background(), hostileConfig(srv))
	want := []string{"/", "/dir/page", "/dir/page?q=1", "/dir/sub", "/proto", "/spaced", "/up"}
	if got := slices.Sorted(slices.Values(srv.uris())); !slices.Equal(got, want) {
		t.Errorf("requests %v, want %v", got, want)
	}
	if !slices.Equal(ev.OutOfScope, []string{"http://other.test/x"}) {
		t.Errorf("OutOfScope %q", ev.OutOfScope)
	}
}

func TestHostileDuplicateSpellingsAreFetchedOnce(t *testing.T) {
	srv := newTestServer(t, routes{
		"/":  html(links("/a", "/a#x", "/./a", "/b/../a", "/%61", "HTTP://APP.EXAMPLE.TEST:80/a", "http://app.example.test/a#", "/a/b/../../a")),
		"/a": html(links("/", "/index#top", "/#")),
	})
	ev := crawl(t, context.Background(), hostileConfig(srv))
	if n := srv.count("/a"); n != 1 {
		t.Errorf("/a fetched %d times: %v", n, srv.uris())
	}
	if n := srv.count("/"); n != 1 {
		t.Errorf("/ fetched %d times", n)
	}
	if ev.Stats.Pages != 3 { // /, /a, /index
		t.Errorf("pages %d, want 3", ev.Stats.Pages)
	}
}

func TestHostileConnectionClosedMidResponse(t *testing.T) {
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			html(links("/cut", "/early", "/fine"))(w, r)
		case "/fine":
			html("")(w, r)
		case "/cut", "/early":
			conn, buf, err := w.(http.Hijacker).Hijack()
			if err != nil {
				return
			}
			if r.URL.Path == "/cut" {
				fmt.Fprint(buf, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nSet-Cookie: cut=1\r\nContent-Length: 10000\r\n\r\n<html><a href=/after-cut>")
				buf.Flush()
			}
			conn.Close()
		}
	}))
	ev := crawl(t, context.Background(), hostileConfig(srv))
	if !hasError(ev, "http://app.example.test/cut", "connection closed mid-response") {
		t.Errorf("errors %v", errorLines(ev))
	}
	if !hasError(ev, "http://app.example.test/early", "connection closed before a response") {
		t.Errorf("errors %v", errorLines(ev))
	}
	if srv.count("/fine") != 1 {
		t.Error("the crawl did not go on")
	}
	if !slices.ContainsFunc(ev.Responses, func(r *evidence.Response) bool {
		return r.URL == "http://app.example.test/cut" && r.SetCookie[0] == "cut=1"
	}) {
		t.Error("the cut response's headers are not recorded")
	}
}

// TestHostileShortBodies checks bodies shorter than the sniff window, and
// an HTML page with no body at all.
func TestHostileShortBodies(t *testing.T) {
	srv := newTestServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "")
			w.Write([]byte("<a href=/x>"))
		case "/x":
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusOK)
		}
	}))
	ev := crawl(t, context.Background(), hostileConfig(srv))
	if srv.count("/x") != 1 || len(ev.Errors) != 0 {
		t.Errorf("requests %v, errors %v", srv.uris(), errorLines(ev))
	}
}
