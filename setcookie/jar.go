package setcookie

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/publicsuffix"
)

// Context is the kind of request a cookie would be sent with, which decides what SameSite allows.
type Context int

// Request contexts.
const (
	SameSiteRequest      Context = iota // same-site request of any kind
	CrossSiteNavigation                 // top-level cross-site GET navigation
	CrossSitePost                       // top-level cross-site POST (or other unsafe method) navigation
	CrossSiteSubresource                // cross-site image, script, iframe or fetch
)

var contextNames = [...]string{
	SameSiteRequest:      "same-site",
	CrossSiteNavigation:  "cross-site-navigation",
	CrossSitePost:        "cross-site-post",
	CrossSiteSubresource: "cross-site-subresource",
}

// String returns the context's name as ParseContext accepts it.
func (c Context) String() string {
	if c < 0 || int(c) >= len(contextNames) {
		return fmt.Sprintf("context(%d)", int(c))
	}
	return contextNames[c]
}

// ParseContext reads a context name: same-site, cross-site-navigation, cross-site-post or cross-site-subresource.
func ParseContext(s string) (Context, error) {
	for i, name := range contextNames {
		if strings.EqualFold(strings.TrimSpace(s), name) {
			return Context(i), nil
		}
	}
	return 0, fmt.Errorf("unknown request context %q (want same-site, cross-site-navigation, cross-site-post or cross-site-subresource)", s)
}

// Stored is a cookie in the jar.
type Stored struct {
	Name, Value, Domain, Path                           string // Domain has no leading dot
	HostOnly, Secure, HTTPOnly, Partitioned, Persistent bool
	SameSite                                            SameSite  // as declared: SameSiteUnset when absent or invalid
	Expires, Created, LastAccess                        time.Time // Expires is zero for session cookies
}

// Chromium's CookieMonster limits (kDomainMaxCookies, kDomainPurgeCookies,
// kMaxCookies, kPurgeCookies) and its Lax-allowing-unsafe window.
const (
	domainMaxCookies = 180
	domainPurge      = 30
	maxCookies       = 3300
	purgeCookies     = 300
	laxAllowUnsafe   = 2 * time.Minute
)

// key identifies a cookie: RFC 6265bis replaces a cookie with the same name,
// domain, host-only flag and path. Partitioned cookies live apart from unpartitioned ones.
type key struct {
	name, domain, path    string
	hostOnly, partitioned bool
}

type entry struct {
	Stored
	seq   uint64 // creation order, to sort cookies created within the same clock tick
	group string // eTLD+1, the unit of Chromium's per-domain limit
}

// Jar is a browser cookie store with an injected clock. It is safe for concurrent use.
type Jar struct {
	now func() time.Time

	mu      sync.Mutex
	cookies map[key]*entry
	groups  map[string]int
	seq     uint64
	// hits is the slice sent fills, kept for the next request.
	hits []*entry
}

// NewJar returns an empty jar that reads the time from now (time.Now when nil).
func NewJar(now func() time.Time) *Jar {
	if now == nil {
		now = time.Now
	}
	return &Jar{now: now, cookies: map[key]*entry{}, groups: map[string]int{}}
}

// SetCookie parses a Set-Cookie value received over HTTP from u and stores it.
func (j *Jar) SetCookie(u *url.URL, line string) (*Cookie, Evaluation) {
	c := Parse(line)
	return c, j.Set(u, c, FromHTTP)
}

// Set stores a parsed cookie as a browser would, including the steps that depend
// on what the jar holds: leaving Secure cookies alone, protecting HttpOnly ones
// from scripts, replacing an equal cookie while keeping its creation time,
// deleting on expiry and evicting over Chromium's limits.
func (j *Jar) Set(u *url.URL, c *Cookie, src Source) Evaluation {
	now := j.now()
	return j.store(u, c, src, now, Evaluate(c, u, now, src))
}

// SetEvaluated is Set for a cookie the caller has evaluated already: ev
// must be Evaluate(c, u, now, src) at the jar's now. Judging a cookie and
// storing it then evaluates it once. ev is left as it is.
func (j *Jar) SetEvaluated(u *url.URL, c *Cookie, src Source, ev Evaluation) Evaluation {
	// The jar's own rejections go into an array of their own.
	ev.Reasons = slices.Clip(ev.Reasons)
	return j.store(u, c, src, j.now(), ev)
}

