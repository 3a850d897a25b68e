package scanner

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
)

// syntheticSite is a numbered site of n pages: page i links to its ten
// children 10i+1…10i+10 (those below n), to its parent and to the home
// page, so that every page is reached once through many links, and sets a
// cookie.
type syntheticSite struct {
	n       int
	latency time.Duration // slept by each page request, on the loopback server
	served  atomic.Int64

	// hopEvery, when positive, sends every hopEvery-th child link through
	// a redirect (/r/i to /p/i) that sets a cookie of its own.
	hopEvery int
	// scripts, when positive, gives each page an inline script and one of
	// that many shared external scripts (/js/k.js).
	scripts int
	// traps adds links off the site, which an in-scope crawl must not follow.
	traps bool
}

// render writes page i's HTML to buf.
func (s *syntheticSite) render(buf *bytes.Buffer, i int) {
	buf.WriteString("<!doctype html><html><head><title>Page ")
	buf.WriteString(strconv.Itoa(i))
	buf.WriteString("</title>")
	if s.scripts > 0 {
		buf.WriteString("<script src=\"/js/")
		buf.WriteString(strconv.Itoa(i % s.scripts))
		buf.WriteString(".js\"></script>\n<script>window.page = ")
		buf.WriteString(strconv.Itoa(i))
		buf.WriteString("; if (document.cookie.indexOf('seen=') < 0) { document.cookie = 'seen=1; path=/'; }</script>\n")
	}
	buf.WriteString("</head><body><nav><a href=\"/p/0\">Home</a> <a href=\"/p/")
	buf.WriteString(strconv.Itoa(i / 10))
	buf.WriteString("\">Up</a></nav><ul>\n")
	for c := 10*i + 1; c <= 10*i+10 && c < s.n; c++ {
		if s.hopEvery > 0 && c%s.hopEvery == 0 {
			buf.WriteString("<li><a href=\"/r/")
		} else {
			buf.WriteString("<li><a href=\"/p/")
		}
		buf.WriteString(strconv.Itoa(c))
		buf.WriteString("\">Page ")
		buf.WriteString(strconv.Itoa(c))
		buf.WriteString("</a></li>\n")
	}
	buf.WriteString("</ul>")
	if s.traps {
		buf.WriteString("<p><a href=\"https://trap.example.net/p/")
		buf.WriteString(strconv.Itoa(i))
		buf.WriteString("\">Elsewhere</a> <a href=\"http://cdn.example.org/track?page=")
		buf.WriteString(strconv.Itoa(i))
		buf.WriteString("\">Tracker</a></p>")
	}
	buf.WriteString("<p>Some text so that the page is not only links.</p></body></html>\n")
}

// page returns the page number of path, or false.
func (s *syntheticSite) page(path string) (int, bool) {
	rest, ok := bytes.CutPrefix([]byte(path), []byte("/p/"))
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(string(rest))
	return i, err == nil && i >= 0 && i < s.n
}

func (s *syntheticSite) cookie(i int) string {
	return "visit=" + strconv.Itoa(i) + "; Path=/; HttpOnly"
}

