package scanner

import (
	"context"
	"net/url"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/scanner/extract"
)

// URLScope is a crawl's scope for other readers of live sites (the browser
// mode): the same start hosts, scope mode, includes and excludes, and the
// same normal form of URLs. It is read-only and safe for concurrent use.
type URLScope struct {
	scope *crawlScope
}

// NewURLScope builds the scope of cfg, which must be valid (see
// CrawlConfig.Validate).
func NewURLScope(cfg CrawlConfig) (*URLScope, error) {
	var starts []normURL
	for _, t := range cfg.Targets {
		u, err := parseTarget(t)
		if err != nil {
			return nil, err
		}
		if n, ok := normaliseURL(u); ok {
			starts = append(starts, n)
		}
	}
	return &URLScope{scope: newCrawlScope(cfg.Scope, starts, cfg.Include, cfg.Exclude)}, nil
}

// Normalise returns the form under which a crawl requests and deduplicates
// the http or https URL raw (see CrawlConfig), and false for other URLs.
func Normalise(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	n, ok := normaliseURL(u)
	return n.key, ok
}

// Allows reports whether the http or https URL raw is in scope.
func (s *URLScope) Allows(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	n, ok := normaliseURL(u)
	return ok && s.scope.allows(n)
}

// RateLimiter spaces the requests sent to each host, as a crawl does.
type RateLimiter struct {
	l *hostLimiter
}

// NewRateLimiter allows perSecond requests a second to each host; zero or
// more than a billion means no limit.
func NewRateLimiter(perSecond float64) *RateLimiter {
	l := &hostLimiter{clock: time.Now, sleep: sleepCtx, next: map[string]time.Time{}}
	if perSecond > 0 && perSecond < unlimitedRate {
		l.interval = time.Duration(float64(time.Second) / perSecond)
	}
	return &RateLimiter{l: l}
}

// Wait returns when host may be sent its next request, or with ctx's error.
func (r *RateLimiter) Wait(ctx context.Context, host string) error {
	return r.l.wait(ctx, host)
}

// PageScript turns a script that extract found in a page into evidence, its
// source turned into JavaScript, as a crawl does; the caller sets its URL
// and page.
func PageScript(s extract.Script) *evidence.Script { return scriptOf(s) }
