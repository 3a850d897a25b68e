package scanner

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"net/http"
	"net/url"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/http/httpguts"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/setcookie"
)

// Crawl defaults, applied when the CrawlConfig field is zero.
const (
	DefaultMaxDepth             = 5
	DefaultMaxPages             = 1000
	DefaultConcurrency          = 8
	DefaultPerHostRate          = 20 // requests per second
	DefaultTimeout              = 15 * time.Second
	DefaultMaxBodyBytes         = 5 << 20
	DefaultMaxDecompressedBytes = 20 << 20
	DefaultMaxRedirects         = 10
)

// Crawl bounds that are not configurable.
const (
	maxOutOfScope   = 1000  // entries in Evidence.OutOfScope
	maxLogoutForms  = 100   // entries in Evidence.LogoutForms
	maxLogoutProbes = 5     // logout URLs requested by the probe
	maxScripts      = 1000  // distinct same-origin external scripts fetched
	maxSitemapURLs  = 10000 // <loc> entries read from one sitemap
	progressEvery   = 100 * time.Millisecond
	unlimitedRate   = 1e9 // requests per second beyond which no wait is worth making
)

// CrawlConfig says what to crawl and within which bounds. The zero value of
// every field but Targets is valid and means its default.
type CrawlConfig struct {
	// Targets are the start URLs, http or https. They are fetched even
	// when Include or Exclude would leave them out.
	Targets []string
	// Sitemap fetches /sitemap.xml of each start host (scheme, host and
	// port) once, as it does the targets, and crawls its <loc> URLs (the
	// first 10 000, those in scope) at depth 1.
	Sitemap bool

	// Scope is how far from the start hosts the crawl may go [ScopeHost].
	Scope Scope
	// Include, when not empty, limits the crawl to URLs that match one of
	// them; Exclude removes URLs that match any, and is checked first.
	// Both are matched against the whole normalised URL.
	Include, Exclude []*regexp.Regexp

	// MaxDepth is how many links away from a start URL the crawl goes [5];
	// negative means the start URLs only. A redirect keeps the depth of the
	// request that led to it.
	MaxDepth int
	// MaxPages bounds the pages fetched, a redirect chain being one page [1000].
	MaxPages int
	// Concurrency is how many requests may be in flight at once [8].
	Concurrency int
	// PerHostRate is the most requests per second sent to one host [20].
	PerHostRate float64
	// Timeout bounds each request, headers and body [15 s].
	Timeout time.Duration
	// MaxBodyBytes bounds the bytes read of one body as transferred [5 MB].
	MaxBodyBytes int64
	// MaxDecompressedBytes bounds a gzip body once decompressed [20 MB].
	MaxDecompressedBytes int64
	// MaxRedirects bounds the redirects followed from one request [10];
	// negative means none are followed.
	MaxRedirects int
	// MaxDuration stops the crawl after this long, returning partial
	// evidence [0: no limit].
	MaxDuration time.Duration

	// Headers are sent with every request, for authenticated scans. Every
	// request goes to an in-scope URL, so they never leave the scope. A
	// Cookie header here is treated as Cookies is. Host may not be set.
	Headers http.Header
	// Cookies ("a=b; c=d") are stored in the crawl's cookie jar before the
	// first request, as host-only cookies of each start host with Path=/
	// (and Secure for https), so the server may replace or delete them as it
	// would in a browser. Their values appear in no error.
	Cookies string
	// UserAgent is the User-Agent header
	// ["cookiescan/<version> (+https://github.com/cookiescan/cookiescan)"].
	UserAgent string
	// Proxy is the proxy URL; "" uses HTTP_PROXY, HTTPS_PROXY and NO_PROXY
	// from the environment, "none" connects directly.
	Proxy string
	// Insecure skips TLS certificate verification.
	Insecure bool
	// Transport, when not nil, sends the requests as is, and Proxy and
	// Insecure are ignored. It should honour request contexts and must not
	// decompress bodies the request asked for (net/http's Transport does
	// not when the request sets Accept-Encoding, as the crawler does).
	Transport http.RoundTripper

	// Now is the cookie jar's clock, which also reads Retry-After dates [time.Now].
	Now func() time.Time

	// LogoutProbe requests each distinct logout URL found (at most 5) once
	// at the end of the crawl, with the crawl's cookies, following
	// redirects; its responses have Logout set. Logout links are never
	// followed during the crawl, and POST logout forms are never submitted.
	LogoutProbe bool

	// Login, when not nil, logs in before the crawl, which then runs as the
	// logged-in client; a login that does not succeed ends Crawl with a
	// *LoginError before any page is crawled. With Login.Lifecycle, the
	// session-lifecycle probes run after the crawl (and after the logout
	// probe), their requests counted in the progress and the stats.
	Login *LoginConfig

	// EntropySamples, when positive, asks again, that many times and
	// without cookies, for the first URL that set each cookie SampleCookie
	// selects (at most 5 cookies), and keeps the values each fresh client
	// got in Evidence.Samples, so that the randomness of session IDs can be
	// judged.
	EntropySamples int
	// SampleCookie selects the cookies to sample; nil selects none.
	SampleCookie func(name, value string) bool

	// Scripts, when not nil, receives each script the crawl records as
	// soon as it is turned into JavaScript, on the goroutine that read it,
	// so that it can be analysed while other requests are in flight and
	// right after script.ToJavaScript parsed it (which lets script.Analyze
	// reuse that parse). It is called concurrently and must not change the
	// script, which is in Evidence.Scripts too.
	Scripts func(*evidence.Script)

	// Responses, when not nil, receives each response as it is added to
	// Evidence.Responses, in that order, on the goroutine running the
	// crawl, so that responses can be judged while the crawl goes on. It
	// must not block for long, nor change the response.
	Responses func(*evidence.Response)

	// Progress, when not nil, is called about ten times a second through
	// every part of the crawl (login, sampling and probes included) and
	// once at its end, never concurrently.
	Progress func(CrawlProgress)

	hooks *crawlHooks
}

