package scanner

import (
	"context"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/setcookie"
)

// Session is an authenticated scan's login for other readers of live
// sites (the browser mode): the login a crawl does before its first page,
// and the session-lifecycle probes it runs after its last, over HTTP with
// the crawl's scope, rate, headers and cookies.
type Session struct {
	c *crawler
}

// LogoutForm is a POST logout form: its action and the page that holds it.
type LogoutForm struct{ Action, Page string }

// LogIn stores the configured cookies and logs in as cfg.Login says, as
// Crawl does before its first page. cfg must be valid (see
// CrawlConfig.Validate) and have a Login. A login that does not succeed
// returns the session, whose evidence says what the login saw, with a
// *LoginError.
func LogIn(ctx context.Context, cfg CrawlConfig) (*Session, error) {
	if cfg.Login == nil {
		return nil, fmt.Errorf("log in: no login configured")
	}
	c, err := newCrawler(cfg.withDefaults())
	if err != nil {
		return nil, fmt.Errorf("log in: %w", err)
	}
	c.start = time.Now()
	c.seedCookies()
	c.inPhase(func() { err = c.login(ctx) })
	return &Session{c: c}, err
}

// Evidence is what the login and the probes recorded: their responses,
// what they saw in Lifecycle, and their errors.
func (s *Session) Evidence() *evidence.Evidence { return s.c.ev }

// Requests counts the requests the session sent, and of them those of
// the lifecycle probes and of the login.
func (s *Session) Requests() (all, lifecycle int) {
	return int(s.c.f.counts.requests.Load()), int(s.c.f.counts.lifecycle.Load())
}

// SessionCookie is a cookie the logged-in client holds, with the URL of
// the site it belongs to: an in-scope start origin's scheme and port with
// the cookie's domain and path.
type SessionCookie struct {
	URL string
	setcookie.Stored
}

// Cookies lists the cookies the logged-in client holds whose URL is in
// the scan's scope, oldest first.
func (s *Session) Cookies() []SessionCookie {
	var held []SessionCookie
	for _, c := range s.c.f.jar.All() {
		for _, start := range s.c.starts {
			if start.host != c.Domain && !strings.HasSuffix(start.host, "."+c.Domain) {
				continue
			}
			scheme, hostport, _ := strings.Cut(start.origin, "://")
			host := c.Domain
			if strings.Contains(host, ":") {
				host = "[" + host + "]"
			}
			if _, port, err := net.SplitHostPort(hostport); err == nil && start.host == c.Domain {
				host = net.JoinHostPort(c.Domain, port)
			}
			if u := scheme + "://" + host + c.Path; s.c.inScopeURL(u) {
				held = append(held, SessionCookie{URL: u, Stored: *c})
				break
			}
		}
	}
	return held
}

// ProbeLifecycle runs the session-lifecycle probes as Crawl does after
// its crawl, when the login asks for them: logouts are the logout URLs
// the crawl found and forms its POST logout forms, in the order found,
// for the logout probe when the login names no logout URL.
func (s *Session) ProbeLifecycle(ctx context.Context, logouts []string, forms []LogoutForm) {
	c := s.c
	if !c.cfg.Login.Lifecycle || ctx.Err() != nil {
		return
	}
	c.logouts = c.logouts[:0]
	for _, key := range logouts {
		if k, ok := c.inScope(key); ok {
			c.logouts = append(c.logouts, crawlTask{kind: taskLogout, key: k})
		}
	}
	c.logoutFormPages = c.logoutFormPages[:0]
	for _, f := range forms {
		c.logoutFormPages = append(c.logoutFormPages, logoutForm{action: f.Action, page: f.Page})
	}
	c.inPhase(func() { c.probeLifecycle(ctx) })
}

// inScopeURL reports whether raw, an http or https URL, is in scope.
func (c *crawler) inScopeURL(raw string) bool {
	_, ok := c.inScope(raw)
	return ok
}
