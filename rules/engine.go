package rules

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/cookiescan/cookiescan/rules/setcookie"
	"github.com/cookiescan/cookiescan/scanner"
)

// Redacted stands in for a cookie value in reports unless values were asked for.
const Redacted = "[redacted]"

// Options configure one run of the rules over a body of evidence.
type Options struct {
	// Rules to run; nil runs All.
	Rules []*Rule
	// Now is when the evidence is judged, for responses without a Date header; zero means time.Now().
	Now time.Time
	// Classifier decides cookie classes; nil means DefaultClassifier.
	Classifier *Classifier
	// ShowValues puts cookie values into findings instead of Redacted.
	ShowValues bool
	// MaxURLs caps the example URLs kept per finding; zero means 5.
	MaxURLs int
}

// Pass is what one rule sees: the site model built once from the evidence, and a way to report.
type Pass struct {
	Rule *Rule
	Site *Site
	agg  *aggregator
}

// Run judges the evidence with every rule and returns the aggregated findings,
// most severe first.
func Run(ev *scanner.Evidence, opts Options) []*Finding {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if opts.Classifier == nil {
		opts.Classifier = DefaultClassifier
	}
	if opts.MaxURLs == 0 {
		opts.MaxURLs = 5
	}
	ruleset := opts.Rules
	if ruleset == nil {
		ruleset = All
	}
	site := BuildSite(ev, opts.Now, opts.Classifier)
	agg := &aggregator{opts: opts, byKey: map[string]*Finding{}}
	for _, r := range ruleset {
		r.Check(&Pass{Rule: r, Site: site, agg: agg})
	}
	return agg.sorted()
}

// Site is the evidence as a browser lived it: every response in order, every
// cookie it set, and what a cookie jar made of them.
type Site struct {
	Responses []*Response
	Cookies   []*Observed
	// CookieHeaders holds, per host, the largest Cookie header a browser would
	// have sent back to a URL of that host during the session.
	CookieHeaders map[string]HeaderSample
}

// HeaderSample is a Cookie header a browser would send back to the URL of Response.
type HeaderSample struct {
	Response *Response
	Size     int
	Cookies  int
}

// Response is a scanner response with what the engine derived from it.
type Response struct {
	*scanner.Response
	// Parsed is the response URL, or nil when the evidence did not say (a dump without a URL).
	Parsed *url.URL
	// Received is when the browser got it: the Date header, else the run's Now.
	Received time.Time
	Cookies  []*Observed
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
}

// Deletion reports whether the header removes a cookie instead of setting one.
func (o *Observed) Deletion() bool { return o.Cookie.IsDeletion(o.Response.Received) }

// Sensitive reports whether the cookie is a session or identity cookie.
func (o *Observed) Sensitive() bool { return o.Class.Sensitive() }