// CrawlProgress is a snapshot of a running crawl, for a progress line.
type CrawlProgress struct {
	Pages    int // pages fetched
	Queued   int // pages and scripts waiting
	Errors   int // error lines so far
	Requests int // requests sent
	// Lifecycle counts those of Requests sent by the login and the
	// session-lifecycle probes.
	Lifecycle int
	Rate      float64 // requests per second since the start
}

// Validate reports every problem with the configuration, or nil.
func (c CrawlConfig) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if len(c.Targets) == 0 {
		bad("no targets")
	}
	for i, t := range c.Targets {
		if _, err := parseTarget(t); err != nil {
			// A target can carry a password in its userinfo: name it by position.
			bad("target #%d: %v", i+1, err)
		}
	}
	if c.Scope != ScopeHost && c.Scope != ScopeDomain {
		bad("unknown scope %d", int(c.Scope))
	}
	for i, re := range c.Include {
		if re == nil {
			bad("Include[%d] is nil", i)
		}
	}
	for i, re := range c.Exclude {
		if re == nil {
			bad("Exclude[%d] is nil", i)
		}
	}
	for _, f := range []struct {
		name string
		v    int64
	}{
		{"MaxPages", int64(c.MaxPages)}, {"Concurrency", int64(c.Concurrency)},
		{"Timeout", int64(c.Timeout)}, {"MaxBodyBytes", c.MaxBodyBytes},
		{"MaxDecompressedBytes", c.MaxDecompressedBytes}, {"MaxDuration", int64(c.MaxDuration)},
	} {
		if f.v < 0 {
			bad("%s is negative", f.name)
		}
	}
	if c.PerHostRate < 0 || math.IsNaN(c.PerHostRate) {
		bad("PerHostRate must be a positive number of requests per second")
	}
	if _, err := proxyFunc(c.Proxy); err != nil {
		bad("Proxy: %v", err)
	}
	for name, values := range c.Headers {
		switch {
		case !httpguts.ValidHeaderFieldName(name):
			bad("a header name of %d bytes has a character not allowed in header names", len(name)) // it may hold a credential
		case http.CanonicalHeaderKey(name) == "Host":
			bad("header Host may not be set: it would send the request to another host than the scope allows")
		}
		for _, v := range values {
			if !httpguts.ValidHeaderFieldValue(v) {
				bad("header %s has a value with a control character", name) // the value may be a credential: not shown
			}
		}
	}
	for _, s := range c.cookieSources() {
		if _, err := parseCookiePairs(s); err != nil {
			errs = append(errs, err)
		}
	}
	if !httpguts.ValidHeaderFieldValue(c.UserAgent) {
		bad("UserAgent has a control character")
	}
	if c.Login != nil {
		errs = append(errs, c.Login.validate(c.scope())...)
	}
	return errors.Join(errs...)
}

