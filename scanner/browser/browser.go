// Package browser crawls live sites in headless Chromium over the DevTools protocol and records what only run time shows: every response's Set-Cookie lines with the browser's verdict, cookie writes by scripts with their stack, and links that exist only in the rendered page.
//
// One browser runs per crawl, with a fresh profile, and each of
// CrawlConfig.Concurrency tabs visits one page at a time. Every request the
// pages make goes through the Fetch domain, where the crawl's scope and
// per-host rate apply: requests out of scope fail before they leave the
// browser. A script injected before any page script reports each write to
// document.cookie and each cookieStore.set or delete, and each pushState or
// hash route, through a binding.
package browser

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"golang.org/x/net/publicsuffix"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/scanner"
	"github.com/cookiescan/cookiescan/setcookie"
)

// Bounds of a browser crawl that are not configurable.
const (
	maxOutOfScope   = 1000  // entries in Evidence.OutOfScope
	maxLogoutForms  = 100   // entries in Evidence.LogoutForms
	maxLogoutProbes = 5     // logout links and buttons tried by the probe
	maxScripts      = 1000  // distinct external scripts kept
	maxWrites       = 10000 // cookie writes kept per crawl, and recorder reports per page
	maxRoutes       = 100   // routes taken from one page's pushState and hash changes
	maxIssues       = 200   // Issues panel cookie issues kept per request
	maxFrames       = 1000  // frames tracked per page
	maxFrameDepth   = 100   // frames followed up from one to the top
	// settleQuiet is how long a page must have no request in flight to be
	// taken as rendered: long enough for a response's handler to send the
	// next request.
	settleQuiet = 150 * time.Millisecond
)

// executables are the names a Chromium or Chrome is found under on PATH, in
// order of preference.
var executables = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"}

// Config is a browser crawl: the crawl's targets, scope and bounds, and the
// browser to run.
type Config struct {
	// CrawlConfig holds the targets, scope, bounds, headers and cookies, as
	// for a static crawl. Concurrency is the number of tabs [4]; Timeout
	// bounds one page, from navigation until the page is rendered and its
	// requests are done. Sitemap, MaxBodyBytes, MaxDecompressedBytes,
	// MaxRedirects, Transport and EntropySamples do not apply.
	scanner.CrawlConfig
	// Path is the browser executable; empty looks for Chromium or Chrome on
	// PATH.
	Path string

	// crashOn, when set, crashes the tab that visits a URL it accepts, so
	// that tests can see a crash handled.
	crashOn func(url string) bool
}

// DefaultTabs is the number of tabs when CrawlConfig.Concurrency is zero.
const DefaultTabs = 4

// ErrNoBrowser is returned when no browser executable is found.
var ErrNoBrowser = errors.New("no Chromium or Chrome found on PATH: install Debian's chromium package (apt-get install chromium) or give --browser-path")

