package scanner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/setcookie"
)

// Fetch bounds that are not configurable.
const (
	// maxSetCookieLines is how many Set-Cookie lines of one response are kept.
	maxSetCookieLines = 10000
	// maxResponseHeaderBytes lets a response with 10 000 Set-Cookie lines or
	// a 1 MB cookie arrive, while still bounding a header that never ends.
	maxResponseHeaderBytes = 4 << 20
	// maxRetries is how many times a 429 or 503 response is retried.
	maxRetries = 2
	// maxRetryDelay caps Retry-After and the exponential back-off.
	maxRetryDelay = 60 * time.Second
	// drainBytes is the largest unused body read to the end, so that its
	// connection can be reused; larger ones are closed unread.
	drainBytes = 64 << 10
	// sniffBytes is how much of a body decides whether it is HTML.
	sniffBytes = 512
)

// Accept headers for the kinds of request a crawl makes.
const (
	acceptPage    = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"
	acceptScript  = "*/*"
	acceptSitemap = "application/xml,text/xml;q=0.9,*/*;q=0.8"
)

// crawlHooks replace the clock, the waits and the dialer in tests.
type crawlHooks struct {
	// clock is the rate limiter's clock (time.Now when nil).
	clock func() time.Time
	// sleep waits for d or until ctx is done (sleepCtx when nil).
	sleep func(ctx context.Context, d time.Duration) error
	// dial replaces the network dialer of the transport the crawler builds.
	dial func(ctx context.Context, network, addr string) (net.Conn, error)
}

// sleepCtx waits for d, or returns ctx's error as soon as ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// newCrawlTransport builds the transport used when CrawlConfig.Transport is nil.
func newCrawlTransport(cfg *CrawlConfig, proxy func(*http.Request) (*url.URL, error), dial func(ctx context.Context, network, addr string) (net.Conn, error)) *http.Transport {
	if dial == nil {
		dial = (&net.Dialer{Timeout: cfg.Timeout, KeepAlive: 30 * time.Second}).DialContext
	}
	return &http.Transport{
		Proxy:                  proxy,
		DialContext:            dial,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           4 * cfg.Concurrency,
		MaxIdleConnsPerHost:    cfg.Concurrency,
		IdleConnTimeout:        90 * time.Second,
		TLSHandshakeTimeout:    cfg.Timeout,
		ResponseHeaderTimeout:  cfg.Timeout,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: maxResponseHeaderBytes,
		// The crawler asks for gzip itself and decompresses with a limit.
		DisableCompression: true,
		TLSClientConfig:    &tls.Config{InsecureSkipVerify: cfg.Insecure}, // only when the user asks for it
	}
}

// hostLimiter spaces the requests to each host (host:port) 1/rate apart: a
// token bucket holding one token. Waiting reserves a slot, so concurrent
// callers queue up in order. A host that answers 429 or 503 is held off:
// every request to it waits.
type hostLimiter struct {
	interval time.Duration // zero: no limit
	clock    func() time.Time
	sleep    func(context.Context, time.Duration) error

	mu   sync.Mutex
	next map[string]time.Time // when the host may be sent its next request
}

func (l *hostLimiter) wait(ctx context.Context, host string) error {
	l.mu.Lock()
	now := l.clock()
	at := l.next[host]
	if at.Before(now) {
		at = now
	}
	if l.interval > 0 {
		l.next[host] = at.Add(l.interval)
	}
	l.mu.Unlock()
	return l.sleep(ctx, at.Sub(now))
}

// holdOff makes the host wait d before its next request.
func (l *hostLimiter) holdOff(host string, d time.Duration) {
	l.mu.Lock()
	if until := l.clock().Add(d); until.After(l.next[host]) {
		l.next[host] = until
	}
	l.mu.Unlock()
}

// crawlFetcher is the HTTP side of a crawl, shared by all workers.
type crawlFetcher struct {
	cfg *CrawlConfig // defaults applied
	// transport sends requests without following redirects, which the
	// crawler does by hand (http.Client would drop a response whose
	// Location does not parse).
	transport http.RoundTripper
	jar       *setcookie.Jar
	scope     *crawlScope
	seen      *crawlSeen
	limiter   *hostLimiter
	headers   http.Header // extra headers, without Cookie
	counts    *fetchCounts
	dates     *dateCache
	// lifecycle is set on the fetchers of the login and the lifecycle
	// probes, whose requests are also counted apart.
	lifecycle bool
	// replay, when not empty, is the Cookie header sent instead of the jar's.
	replay string
	// secrets are the login's values, redacted from the URLs a login records.
	secrets []string
}

