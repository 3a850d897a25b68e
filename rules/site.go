package rules

import (
	"iter"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
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
	// Notes are problems with the evidence that do not stop the judging,
	// such as a script that could be analysed only in part.
	Notes []string
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
}

// Token tells what the cookie's value is: a JWT, a Flask session, a plain
// word… Cookies set in the same response are its siblings (name.sig pairs).
func (o *Observed) Token() *token.Token {
	if o.token == nil {
		o.token = token.Recognise(o.Cookie.Name, o.Cookie.Value, o.siblings())
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

// buildSite replays the evidence through one browser jar per source file (a
// HAR is one browsing session) and records what each cookie became.
func buildSite(ev *evidence.Evidence, now time.Time, classifier *Classifier) *Site {
	site := &Site{CookieHeaders: map[string]HeaderSample{}}
	clock := now
	jars := map[string]*setcookie.Jar{}
	var probe *LogoutProbe
	var probeJar *setcookie.Jar
	endProbe := func() {
		if probe == nil {
			return
		}
		for _, s := range probeJar.Cookies(probe.Response.Parsed, setcookie.SameSiteRequest) {
			for _, h := range probe.Held {
				// A new value is a new session: the old one is gone.
				if s.Name == h.Name && s.Domain == h.Domain && s.Path == h.Path && s.Value == h.Value {
					probe.Survivors = append(probe.Survivors, s)
				}
			}
		}
		site.LogoutProbes = append(site.LogoutProbes, probe)
		probe = nil
	}
	for _, sr := range ev.Responses {
		r := &Response{Response: sr, Received: now}
		if u, err := url.Parse(sr.URL); err == nil && u.Host != "" {
			r.Parsed = u
		}
		if t, ok := sr.SentAt(); ok {
			r.Received = t
		}
		site.Responses = append(site.Responses, r)
		jar := jars[sr.File]
		if jar == nil {
			jar = setcookie.NewJar(func() time.Time { return clock })
			jars[sr.File] = jar
		}
		clock = r.Received
		if probe != nil && (!sr.Logout || sr.Hop == 0) {
			endProbe()
		}
		if sr.Logout && sr.Hop == 0 && r.Parsed != nil {
			probe, probeJar = &LogoutProbe{Response: r}, jar
			for _, s := range jar.Cookies(r.Parsed, setcookie.SameSiteRequest) {
				// Identity cookies outliving the session do no harm by themselves.
				if classifier.Classify(s.Name, s.Value) == ClassSession {
					probe.Held = append(probe.Held, s)
				}
			}
		}
		if probe != nil && clearsCookies(sr.Header.Get("Clear-Site-Data")) {
			probe.Cleared = true
		}
		for i, line := range sr.SetCookie {
			c := setcookie.Parse(line)
			u := r.evaluationURL(c)
			o := &Observed{
				Response: r,
				Index:    i,
				Cookie:   c,
				Eval:     setcookie.Evaluate(c, u, r.Received, setcookie.FromHTTP),
				Class:    classifier.Classify(c.Name, c.Value),
			}
			// Only a deletion needs to know what it was meant to remove.
			if o.Deletion() {
				for _, s := range jar.All() {
					if s.Name == c.Name {
						o.Held = append(o.Held, s)
					}
				}
			}
			o.Stored = jar.Set(u, c, setcookie.FromHTTP)
			if len(o.Held) > 0 {
				for _, s := range jar.Cookies(u, setcookie.SameSiteRequest) {
					if s.Name == c.Name {
						o.Survivors = append(o.Survivors, s)
					}
				}
			}
			r.Cookies = append(r.Cookies, o)
			site.Cookies = append(site.Cookies, o)
		}
		if r.Parsed != nil {
			header := jar.CookieHeader(r.Parsed, setcookie.SameSiteRequest)
			if prev, ok := site.CookieHeaders[r.Host()]; !ok || len(header) > prev.Size {
				site.CookieHeaders[r.Host()] = HeaderSample{Response: r, Size: len(header), Cookies: strings.Count(header, "; ") + min(1, len(header))}
			}
		}
	}
	endProbe()
	site.Samples = ev.Samples
	site.analyseScripts(ev.Scripts, now, classifier)
	return site
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

// liveTokens yields each distinct set cookie once with what its value is,
// so that costly checks run once per value however often it was seen.
func liveTokens(p *Pass, visit func(o *Observed, t *token.Token)) {
	seen := map[string]bool{}
	for o := range p.Site.Live() {
		key := o.Cookie.Name + "\x00" + o.Cookie.Value
		if o.Cookie.Value == "" || seen[key] {
			continue
		}
		seen[key] = true
		visit(o, o.Token())
	}
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