// Find returns the browser executable to run: path when not empty, else the
// first Chromium or Chrome on PATH.
func Find(path string) (string, error) {
	if path != "" {
		p, err := exec.LookPath(path)
		if err != nil {
			return "", fmt.Errorf("browser %s: %w", path, err)
		}
		return p, nil
	}
	for _, name := range executables {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoBrowser
}

// Crawl visits the targets and the in-scope pages they lead to in headless
// Chromium, breadth first, and returns every response the pages caused
// (with the browser's verdict on each cookie), the scripts they ran, the
// cookie writes those scripts made, and an error line for each URL that
// failed. The error is for an invalid cfg or a browser that does not start.
// When ctx is cancelled or a limit stops the crawl with work left, the
// evidence gathered so far is returned with Partial set.
func Crawl(ctx context.Context, cfg Config) (*evidence.Evidence, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("browser crawl: %w", err)
	}
	path, err := Find(cfg.Path)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	cfg = cfg.withDefaults()
	scope, err := scanner.NewURLScope(cfg.CrawlConfig)
	if err != nil {
		return nil, fmt.Errorf("browser crawl: %w", err)
	}
	// The login runs over HTTP, as in a static crawl; the browser starts
	// with the cookies it left.
	var session *scanner.Session
	if cfg.Login != nil {
		if session, err = scanner.LogIn(ctx, cfg.CrawlConfig); err != nil {
			ev := session.Evidence()
			ev.Stats.Requests, ev.Stats.Lifecycle = session.Requests()
			ev.Stats.Errors, ev.Stats.Duration = len(ev.Errors), time.Since(start)
			return ev, err
		}
	}
	profile, err := os.MkdirTemp("", "cookiescan-chromium-")
	if err != nil {
		return nil, fmt.Errorf("browser profile: %w", err)
	}
	defer os.RemoveAll(profile)

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.WithoutCancel(ctx), allocatorOptions(cfg, path, profile)...)
	defer cancelAlloc()
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()
	// The first run starts the browser and binds its life to browserCtx.
	if err := chromedp.Do(browserCtx); err != nil {
		return nil, fmt.Errorf("start %s: %w", path, err)
	}
	if session != nil {
		err = seedSession(browserCtx, session.Cookies())
	} else {
		err = seedCookies(browserCtx, cfg.CrawlConfig)
	}
	if err != nil {
		return nil, fmt.Errorf("browser cookies: %w", err)
	}
	if cfg.MaxDuration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, cfg.MaxDuration)
		defer cancel()
	}
	c := &crawl{
		cfg:        cfg,
		headers:    extraHeaders(cfg.Headers),
		scope:      scope,
		limiter:    scanner.NewRateLimiter(cfg.PerHostRate),
		browser:    browserCtx,
		ev:         &evidence.Evidence{},
		seen:       map[string]bool{},
		outSeen:    map[string]bool{},
		formSeen:   map[string]bool{},
		scriptSeen: map[string]bool{},
		logoutSeen: map[string]bool{},
	}
	c.run(ctx)
	if ctx.Err() == nil && cfg.LogoutProbe {
		c.probeLogouts(ctx)
	}
	if session != nil {
		c.addSession(ctx, session)
	}
	c.finish(ctx, start)
	return c.ev, nil
}

// addSession runs the session-lifecycle probes with the logout links and
// forms the crawl found, and puts the login's responses before the
// crawl's, as a static crawl has them.
func (c *crawl) addSession(ctx context.Context, session *scanner.Session) {
	var links []string
	for _, l := range c.logouts {
		if l.index < 0 {
			links = append(links, l.page)
		}
	}
	session.ProbeLifecycle(ctx, links, c.logoutForms)
	sev := session.Evidence()
	c.ev.Responses = append(sev.Responses, c.ev.Responses...)
	c.ev.Errors = append(sev.Errors, c.ev.Errors...)
	c.ev.Lifecycle = sev.Lifecycle
	requests, lifecycle := session.Requests()
	c.requests.Add(int64(requests))
	c.lifecycle = lifecycle
}

func (cfg Config) withDefaults() Config {
	if cfg.Concurrency == 0 {
		cfg.Concurrency = DefaultTabs
	}
	if cfg.MaxDepth == 0 {
		cfg.MaxDepth = scanner.DefaultMaxDepth
	}
	cfg.MaxDepth = max(cfg.MaxDepth, 0)
	if cfg.MaxPages == 0 {
		cfg.MaxPages = scanner.DefaultMaxPages
	}
	if cfg.PerHostRate == 0 {
		cfg.PerHostRate = scanner.DefaultPerHostRate
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = scanner.DefaultTimeout
	}
	return cfg
}

// allocatorOptions start a headless browser that makes no connection of
// its own: this machine's network may be closed, and a scan must send
// nothing but the pages' requests.
func allocatorOptions(cfg Config, path, profile string) []chromedp.ExecAllocatorOption {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("mute-audio", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("host-resolver-rules", resolverRules(cfg.CrawlConfig)),
		// Cross-site iframes stay in their page's process, so the tab's
		// interception, recorder and events cover them too.
		chromedp.Flag("disable-site-isolation-trials", true),
		chromedp.Flag("disable-features", "IsolateOrigins,site-per-process"),
	}
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox) // Chromium refuses to run as root with its sandbox
	}
	switch cfg.Proxy {
	case "":
	case "none":
		opts = append(opts, chromedp.Flag("no-proxy-server", true))
	default:
		opts = append(opts, chromedp.ProxyServer(cfg.Proxy))
	}
	if cfg.Insecure {
		opts = append(opts, chromedp.IgnoreCertErrors)
	}
	if cfg.UserAgent != "" {
		opts = append(opts, chromedp.UserAgent(cfg.UserAgent))
	}
	return opts
}