// scope builds the scope of the valid targets.
func (c CrawlConfig) scope() *crawlScope {
	var starts []normURL
	for _, t := range c.Targets {
		if u, err := parseTarget(t); err == nil {
			if n, ok := normaliseURL(u); ok {
				starts = append(starts, n)
			}
		}
	}
	return newCrawlScope(c.Scope, starts, c.Include, c.Exclude)
}

// parseTarget reads a start URL.
func parseTarget(s string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil {
		return nil, errors.New("not a valid URL")
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	case "":
		return nil, errors.New("missing scheme (http:// or https://)")
	default:
		// What reads as a scheme may be the user name of user:password@host.
		return nil, errors.New("the scheme is not http or https")
	}
	if u.Hostname() == "" {
		return nil, errors.New("missing host")
	}
	return u, nil
}

// proxyFunc reads CrawlConfig.Proxy.
func proxyFunc(s string) (func(*http.Request) (*url.URL, error), error) {
	switch s {
	case "":
		return http.ProxyFromEnvironment, nil
	case "none":
		return nil, nil
	}
	// The URL may carry a password: errors describe it and never repeat it.
	u, err := url.Parse(s)
	if err != nil {
		return nil, errors.New("not a valid URL")
	}
	switch u.Scheme {
	case "http", "https", "socks5", "socks5h":
	default:
		return nil, errors.New("the URL does not start with http://, https://, socks5:// or socks5h://")
	}
	if u.Host == "" {
		return nil, errors.New("missing host")
	}
	return http.ProxyURL(u), nil
}

// cookieSources lists the cookie strings given: Cookie headers, then Cookies.
func (c CrawlConfig) cookieSources() []string {
	return append(slices.Clone(c.Headers.Values("Cookie")), c.Cookies)
}

// parseCookiePairs reads "a=b; c=d". Errors name the pair by position, never its value.
func parseCookiePairs(s string) ([]string, error) {
	var pairs []string
	for i, p := range strings.Split(s, ";") {
		p = strings.Trim(p, " \t")
		if p == "" {
			continue
		}
		name, _, ok := strings.Cut(p, "=")
		switch {
		case !ok:
			return nil, fmt.Errorf("cookie %d is not name=value", i+1)
		case strings.Trim(name, " \t") == "":
			return nil, fmt.Errorf("cookie %d has no name", i+1)
		case !httpguts.ValidHeaderFieldValue(p):
			return nil, fmt.Errorf("cookie %d has a control character", i+1)
		}
		pairs = append(pairs, p)
	}
	return pairs, nil
}