// ServeHTTP serves the site over a real connection.
func (s *syntheticSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if rest, ok := strings.CutPrefix(r.URL.Path, "/r/"); ok && s.hopEvery > 0 {
		if _, ok := s.page("/p/" + rest); ok {
			w.Header().Add("Set-Cookie", "hop="+rest+"; Path=/; Secure; SameSite=Lax")
			http.Redirect(w, r, "/p/"+rest, http.StatusFound)
			return
		}
	}
	if rest, ok := strings.CutSuffix(strings.TrimPrefix(r.URL.Path, "/js/"), ".js"); ok && s.scripts > 0 {
		if k, err := strconv.Atoi(rest); err == nil && k >= 0 && k < s.scripts {
			w.Header().Set("Content-Type", "text/javascript")
			fmt.Fprintf(w, "// shared script %d\nfunction readTheme() { return document.cookie.split('; ').find(c => c.startsWith('theme=')); }\n", k)
			return
		}
	}
	i, ok := s.page(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	s.served.Add(1)
	if s.latency > 0 {
		time.Sleep(s.latency) // the site's latency; a benchmark server may sleep
	}
	var buf bytes.Buffer
	s.render(&buf, i)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Add("Set-Cookie", s.cookie(i))
	w.Write(buf.Bytes())
}

// RoundTrip serves the site in memory, with the headers a net/http server
// sends, so that a benchmark measures the crawler rather than sockets.
func (s *syntheticSite) RoundTrip(req *http.Request) (*http.Response, error) {
	if err := req.Context().Err(); err != nil {
		return nil, err
	}
	resp := &http.Response{
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Request: req,
		Header: http.Header{"Date": {time.Now().UTC().Format(http.TimeFormat)}},
	}
	i, ok := s.page(req.URL.Path)
	if !ok {
		resp.StatusCode, resp.Status = 404, "404 Not Found"
		resp.Body = http.NoBody
		return resp, nil
	}
	s.served.Add(1)
	buf := &bytes.Buffer{}
	s.render(buf, i)
	resp.StatusCode, resp.Status = 200, "200 OK"
	resp.ContentLength = int64(buf.Len())
	resp.Header["Content-Length"] = []string{strconv.Itoa(buf.Len())}
	resp.Header["Content-Type"] = []string{"text/html; charset=utf-8"}
	resp.Header["Set-Cookie"] = []string{s.cookie(i)}
	resp.Body = io.NopCloser(buf)
	return resp, nil
}

func benchConfig(target string, pages int) CrawlConfig {
	return CrawlConfig{
		Targets:     []string{target},
		MaxPages:    pages,
		Concurrency: 16,
		PerHostRate: 10000,
		Proxy:       "none",
	}
}

// runBench crawls the whole site once per iteration and checks it was.
func runBench(b *testing.B, site *syntheticSite, cfg CrawlConfig) *evidence.Evidence {
	b.Helper()
	site.served.Store(0)
	ev, err := Crawl(context.Background(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	if ev.Stats.Pages != site.n || len(ev.Errors) != 0 || ev.Partial || int(site.served.Load()) != site.n {
		b.Fatalf("crawled %d pages of %d (served %d), %d errors, partial %v", ev.Stats.Pages, site.n, site.served.Load(), len(ev.Errors), ev.Partial)
	}
	return ev
}

// BenchmarkCrawlLatency crawls 2000 pages served over loopback with 20 ms
// of latency each, 16 at a time: no crawler can take less than
// 2000 × 20 ms / 16 = 2.5 s, and x-floor is how far above that it is.
func BenchmarkCrawlLatency(b *testing.B) {
	const pages, latency, concurrency = 2000, 20 * time.Millisecond, 16
	site := &syntheticSite{n: pages, latency: latency}
	srv := newTestServer(b, site)
	cfg := benchConfig(srv.URL+"/p/0", pages)
	floor := (pages * latency / concurrency).Seconds()
	var total time.Duration
	for b.Loop() {
		start := time.Now()
		runBench(b, site, cfg)
		total += time.Since(start)
	}
	sec := total.Seconds() / float64(b.N)
	b.ReportMetric(sec, "s/crawl")
	b.ReportMetric(sec/floor, "x-floor")
}

// BenchmarkCrawlThroughput crawls 2000 pages with no latency and no rate
// limit, over loopback and from memory. allocs/page counts every allocation of the
// process during the crawl, the test server's included.
func BenchmarkCrawlThroughput(b *testing.B) {
	const pages = 2000
	for _, mode := range []string{"loopback", "memory"} {
		b.Run(mode, func(b *testing.B) {
			site := &syntheticSite{n: pages}
			cfg := benchConfig("http://app.example.test/p/0", pages)
			cfg.PerHostRate = unlimitedRate
			if mode == "memory" {
				cfg.Transport = site
			} else {
				srv := newTestServer(b, site)
				cfg.Targets = []string{srv.URL + "/p/0"}
			}
			var total time.Duration
			var mallocs uint64
			var ms runtime.MemStats
			for b.Loop() {
				runtime.ReadMemStats(&ms)
				before, start := ms.Mallocs, time.Now()
				runBench(b, site, cfg)
				total += time.Since(start)
				runtime.ReadMemStats(&ms)
				mallocs += ms.Mallocs - before
			}
			n := float64(b.N * pages)
			b.ReportMetric(n/total.Seconds(), "pages/s")
			b.ReportMetric(float64(mallocs)/n, "allocs/page")
		})
	}
}

// BenchmarkCrawlMemory crawls a 100 000-page site from memory, with no
// rate limit, and reports
// the peak heap in use during the crawl, sampled every 10 ms, and the heap
// still held by the evidence afterwards.
func BenchmarkCrawlMemory(b *testing.B) {
	const pages = 100000
	site := &syntheticSite{n: pages}
	cfg := benchConfig("http://app.example.test/p/0", pages)
	cfg.Transport = site
	cfg.PerHostRate = unlimitedRate
	var peak, held uint64
	for b.Loop() {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		base := ms.HeapInuse
		stop := make(chan struct{})
		var wg sync.WaitGroup
		var max atomic.Uint64
		wg.Add(1)
		go func() {
			defer wg.Done()
			tick := time.NewTicker(10 * time.Millisecond)
			defer tick.Stop()
			var ms runtime.MemStats
			for {
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > max.Load() {
					max.Store(ms.HeapInuse)
				}
				select {
				case <-stop:
					return
				case <-tick.C:
				}
			}
		}()
		ev := runBench(b, site, cfg)
		close(stop)
		wg.Wait()
		peak = max.Load() - min(base, max.Load())
		runtime.GC()
		runtime.ReadMemStats(&ms)
		held = ms.HeapInuse - min(base, ms.HeapInuse)
		runtime.KeepAlive(ev)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	b.ReportMetric(float64(held)/(1<<20), "evidence-MB")
}