// store is Set once the cookie is evaluated at now.
func (j *Jar) store(u *url.URL, c *Cookie, src Source, now time.Time, ev Evaluation) Evaluation {
	if c == nil {
		return ev
	}
	k := key{name: c.Name, domain: ev.Domain, path: ev.Path, hostOnly: ev.HostOnly, partitioned: c.Partitioned}

	j.mu.Lock()
	defer j.mu.Unlock()
	if !c.Secure && !SecureOrigin(u) && j.shadowsSecure(c.Name, ev.Domain, ev.Path) {
		ev.reject(RejectOverwriteSecure)
	}
	old := j.cookies[k]
	if src == FromScript && old != nil && old.HTTPOnly {
		ev.reject(RejectOverwriteHTTPOnly)
	}
	ev.Stored = len(ev.Reasons) == 0
	if !ev.Stored {
		return ev
	}

	created, seq := now, j.seq
	if old != nil {
		created, seq = old.Created, old.seq
		j.remove(k, old)
	} else {
		j.seq++
	}
	if ev.Deletion {
		return ev
	}
	e := &entry{
		Stored: Stored{
			Name: c.Name, Value: c.Value, Domain: ev.Domain, Path: ev.Path,
			HostOnly: ev.HostOnly, Secure: c.Secure, HTTPOnly: c.HttpOnly, Partitioned: c.Partitioned,
			Persistent: ev.Persistent, SameSite: c.SameSite, Expires: ev.Expires,
			Created: created, LastAccess: now,
		},
		seq:   seq,
		group: siteOf(ev.Domain),
	}
	if e.SameSite == SameSiteInvalid {
		e.SameSite = SameSiteUnset
	}
	j.cookies[k] = e
	j.groups[e.group]++
	j.evict(now, e.group)
	return ev
}

// shadowsSecure is RFC 6265bis step 16 ("leave secure cookies alone"): a Secure
// cookie with the same name whose domain domain-matches the new one's (or the
// reverse) and whose path the new path path-matches.
func (j *Jar) shadowsSecure(name, domain, path string) bool {
	for _, e := range j.cookies {
		if e.Secure && e.Name == name &&
			(domainMatch(e.Domain, domain) || domainMatch(domain, e.Domain)) &&
			pathMatch(path, e.Path) {
			return true
		}
	}
	return false
}

func (j *Jar) remove(k key, e *entry) {
	delete(j.cookies, k)
	if j.groups[e.group]--; j.groups[e.group] <= 0 {
		delete(j.groups, e.group)
	}
}

// siteOf is the registrable domain (eTLD+1), or the domain itself when it has
// none or is an IP address (whose last labels are no registrable domain).
func siteOf(domain string) string {
	if isIP(domain) {
		return domain
	}
	if site, err := publicsuffix.EffectiveTLDPlusOne(domain); err == nil {
		return site
	}
	return domain
}

// evict keeps the jar within Chromium's limits: over 180 cookies for one site it
// drops that site's expired cookies and, if still over, purges down to 150; over
// 3300 in total, likewise down to 3000. Non-Secure cookies go before Secure ones,
// least recently used first. (Chromium also weighs its non-standard Priority
// attribute, which is not modelled.)
func (j *Jar) evict(now time.Time, group string) {
	inGroup := func(e *entry) bool { return e.group == group }
	if j.groups[group] > domainMaxCookies {
		j.removeExpired(now, inGroup)
		if j.groups[group] > domainMaxCookies {
			j.purge(domainMaxCookies-domainPurge, inGroup)
		}
	}
	if len(j.cookies) > maxCookies {
		everything := func(*entry) bool { return true }
		j.removeExpired(now, everything)
		if len(j.cookies) > maxCookies {
			j.purge(maxCookies-purgeCookies, everything)
		}
	}
}

func (j *Jar) removeExpired(now time.Time, in func(*entry) bool) {
	for k, e := range j.cookies {
		if in(e) && e.expired(now) {
			j.remove(k, e)
		}
	}
}

// purge removes the least valuable cookies selected by in until keep remain.
func (j *Jar) purge(keep int, in func(*entry) bool) {
	var victims []*entry
	for _, e := range j.cookies {
		if in(e) {
			victims = append(victims, e)
		}
	}
	slices.SortFunc(victims, func(a, b *entry) int {
		if a.Secure != b.Secure {
			if b.Secure {
				return -1
			}
			return 1
		}
		if c := a.LastAccess.Compare(b.LastAccess); c != 0 {
			return c
		}
		return cmpSeq(a.seq, b.seq)
	})
	for _, e := range victims[:max(0, len(victims)-keep)] {
		j.remove(e.key(), e)
	}
}

