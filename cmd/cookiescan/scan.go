package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/net/http/httpguts"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/report"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
	"github.com/cookiescan/cookiescan/scanner/browser"
)

// scanCommand crawls live targets and judges every cookie a browser would meet.
func (a *app) scanCommand() *cobra.Command {
	cmd := a.command("scan [flags] URL...", "crawl live sites (staging) and judge their cookies", everyReportFlag)
	fs := cmd.Flags()
	var secrets secretsFlag
	secrets.register(fs)
	var (
		cfg       scanner.CrawlConfig
		listFiles []string
		harFiles  []string
		headers   []string
		includes  []string
		excludes  []string
		scope     string
		noLogout  bool
		noSitemap bool
		verbose   bool
		shard     string
		inBrowser bool
		browserAt string
		harOut    string
	)
	fs.StringArrayVarP(&listFiles, "list", "l", nil, "read start URLs from FILE, one a line (- is stdin); repeatable")
	fs.StringArrayVar(&harFiles, "har", nil, "also judge the responses in this HAR file; repeatable")
	fs.StringVar(&scope, "scope", "host", "how far to crawl: host (the start hosts) or domain (their registrable domains)")
	fs.StringArrayVar(&includes, "include", nil, "crawl only URLs matching this regular expression; repeatable")
	fs.StringArrayVar(&excludes, "exclude", nil, "never crawl URLs matching this regular expression (checked first); repeatable")
	fs.IntVar(&cfg.MaxDepth, "depth", scanner.DefaultMaxDepth, "links to follow away from a start URL (0: the start URLs only)")
	fs.IntVar(&cfg.MaxPages, "max-pages", scanner.DefaultMaxPages, "pages to fetch at most")
	fs.IntVar(&cfg.Concurrency, "concurrency", scanner.DefaultConcurrency, "requests in flight at once")
	fs.Float64Var(&cfg.PerHostRate, "rate", scanner.DefaultPerHostRate, "requests per second to one host at most")
	fs.DurationVar(&cfg.Timeout, "timeout", scanner.DefaultTimeout, "time limit for one request, body included")
	fs.Int64Var(&cfg.MaxBodyBytes, "max-body", scanner.DefaultMaxBodyBytes, "bytes read of one response body at most")
	fs.Int64Var(&cfg.MaxDecompressedBytes, "max-decompressed", scanner.DefaultMaxDecompressedBytes, "bytes of one body once decompressed at most")
	fs.IntVar(&cfg.MaxRedirects, "max-redirects", scanner.DefaultMaxRedirects, "redirects followed from one request")
	fs.DurationVar(&cfg.MaxDuration, "max-duration", 0, "stop the crawl after this long and report what was found (0: no limit)")
	fs.StringArrayVarP(&headers, "header", "H", nil, "send 'Name: value' with every in-scope request; repeatable")
	fs.StringVar(&cfg.Cookies, "cookie", "", "start with these cookies ('a=b; c=d'), as host-only cookies of each start host")
	fs.StringVar(&cfg.Proxy, "proxy", "", "proxy URL; none ignores the environment's proxy settings")
	fs.BoolVar(&cfg.Insecure, "insecure", false, "accept any TLS certificate (self-signed staging sites)")
	fs.StringVar(&cfg.UserAgent, "user-agent", "", "User-Agent header (default: cookiescan/VERSION)")
	fs.BoolVar(&noLogout, "no-logout-probe", false, "do not request the logout links found, even at the end")
	fs.BoolVar(&noSitemap, "no-sitemap", false, "do not read /sitemap.xml")
	fs.BoolVarP(&verbose, "verbose", "v", false, "progress and summary on stderr even when it is not a terminal")
	fs.IntVar(&cfg.EntropySamples, "entropy-samples", 20, "ask this many times, without cookies, for a page that issued a session cookie, to judge its randomness (0: never)")
	fs.StringVar(&shard, "shard", "", "scan only share K of N of the targets (K/N), for running one scan as N parallel jobs")
	fs.BoolVar(&inBrowser, "browser", false, "crawl in headless Chromium: also cookies set by XHR and fetch, written by scripts at run time, and pages only the rendered page links to (--concurrency is then the number of tabs, 4 by default)")
	fs.StringVar(&browserAt, "browser-path", "", "the Chromium or Chrome to run with --browser (default: chromium on PATH)")
	fs.StringVar(&harOut, "har-out", "", "also write the responses the scan received to FILE as HAR, values redacted unless --show-values, to debug a scan or its login")
	var login loginFlags
	login.register(fs)
	cmd.RunE = a.runE(func(cmd *cobra.Command, args []string) (int, error) {
		ctx, stderr, out := a.ctx, a.stderr, &a.out
		judge, dests, err := out.setUp(fs.Changed, &secrets)
		if err != nil {
			return exitError, err
		}
		cfg.Targets = args
		for _, f := range listFiles {
			urls, err := readURLList(f, a.stdin)
			if err != nil {
				return exitError, usageError{fmt.Errorf("-l %s: %w", f, err)}
			}
			cfg.Targets = append(cfg.Targets, urls...)
		}
		if len(cfg.Targets) == 0 {
			return exitError, usageError{errors.New("scan needs at least one URL (or -l FILE)")}
		}
		if shard != "" {
			k, n, err := parseShard(shard)
			if err != nil {
				return exitError, usageError{err}
			}
			cfg.Targets = slices.DeleteFunc(cfg.Targets, func(t string) bool { return !inShard(t, k, n) })
			if len(cfg.Targets) == 0 {
				// An empty share is a normal outcome of sharding a short list.
				empty := &report.Result{Tool: report.Tool{Name: "cookiescan", Version: version()}, Rules: rules.All}
				empty.Stats = stats(empty, time.Now(), 0, 0, 0)
				return exitClean, a.write(empty, dests, judge.failOn)
			}
		}
		switch scope {
		case "host":
			cfg.Scope = scanner.ScopeHost
		case "domain":
			cfg.Scope = scanner.ScopeDomain
		default:
			return exitError, usageError{fmt.Errorf("--scope %q: want host or domain", scope)}
		}
		if cfg.Include, err = compileAll("--include", includes); err != nil {
			return exitError, usageError{err}
		}
		if cfg.Exclude, err = compileAll("--exclude", excludes); err != nil {
			return exitError, usageError{err}
		}
		if cfg.Headers, err = parseHeaders(headers); err != nil {
			return exitError, usageError{err}
		}
		// The crawler reads 0 as "default"; on the command line 0 means none.
		if cfg.MaxDepth == 0 {
			cfg.MaxDepth = -1
		}
		if cfg.MaxRedirects == 0 {
			cfg.MaxRedirects = -1
		}
		cfg.SampleCookie = func(name, value string) bool {
			return judge.classifier.Classify(name, value) == rules.ClassSession
		}
		cfg.LogoutProbe = !noLogout
		cfg.Sitemap = !noSitemap
		if cfg.UserAgent == "" {
			cfg.UserAgent = "cookiescan/" + version() + " (+https://github.com/cookiescan/cookiescan)"
		}
		if err := judge.conf.applyScan(&cfg, fs.Changed); err != nil {
			return exitError, err
		}
		judge.conf.applyLogin(&login, fs.Changed)
		if cfg.Login, err = login.build(os.LookupEnv, judge.classifier); err != nil {
			return exitError, usageError{err}
		}
		if err := cfg.Validate(); err != nil {
			return exitError, usageError{err}
		}

		progress := newProgressLine(stderr, verbose)
		cfg.Progress = progress.update
		started := time.Now()
		// The judgement begins with the crawl, as of its start: it analyses each script the crawl records.
		judgement := newScanJudgement(judge.options(started, out.showValues))
		defer judgement.stop(nil)
		cfg.Scripts = judgement.AddScript
		if !inBrowser && cfg.Login == nil {
			// Only a login's session probes, which come last, add to what
			// a response is judged with (Evidence.Lifecycle).
			cfg.Responses = judgement.judgeResponses()
		}
		var ev *evidence.Evidence
		if inBrowser {
			if !fs.Changed("concurrency") && cfg.Concurrency == scanner.DefaultConcurrency {
				cfg.Concurrency = browser.DefaultTabs
			}
			ev, err = browser.Crawl(ctx, browser.Config{CrawlConfig: cfg, Path: browserAt})
		} else {
			ev, err = scanner.Crawl(ctx, cfg)
		}
		judged := judgement.crawled()
		progress.done()
		if harOut != "" && ev != nil {
			if err := writeHAROut(harOut, ev, started, out.showValues); err != nil {
				return exitError, fmt.Errorf("--har-out: %w", err)
			}
		}
		if err != nil {
			return exitError, err
		}
		if len(harFiles) > 0 {
			files := scanner.LoadFiles(ctx, harFiles, scanner.LoadOptions{})
			ev.Responses = append(ev.Responses, files.Responses...)
			ev.Errors = append(ev.Errors, files.Errors...)
		}
		outcome := judgement.finish(ev, judged, cfg.MaxDuration, started, time.Now())
		triaged := judge.triage(outcome.Findings)
		result := newResult(ctx, append(cfg.Targets, harFiles...), ev, outcome, triaged.shown, judge.ruleSet, started)
		fetched := fetchedAnything(ev)
		if !fetched {
			// Exit 2 always comes with a partial report that says why.
			result.Partial = true
			result.Errors = append(result.Errors, "nothing in scope could be fetched")
			result.Stats.Errors = len(result.Errors)
		}
		if progress.visible {
			requests := fmt.Sprintf("%d requests", ev.Stats.Requests)
			if ev.Stats.Lifecycle > 0 {
				requests += fmt.Sprintf(" (%d to log in and probe the session)", ev.Stats.Lifecycle)
			}
			fmt.Fprintf(stderr, "scanned %d pages with %s: %d cookies, %d scripts, %d errors in %s\n",
				ev.Stats.Pages, requests, ev.Stats.Cookies, ev.Stats.Scripts, ev.Stats.Errors, ev.Stats.Duration.Round(time.Millisecond))
			for _, s := range result.Skipped {
				fmt.Fprintf(stderr, "skipped (%s, met %d times): %s\n", s.Reason, s.Count, s.URL)
			}
		}
		if err := a.write(result, dests, judge.failOn); err != nil {
			return exitError, err
		}
		triaged.writeNotes(stderr)
		switch {
		case !fetched:
			fmt.Fprintln(stderr, "cookiescan: nothing in scope could be fetched")
			return exitError, nil
		case ctx.Err() != nil:
			return exitError, nil
		}
		return triaged.exitCode(), nil
	})
	return cmd
}