// fetchCounts counts the requests of a crawl, shared by its fetchers.
type fetchCounts struct {
	requests, lifecycle atomic.Int64
}

// client returns a fetcher like f, with its own jar, for the login and the
// lifecycle probes: a fresh client of the same site, within the same scope
// and rate limits.
func (f *crawlFetcher) client(jar *setcookie.Jar) *crawlFetcher {
	g := *f
	g.jar, g.lifecycle, g.replay = jar, true, ""
	return &g
}

// chainKind is why a redirect chain is fetched.
type chainKind int

const (
	chainPage chainKind = iota
	chainScript
	chainSitemap
	chainLogout
)

var chainAccept = [...]string{chainPage: acceptPage, chainScript: acceptScript, chainSitemap: acceptSitemap, chainLogout: acceptPage}

// chainEnd is the last response of a chain, its body still open.
type chainEnd struct {
	u      *url.URL
	key    string
	resp   *http.Response
	cancel context.CancelFunc
}

func (e *chainEnd) close() {
	e.resp.Body.Close()
	e.cancel()
}

// chain requests key (a normalised URL) and follows its redirects by hand,
// recording each response and feeding its Set-Cookie lines to the jar.
// It returns the last response with its body open, or
// nil when the chain ended in an error, out of scope or on cancellation.
// Page chains claim their redirect targets in the seen set, so that a page
// reached by several redirects is fetched once; a target already claimed
// ends the chain at the redirect, unless it was fetched with other cookies
// than this request would send (a login in between, a cookie the redirect
// set): a browser would see another page there, so the chain goes on.
func (f *crawlFetcher) chain(ctx context.Context, key string, kind chainKind, res *crawlResult) *chainEnd {
	keys := []string{key}
	from := ""
	for hop := 0; ; hop++ {
		u, err := url.Parse(key)
		if err != nil {
			res.fail(key, &reasonError{reason: "bad URL", err: err})
			return nil
		}
		cookie := f.cookieHeader(u)
		if kind == chainPage {
			f.seen.fetched(key, cookieDigest(cookie))
		}
		resp, cancel, err := f.attempts(ctx, u, key, cookie, from, hop, kind, res)
		if err != nil {
			if ctx.Err() == nil {
				res.fail(key, err)
			}
			return nil
		}
		end := &chainEnd{u: u, key: key, resp: resp, cancel: cancel}
		if !isRedirect(resp) || f.cfg.MaxRedirects < 0 {
			f.checkStatus(resp, key, res)
			return end
		}
		next, err := u.Parse(resp.Header.Get("Location"))
		if err != nil {
			res.fail(key, &reasonError{reason: "redirect to an unparsable Location", err: err})
			return end
		}
		n, ok := normaliseURL(next)
		nkey := n.key
		switch {
		case !ok:
			res.outOfScope = append(res.outOfScope, next.String())
			return end
		case !f.scope.allows(n):
			res.outOfScope = append(res.outOfScope, nkey)
			return end
		case slices.Contains(keys, nkey):
			res.fail(keys[0], fmt.Errorf("redirect loop: redirect %d leads back to %s", hop+1, nkey))
			return end
		case hop >= f.cfg.MaxRedirects:
			res.fail(keys[0], fmt.Errorf("stopped after %d redirects (MaxRedirects)", f.cfg.MaxRedirects))
			return end
		case kind == chainPage && !f.seen.claim(nkey) && !f.seen.fetchedWithOther(nkey, cookieDigest(f.cookieHeader(next))):
			return end // that page is fetched by its own chain, or was with these cookies
		}
		drain(resp)
		end.close()
		keys = append(keys, nkey)
		from, key = key, nkey
	}
}

// cookieHeader is the Cookie header a request to u carries: the one
// replayed, or the jar's. Every request goes to an in-scope URL, so the
// jar's cookies may go too.
func (f *crawlFetcher) cookieHeader(u *url.URL) string {
	if f.replay != "" {
		return f.replay
	}
	return f.jar.CookieHeader(u, setcookie.SameSiteRequest)
}

