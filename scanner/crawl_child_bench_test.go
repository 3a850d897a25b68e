package scanner

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/script"
)

// siteChildEnv, when set to "PAGES,LATENCY", makes TestServeSyntheticSite
// serve a realistic synthetic site on loopback: a benchmark then measures
// the crawler alone, sharing the machine's cores with a real server as it
// would in use.
const siteChildEnv = "COOKIESCAN_SYNTHETIC_SITE"

// siteChildLifetime bounds how long a site child serves if its parent
// never closes its standard input.
const siteChildLifetime = 30 * time.Minute

// richSite is syntheticSite with what real sites add around the links:
// every fifth child link goes through a redirect hop that sets a cookie,
// each page has an inline script and references one of a few shared
// external scripts, and links off the site that a crawler must not follow.
func richSite(pages int, latency time.Duration) *syntheticSite {
	return &syntheticSite{n: pages, latency: latency, hopEvery: 5, scripts: 20, traps: true}
}

// TestServeSyntheticSite is the child of the child-process benchmarks and
// of testdata/crawl_vs_wget2.sh; it does nothing unless one started it. It
// prints the site's URL, then serves until its standard input closes.
func TestServeSyntheticSite(t *testing.T) {
	spec := os.Getenv(siteChildEnv)
	if spec == "" {
		return
	}
	pagesText, latencyText, _ := strings.Cut(spec, ",")
	pages, err := strconv.Atoi(pagesText)
	if err != nil || pages < 1 {
		t.Fatalf("%s=%q: want PAGES,LATENCY", siteChildEnv, spec)
	}
	latency, err := time.ParseDuration(latencyText)
	if err != nil {
		t.Fatalf("%s=%q: %v", siteChildEnv, spec, err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: richSite(pages, latency)}
	go srv.Serve(ln)
	fmt.Printf("http://%s\n", ln.Addr())
	stdinClosed := make(chan struct{})
	go func() {
		io.Copy(io.Discard, os.Stdin)
		close(stdinClosed)
	}()
	select {
	case <-stdinClosed:
	case <-time.After(siteChildLifetime):
	}
	srv.Close()
}

// startSiteChild starts the synthetic site in a child process and returns
// its URL; the child ends with the benchmark.
func startSiteChild(b *testing.B, pages int, latency time.Duration) string {
	b.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestServeSyntheticSite$", "-test.count=1")
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d,%s", siteChildEnv, pages, latency))
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		stdin.Close()
		cmd.Wait()
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "http://") {
		b.Fatalf("site child: %q, %v", line, err)
	}
	go io.Copy(io.Discard, stdout)
	return strings.TrimSpace(line)
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkCrawlSiteInChildProcess crawls a 2000-page site with cookies,
// redirect hops, inline and external scripts and off-site links, served
// by a child process over loopback, at 0 and 20 ms of latency a page and
// 8 and 32 requests in flight. The server competes with the crawler for
// the cores as a real one would, and only the crawler's own work is
// counted: ms/page is wall time, cpu-µs/page and allocs/page are this
// process's, and x-floor is how far the crawl is above pages × latency /
// concurrency. With scripts=analysed each script is also analysed as
// `cookiescan scan` analyses it, through CrawlConfig.Scripts.
func BenchmarkCrawlSiteInChildProcess(b *testing.B) {
	const pages = 2000
	for _, latency := range []time.Duration{0, 20 * time.Millisecond} {
		target := startSiteChild(b, pages, latency)
		for _, concurrency := range []int{8, 32} {
			for _, scripts := range []string{"crawled", "analysed"} {
				b.Run(fmt.Sprintf("latency=%s/concurrency=%d/scripts=%s", latency, concurrency, scripts), func(b *testing.B) {
					benchCrawlInChild(b, target, pages, latency, concurrency, scripts == "analysed")
				})
			}
		}
	}
}

// benchCrawlInChild crawls the site at target once per iteration and
// reports the figures of BenchmarkCrawlSiteInChildProcess.
func benchCrawlInChild(b *testing.B, target string, pages int, latency time.Duration, concurrency int, analysed bool) {
	cfg := benchConfig(target+"/p/0", pages)
	cfg.Concurrency = concurrency
	cfg.PerHostRate = unlimitedRate
	if analysed {
		cfg.Scripts = analyse
	}
	var wall, cpu time.Duration
	var mallocs uint64
	var ms runtime.MemStats
	for b.Loop() {
		runtime.ReadMemStats(&ms)
		before, cpuBefore, start := ms.Mallocs, cpuTime(), time.Now()
		ev, err := Crawl(context.Background(), cfg)
		wall += time.Since(start)
		cpu += cpuTime() - cpuBefore
		runtime.ReadMemStats(&ms)
		mallocs += ms.Mallocs - before
		if err != nil {
			b.Fatal(err)
		}
		if ev.Stats.Pages != pages || len(ev.Errors) != 0 || ev.Partial {
			b.Fatalf("crawled %d pages of %d, %d errors, partial %v", ev.Stats.Pages, pages, len(ev.Errors), ev.Partial)
		}
	}
	n := float64(b.N * pages)
	b.ReportMetric(wall.Seconds()/float64(b.N), "s/crawl")
	b.ReportMetric(float64(wall.Microseconds())/1000/n, "ms/page")
	b.ReportMetric(float64(cpu.Microseconds())/n, "cpu-µs/page")
	b.ReportMetric(float64(mallocs)/n, "allocs/page")
	if latency > 0 {
		floor := time.Duration(pages) * latency / time.Duration(concurrency)
		b.ReportMetric(wall.Seconds()/float64(b.N)/floor.Seconds(), "x-floor")
	}
}

// analyse analyses a script as the judgement of a scan does, as the crawl records it.
func analyse(sc *evidence.Script) {
	script.Analyze(sc.Source, script.Options{Line: sc.Line, Col: sc.Col, Logout: sc.Logout})
}
