package rules

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/maphash"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/script"
	"github.com/cookiescan/cookiescan/setcookie"
)

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
	size := 0
	for _, a := range c.Attributes {
		size += len(a.Name) + len(a.Value) + len("=;")
	}
	b.Grow(size)
	for _, a := range c.Attributes {
		start := b.Len()
		writeLower(&b, a.Name)
		if name := b.String()[start:]; name != "expires" && name != "max-age" {
			b.WriteByte('=')
			writeLower(&b, a.Value)
		}
		b.WriteByte(';')
	}
	return b.String()
}

// writeLower writes strings.ToLower(s) to b, without a copy of s in
// between when s is ASCII, as attributes almost always are.
func writeLower(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			b.WriteString(strings.ToLower(s))
			return
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
}

// aggregator folds repeated findings into one with an occurrence count,
// and keeps at most opts.MaxFindings distinct ones.
type aggregator struct {
	opts  Options
	byKey map[string]*Finding
	order []*Finding
	// dropped counts the distinct findings left out past the cap.
	dropped distinctCount
	// ignored are the reports that a comment in their script silenced.
	ignored []InlineIgnore
	// scriptLines are the lines of the scripts with such comments (nil for
	// scripts without).
	scriptLines map[*evidence.Script][]string
	// secretIDs are the secrets each finding lists, told apart by value.
	secretIDs map[*Finding][]string
	// key is the buffer the key of a report is built in.
	key []byte
}

// occurrence is one sighting of a subject: where it was seen, and the
// cookie, scope and attributes that identify it among a rule's findings.
type occurrence struct {
	where
	name, domain, path, signature string
	// times counts the sightings it stands for (0 means 1): a script's
	// operation done again and again is one subject; positions are the
	// first of them.
	times     int
	positions []script.Position
}

func (o *Observed) occurrence() occurrence {
	oc := occurrence{where: o.where(), name: o.Cookie.Name, domain: o.Eval.Domain, path: o.Eval.Path, signature: o.attributes()}
	oc.times = o.times()
	if o.Op != nil {
		oc.positions = o.Op.Positions
	}
	return oc
}

// times is how many times the operation behind o ran: a script writing
// one cookie repeatedly is one Observed counted that often.
func (o *Observed) times() int {
	if o.Op == nil {
		return 1
	}
	return o.Op.Times()
}

func (o *Observed) describe(f *Finding, a *aggregator) {
	f.Cookie = &CookieRef{Name: o.Cookie.Name, Domain: o.Eval.Domain, Path: o.Eval.Path, Class: o.Class}
	if o.Response.Parsed == nil {
		f.Cookie.Domain = o.Cookie.Domain
	}
	if o.Cookie.Value != "" {
		f.Cookie.Value = a.redact(o.Cookie.Value)
	}
	f.Evidence = "Set-Cookie: " + a.redactLine(o.Cookie)
}

// A script operation is told apart by what it does and with which API.
func (op *ScriptOp) occurrence() occurrence {
	w := op.where()
	return occurrence{where: w, name: op.Name, domain: w.host, path: "/", signature: string(op.Kind) + string(op.API), times: op.Times(), positions: op.Positions}
}

func (op *ScriptOp) describe(f *Finding, a *aggregator) {
	f.Cookie = &CookieRef{Name: op.Name, Domain: op.where().host, Path: "/", Class: op.Class}
	f.Evidence = a.redactScript(op)
}

func (r *Response) occurrence() occurrence {
	return occurrence{where: r.at(r.Line, 0), path: "/"}
}

func (r *Response) describe(*Finding, *aggregator) {}

func (rc ResponseCookie) occurrence() occurrence {
	oc := rc.Response.occurrence()
	oc.name = rc.Name
	return oc
}

func (rc ResponseCookie) describe(f *Finding, _ *aggregator) {
	f.Cookie = &CookieRef{Name: rc.Name, Domain: rc.Response.Host(), Path: "/"}
}