// isRedirect reports whether resp sends the browser elsewhere.
func isRedirect(resp *http.Response) bool {
	return resp.StatusCode >= 300 && resp.StatusCode <= 399 && resp.Header.Get("Location") != ""
}

// attempts sends one request of a chain with the Cookie header cookie,
// retrying 429 and 503 responses after their Retry-After (or an
// exponential back-off), for which the whole host is held off, with the
// cookies held then, and records every response it receives.
func (f *crawlFetcher) attempts(ctx context.Context, u *url.URL, key, cookie, from string, hop int, kind chainKind, res *crawlResult) (*http.Response, context.CancelFunc, error) {
	for attempt := 0; ; attempt++ {
		if attempt > 0 {
			cookie = f.cookieHeader(u) // the refused response may have set some
		}
		resp, cancel, err := f.send(ctx, u, key, chainAccept[kind], cookie)
		if err != nil {
			return nil, nil, err
		}
		f.record(u, key, http.MethodGet, from, hop, kind, resp, res)
		if resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable || attempt == maxRetries {
			return resp, cancel, nil
		}
		f.limiter.holdOff(u.Host, retryDelay(resp.Header.Get("Retry-After"), attempt, f.cfg.Now()))
		drain(resp)
		resp.Body.Close()
		cancel()
	}
}

// send waits for the host's rate limit and sends one GET, with the Cookie
// header cookie unless it is "". The returned cancel ends the request's
// Timeout, which also covers reading the body.
func (f *crawlFetcher) send(ctx context.Context, u *url.URL, key, accept, cookie string) (*http.Response, context.CancelFunc, error) {
	return f.sendBody(ctx, http.MethodGet, u, key, accept, nil, "", cookie)
}

