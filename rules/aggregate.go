package rules

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

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