// add counts one occurrence of a finding, building it only the first time
// it is seen: a cookie repeated on every page costs a map lookup. A message,
// when given, is d's Message, built only if the finding takes it.
func (a *aggregator) add(rule *Rule, d Diagnostic, message func() string) {
	if op := scriptOf(d.At); op != nil {
		if ig, ok := a.inlineIgnore(op.Script, op.Line, rule.ID); ok {
			a.ignored = append(a.ignored, ig)
			return
		}
	}
	severity := cmp.Or(d.Severity, rule.Severity)
	oc := d.At.occurrence()
	w := oc.where
	// The key is built in a buffer kept between reports: most reports are
	// of a finding already kept, and looking it up allocates nothing.
	key := append(a.key[:0], rule.ID...)
	for _, part := range [...]string{w.host, oc.name, oc.domain, oc.path, oc.signature} {
		key = append(append(key, 0), part...)
	}
	if w.unknownURL {
		// Without a URL, the file is the only identity a finding has; its
		// places in the file are kept as locations.
		key = append(append(key, 0), w.file...)
	}
	a.key = key
	f := a.byKey[string(key)]
	if f == nil && len(a.order) >= a.opts.MaxFindings {
		a.dropped.add(string(key))
		return
	}
	// Only a URL or file the finding may still list is redacted.
	if !a.opts.ShowValues {
		if f == nil || len(f.URLs) < a.opts.MaxURLs {
			w.url = RedactSessionIDs(w.url)
		}
		if (f == nil || f.Location != nil) && strings.Contains(w.file, "://") {
			w.file = RedactSessionIDs(w.file)
		}
	}
	if message != nil && (f == nil || severity > f.Severity || d.Secret != "") {
		d.Message = message()
	}
	if f == nil {
		f = &Finding{
			Rule:        rule.ID,
			Severity:    severity,
			Confidence:  cmp.Or(d.Confidence, Certain),
			Title:       rule.Title,
			Message:     d.Message,
			CWE:         rule.CWE,
			Fingerprint: fingerprint(rule.ID, w.host, oc.path, oc.name),
			URL:         w.url,
			URLs:        []string{},
		}
		if w.file != "" {
			f.Location = &Location{File: w.file, Line: w.line, Col: w.col}
		}
		d.At.describe(f, a)
		if d.Evidence != "" {
			f.Evidence = d.Evidence
		}
		a.byKey[string(key)] = f
		a.order = append(a.order, f)
	} else if severity > f.Severity {
		f.Severity = severity
		f.Message = d.Message
	}
	if id := cmp.Or(d.secretID, d.Secret); d.Secret != "" && !slices.Contains(a.secretIDs[f], id) {
		if a.secretIDs == nil {
			a.secretIDs = map[*Finding][]string{}
		}
		a.secretIDs[f] = append(a.secretIDs[f], id)
		f.Secrets = append(f.Secrets, d.Secret)
		if len(f.Secrets) > 1 {
			f.Message = fmt.Sprintf("%s (%d distinct secrets: %s)", d.Message, len(f.Secrets), strings.Join(f.Secrets, "; "))
		}
	}
	f.Occurrences += max(oc.times, 1)
	if w.url != "" && len(f.URLs) < a.opts.MaxURLs && !slices.Contains(f.URLs, w.url) {
		f.URLs = append(f.URLs, w.url)
	}
	if f.Location != nil && w.file == f.Location.File {
		f.addLocation(Location{File: w.file, Line: w.line, Col: w.col}, a.opts.MaxURLs)
		for _, p := range oc.positions {
			f.addLocation(Location{File: w.file, Line: p.Line, Col: p.Col}, a.opts.MaxURLs)
		}
	}
}

// addLocation keeps l among the finding's first max locations.
func (f *Finding) addLocation(l Location, max int) {
	if len(f.Locations) < max && !slices.Contains(f.Locations, l) {
		f.Locations = append(f.Locations, l)
	}
}

// distinctCount counts distinct keys, told apart by hash until it holds
// maxSeenValues of them.
type distinctCount struct {
	n    int
	keys map[uint64]bool
}

// add counts key unless it was counted before.
func (d *distinctCount) add(key string) {
	if d.keys == nil {
		d.keys = map[uint64]bool{}
	}
	h := maphash.String(valueSeed, key)
	if d.keys[h] {
		return
	}
	d.n++
	if len(d.keys) < maxSeenValues {
		d.keys[h] = true
	}
}

// fingerprint identifies a finding across runs: rule, host, path and cookie
// name, never the value, so it survives a new session ID.
func fingerprint(rule, host, path, name string) string {
	sum := sha256.Sum256([]byte(rule + "\x00" + host + "\x00" + path + "\x00" + name))
	return hex.EncodeToString(sum[:16])
}

func (a *aggregator) sorted() []*Finding {
	for _, f := range a.order {
		if len(f.Locations) < 2 {
			f.Locations = nil // Location says it all
		}
	}
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