// sendBody is send with any method and, when body is not nil, a body of
// the given content type.
func (f *crawlFetcher) sendBody(ctx context.Context, method string, u *url.URL, key, accept string, body []byte, contentType, cookie string) (*http.Response, context.CancelFunc, error) {
	if err := f.limiter.wait(ctx, u.Host); err != nil {
		return nil, nil, err
	}
	rctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	var reader io.Reader
	if body != nil {
		reader = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(rctx, method, key, reader)
	if err != nil {
		cancel()
		return nil, nil, &reasonError{reason: "bad URL", err: err}
	}
	if body != nil {
		req.Header.Set("Content-Type", contentType)
	}
	for name, values := range f.headers {
		req.Header[name] = values
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", accept)
	// Setting it ourselves turns off the transport's unbounded decompression.
	req.Header.Set("Accept-Encoding", "gzip")
	if cookie != "" {
		req.Header.Set("Cookie", cookie)
	}
	f.counts.requests.Add(1)
	if f.lifecycle {
		f.counts.lifecycle.Add(1)
	}
	resp, err := f.transport.RoundTrip(req)
	if err != nil {
		cancel()
		return nil, nil, fetchReason(err, f.cfg.Timeout)
	}
	if resp.Body == nil { // an injected transport may leave it out
		resp.Body = http.NoBody
	}
	return resp, cancel, nil
}

// record adds resp to the result and its Set-Cookie lines to the jar.
func (f *crawlFetcher) record(u *url.URL, key, method, from string, hop int, kind chainKind, resp *http.Response, res *crawlResult) {
	lines := resp.Header.Values("Set-Cookie")
	if len(lines) > maxSetCookieLines {
		res.fail(key, fmt.Errorf("kept the first %d of %d Set-Cookie lines", maxSetCookieLines, len(lines)))
		lines = lines[:maxSetCookieLines]
	}
	header := keptHeaders(resp.Header)
	date := f.dates.parse(resp.Header.Get("Date"))
	sc := make([]string, len(lines))
	for i, line := range lines {
		sc[i] = strings.Trim(line, " \t")
		f.jar.SetCookie(u, sc[i])
	}
	res.responses = append(res.responses, &evidence.Response{
		URL: key, Method: method, Status: resp.StatusCode, TLS: u.Scheme == "https",
		Header: header, Date: date, SetCookie: sc, Hop: hop, From: from, Entry: -1, Logout: kind == chainLogout,
	})
}

// dateCache parses Date headers and remembers the last one: a server's
// Date changes once a second, so most responses carry the one before.
type dateCache struct{ last atomic.Pointer[parsedDate] }

type parsedDate struct {
	text string
	t    time.Time
}

// parse is http.ParseTime, zero for a Date that does not parse.
func (c *dateCache) parse(text string) time.Time {
	if p := c.last.Load(); p != nil && p.text == text {
		return p.t
	}
	t, _ := http.ParseTime(text)
	c.last.Store(&parsedDate{text, t})
	return t
}

// keptHeaderNames are the response headers a crawl keeps besides Set-Cookie
// (which SetCookie holds) and Date (which Date holds): those that say where a
// response leads and whether it clears cookies. Keeping every header
// would cost more memory than the rest of a large crawl's evidence.
var keptHeaderNames = []string{"Location", "Refresh", "Strict-Transport-Security", "Clear-Site-Data"}

// keptHeaders is nil for most responses, whose every kept header is Date.
func keptHeaders(h http.Header) http.Header {
	var kept http.Header
	for _, name := range keptHeaderNames {
		if v := h[name]; len(v) > 0 {
			if kept == nil {
				kept = make(http.Header, 1)
			}
			// A copy: the parsed header's values share one array, which would keep them all.
			kept[name] = slices.Clone(v)
		}
	}
	return kept
}

// checkStatus records an error line for a final status that means the
// server failed: 5xx, or 429 still there after the retries.
func (f *crawlFetcher) checkStatus(resp *http.Response, key string, res *crawlResult) {
	code := resp.StatusCode
	switch {
	case code == http.StatusTooManyRequests || code == http.StatusServiceUnavailable:
		res.fail(key, fmt.Errorf("HTTP %d %s after %d retries", code, http.StatusText(code), maxRetries))
	case code >= 500:
		res.fail(key, fmt.Errorf("HTTP %d %s", code, http.StatusText(code)))
	}
}

// retryDelay is how long to wait before retry number attempt+1: the
// Retry-After header (delay-seconds or an HTTP date) when valid, else 1 s
// doubling; at most maxRetryDelay.
func retryDelay(retryAfter string, attempt int, now time.Time) time.Duration {
	d := time.Second << attempt
	if v := strings.TrimSpace(retryAfter); v != "" {
		if strings.Trim(v, "0123456789") == "" {
			d = maxRetryDelay // also when v overflows
			if secs, err := strconv.ParseUint(v, 10, 64); err == nil && secs < uint64(maxRetryDelay/time.Second) {
				d = time.Duration(secs) * time.Second
			}
		} else if t, err := http.ParseTime(v); err == nil {
			d = max(t.Sub(now), 0)
		}
	}
	return min(d, maxRetryDelay)
}

// drain reads a small unused body to its end so that the connection can be
// reused; a large or unknown-length one is left for Close.
func drain(resp *http.Response) {
	if resp.ContentLength >= 0 && resp.ContentLength <= drainBytes {
		_, _ = io.CopyN(io.Discard, resp.Body, drainBytes) // best effort: a failure only costs the connection
	}
}

// crawlBody reads a response body decoded and bounded: at most
// MaxBodyBytes on the wire and MaxDecompressedBytes after decompression.
// Its err holds the first failure other than the end of the body, whoever
// was reading.
type crawlBody struct {
	*bufio.Reader
	err error
}

// openBody prepares resp's body for reading. It fails for a content
// encoding other than gzip or identity, and for a broken gzip header.
func (f *crawlFetcher) openBody(resp *http.Response) (*crawlBody, error) {
	b := &crawlBody{}
	wire := &capReader{r: resp.Body, limit: f.cfg.MaxBodyBytes, what: "body", field: "MaxBodyBytes", sticky: &b.err}
	var r io.Reader = wire
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		gz, err := gzip.NewReader(wire)
		if err != nil {
			if b.err != nil {
				return nil, b.err
			}
			return nil, &reasonError{reason: "invalid gzip body", err: err}
		}
		r = &capReader{r: gz, limit: f.cfg.MaxDecompressedBytes, what: "decompressed body", field: "MaxDecompressedBytes", sticky: &b.err, gzip: true}
	default:
		return nil, fmt.Errorf("body not read: unsupported Content-Encoding %q", enc)
	}
	b.Reader = bufio.NewReaderSize(r, sniffBytes) // large reads bypass the buffer
	return b, nil
}

// sniff returns up to the first 512 bytes of the body without consuming them.
func (b *crawlBody) sniff() []byte {
	head, _ := b.Peek(sniffBytes) // a short body or an error leaves a shorter head; the error is in b.err
	return head
}

// readAll reads the whole body, or fails with the reason it could not.
func (b *crawlBody) readAll() ([]byte, error) {
	data, err := io.ReadAll(b)
	if b.err != nil {
		return nil, b.err
	}
	if err != nil {
		return nil, err
	}
	return data, nil
}

// capReader reads at most limit bytes from r and fails, naming what and
// the limit's field, when r has more. Any failure but io.EOF is also
// stored in *sticky (first one wins), so that it is seen even when a parser
// reading the body swallows it.
type capReader struct {
	r           io.Reader
	limit, n    int64 // n: bytes read
	what, field string
	sticky      *error
	gzip        bool // r decompresses: an early end is a truncated stream
}

func (c *capReader) Read(p []byte) (int, error) {
	if *c.sticky != nil {
		return 0, *c.sticky
	}
	if c.n >= c.limit {
		var probe [1]byte
		n, err := c.r.Read(probe[:])
		if n > 0 {
			return 0, c.fail(&reasonError{reason: fmt.Sprintf("%s larger than %s (%s)", c.what, formatBytes(c.limit), c.field)})
		}
		if err == nil {
			return 0, nil
		}
		return 0, c.fail(err)
	}
	if left := c.limit - c.n; int64(len(p)) > left {
		p = p[:left]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil {
		return n, c.fail(err)
	}
	return n, nil
}

func (c *capReader) fail(err error) error {
	switch {
	case err == io.EOF:
		return err
	case c.gzip && errors.Is(err, io.ErrUnexpectedEOF):
		err = &reasonError{reason: "truncated gzip body", err: err}
	default:
		err = bodyReason(err)
	}
	if *c.sticky == nil {
		*c.sticky = err
	}
	return *c.sticky
}

// formatBytes writes a size limit the way it was most likely configured.
func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// bodyReason shortens an error met while reading a body.
func bodyReason(err error) error {
	var re *reasonError
	switch {
	case errors.As(err, &re):
		return err
	case errors.Is(err, context.DeadlineExceeded):
		return &reasonError{reason: "timed out reading the body", err: err}
	case errors.Is(err, context.Canceled):
		return &reasonError{reason: "cancelled while reading the body", err: err}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, syscall.ECONNRESET), errors.Is(err, net.ErrClosed):
		return &reasonError{reason: "connection closed mid-response", err: err}
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader):
		return &reasonError{reason: "invalid gzip body", err: err}
	}
	return &reasonError{reason: "reading the body: " + err.Error(), err: err}
}