// withDefaults returns c with every zero field given its default.
func (c CrawlConfig) withDefaults() CrawlConfig {
	c.MaxDepth = max(cmp.Or(c.MaxDepth, DefaultMaxDepth), 0)
	c.MaxPages = cmp.Or(c.MaxPages, DefaultMaxPages)
	c.Concurrency = cmp.Or(c.Concurrency, DefaultConcurrency)
	c.PerHostRate = cmp.Or(c.PerHostRate, DefaultPerHostRate)
	c.Timeout = cmp.Or(c.Timeout, DefaultTimeout)
	c.MaxBodyBytes = cmp.Or(c.MaxBodyBytes, DefaultMaxBodyBytes)
	c.MaxDecompressedBytes = cmp.Or(c.MaxDecompressedBytes, DefaultMaxDecompressedBytes)
	c.MaxRedirects = cmp.Or(c.MaxRedirects, DefaultMaxRedirects)
	if c.UserAgent == "" {
		c.UserAgent = "cookiescan/" + crawlVersion() + " (+https://github.com/cookiescan/cookiescan)"
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.hooks == nil {
		c.hooks = &crawlHooks{}
	}
	return c
}

func crawlVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

// mustNormalise normalises a URL that Validate has checked; "" stays "".
func mustNormalise(raw string) string {
	if raw == "" {
		return ""
	}
	u, _ := parseTarget(raw)
	n, _ := normaliseURL(u)
	return n.key
}

// Crawl fetches the targets and the in-scope pages they lead to, breadth
// first, and returns every response (redirect hops included, with their
// raw Set-Cookie lines), the scripts of the HTML pages, and an error line
// for each URL that failed. The error is only for an invalid cfg, before
// any request. When ctx is cancelled or a limit stops the crawl with work
// left, the evidence gathered so far is returned with Partial set.
func Crawl(ctx context.Context, cfg CrawlConfig) (*evidence.Evidence, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("crawl: %w", err)
	}
	start := time.Now()
	c, err := newCrawler(cfg.withDefaults())
	if err != nil {
		return nil, fmt.Errorf("crawl: %w", err)
	}
	if tr, ok := c.f.transport.(*http.Transport); ok && cfg.Transport == nil {
		defer tr.CloseIdleConnections()
	}
	parent := ctx
	if c.cfg.MaxDuration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.cfg.MaxDuration)
		defer cancel()
	}
	c.start = start
	c.seedCookies()
	if c.cfg.Login != nil {
		if c.inPhase(func() { err = c.login(ctx) }); err != nil {
			c.finish(ctx, start)
			return c.ev, err
		}
	}
	c.run(ctx, start)
	if ctx.Err() == nil && c.cfg.EntropySamples > 0 && c.cfg.SampleCookie != nil {
		c.inPhase(func() { c.sample(ctx) })
	}
	if ctx.Err() == nil && c.cfg.LogoutProbe {
		c.inPhase(func() { c.probeLogouts(ctx) })
	}
	if ctx.Err() == nil && c.cfg.Login != nil && c.cfg.Login.Lifecycle {
		c.inPhase(func() { c.probeLifecycle(ctx) })
	}
	c.finish(ctx, start)
	switch {
	case parent.Err() != nil:
		c.ev.Limits = append(c.ev.Limits, fmt.Sprintf("stopped (%v) after %d pages", context.Cause(parent), c.pages))
	case ctx.Err() != nil:
		c.ev.Limits = append(c.ev.Limits, fmt.Sprintf("max duration: stopped after %s with %d pages fetched", c.cfg.MaxDuration, c.pages))
	}
	if c.queue.dropped || c.queue.len() > 0 && ctx.Err() == nil {
		c.ev.Limits = append(c.ev.Limits, fmt.Sprintf("max pages: reached %d pages with in-scope links left", c.cfg.MaxPages))
	}
	return c.ev, nil
}

// crawlTask is one fetch for a worker. It holds the URL as a string only,
// parsed again when fetched: a queue of 100 000 parsed URLs would weigh
// tens of megabytes.
type crawlTask struct {
	kind  taskKind
	key   string // the normalised URL
	depth int
	page  string // for scripts: the page that references it
}

type taskKind int

const (
	taskPage taskKind = iota
	taskScript
	taskSitemap
	taskLogout // done by the crawl itself, after the workers
	taskLogin  // done by the crawl itself, before the workers
)

// crawlResult is what a worker found while doing one task.
type crawlResult struct {
	task        crawlTask
	responses   []*evidence.Response
	scripts     []*evidence.Script
	errs        []*evidence.TargetError
	links       []crawlTask // in-scope pages to enqueue
	scriptRefs  []crawlTask // same-origin external scripts to fetch
	logouts     []crawlTask // in-scope logout URLs
	outOfScope  []string
	logoutForms []logoutForm
}

// logoutForm is a POST logout form and the page that holds it.
type logoutForm struct{ action, page string }

func (r *crawlResult) fail(target string, err error) {
	r.errs = append(r.errs, &evidence.TargetError{Target: target, Err: err})
}

// crawlSeen is the set of pages queued or fetched, and of sitemaps and
// logout URLs, which are never crawled as pages, by normalised URL. For a
// page fetched, it holds a digest of the Cookie header it was fetched
// with; 0 means not fetched yet.
type crawlSeen struct {
	mu sync.Mutex
	m  map[string]uint64
}

// claim adds key and reports whether it was new.
func (s *crawlSeen) claim(key string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.m[key]; ok {
		return false
	}
	s.m[key] = 0
	return true
}

