package rules

import (
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/setcookie"
)

// InspectOptions describe a browser receiving Set-Cookie headers and then making a request.
type InspectOptions struct {
	// URL is where the headers came from, in order, at Now.
	URL *url.URL
	Now time.Time
	// CheckURL is the request whose Cookie header is computed, at CheckAt, in Context.
	CheckURL   *url.URL
	CheckAt    time.Time
	Context    setcookie.Context
	ShowValues bool
}

// Inspection is what a browser made of each header, and what it sends back.
type Inspection struct {
	URL      string            `json:"url"`
	Now      time.Time         `json:"now"`
	Cookies  []InspectedCookie `json:"cookies"`
	CheckURL string            `json:"check_url"`
	CheckAt  time.Time         `json:"check_at"`
	Context  string            `json:"context"`
	// CookieHeader is the Cookie header sent to CheckURL, "" when nothing would be sent.
	CookieHeader string `json:"cookie_header"`
	// Findings holds every finding; each is also listed under its cookie, or
	// in ResponseFindings when it concerns the headers as a whole.
	Findings         []*Finding `json:"findings"`
	ResponseFindings []*Finding `json:"response_findings"`
}

// InspectedCookie is one Set-Cookie header as a browser reads and stores it.
type InspectedCookie struct {
	Header     string      `json:"header"`
	Name       string      `json:"name"`
	Value      string      `json:"value"`
	Class      Class       `json:"class"`
	Attributes []Attribute `json:"attributes"`
	Warnings   []Problem   `json:"warnings"`
	// Stored is false when the browser rejects the cookie; Rejections say why.
	Stored     bool      `json:"stored"`
	Rejections []Problem `json:"rejections"`
	// Deletion is true when the header removes a cookie rather than setting one.
	Deletion bool   `json:"deletion"`
	Domain   string `json:"domain"`
	HostOnly bool   `json:"host_only"`
	Path     string `json:"path"`
	// Expires is nil for a session cookie, which lives until the browser closes.
	Expires  *time.Time `json:"expires"`
	Clamped  bool       `json:"clamped"`
	Secure   bool       `json:"secure"`
	HTTPOnly bool       `json:"httponly"`
	// SameSite is as declared ("" when absent, "invalid" when unrecognised);
	// SameSiteEffective is what the browser enforces.
	SameSite          string   `json:"samesite"`
	SameSiteEffective string   `json:"samesite_effective"`
	Partitioned       bool     `json:"partitioned"`
	Notes             []string `json:"notes"`
	// Findings are the rules' findings about this header.
	Findings []*Finding `json:"findings"`
}

// Attribute is a cookie attribute as written.
type Attribute struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Problem is a machine-readable code with a sentence for people.
type Problem struct {
	Code      string `json:"code"`
	Attribute string `json:"attribute,omitempty"`
	Message   string `json:"message"`
}

// Inspect simulates a browser receiving headers from opts.URL and then
// requesting opts.CheckURL, and runs every rule over the headers.
func Inspect(headers []string, opts InspectOptions) *Inspection {
	clock := opts.Now
	jar := setcookie.NewJar(func() time.Time { return clock })
	resp := &evidence.Response{
		URL: opts.URL.String(), Method: http.MethodGet, Status: http.StatusOK,
		TLS: opts.URL.Scheme == "https", Header: http.Header{}, File: "inspect", Entry: -1,
	}
	in := &Inspection{
		URL: resp.URL, Now: opts.Now, CheckURL: opts.CheckURL.String(), CheckAt: opts.CheckAt,
		Context: opts.Context.String(), Cookies: []InspectedCookie{},
	}
	redact := func(v string) string {
		if opts.ShowValues || v == "" {
			return v
		}
		return Redacted
	}
	for i, h := range headers {
		h = strings.TrimSpace(h)
		if name, rest, ok := strings.Cut(h, ":"); ok && strings.EqualFold(strings.TrimSpace(name), "set-cookie") {
			h = strings.TrimSpace(rest)
		}
		resp.SetCookie = append(resp.SetCookie, h)
		resp.SetCookieLine = append(resp.SetCookieLine, i+1)
		c := setcookie.Parse(h)
		ev := jar.Set(opts.URL, c, setcookie.FromHTTP)
		ic := InspectedCookie{
			Name: c.Name, Value: redact(c.Value), Class: DefaultClassifier.Classify(c.Name, c.Value),
			Attributes: []Attribute{}, Warnings: []Problem{}, Rejections: []Problem{}, Notes: ev.Notes,
			Stored: ev.Stored, Deletion: ev.Deletion, Domain: ev.Domain, HostOnly: ev.HostOnly, Path: ev.Path,
			Clamped: ev.Clamped, Secure: c.Secure, HTTPOnly: c.HttpOnly, SameSite: c.SameSite.String(), SameSiteEffective: ev.SameSite.String(),
			Partitioned: c.Partitioned, Findings: []*Finding{},
		}
		redacted := *c
		redacted.Value = redact(c.Value)
		ic.Header = redacted.String()
		if ev.Persistent {
			t := ev.Expires
			ic.Expires = &t
		}
		if ic.Notes == nil || ev.Deletion {
			// A deletion is never sent, so how it would be sent does not matter.
			ic.Notes = []string{}
		}
		for _, a := range c.Attributes {
			ic.Attributes = append(ic.Attributes, Attribute{a.Name, a.Value})
		}
		for _, w := range c.Warnings {
			ic.Warnings = append(ic.Warnings, Problem{Code: string(w.Kind), Attribute: w.Attribute, Message: w.Detail})
		}
		for _, r := range ev.Reasons {
			ic.Rejections = append(ic.Rejections, Problem{Code: string(r), Message: r.Describe()})
		}
		in.Cookies = append(in.Cookies, ic)
	}
	in.Findings = Run(&evidence.Evidence{Responses: []*evidence.Response{resp}}, Options{Now: opts.Now, ShowValues: opts.ShowValues})
	if in.Findings == nil {
		in.Findings = []*Finding{}
	}
	in.ResponseFindings = []*Finding{}
	for _, f := range in.Findings {
		f.URL, f.URLs = resp.URL, []string{resp.URL}
		if f.Cookie != nil && f.Location != nil && f.Location.Line >= 1 && f.Location.Line <= len(in.Cookies) {
			c := &in.Cookies[f.Location.Line-1]
			c.Findings = append(c.Findings, f)
		} else {
			in.ResponseFindings = append(in.ResponseFindings, f)
		}
		f.Location = nil
	}
	clock = opts.CheckAt
	header := jar.CookieHeader(opts.CheckURL, opts.Context)
	if !opts.ShowValues && header != "" {
		header = redactCookieHeader(header)
	}
	in.CookieHeader = header
	return in
}

// redactCookieHeader keeps the names of a Cookie header and hides the values.
func redactCookieHeader(h string) string {
	pairs := strings.Split(h, "; ")
	for i, p := range pairs {
		if name, _, ok := strings.Cut(p, "="); ok {
			pairs[i] = name + "=" + Redacted
		} else {
			pairs[i] = Redacted
		}
	}
	return strings.Join(pairs, "; ")
}