// fetchReason shortens an error from sending a request to its reason: the
// TargetError already names the URL.
func fetchReason(err error, timeout time.Duration) error {
	var (
		dnsErr   *net.DNSError
		certErr  *tls.CertificateVerificationError
		unknown  x509.UnknownAuthorityError
		hostErr  x509.HostnameError
		recErr   tls.RecordHeaderError
		netErr   net.Error
		opErr    *net.OpError
		alertErr tls.AlertError
	)
	reason := ""
	switch {
	case errors.As(err, &dnsErr):
		reason = "DNS lookup of " + dnsErr.Name + " failed"
		if dnsErr.IsNotFound {
			reason += ": no such host"
		}
	case errors.As(err, &unknown):
		reason = "TLS: certificate signed by an unknown authority"
	case errors.As(err, &hostErr):
		reason = "TLS: certificate is not valid for " + hostErr.Host
	case errors.As(err, &certErr):
		reason = "TLS: certificate not trusted: " + certErr.Err.Error()
	case errors.As(err, &recErr):
		reason = "TLS handshake failed: the server did not answer with TLS"
	case errors.As(err, &alertErr):
		reason = "TLS handshake failed: " + alertErr.Error()
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		reason = "timed out after " + timeout.String()
	case errors.Is(err, syscall.ECONNREFUSED):
		reason = "connection refused"
	case errors.Is(err, syscall.ECONNRESET):
		reason = "connection reset by peer"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		reason = "connection closed before a response"
	case strings.Contains(err.Error(), "response headers exceeded"):
		reason = "response headers larger than " + formatBytes(maxResponseHeaderBytes)
	case errors.As(err, &opErr):
		reason = opErr.Op + ": " + opErr.Err.Error()
	default:
		var ue *url.Error
		if errors.As(err, &ue) {
			reason = ue.Err.Error()
		} else {
			reason = err.Error()
		}
	}
	return &reasonError{reason: reason, err: err}
}
