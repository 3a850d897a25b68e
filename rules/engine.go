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

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/setcookie"
	"github.com/cookiescan/cookiescan/token"
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
	// Secrets are tried against signed cookies; nil means the built-in list.
	Secrets []token.Secret
}

// Pass is what one rule sees: the site model built once from the evidence, and a way to report.
type Pass struct {
	Rule *Rule
	Site *Site
	agg  *aggregator
}

// Secrets are the signing secrets to try against signed cookies.
func (p *Pass) Secrets() []token.Secret { return p.agg.opts.Secrets }

// ShowValues reports whether the user asked to see cookie values (and secrets found).
func (p *Pass) ShowValues() bool { return p.agg.opts.ShowValues }

// Run judges the evidence with every rule and returns the aggregated findings,
// most severe first.
func Run(ev *evidence.Evidence, opts Options) []*Finding {
	return Judge(ev, opts).Findings
}

// Outcome is what judging evidence gives: findings, and notes on evidence
// that could be judged only in part.
type Outcome struct {
	Findings []*Finding
	Notes    []string
}

// Judge is Run with the notes.
func Judge(ev *evidence.Evidence, opts Options) *Outcome {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if opts.Classifier == nil {
		opts.Classifier = DefaultClassifier
	}
	if opts.MaxURLs == 0 {
		opts.MaxURLs = 5
	}
	if opts.Secrets == nil {
		opts.Secrets = token.BuiltinSecrets()
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
	return &Outcome{Findings: agg.sorted(), Notes: site.Notes}
}

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

// siblings are the other cookies set in the same response, by name.
func (o *Observed) siblings() map[string]string {
	siblings := map[string]string{}
	for _, s := range o.Response.Cookies {
		if s != o {
			siblings[s.Cookie.Name] = s.Cookie.Value
		}
	}
	return siblings
}

// Deletion reports whether the header removes a cookie instead of setting one.
func (o *Observed) Deletion() bool { return o.Cookie.IsDeletion(o.Response.Received) }

// Sensitive reports whether the cookie is a session or identity cookie.
func (o *Observed) Sensitive() bool { return o.Class.Sensitive() }

// BuildSite replays the evidence through one browser jar per source file (a
// HAR is one browsing session) and records what each cookie became.
func BuildSite(ev *evidence.Evidence, now time.Time, classifier *Classifier) *Site {
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

// Report files a finding about a cookie; severity 0 means the rule's default.
func (p *Pass) Report(o *Observed, severity Severity, message string) {
	p.agg.add(p.Rule, severity, message, o.where(), o.Cookie.Name, func(f *Finding) {
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
	p.agg.add(p.Rule, severity, message, r.at(r.Line, 0), name, func(f *Finding) {
		if name != "" {
			f.Cookie = &CookieRef{Name: name, Domain: r.Host(), Path: "/"}
		}
		f.Evidence = evidence
	}, "", "/", "")
}

// where is the place a finding was seen: the URL and host it concerns and
// its position in a file (or page).
type where struct {
	host, url, file string
	line, col       int
	// unknownURL is set for evidence that does not say its URL (a dump
	// without one, a source file): then a position is all that identifies it.
	unknownURL bool
}

func (r *Response) at(line, col int) where {
	return where{host: r.Host(), url: r.URL, file: r.File, line: line, col: col, unknownURL: r.Parsed == nil}
}

// where is the Set-Cookie header's line, or the script operation's position.
func (o *Observed) where() where {
	if o.Op != nil {
		return o.Op.where()
	}
	r := o.Response
	if o.Index < len(r.SetCookieLine) && r.SetCookieLine[o.Index] > 0 {
		return r.at(r.SetCookieLine[o.Index], 0)
	}
	return r.at(r.Line, 0)
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

// redactScript is an operation's source text with the cookie value hidden.
func (a *aggregator) redactScript(op *ScriptOp) string {
	if a.opts.ShowValues || len(op.Value) < 4 {
		return op.Snippet
	}
	return strings.ReplaceAll(op.Snippet, op.Value, Redacted)
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
func (a *aggregator) add(rule *Rule, severity Severity, message string, w where, name string, fill func(*Finding), domain, path, signature string) {
	if severity == 0 {
		severity = rule.Severity
	}
	key := strings.Join([]string{rule.ID, w.host, name, domain, path, signature}, "\x00")
	if w.unknownURL {
		// Without a URL, a place in a file is the only identity a finding has.
		key += fmt.Sprintf("\x00%s:%d:%d", w.file, w.line, w.col)
	}
	if !a.opts.ShowValues {
		w.url = redactSessionIDs(w.url)
		if strings.Contains(w.file, "://") {
			w.file = redactSessionIDs(w.file)
		}
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
			Fingerprint: fingerprint(rule.ID, w.host, path, name),
			URL:         w.url,
			URLs:        []string{},
		}
		if w.file != "" {
			f.Location = &Location{File: w.file, Line: w.line, Col: w.col}
		}
		fill(f)
		a.byKey[key] = f
		a.order = append(a.order, f)
	} else if severity > f.Severity {
		f.Severity = severity
		f.Message = message
	}
	f.Occurrences++
	if w.url != "" && len(f.URLs) < a.opts.MaxURLs && !slices.Contains(f.URLs, w.url) {
		f.URLs = append(f.URLs, w.url)
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
