package rules

import (
	"strings"

	"github.com/cookiescan/cookiescan/evidence"
)

// SeenCookie is one cookie as a browser met it: who set it, its attributes,
// what it is for and whether a browser keeps it. The same cookie set on many
// responses (same name, scope, attributes and verdict) is one SeenCookie
// with a count.
type SeenCookie struct {
	Name string `json:"name"`
	// Domain and Path are the scope a browser stores the cookie under, as in
	// a finding's cookie.
	Domain string `json:"domain"`
	Path   string `json:"path"`
	// Value is the first value seen, redacted unless values were asked for.
	Value string `json:"value,omitempty"`
	Class Class  `json:"class"`
	// SetBy is "header" for a Set-Cookie line, "script" for a write by script.
	SetBy string `json:"set_by"`
	// URL is the first URL the cookie was set on; Location the first place
	// in a file.
	URL         string    `json:"url,omitempty"`
	Location    *Location `json:"location,omitempty"`
	Occurrences int       `json:"occurrences"`
	HttpOnly    bool      `json:"http_only"`
	Secure      bool      `json:"secure"`
	// SameSite is Strict, Lax, None or invalid, as the cookie says; absent
	// when it does not say.
	SameSite    string `json:"same_site,omitempty"`
	Partitioned bool   `json:"partitioned,omitempty"`
	// HostOnly is set when the cookie has no Domain attribute.
	HostOnly bool `json:"host_only"`
	// LifetimeSeconds is how long a browser keeps the cookie from when it
	// was set, after the 400-day cap; absent for a session cookie, which
	// lasts until the browser closes.
	LifetimeSeconds int64 `json:"lifetime_seconds,omitempty"`
	// Clamped is set when the 400-day cap shortened the lifetime asked for.
	Clamped bool `json:"clamped,omitempty"`
	// Deletion is set when the cookie removes a cookie instead of setting one.
	Deletion bool `json:"deletion,omitempty"`
	// Size is the name and value's length in bytes.
	Size int `json:"size"`
	// Stored is the model's verdict, with the reasons a browser rejects the
	// cookie for (setcookie reason codes) when it does not store it.
	Stored  bool     `json:"stored"`
	Reasons []string `json:"reasons,omitempty"`
	// Chromium is what a real Chromium did with the cookie, when a browser
	// crawl received it.
	Chromium *evidence.CookieVerdict `json:"chromium,omitempty"`
}

// MaxSeenCookies bounds the distinct cookies an outcome lists; past it
// they are counted only.
const MaxSeenCookies = 1000

// inventory lists the distinct cookies of a judgement in the order first
// seen, within MaxSeenCookies.
type inventory struct {
	opts  Options
	byKey map[string]*SeenCookie
	order []*SeenCookie
	// leftOut counts the distinct cookies past the bound.
	leftOut distinctCount
	// key is the buffer the key of a cookie is built in.
	key []byte
}

func newInventory(opts Options) *inventory {
	return &inventory{opts: opts, byKey: map[string]*SeenCookie{}}
}

// add counts every cookie of a part of the evidence.
func (inv *inventory) add(site *Site) {
	for _, o := range site.Cookies {
		inv.addCookie(o)
	}
}

func (inv *inventory) addCookie(o *Observed) {
	c := o.Cookie
	verdict := o.Stored
	setBy := "header"
	if o.Op != nil {
		// A script's write goes through no jar: its verdict is the cookie's own.
		verdict, setBy = o.Eval, "script"
	}
	domain := o.Eval.Domain
	if o.Response.Parsed == nil && o.Op == nil {
		domain = c.Domain
	}
	var chromium *evidence.CookieVerdict
	if b := o.Response.Browser; b != nil && o.Op == nil && o.Index < len(b.Verdicts) {
		v := b.Verdicts[o.Index]
		chromium = &v
	}
	// The key is built in a buffer kept between cookies: most cookies were
	// seen before, and looking one up allocates nothing.
	key := append(inv.key[:0], c.Name...)
	for _, part := range [...]string{domain, o.Eval.Path, setBy, o.attributes()} {
		key = append(append(key, 0), part...)
	}
	key = append(key, 0)
	for i, r := range verdict.Reasons {
		if i > 0 {
			key = append(key, ',')
		}
		key = append(key, r...)
	}
	inv.key = key
	times := o.times()
	if s := inv.byKey[string(key)]; s != nil {
		s.Occurrences += times
		if s.Chromium == nil && chromium != nil {
			s.Chromium = chromium
		}
		return
	}
	if len(inv.order) >= MaxSeenCookies {
		inv.leftOut.add(string(key))
		return
	}
	reasons := make([]string, len(verdict.Reasons))
	for i, r := range verdict.Reasons {
		reasons[i] = string(r)
	}
	s := &SeenCookie{
		Name: c.Name, Domain: domain, Path: o.Eval.Path, Class: o.Class, SetBy: setBy,
		Occurrences: times, HttpOnly: c.HttpOnly, Secure: c.Secure, SameSite: c.SameSite.String(),
		Partitioned: c.Partitioned, HostOnly: o.Eval.HostOnly, Clamped: o.Eval.Clamped,
		Deletion: o.Eval.Deletion, Size: len(c.Name) + len(c.Value),
		Stored: verdict.Stored, Chromium: chromium,
	}
	if len(reasons) > 0 {
		s.Reasons = reasons
	}
	if c.Value != "" {
		s.Value = Redacted
		if inv.opts.ShowValues {
			s.Value = c.Value
		}
	}
	if o.Eval.Persistent && !o.Eval.Deletion {
		s.LifetimeSeconds = max(1, int64(o.Eval.Expires.Sub(o.Response.Received).Seconds()))
	}
	w := o.where()
	s.URL = w.url
	if !inv.opts.ShowValues {
		s.URL = RedactSessionIDs(s.URL)
	}
	if w.file != "" && !strings.Contains(w.file, "://") {
		s.Location = &Location{File: w.file, Line: w.line, Col: w.col}
	}
	inv.byKey[string(key)] = s
	inv.order = append(inv.order, s)
}