// BuildSite replays the evidence through one browser jar per source file (a
// HAR is one browsing session) and records what each cookie became.
func BuildSite(ev *scanner.Evidence, now time.Time, classifier *Classifier) *Site {
	site := &Site{CookieHeaders: map[string]HeaderSample{}}
	clock := now
	jars := map[string]*setcookie.Jar{}
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
	return site
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

// Report files a finding about a cookie; severity 0 means the rule's default.
func (p *Pass) Report(o *Observed, severity Severity, message string) {
	p.agg.add(p.Rule, severity, message, o.Response, o.Response.cookieLine(o.Index), o.Cookie.Name, func(f *Finding) {
		f.Cookie = &CookieRef{Name: o.Cookie.Name, Domain: o.Eval.Domain, Path: o.Eval.Path, Class: o.Class}
		if o.Response.Parsed == nil {
			f.Cookie.Domain = o.Cookie.Domain
		}
		if o.Cookie.Value != "" {
			f.Cookie.Value = p.agg.redact(o.Cookie.Value)
		}
		f.Evidence = "Set-Cookie: " + p.agg.redactLine(o.Cookie)
	}, o.Eval.Domain, o.Eval.Path, attributeSignature(o.Cookie))
}

// ReportResponse files a finding about a response rather than one cookie;
// name, when not empty, is the cookie concerned.
func (p *Pass) ReportResponse(r *Response, name string, severity Severity, message, evidence string) {
	p.agg.add(p.Rule, severity, message, r, r.Line, name, func(f *Finding) {
		if name != "" {
			f.Cookie = &CookieRef{Name: name, Domain: r.Host(), Path: "/"}
		}
		f.Evidence = evidence
	}, "", "/", "")
}

func (r *Response) cookieLine(i int) int {
	if i < len(r.SetCookieLine) && r.SetCookieLine[i] > 0 {
		return r.SetCookieLine[i]
	}
	return r.Line
}

// attributeSignature tells apart two cookies of the same name whose
// attributes differ, ignoring expiry values, which change on every response.
func attributeSignature(c *setcookie.Cookie) string {
	var b strings.Builder
	for _, a := range c.Attributes {
		name := strings.ToLower(a.Name)
		b.WriteString(name)
		if name != "expires" && name != "max-age" {
			b.WriteByte('=')
			b.WriteString(strings.ToLower(a.Value))
		}
		b.WriteByte(';')
	}
	return b.String()
}

// aggregator folds repeated findings into one with an occurrence count.
type aggregator struct {
	opts  Options
	byKey map[string]*Finding
	order []*Finding
}

func (a *aggregator) redact(v string) string {
	if a.opts.ShowValues {
		return v
	}
	return Redacted
}

func (a *aggregator) redactLine(c *setcookie.Cookie) string {
	if a.opts.ShowValues {
		return c.String()
	}
	redacted := *c
	if redacted.Value != "" {
		redacted.Value = Redacted
	}
	return redacted.String()
}

// add counts one occurrence of a finding, building it (with fill) only the
// first time it is seen: a cookie repeated on every page costs a map lookup.
func (a *aggregator) add(rule *Rule, severity Severity, message string, r *Response, line int, name string, fill func(*Finding), domain, path, signature string) {
	if severity == 0 {
		severity = rule.Severity
	}
	host := r.Host()
	key := strings.Join([]string{rule.ID, host, name, domain, path, signature}, "\x00")
	if r.Parsed == nil {
		// Without a URL, a file and line is the only identity a finding has.
		key += fmt.Sprintf("\x00%s:%d", r.File, line)
	}
	f := a.byKey[key]
	if f == nil {
		f = &Finding{
			Rule:        rule.ID,
			Severity:    severity,
			Confidence:  Certain,
			Title:       rule.Title,
			Message:     message,
			CWE:         rule.CWE,
			Fingerprint: fingerprint(rule.ID, host, path, name),
			URL:         r.URL,
			URLs:        []string{},
		}
		if r.File != "" {
			f.Location = &Location{File: r.File, Line: line}
		}
		fill(f)
		a.byKey[key] = f
		a.order = append(a.order, f)
	} else if severity > f.Severity {
		f.Severity = severity
		f.Message = message
	}
	f.Occurrences++
	if r.URL != "" && len(f.URLs) < a.opts.MaxURLs && !slices.Contains(f.URLs, r.URL) {
		f.URLs = append(f.URLs, r.URL)
	}
}

// fingerprint identifies a finding across runs: rule, host, path and cookie
// name, never the value, so it survives a new session ID.
func fingerprint(rule, host, path, name string) string {
	sum := sha256.Sum256([]byte(rule + "\x00" + host + "\x00" + path + "\x00" + name))
	return hex.EncodeToString(sum[:16])
}

func (a *aggregator) sorted() []*Finding {
	out := slices.Clone(a.order)
	slices.SortStableFunc(out, func(x, y *Finding) int {
		if c := cmp.Compare(y.Severity, x.Severity); c != 0 {
			return c
		}
		if c := cmp.Compare(x.Rule, y.Rule); c != 0 {
			return c
		}
		return cmp.Compare(cookieName(x), cookieName(y))
	})
	return out
}

func cookieName(f *Finding) string {
	if f.Cookie == nil {
		return ""
	}
	return f.Cookie.Name
}
