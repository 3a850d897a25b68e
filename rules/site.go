package rules

import (
	"fmt"
	"hash/maphash"
	"iter"
	"net/url"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/publicsuffix"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/script"
	"github.com/cookiescan/cookiescan/setcookie"
	"github.com/cookiescan/cookiescan/token"
)

// Site is the evidence as a browser lived it: every response in order, every
// cookie it set, and what a cookie jar made of them.
type Site struct {
	Responses []*Response
	Cookies   []*Observed
	// CookieHeaders holds, per host, the largest Cookie header a browser would
	// have sent back to a URL of that host during the session.
	CookieHeaders map[string]HeaderSample
	// ScriptOps are the cookie operations found in scripts.
	ScriptOps []*ScriptOp
	// LogoutProbes are the crawler's requests to the site's logout URLs.
	LogoutProbes []*LogoutProbe
	// Samples are session IDs that fresh clients got, for judging their randomness.
	Samples []*evidence.CookieSample
	// Lifecycle is what an authenticated scan's session-lifecycle probes
	// saw, nil without them.
	Lifecycle *evidence.Lifecycle
	// SiteCookies counts the distinct cookies stored per registrable domain,
	// in the order the domains were first seen.
	SiteCookies []*SiteCookies
	// HTTPOnlyNames are the names of the cookies a header set with HttpOnly.
	HTTPOnlyNames map[string]bool
	// Notes are problems with the evidence that do not stop the judging,
	// such as a script that could be analysed only in part.
	Notes []string
	// Disagreements are the cookies a browser stored or blocked against the model's verdict.
	Disagreements []Disagreement

	// verified holds what Pass.verify found, by token.VerifyKey, across the parts.
	verified map[string]verification
	// lifecycle is what the session-lifecycle probes saw, in every part:
	// it decides how sure the logout rules are.
	lifecycle  *evidence.Lifecycle
	classifier *classMemo
	// parsed are the part's cookie lines, parsed: a site sets the same
	// lines on many pages, and a script of every page writes the same line.
	parsed map[string]*setcookie.Cookie
	// firstSentCookies is firstSent, once firstSentReady is set.
	firstSentCookies []*Observed
	firstSentReady   bool
}

// LogoutProbe is one logout request and what it did to the session.
type LogoutProbe struct {
	Response *Response
	// Held are the session cookies a browser sent to the logout URL.
	Held []*setcookie.Stored
	// Survivors are those of Held a browser still sends after the logout.
	Survivors []*setcookie.Stored
	// Cleared is set when a response of the logout sent Clear-Site-Data for cookies.
	Cleared bool
}

// HeaderSample is a Cookie header a browser would send back to the URL of Response.
type HeaderSample struct {
	Response *Response
	Size     int
	Cookies  int
}

// Response is a scanner response with what the engine derived from it.
type Response struct {
	*evidence.Response
	// Parsed is the response URL, or nil when the evidence did not say (a dump without a URL).
	Parsed *url.URL
	// Received is when the browser got it: the Date header, else the run's Now.
	Received time.Time
	Cookies  []*Observed

	siblings map[string]string // every cookie set here, by name; built on first use
	// siblingIndex is siblings indexed for recognising values, built on first use.
	siblingIndex *token.Siblings
	signerIndex  *signerIndex // built on first use
}

// Host is the response's host, or "" when unknown.
func (r *Response) Host() string {
	if r.Parsed == nil {
		return ""
	}
	return r.Parsed.Hostname()
}

// Observed is one Set-Cookie header and everything known about it.
type Observed struct {
	Response *Response
	// Index is the header's position among the response's Set-Cookie lines.
	Index  int
	Cookie *setcookie.Cookie
	// Eval is what a browser does with the cookie taken alone.
	Eval setcookie.Evaluation
	// Stored is what the browser's jar did with it, given every cookie before it.
	Stored setcookie.Evaluation
	Class  Class
	// Held lists the cookies of the same name the jar held when this one arrived.
	Held []*setcookie.Stored
	// Survivors lists, for a deletion, the cookies of the same name that a
	// browser still sends to the response's URL afterwards.
	Survivors []*setcookie.Stored
	// Op is the script operation that wrote the cookie, nil for a Set-Cookie header.
	Op *ScriptOp

	token *token.Token // what the value is, recognised on first use
	// signature is attributeSignature of Cookie, once signed is set: every
	// finding about the cookie and its inventory entry need it.
	signature string
	signed    bool
	// value is valueKey, once valueHashed is set.
	value       uint64
	valueHashed bool
}