func (e *entry) key() key {
	return key{name: e.Name, domain: e.Domain, path: e.Path, hostOnly: e.HostOnly, partitioned: e.Partitioned}
}

func (e *entry) expired(now time.Time) bool {
	return e.Persistent && !e.Expires.After(now)
}

func cmpSeq(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Cookies returns the cookies a browser sends with a request to u in the given
// context: domain and path match, Secure only to secure origins, unexpired, and
// SameSite as Chromium enforces it (unset counts as Lax, but such a cookie is
// still sent on a cross-site top-level POST in its first two minutes). HttpOnly
// does not matter for HTTP requests. They are sorted longer path first, then
// earlier creation, and their LastAccess is updated. The results are copies.
func (j *Jar) Cookies(u *url.URL, ctx Context) []*Stored {
	now := j.now()
	j.mu.Lock()
	defer j.mu.Unlock()
	hits := j.sent(u, ctx, now)
	out := make([]*Stored, len(hits))
	copies := make([]Stored, len(hits))
	for i, e := range hits {
		copies[i] = e.Stored
		out[i] = &copies[i]
	}
	return out
}

// sent is what Cookies returns, as the jar's own entries, valid while j.mu
// is held: their LastAccess is updated.
func (j *Jar) sent(u *url.URL, ctx Context, now time.Time) []*entry {
	host, path := canonicalHost(u), requestPath(u)
	secure := secureHost(u, host)
	// The slice is reused from one request to the next: a crawl asks for
	// every page's cookies.
	hits := j.hits[:0]
	for k, e := range j.cookies {
		if e.expired(now) {
			j.remove(k, e)
			continue
		}
		if e.HostOnly && host != e.Domain || !e.HostOnly && !domainMatch(host, e.Domain) {
			continue
		}
		if !pathMatch(path, e.Path) || e.Secure && !secure || !sameSiteAllows(e, ctx, now) {
			continue
		}
		hits = append(hits, e)
	}
	slices.SortFunc(hits, func(a, b *entry) int {
		if len(a.Path) != len(b.Path) {
			return len(b.Path) - len(a.Path)
		}
		if c := a.Created.Compare(b.Created); c != 0 {
			return c
		}
		return cmpSeq(a.seq, b.seq)
	})
	for _, e := range hits {
		e.LastAccess = now
	}
	j.hits = hits
	return hits
}

func sameSiteAllows(e *entry, ctx Context, now time.Time) bool {
	switch ctx {
	case SameSiteRequest:
		return true
	case CrossSiteNavigation:
		return e.SameSite != SameSiteStrict
	case CrossSitePost:
		return e.SameSite == SameSiteNone || e.SameSite == SameSiteUnset && now.Sub(e.Created) <= laxAllowUnsafe
	}
	return e.SameSite == SameSiteNone
}

// CookieHeader is the Cookie header a browser sends to u in ctx ("a=b; c=d"), or
// "" when it sends none. A nameless cookie is sent as its bare value.
func (j *Jar) CookieHeader(u *url.URL, ctx Context) string {
	now := j.now()
	j.mu.Lock()
	defer j.mu.Unlock()
	hits := j.sent(u, ctx, now)
	// The header is written into room made for it at once.
	size := 0
	for _, c := range hits {
		size += len(c.Name) + len("=") + len(c.Value) + len("; ")
	}
	var b strings.Builder
	b.Grow(size)
	for i, c := range hits {
		if i > 0 {
			b.WriteString("; ")
		}
		if c.Name != "" {
			b.WriteString(c.Name)
			b.WriteByte('=')
		}
		b.WriteString(c.Value)
	}
	return b.String()
}

// All returns copies of the unexpired cookies in the jar, in creation order.
func (j *Jar) All() []*Stored {
	now := j.now()
	j.mu.Lock()
	defer j.mu.Unlock()
	live := make([]*entry, 0, len(j.cookies))
	for _, e := range j.cookies {
		if !e.expired(now) {
			live = append(live, e)
		}
	}
	slices.SortFunc(live, func(a, b *entry) int { return cmpSeq(a.seq, b.seq) })
	out := make([]*Stored, len(live))
	for i, e := range live {
		s := e.Stored
		out[i] = &s
	}
	return out
}