// fetched notes that the page key is being fetched with the cookies whose digest is cookies.
func (s *crawlSeen) fetched(key string, cookies uint64) {
	s.mu.Lock()
	s.m[key] = cookies
	s.mu.Unlock()
}

// fetchedWithOther reports whether the page key was fetched with other
// cookies than those whose digest is cookies: a browser sending these
// would see another page.
func (s *crawlSeen) fetchedWithOther(key string, cookies uint64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.m[key]
	return d != 0 && d != cookies
}

// cookieDigest condenses a Cookie header to a non-zero number, so that
// the seen set remembers what a page was fetched with in 8 bytes.
func cookieDigest(header string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(header))
	return h.Sum64() | 1
}

func (s *crawlSeen) release(key string) {
	s.mu.Lock()
	delete(s.m, key)
	s.mu.Unlock()
}

// crawler is one crawl. Its fields below f are owned by the goroutine
// running Crawl; workers only read cfg and use f.
type crawler struct {
	cfg    CrawlConfig
	starts []normURL
	f      *crawlFetcher
	ev     *evidence.Evidence

	queue         *pageQueue
	side          []crawlTask     // scripts and sitemaps, sent before pages
	pages         int             // pages fetched
	scriptSeen    map[string]bool // at most maxScripts entries
	scriptsCapped bool
	outSeen       map[string]int // index in OutOfScope
	formSeen      map[string]bool
	logoutSeen    map[string]bool
	logouts       []crawlTask
	// logoutFormPages are the logout forms found, with their pages, for the lifecycle probe.
	logoutFormPages []logoutForm

	// The login: its URL and check page as normalised keys ("" for the
	// landing page), the pages a client not logged in is sent back to,
	// and the anonymous answers of the check pages.
	loginKey, checkKey string
	loginPages         map[string]bool
	anon               map[string]*answer
	start              time.Time
}

func newCrawler(cfg CrawlConfig) (*crawler, error) {
	proxy, err := proxyFunc(cfg.Proxy)
	if err != nil {
		return nil, err
	}
	c := &crawler{
		cfg:        cfg,
		ev:         &evidence.Evidence{},
		scriptSeen: map[string]bool{},
		outSeen:    map[string]int{},
		formSeen:   map[string]bool{},
		logoutSeen: map[string]bool{},
	}
	for _, t := range cfg.Targets {
		u, err := parseTarget(t)
		if err != nil {
			return nil, err
		}
		n, ok := normaliseURL(u)
		if !ok {
			return nil, fmt.Errorf("target %q is not an http or https URL", t)
		}
		c.starts = append(c.starts, n)
	}

	transport := cfg.Transport
	if transport == nil {
		transport = newCrawlTransport(&cfg, proxy, cfg.hooks.dial)
	}
	clock, sleep := cfg.hooks.clock, cfg.hooks.sleep
	if clock == nil {
		clock = time.Now
	}
	if sleep == nil {
		sleep = sleepCtx
	}
	limiter := &hostLimiter{clock: clock, sleep: sleep, next: map[string]time.Time{}}
	if cfg.PerHostRate < unlimitedRate {
		limiter.interval = time.Duration(float64(time.Second) / cfg.PerHostRate)
	}
	headers := cfg.Headers.Clone()
	delete(headers, "Cookie")
	c.f = &crawlFetcher{
		cfg:       &c.cfg,
		transport: transport,
		jar:       setcookie.NewJar(cfg.Now),
		scope:     newCrawlScope(cfg.Scope, c.starts, cfg.Include, cfg.Exclude),
		seen:      &crawlSeen{m: map[string]uint64{}},
		limiter:   limiter,
		headers:   headers,
		counts:    &fetchCounts{},
		dates:     &dateCache{},
	}
	c.queue = newPageQueue(cfg.MaxPages, c.f.seen)
	if l := cfg.Login; l != nil {
		c.loginKey, c.checkKey = mustNormalise(l.URL), mustNormalise(l.CheckURL)
		c.loginPages = map[string]bool{trimQuery(c.loginKey): true}
		c.anon = map[string]*answer{}
		c.f.secrets = loginSecrets(l.Data)
	}
	return c, nil
}