// attributes is the cookie's attributeSignature.
func (o *Observed) attributes() string {
	if !o.signed {
		o.signature, o.signed = attributeSignature(o.Cookie), true
	}
	return o.signature
}

// Token tells what the cookie's value is: a JWT, a Flask session, a plain
// word… Cookies set in the same response are its siblings (name.sig pairs).
func (o *Observed) Token() *token.Token {
	if o.token == nil {
		if o.Response.siblingIndex == nil {
			o.Response.siblingIndex = token.NewSiblings(o.siblings())
		}
		o.token = token.RecogniseAmong(o.Cookie.Name, o.Cookie.Value, o.Response.siblingIndex)
	}
	return o.token
}

// siblings are the cookies set in the same response, by name. One index
// serves every cookie of the response: the formats look up names other than
// the cookie's own (name.sig, an identity's HMAC), so the cookie itself in
// it changes nothing, and a response of many cookies is judged in linear time.
func (o *Observed) siblings() map[string]string {
	r := o.Response
	if r.siblings == nil {
		r.siblings = make(map[string]string, len(r.Cookies))
		for _, s := range r.Cookies {
			r.siblings[s.Cookie.Name] = s.Cookie.Value
		}
	}
	return r.siblings
}

// Deletion reports whether the header removes a cookie instead of setting one.
func (o *Observed) Deletion() bool { return o.Cookie.IsDeletion(o.Response.Received) }

// Sensitive reports whether the cookie is a session or identity cookie.
func (o *Observed) Sensitive() bool { return o.Class.Sensitive() }

// Bounds on what a site builder remembers across the parts of a judgement,
// so that a capture of endless new hosts or cookie names stays in memory.
const (
	maxTrackedHosts         = 1 << 14 // hosts whose largest Cookie header is kept
	maxTrackedSites         = 1 << 14 // registrable domains whose cookies are counted
	maxCountedCookies       = 1 << 16 // distinct cookies counted per registrable domain
	maxTrackedHTTPOnlyNames = 1 << 16
)

// SiteCookies is how many distinct cookies (name, domain, path) the
// responses stored for one registrable domain.
type SiteCookies struct {
	Domain   string
	Distinct int
	// Capped is set when Distinct stopped counting at its bound.
	Capped bool
	// Past50 is the cookie that went past 50, or past 180 when the count did.
	Past50 *Observed
	seen   map[uint64]struct{}
}

// siteBuilder replays responses through one browser jar per source file (a
// HAR is one browsing session), a part at a time, and remembers across the
// parts only what later responses can change.
type siteBuilder struct {
	now        time.Time
	classifier *classMemo
	clock      time.Time
	jars       map[string]*setcookie.Jar
	probe      *LogoutProbe
	probeJar   *setcookie.Jar
	probes     []*LogoutProbe

	headers   map[string]HeaderSample
	sites     map[string]*SiteCookies
	siteOrder []*SiteCookies
	httpOnly  map[string]bool
	seed      maphash.Seed
	notes     []string
	// issueSeen holds the browser issues already noted, once each per cookie.
	issueSeen map[string]bool
	verified  map[string]verification
	lifecycle *evidence.Lifecycle
	responses int
	cookies   int
	// lastDomain and lastSite are the last answer of registrable.
	lastDomain, lastSite string
}

func newSiteBuilder(now time.Time, classifier *Classifier) *siteBuilder {
	return &siteBuilder{
		now: now, classifier: newClassMemo(classifier), clock: now,
		jars:    map[string]*setcookie.Jar{},
		headers: map[string]HeaderSample{},
		sites:   map[string]*SiteCookies{}, httpOnly: map[string]bool{},
		seed: maphash.MakeSeed(), verified: map[string]verification{}, issueSeen: map[string]bool{},
	}
}

// part is the site model of the next responses, in order.
func (b *siteBuilder) part(responses []*evidence.Response) *Site {
	site := &Site{CookieHeaders: map[string]HeaderSample{}, verified: b.verified, lifecycle: b.lifecycle, classifier: b.classifier}
	for _, sr := range responses {
		b.add(site, sr)
	}
	site.LogoutProbes, b.probes = b.probes, nil
	site.compareWithBrowser()
	b.notes = append(b.notes, site.browserIssues(b.issueSeen)...)
	return site
}