// scanJudgement judges a crawl: its scripts as the crawl records them
// (CrawlConfig.Scripts), while it waits on the network and right after
// each was parsed, its responses as they are added to the evidence
// (CrawlConfig.Responses) where nothing the crawl learns later changes
// their judging, and the rest once the crawl is over (finish).
type scanJudgement struct {
	*rules.Judgement
	stop context.CancelCauseFunc
	// handed carries the responses of judgeResponses to the goroutine
	// judging them, which sends on judged how many it judged.
	handed chan *evidence.Response
	judged chan int
}

// handedResponses is how many responses the crawl may hand over ahead of
// their judging: two parts of the judgement, so that the crawl rarely
// waits while a part is judged.
const handedResponses = 2048

// idlePart is how many responses waiting for their judging make a part
// when none is being handed over.
const idlePart = 256

func newScanJudgement(opts rules.Options) *scanJudgement {
	ctx, stop := context.WithCancelCause(context.Background())
	return &scanJudgement{Judgement: rules.NewJudgement(ctx, opts), stop: stop}
}

// judgeResponses starts judging responses on a goroutine of its own and
// returns the hook that hands them over, in order.
func (s *scanJudgement) judgeResponses() func(*evidence.Response) {
	s.handed, s.judged = make(chan *evidence.Response, handedResponses), make(chan int, 1)
	go func() {
		n := 0
		for {
			var r *evidence.Response
			var ok bool
			select {
			case r, ok = <-s.handed:
			default:
				// Nothing to take for now: judge what waits, so that
				// less is left for after the crawl.
				s.JudgePending(idlePart)
				r, ok = <-s.handed
			}
			if !ok {
				s.judged <- n
				return
			}
			s.Add(r)
			n++
		}
	}()
	return func(r *evidence.Response) { s.handed <- r }
}