// run seeds the queue, then hands tasks to a pool of workers
// until nothing is left or ctx is done. In-flight tasks always finish (they
// observe ctx), so no worker outlives run.
func (c *crawler) run(ctx context.Context, start time.Time) {
	c.seed()
	tasks := make(chan crawlTask)
	results := make(chan *crawlResult)
	// A worker hands a page it has read to one of GOMAXPROCS parsers and
	// sends its next request at once, so that Concurrency requests stay in
	// flight; with every parser busy, the worker waits for one, which
	// bounds the pages held in memory. Only the parsers' stacks grow deep
	// enough for a deep page, and they live as long as the crawl, so they
	// grow once. A single worker parses each page itself, so that a crawl
	// of one request at a time goes in exact breadth-first order.
	parsers := runtime.GOMAXPROCS(0)
	if c.cfg.Concurrency == 1 {
		parsers = 0
	}
	parses := make(chan parseJob)
	var parsersDone sync.WaitGroup
	for range parsers {
		parsersDone.Go(func() {
			for j := range parses {
				guard(j.r, j.r.task.key, j.parse)
				results <- j.r
			}
		})
	}
	var wg sync.WaitGroup
	for range c.cfg.Concurrency {
		wg.Go(func() {
			for t := range tasks {
				r, parse := c.do(ctx, t)
				switch {
				case parse != nil && parsers > 0:
					parses <- parseJob{r, parse}
					continue
				case parse != nil:
					guard(r, t.key, parse)
				}
				results <- r
			}
		})
	}
	var tick <-chan time.Time
	if c.cfg.Progress != nil {
		ticker := time.NewTicker(progressEvery)
		defer ticker.Stop()
		tick = ticker.C
	}
	inflight, done := 0, ctx.Done()
	for {
		var send chan<- crawlTask
		next, ok := c.peek()
		if ok && ctx.Err() == nil {
			send = tasks
		}
		if send == nil && inflight == 0 {
			break
		}
		select {
		case send <- next:
			c.pop(next)
			inflight++
		case r := <-results:
			inflight--
			c.merge(r)
		case <-done:
			done = nil // the loop now only collects what is in flight
		case <-tick:
			c.cfg.Progress(c.progress(start))
		}
	}
	close(tasks)
	wg.Wait()
	close(parses)
	parsersDone.Wait()
}

// parseJob is a page or script read by a worker and left to a parser.
type parseJob struct {
	r     *crawlResult
	parse func()
}

// seed queues the start URLs and sitemaps.
func (c *crawler) seed() {
	for _, u := range c.starts {
		c.enqueue(crawlTask{kind: taskPage, key: u.key})
	}
	if !c.cfg.Sitemap {
		return
	}
	for _, u := range c.starts {
		if key := u.origin + "/sitemap.xml"; c.f.seen.claim(key) {
			c.side = append(c.side, crawlTask{kind: taskSitemap, key: key})
		}
	}
}

// seedCookies stores the configured cookies in the crawl's jar, before a
// login and the first page.
func (c *crawler) seedCookies() {
	var pairs []string
	for _, s := range c.cfg.cookieSources() {
		p, _ := parseCookiePairs(s) // Validate has checked them
		pairs = append(pairs, p...)
	}
	origins := map[string]bool{}
	for _, start := range c.starts {
		origin := start.origin
		if origins[origin] {
			continue
		}
		origins[origin] = true
		u, err := url.Parse(origin + "/")
		if err != nil {
			continue // a normalised origin always parses
		}
		attrs := "; Path=/"
		if u.Scheme == "https" {
			attrs += "; Secure"
		}
		for i, p := range pairs {
			if _, ev := c.f.jar.SetCookie(u, p+attrs); !ev.Stored {
				reasons := make([]string, len(ev.Reasons))
				for j, r := range ev.Reasons {
					reasons[j] = string(r)
				}
				c.ev.Errors = append(c.ev.Errors, &evidence.TargetError{Target: origin,
					Err: fmt.Errorf("configured cookie %d was not stored: %s", i+1, strings.Join(reasons, ", "))})
			}
		}
	}
}

// enqueue queues an in-scope page unless it is too deep (see pageQueue.add).
func (c *crawler) enqueue(t crawlTask) {
	if t.depth <= c.cfg.MaxDepth {
		c.queue.add(t)
	}
}

// peek returns the next task: scripts and sitemaps first, then the
// shallowest page that may go.
func (c *crawler) peek() (crawlTask, bool) {
	if len(c.side) > 0 {
		return c.side[0], true
	}
	return c.queue.next()
}