// finish completes the last part with what only the whole evidence tells:
// the largest Cookie headers, the cookies counted per site, the samples and
// the scripts (those in analysed analysed already).
func (b *siteBuilder) finish(site *Site, ev *evidence.Evidence, analysed map[*evidence.Script]*script.Result) {
	b.endProbe()
	site.LogoutProbes = append(site.LogoutProbes, b.probes...)
	site.CookieHeaders = b.headers
	site.SiteCookies = b.siteOrder
	site.HTTPOnlyNames = b.httpOnly
	site.Samples = ev.Samples
	site.Lifecycle = ev.Lifecycle
	if site.lifecycle == nil {
		site.lifecycle = ev.Lifecycle
	}
	site.Notes = append(site.Notes, b.notes...)
	site.analyseScripts(ev.Scripts, analysed, b.now, b.classifier)
	site.addRuntimeWrites(ev.CookieWrites, b.now, b.classifier)
}

func (b *siteBuilder) endProbe() {
	probe := b.probe
	if probe == nil {
		return
	}
	for _, s := range b.probeJar.Cookies(probe.Response.Parsed, setcookie.SameSiteRequest) {
		for _, h := range probe.Held {
			// A new value is a new session: the old one is gone.
			if s.Name == h.Name && s.Domain == h.Domain && s.Path == h.Path && s.Value == h.Value {
				probe.Survivors = append(probe.Survivors, s)
			}
		}
	}
	b.probes = append(b.probes, probe)
	b.probe = nil
}

// add replays one response into site.
func (b *siteBuilder) add(site *Site, sr *evidence.Response) {
	b.responses++
	b.cookies += len(sr.SetCookie)
	r := &Response{Response: sr, Received: b.now}
	if u, err := url.Parse(sr.URL); err == nil && u.Host != "" {
		r.Parsed = u
	}
	if t, ok := sr.SentAt(); ok {
		r.Received = t
	}
	site.Responses = append(site.Responses, r)
	jar := b.jars[sr.File]
	if jar == nil {
		jar = setcookie.NewJar(func() time.Time { return b.clock })
		b.jars[sr.File] = jar
	}
	b.clock = r.Received
	if b.probe != nil && (!sr.Logout || sr.Hop == 0) {
		b.endProbe()
	}
	if sr.Logout && sr.Hop == 0 && r.Parsed != nil {
		b.probe, b.probeJar = &LogoutProbe{Response: r}, jar
		for _, s := range jar.Cookies(r.Parsed, setcookie.SameSiteRequest) {
			// Identity cookies outliving the session do no harm by themselves.
			if b.classifier.Classify(s.Name, s.Value) == ClassSession {
				b.probe.Held = append(b.probe.Held, s)
			}
		}
	}
	if b.probe != nil && clearsCookies(sr.Header.Get("Clear-Site-Data")) {
		b.probe.Cleared = true
	}
	for i, line := range sr.SetCookie {
		c := site.parse(line)
		u := r.evaluationURL(c)
		o := &Observed{
			Response: r,
			Index:    i,
			Cookie:   c,
			Eval:     setcookie.Evaluate(c, u, r.Received, setcookie.FromHTTP),
			Class:    b.classifier.Classify(c.Name, c.Value),
		}
		// Only a deletion needs to know what it was meant to remove.
		if o.Deletion() {
			for _, s := range jar.All() {
				if s.Name == c.Name {
					o.Held = append(o.Held, s)
				}
			}
		}
		// The jar's clock reads r.Received, at which Eval was made.
		o.Stored = jar.SetEvaluated(u, c, setcookie.FromHTTP, o.Eval)
		if len(o.Held) > 0 {
			for _, s := range jar.Cookies(u, setcookie.SameSiteRequest) {
				if s.Name == c.Name {
					o.Survivors = append(o.Survivors, s)
				}
			}
		}
		r.Cookies = append(r.Cookies, o)
		site.Cookies = append(site.Cookies, o)
		b.count(o)
	}
	if r.Parsed != nil {
		header := jar.CookieHeader(r.Parsed, setcookie.SameSiteRequest)
		prev, ok := b.headers[r.Host()]
		switch {
		case !ok && len(b.headers) >= maxTrackedHosts:
			b.note("cookie-header-too-large", fmt.Sprintf("the Cookie header was judged for the first %d hosts only", maxTrackedHosts))
		case !ok || len(header) > prev.Size:
			b.headers[r.Host()] = HeaderSample{Response: r, Size: len(header), Cookies: strings.Count(header, "; ") + min(1, len(header))}
		}
	}
}

