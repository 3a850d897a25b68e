package browser

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/scanner"
)

// spaPages serves n pages, each a shell that links to its ten children
// (10i+1…10i+10) and runs one shared bundle: a fetch whose response sets a
// cookie, and a cookie write.
func spaPages(n int) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /p/{i}", func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(r.PathValue("i"))
		if err != nil || i < 0 || i >= n {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		var b strings.Builder
		fmt.Fprintf(&b, "<!doctype html><title>Page %d</title><div id=app></div><ul>", i)
		for c := 10*i + 1; c <= 10*i+10 && c < n; c++ {
			fmt.Fprintf(&b, `<li><a href="/p/%d">Page %d</a>`, c, c)
		}
		b.WriteString(`</ul><script src="/static/bundle.js"></script>`)
		fmt.Fprint(w, b.String())
	})
	mux.HandleFunc("GET /static/bundle.js", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		w.Header().Set("Cache-Control", "max-age=3600")
		fmt.Fprint(w, `fetch('/api/state?page=' + encodeURIComponent(location.pathname)).then(r => r.json()).then(s => {
  document.cookie = s.name + '=' + s.value + '; path=/';
  document.getElementById('app').textContent = s.value;
});`)
	})
	mux.HandleFunc("GET /api/state", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Add("Set-Cookie", "sessionid=5b2d8a4f6e0c9b1d7a3e5f2c3f9a1c7e; Path=/; HttpOnly; SameSite=Lax")
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"name": "ui_state", "value": "ready"}`)
	})
	return mux
}

// BenchmarkCrawl200SPAPages crawls the same 200 pages in the browser and
// statically, four at a time, and reports the time per page and, for the
// browser, the peak memory (proportional set size) of this process and
// the browser's processes together.
func BenchmarkCrawl200SPAPages(b *testing.B) {
	const pages = 200
	srv := httptest.NewServer(spaPages(pages))
	defer srv.Close()
	cfg := scanner.CrawlConfig{Targets: []string{srv.URL + "/p/0"}, Concurrency: 4, PerHostRate: 1e9, MaxDepth: 10, MaxPages: pages}
	b.Run("browser", func(b *testing.B) {
		needBrowser(b)
		peak := watchMemory()
		for b.Loop() {
			ev, err := Crawl(b.Context(), Config{CrawlConfig: cfg})
			if err != nil {
				b.Fatal(err)
			}
			if ev.Stats.Pages != pages || len(ev.CookieWrites) < pages {
				b.Fatalf("%d pages, %d cookie writes, want %d of each; errors %v", ev.Stats.Pages, len(ev.CookieWrites), pages, ev.Errors)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*pages), "ms/page")
		b.ReportMetric(float64(peak()>>20), "peak-MB")
	})
	b.Run("static", func(b *testing.B) {
		static := cfg
		static.LogoutProbe = false
		for b.Loop() {
			ev, err := scanner.Crawl(b.Context(), static)
			if err != nil {
				b.Fatal(err)
			}
			if ev.Stats.Pages != pages {
				b.Fatalf("%d pages, want %d", ev.Stats.Pages, pages)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*pages), "ms/page")
	})
}

// watchMemory samples, every 100 ms until the returned func is called, the
// proportional set size of this process and its descendants, and returns
// the peak. Linux only; elsewhere the peak is 0.
func watchMemory() func() int64 {
	var mu sync.Mutex
	var peak int64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			if n := treePSS(os.Getpid()); n > 0 {
				mu.Lock()
				peak = max(peak, n)
				mu.Unlock()
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() int64 {
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// treePSS is the summed Pss, in bytes, of pid and every process below it.
func treePSS(pid int) int64 {
	parent := map[int]int{}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, s := range stats {
		data, err := os.ReadFile(s)
		if err != nil {
			continue
		}
		// The command name, in parentheses, may hold spaces: fields follow its last ')'.
		rest := string(data[strings.LastIndexByte(string(data), ')')+1:])
		f := strings.Fields(rest)
		p, _ := strconv.Atoi(filepath.Base(filepath.Dir(s)))
		if len(f) > 1 {
			parent[p], _ = strconv.Atoi(f[1])
		}
	}
	var total int64
	for p := range parent {
		for q := p; q > 1; q = parent[q] {
			if q == pid {
				total += pss(p)
				break
			}
		}
	}
	return total
}

func pss(pid int) int64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/smaps_rollup", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "Pss:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