// pop removes t, which peek returned, as it is sent to a worker.
func (c *crawler) pop(t crawlTask) {
	switch t.kind {
	case taskPage:
		c.queue.start(t)
		return
	case taskSitemap:
		c.queue.begin(0) // it finds pages of depth 1
	}
	c.side = c.side[1:]
}

// merge adds a worker's result to the evidence and queues what it found.
func (c *crawler) merge(r *crawlResult) {
	c.ev.Responses = append(c.ev.Responses, r.responses...)
	if c.cfg.Responses != nil {
		for _, resp := range r.responses {
			c.cfg.Responses(resp)
		}
	}
	c.ev.Scripts = append(c.ev.Scripts, r.scripts...)
	c.ev.Errors = append(c.ev.Errors, r.errs...)
	for _, u := range r.outOfScope {
		if i, ok := c.outSeen[u]; ok {
			c.ev.OutOfScopeSeen[i]++
		} else if len(c.outSeen) < maxOutOfScope {
			c.outSeen[u] = len(c.ev.OutOfScope)
			c.ev.OutOfScope = append(c.ev.OutOfScope, u)
			c.ev.OutOfScopeSeen = append(c.ev.OutOfScopeSeen, 1)
		}
	}
	for _, f := range r.logoutForms {
		if !c.formSeen[f.action] && len(c.formSeen) < maxLogoutForms {
			c.formSeen[f.action] = true
			c.ev.LogoutForms = append(c.ev.LogoutForms, f.action)
			c.logoutFormPages = append(c.logoutFormPages, f)
		}
	}
	for _, t := range r.logouts {
		c.f.seen.claim(t.key) // never crawled as a page
		if !c.logoutSeen[t.key] && len(c.logouts) < maxLogoutProbes {
			c.logoutSeen[t.key] = true
			c.logouts = append(c.logouts, t)
		}
	}
	for _, t := range r.links {
		c.enqueue(t)
	}
	for _, t := range r.scriptRefs {
		switch {
		case c.scriptSeen[t.key]:
		case len(c.scriptSeen) < maxScripts:
			c.scriptSeen[t.key] = true
			c.side = append(c.side, t)
		case !c.scriptsCapped:
			c.scriptsCapped = true
			c.ev.Errors = append(c.ev.Errors, &evidence.TargetError{Target: t.key,
				Err: fmt.Errorf("not fetched, nor any further script: over %d scripts", maxScripts)})
		}
	}
	switch r.task.kind {
	case taskPage:
		if len(r.responses) > 0 { // a page that never answered was not fetched
			c.pages++
		}
		c.queue.end(r.task.depth)
	case taskSitemap:
		c.queue.end(0)
	}
}

// probeLogouts requests each logout URL found, in the order found.
func (c *crawler) probeLogouts(ctx context.Context) {
	for _, t := range c.logouts {
		r := &crawlResult{task: t}
		if end := c.f.chain(ctx, t.key, chainLogout, r); end != nil {
			parse := c.page(ctx, t, end, r)
			end.close()
			if parse != nil {
				guard(r, t.key, parse)
			}
		}
		c.merge(r)
	}
}

func (c *crawler) progress(start time.Time) CrawlProgress {
	p := CrawlProgress{Pages: c.pages, Queued: c.queue.len() + len(c.side), Errors: len(c.ev.Errors)}
	return c.f.counts.update(p, start)
}

// finish fills in the statistics and whether the crawl was cut short.
func (c *crawler) finish(ctx context.Context, start time.Time) {
	ev := c.ev
	ev.Partial = ctx.Err() != nil || c.queue.dropped || c.queue.len() > 0
	cookies := 0
	for _, r := range ev.Responses {
		cookies += len(r.SetCookie)
	}
	ev.Stats = evidence.CrawlStats{
		Pages:     c.pages,
		Requests:  int(c.f.counts.requests.Load()),
		Lifecycle: int(c.f.counts.lifecycle.Load()),
		Errors:    len(ev.Errors),
		Duration:  time.Since(start),
		Cookies:   cookies,
		Scripts:   len(ev.Scripts),
	}
	if c.cfg.Progress != nil {
		c.cfg.Progress(c.progress(start))
	}
}