// parse is setcookie.Parse of a cookie line of the part, once per line.
// What it returns is shared, and read only.
func (s *Site) parse(line string) *setcookie.Cookie {
	c := s.parsed[line]
	if c == nil {
		c = setcookie.Parse(line)
		if s.parsed == nil {
			s.parsed = map[string]*setcookie.Cookie{}
		}
		s.parsed[line] = c
	}
	return c
}

// count adds a header's cookie to what the whole evidence tells.
func (b *siteBuilder) count(o *Observed) {
	if o.Deletion() {
		return
	}
	if o.Cookie.HttpOnly && !b.httpOnly[o.Cookie.Name] {
		if len(b.httpOnly) < maxTrackedHTTPOnlyNames {
			b.httpOnly[o.Cookie.Name] = true
		} else {
			b.note("logout-in-js", fmt.Sprintf("the first %d HttpOnly cookie names were remembered, not more", maxTrackedHTTPOnlyNames))
		}
	}
	if !o.Eval.Stored {
		return
	}
	reg := b.registrable(o.Eval.Domain)
	s := b.sites[reg]
	if s == nil {
		if len(b.sites) >= maxTrackedSites {
			b.note("too-many-cookies", fmt.Sprintf("cookies were counted for the first %d sites only", maxTrackedSites))
			return
		}
		s = &SiteCookies{Domain: reg, seen: map[uint64]struct{}{}}
		b.sites[reg] = s
		b.siteOrder = append(b.siteOrder, s)
	}
	if s.Capped {
		return
	}
	// A hash stands for the cookie: the count needs identity, not the name.
	var h maphash.Hash
	h.SetSeed(b.seed)
	h.WriteString(o.Cookie.Name)
	h.WriteByte(0)
	h.WriteString(o.Eval.Domain)
	h.WriteByte(0)
	h.WriteString(o.Eval.Path)
	key := h.Sum64()
	if _, ok := s.seen[key]; ok {
		return
	}
	s.seen[key] = struct{}{}
	s.Distinct = len(s.seen)
	if s.Distinct == 51 || s.Distinct == 181 {
		s.Past50 = o
	}
	if s.Distinct >= maxCountedCookies {
		s.Capped, s.seen = true, nil
	}
}

// registrable is the registrable domain of a cookie's domain, or the domain
// itself when it has none. The last answer is kept, as lastDomain's
// lastSite: one site's cookies come in runs.
func (b *siteBuilder) registrable(domain string) string {
	if domain == b.lastDomain && b.lastSite != "" {
		return b.lastSite
	}
	reg, err := publicsuffix.EffectiveTLDPlusOne(domain)
	if err != nil {
		reg = domain
	}
	b.lastDomain, b.lastSite = domain, reg
	return reg
}

// note records once that a bound cut what a rule can tell.
func (b *siteBuilder) note(rule, what string) {
	n := rule + ": " + what
	if !slices.Contains(b.notes, n) {
		b.notes = append(b.notes, n)
	}
}

// clearsCookies reports whether a Clear-Site-Data header value removes cookies.
func clearsCookies(v string) bool {
	for _, part := range strings.Split(v, ",") {
		if p := strings.TrimSpace(part); p == `"cookies"` || p == `"*"` {
			return true
		}
	}
	return false
}

// evaluationURL is the URL to judge a cookie against. A dump without a URL
// is taken as an https response from the cookie's own Domain, so that only
// what the header alone proves is reported.
func (r *Response) evaluationURL(c *setcookie.Cookie) *url.URL {
	if r.Parsed != nil {
		return r.Parsed
	}
	host := "unknown.invalid"
	if c.HasDomain && c.Domain != "" {
		host = c.Domain
	}
	return &url.URL{Scheme: "https", Host: host, Path: "/"}
}

// Live yields the named cookies a browser stores and that set rather than
// delete: the ones whose flags matter. Rejected and nameless cookies have
// findings of their own, and deletions never need flags.
func (s *Site) Live() iter.Seq[*Observed] {
	return func(yield func(*Observed) bool) {
		for _, o := range s.Cookies {
			if o.Eval.Stored && o.Cookie.Name != "" && !o.Deletion() && !yield(o) {
				return
			}
		}
	}
}