// task is one page for a tab to visit.
type task struct {
	url   string // normalised, with the fragment of a hash route
	depth int
	// logout, when set, makes the visit a logout probe: the tab clicks
	// this control of the page (or, for a link, just visits it).
	logout *logoutControl
}

// logoutControl is a logout link or button found on a page.
type logoutControl struct {
	page  string
	index int // among the page's clickable elements; -1 for a link, which is visited
	label string
}

// key identifies a logout control across pages.
func (l *logoutControl) key() string {
	if l.index < 0 {
		return l.page
	}
	return l.label
}

// crawl is one browser crawl. Its fields below ev are owned by the
// goroutine running Crawl; tabs share the fields above it.
type crawl struct {
	cfg      Config
	scope    *scanner.URLScope
	limiter  *scanner.RateLimiter
	browser  context.Context
	requests atomic.Int64
	// headers are the crawl's headers but Cookie, added to in-scope requests.
	headers []*fetch.HeaderEntry

	scriptMu   sync.Mutex
	scriptSeen map[string]bool // external scripts kept, by URL

	ev         *evidence.Evidence
	queue      []task
	seen       map[string]bool
	pages      int
	outSeen    map[string]bool
	formSeen   map[string]bool
	logoutSeen map[string]bool
	logouts    []*logoutControl
	// logoutForms are the POST logout forms found, with their pages.
	logoutForms []scanner.LogoutForm
	lifecycle   int  // requests of the login and the lifecycle probes
	dropped     bool // a page was left out by MaxPages
}

// claimScript reports whether the external script at u is new and under the cap.
func (c *crawl) claimScript(u string) bool {
	c.scriptMu.Lock()
	defer c.scriptMu.Unlock()
	if c.scriptSeen[u] || len(c.scriptSeen) >= maxScripts {
		return false
	}
	c.scriptSeen[u] = true
	return true
}

// enqueue queues an in-scope page not seen before, within MaxPages.
func (c *crawl) enqueue(t task) {
	if t.depth > c.cfg.MaxDepth || c.seen[t.url] {
		return
	}
	if len(c.seen) >= c.cfg.MaxPages {
		c.dropped = true
		return
	}
	c.seen[t.url] = true
	c.queue = append(c.queue, t)
}

// run seeds the queue with the targets and hands pages to the tabs until
// nothing is left or ctx is done. A visit in flight always ends (it
// observes ctx), so no tab outlives run.
func (c *crawl) run(ctx context.Context) {
	for _, t := range c.cfg.Targets {
		if key, ok := scanner.Normalise(strings.TrimSpace(t)); ok {
			c.enqueue(task{url: key})
		}
	}
	tasks := make(chan task)
	results := make(chan *visit)
	var wg sync.WaitGroup
	for range c.cfg.Concurrency {
		wg.Go(func() { c.worker(ctx, tasks, results) })
	}
	inflight, done := 0, ctx.Done()
	for {
		var send chan<- task
		var next task
		if len(c.queue) > 0 && ctx.Err() == nil {
			send, next = tasks, c.queue[0]
		}
		if send == nil && inflight == 0 {
			break
		}
		select {
		case send <- next:
			c.queue = c.queue[1:]
			inflight++
		case v := <-results:
			inflight--
			c.merge(v)
		case <-done:
			done = nil // the loop now only collects what is in flight
		}
	}
	close(tasks)
	wg.Wait()
}

// worker visits pages in one tab, opening a new tab when one crashes.
func (c *crawl) worker(ctx context.Context, tasks <-chan task, results chan<- *visit) {
	var t *tab
	defer func() {
		if t != nil {
			t.close()
		}
	}()
	for tk := range tasks {
		if t == nil {
			var err error
			if t, err = c.newTab(); err != nil {
				t = nil
				results <- &visit{task: tk, errs: []*evidence.TargetError{{Target: tk.url, Err: fmt.Errorf("open a tab: %w", err)}}}
				continue
			}
		}
		v := t.visit(ctx, tk)
		if v.crashed {
			t.close()
			t = nil
		}
		results <- v
	}
}