// crawled ends the handing over of judgeResponses, if it was started, and
// returns how many responses were handed over, once they are judged.
func (s *scanJudgement) crawled() int {
	if s.handed == nil {
		return 0
	}
	close(s.handed)
	return <-s.judged
}

// finish judges ev, which a crawl begun at started handed over at now,
// within --max-duration: the judging ends when the duration since started
// has passed, yet has at least a tenth of the duration after now, so that
// a crawl stopped by the bound is still judged in part. Without a bound,
// judging is not limited. The first judged responses of ev were judged
// as the crawl handed them over.
func (s *scanJudgement) finish(ev *evidence.Evidence, judged int, maxDuration time.Duration, started, now time.Time) *rules.Outcome {
	if maxDuration > 0 {
		deadline := started.Add(maxDuration)
		if least := now.Add(maxDuration / 10); deadline.Before(least) {
			deadline = least
		}
		timer := time.AfterFunc(deadline.Sub(now), func() { s.stop(fmt.Errorf("max duration %s", maxDuration)) })
		defer timer.Stop()
	}
	if judged == 0 {
		return s.Judge(ev)
	}
	for _, r := range ev.Responses[judged:] {
		s.Add(r)
	}
	return s.Finish(ev)
}

// fetchedAnything reports whether any in-scope page answered without a server error.
func fetchedAnything(ev *evidence.Evidence) bool {
	for _, r := range ev.Responses {
		if r.File == "" && r.Status > 0 && r.Status < 500 {
			return true
		}
	}
	return false
}

// readURLList reads one URL a line, skipping blank lines and # comments.
func readURLList(path string, stdin io.Reader) ([]string, error) {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	var urls []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			urls = append(urls, line)
		}
	}
	return urls, sc.Err()
}

func compileAll(flag string, patterns []string) ([]*regexp.Regexp, error) {
	var out []*regexp.Regexp
	for _, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("%s %q: %w", flag, p, err)
		}
		out = append(out, re)
	}
	return out, nil
}

// parseHeaders reads -H values. A value may be a credential, and a typo can
// put it in the name: errors say what is wrong and which -H, never the text.
func parseHeaders(lines []string) (http.Header, error) {
	h := http.Header{}
	for i, line := range lines {
		name, value, ok := strings.Cut(line, ":")
		name = strings.TrimSpace(name)
		var problem string
		switch {
		case !ok:
			problem = "no colon after the header name"
		case name == "":
			problem = "no header name before the colon"
		case strings.ContainsAny(name, " \t"):
			problem = "a space in the header name"
		case !httpguts.ValidHeaderFieldName(name):
			problem = "a character not allowed in a header name"
		}
		if problem != "" {
			return nil, fmt.Errorf("-H #%d: %s (want 'Name: value')", i+1, problem)
		}
		h.Add(name, strings.TrimSpace(value))
	}
	return h, nil
}