// Sent yields the named cookies the server set rather than deleted, whether a
// browser stores them or rejects them: what a value is does not depend on the
// browser keeping it, and a rejected cookie shows what the server signs, with
// which secret, all the same.
func (s *Site) Sent() iter.Seq[*Observed] {
	return func(yield func(*Observed) bool) {
		for _, o := range s.Cookies {
			if o.Cookie.Name != "" && !o.Deletion() && !yield(o) {
				return
			}
		}
	}
}

// sentTokens yields each distinct cookie the server sent once with what its
// value is, so that costly checks run once per value however often it was seen.
func sentTokens(p *Pass, visit func(o *Observed, t *token.Token)) {
	for _, o := range p.Site.firstSent(p.sentSeen) {
		visit(o, o.Token())
	}
}

// firstSent are the cookies of Sent with a value whose name and value are
// met for the first time in the evidence (seen holds those of the parts
// before). Every rule going through sentTokens meets the same cookies in
// every part, so they are picked once per part, for all of them.
func (s *Site) firstSent(seen *valueSet) []*Observed {
	if !s.firstSentReady {
		for o := range s.Sent() {
			if o.Cookie.Value != "" && seen.first(o, len(s.Cookies)) {
				s.firstSentCookies = append(s.firstSentCookies, o)
			}
		}
		s.firstSentReady = true
	}
	return s.firstSentCookies
}

// firstValue reports whether the rule meets the cookie's name and value for
// the first time in the evidence, across the parts of a judgement.
func (p *Pass) firstValue(o *Observed) bool { return p.seen.first(o, len(p.Site.Cookies)) }

// first reports whether the set did not hold the cookie's name and value,
// and holds them from now on, within maxSeenValues. The first new value
// makes room for part more at once: the values of a crawl mostly differ.
func (set *valueSet) first(o *Observed, part int) bool {
	key := o.valueKey()
	if _, ok := set.keys[key]; ok {
		return false
	}
	if set.keys == nil {
		set.keys = make(map[uint64]struct{}, min(part, maxSeenValues))
	}
	if len(set.keys) < maxSeenValues {
		set.keys[key] = struct{}{}
	}
	return true
}

// rejectedToo is what a value finding adds about a cookie browsers reject:
// the value matters anyway, since it shows how the server signs.
func (o *Observed) rejectedToo() string {
	if o.Eval.Stored {
		return ""
	}
	why := make([]string, 0, len(o.Eval.Reasons))
	for _, r := range o.Eval.Reasons {
		why = append(why, r.Describe())
	}
	return "; browsers reject the cookie too (" + strings.Join(why, "; ") + ")"
}

// verification is what trying the secrets against one value gave.
type verification struct {
	secret token.Secret
	ok     bool
}

// verify tries the run's secrets against the cookie's value once per thing
// to verify, for every rule that needs the answer.
func (p *Pass) verify(o *Observed) (token.Secret, bool) {
	t := o.Token()
	key := t.VerifyKey()
	if v, ok := p.Site.verified[key]; ok {
		return v.secret, v.ok
	}
	secret, ok := token.Verify(t, o.Cookie.Name, o.Cookie.Value, o.siblings(), p.Secrets())
	p.Site.verified[key] = verification{secret, ok}
	return secret, ok
}

// valueSeed hashes the values a rule already judged.
var valueSeed = maphash.MakeSeed()

// valueKey is the hash of the cookie's name and value, which every rule
// judging values asks for: it is worked out once.
func (o *Observed) valueKey() uint64 {
	if !o.valueHashed {
		var h maphash.Hash
		h.SetSeed(valueSeed)
		h.WriteString(o.Cookie.Name)
		h.WriteByte(0)
		h.WriteString(o.Cookie.Value)
		o.value, o.valueHashed = h.Sum64(), true
	}
	return o.value
}

// Rejected reports whether a browser drops the cookie for any of reasons.
func (o *Observed) Rejected(reasons ...setcookie.Reason) bool {
	for _, r := range o.Eval.Reasons {
		if slices.Contains(reasons, r) {
			return true
		}
	}
	return false
}

// rejections describes the reasons a browser drops the cookie for, among those given.
func (o *Observed) rejections(among []setcookie.Reason) []string {
	var why []string
	for _, r := range o.Eval.Reasons {
		if slices.Contains(among, r) {
			why = append(why, r.Describe())
		}
	}
	return why
}