// merge adds a tab's visit to the evidence and queues the pages it found.
func (c *crawl) merge(v *visit) {
	c.pages++
	c.ev.Responses = append(c.ev.Responses, v.responses...)
	c.ev.Scripts = append(c.ev.Scripts, v.scripts...)
	c.ev.Errors = append(c.ev.Errors, v.errs...)
	for _, w := range v.writes {
		if len(c.ev.CookieWrites) < maxWrites {
			c.ev.CookieWrites = append(c.ev.CookieWrites, w)
		}
	}
	for _, u := range v.outOfScope {
		addDistinct(&c.ev.OutOfScope, c.outSeen, u, maxOutOfScope)
	}
	for _, f := range v.logoutForms {
		if !c.formSeen[f.Action] && len(c.logoutForms) < maxLogoutForms {
			c.formSeen[f.Action] = true
			c.ev.LogoutForms = append(c.ev.LogoutForms, f.Action)
			c.logoutForms = append(c.logoutForms, f)
		}
	}
	for _, l := range v.logouts {
		if !c.logoutSeen[l.key()] && len(c.logouts) < maxLogoutProbes {
			c.logoutSeen[l.key()] = true
			c.logouts = append(c.logouts, l)
		}
		if l.index < 0 {
			c.seen[l.page] = true // a logout link is never crawled as a page
		}
	}
	if v.task.depth < c.cfg.MaxDepth {
		for _, u := range v.links {
			c.enqueue(task{url: u, depth: v.task.depth + 1})
		}
	}
	if c.cfg.Progress != nil {
		c.cfg.Progress(scanner.CrawlProgress{Pages: c.pages, Queued: len(c.queue), Errors: len(c.ev.Errors), Requests: int(c.requests.Load())})
	}
}

// addDistinct appends u to list unless seen, while list is under limit.
func addDistinct(list *[]string, seen map[string]bool, u string, limit int) {
	if !seen[u] && len(*list) < limit {
		seen[u] = true
		*list = append(*list, u)
	}
}

// probeLogouts visits each logout link found and clicks each logout
// button, in the order found, with the crawl's cookies, one at a time.
func (c *crawl) probeLogouts(ctx context.Context) {
	if len(c.logouts) == 0 {
		return
	}
	t, err := c.newTab()
	if err != nil {
		c.ev.Errors = append(c.ev.Errors, &evidence.TargetError{Target: c.logouts[0].page, Err: fmt.Errorf("logout probe: open a tab: %w", err)})
		return
	}
	defer t.close()
	for _, l := range c.logouts {
		if ctx.Err() != nil {
			return
		}
		v := t.visit(ctx, task{url: l.page, logout: l})
		v.links = nil
		c.merge(v)
		c.pages--
		if v.crashed {
			if t, err = c.newTab(); err != nil {
				return
			}
		}
	}
}

// finish fills in the statistics and whether the crawl was cut short.
func (c *crawl) finish(ctx context.Context, start time.Time) {
	ev := c.ev
	ev.Partial = ctx.Err() != nil || c.dropped || len(c.queue) > 0
	cookies := 0
	for _, r := range ev.Responses {
		cookies += len(r.SetCookie)
	}
	ev.Stats = evidence.CrawlStats{
		Pages:     c.pages,
		Requests:  int(c.requests.Load()),
		Lifecycle: c.lifecycle,
		Errors:    len(ev.Errors),
		Duration:  time.Since(start),
		Cookies:   cookies,
		Scripts:   len(ev.Scripts),
	}
	slices.SortStableFunc(ev.CookieWrites, func(a, b *evidence.CookieWrite) int {
		return strings.Compare(a.Page, b.Page)
	})
	if c.cfg.Progress != nil {
		c.cfg.Progress(scanner.CrawlProgress{Pages: c.pages, Errors: len(ev.Errors), Requests: ev.Stats.Requests})
	}
}

// extraHeaders lists the crawl's headers but Cookie, whose cookies the
// browser's jar holds, in a stable order.
func extraHeaders(h http.Header) []*fetch.HeaderEntry {
	var out []*fetch.HeaderEntry
	for _, name := range slices.Sorted(maps.Keys(h)) {
		if !strings.EqualFold(name, "Cookie") {
			out = append(out, &fetch.HeaderEntry{Name: name, Value: strings.Join(h[name], ", ")})
		}
	}
	return out
}

// withHeaders is a request's headers with the crawl's added, replacing
// those of the same name; nil, leaving the request as it is, when the
// crawl has none.
func (c *crawl) withHeaders(request network.Headers) []*fetch.HeaderEntry {
	if len(c.headers) == 0 {
		return nil
	}
	out := slices.Clone(c.headers)
	for name, value := range request {
		if !slices.ContainsFunc(c.headers, func(e *fetch.HeaderEntry) bool { return strings.EqualFold(e.Name, name) }) {
			s, _ := value.(string)
			out = append(out, &fetch.HeaderEntry{Name: name, Value: s})
		}
	}
	return out
}

// resolverRules let the browser resolve the start hosts' names (and,
// with ScopeDomain, their registrable domains') only: requests that pass
// by the Fetch domain, WebSockets among them, cannot reach a host out of
// scope.
func resolverRules(cfg scanner.CrawlConfig) string {
	rules := []string{"MAP * ~NOTFOUND"}
	for _, t := range cfg.Targets {
		u, err := url.Parse(strings.TrimSpace(t))
		if err != nil {
			continue
		}
		host := strings.ToLower(u.Hostname())
		rules = append(rules, "EXCLUDE "+host)
		if cfg.Scope == scanner.ScopeDomain && net.ParseIP(host) == nil {
			if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
				rules = append(rules, "EXCLUDE "+d, "EXCLUDE *."+d)
			}
		}
	}
	return strings.Join(rules, ", ")
}

// seedSession stores the cookies of a logged-in session in the browser,
// with the attributes the server gave them.
func seedSession(ctx context.Context, cookies []scanner.SessionCookie) error {
	for _, c := range cookies {
		p := &network.CookieParam{
			Name: c.Name, Value: c.Value, URL: c.URL, Path: c.Path,
			Secure: c.Secure, HTTPOnly: c.HTTPOnly,
		}
		if !c.HostOnly {
			p.Domain = "." + c.Domain
		}
		switch c.SameSite {
		case setcookie.SameSiteStrict:
			p.SameSite = network.CookieSameSiteStrict
		case setcookie.SameSiteLax:
			p.SameSite = network.CookieSameSiteLax
		case setcookie.SameSiteNone:
			p.SameSite = network.CookieSameSiteNone
		}
		if c.Persistent {
			p.Expires = cdp.TimeSinceEpoch(float64(c.Expires.UnixMilli()) / 1000)
		}
		if _, err := chromedp.CallBrowser(ctx, storage.SetCookies, storage.SetCookiesParams{Cookies: []*network.CookieParam{p}}); err != nil {
			return fmt.Errorf("the session cookie %q was not stored: %w", c.Name, err)
		}
	}
	return nil
}

// seedCookies stores the configured cookies (Cookies and Cookie headers)
// as host-only cookies of each start origin with Path=/, Secure for https,
// as a static crawl does.
func seedCookies(ctx context.Context, cfg scanner.CrawlConfig) error {
	var pairs [][2]string
	for _, s := range append(cfg.Headers.Values("Cookie"), cfg.Cookies) {
		for p := range strings.SplitSeq(s, ";") {
			if name, value, ok := strings.Cut(strings.Trim(p, " \t"), "="); ok {
				pairs = append(pairs, [2]string{strings.Trim(name, " \t"), value}) // Validate has checked them
			}
		}
	}
	if len(pairs) == 0 {
		return nil
	}
	origins := map[string]bool{}
	for _, t := range cfg.Targets {
		u, err := url.Parse(strings.TrimSpace(t))
		if err != nil || origins[u.Scheme+"://"+u.Host] {
			continue
		}
		origin := u.Scheme + "://" + u.Host
		origins[origin] = true
		secure := u.Scheme == "https"
		for i, p := range pairs {
			if _, err := chromedp.CallBrowser(ctx, storage.SetCookies, storage.SetCookiesParams{Cookies: []*network.CookieParam{{
				Name: p[0], Value: p[1], URL: origin + "/", Path: "/", Secure: secure,
			}}}); err != nil {
				return fmt.Errorf("%s: configured cookie %d was not stored: %w", origin, i+1, err)
			}
		}
	}
	return nil
}
