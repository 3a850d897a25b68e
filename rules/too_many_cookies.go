package rules

import "fmt"

// TooManyCookies flags sites that set more cookies than browsers keep.
var TooManyCookies = &Rule{
	ID:       "too-many-cookies",
	Title:    "Too many cookies for one site",
	Severity: Low,
	CWE:      770,
	Doc: `Chromium keeps at most 180 cookies per registrable domain and evicts the
least recently used beyond that, a session cookie among them; the standard
only promises 50. Over 180 distinct cookies is low, over 50 info.

Fix: consolidate cookies, and drop those that third-party code sets on your domain.`,
	Bad:  []Example{{SetCookie: numbered("c", 60)}},
	Good: []Example{{SetCookie: numbered("c", 10)}},
	Check: func(p *Pass) {
		for _, s := range p.Site.SiteCookies {
			n := fmt.Sprint(s.Distinct)
			if s.Capped {
				n = "at least " + n
			}
			switch {
			case s.Distinct > 180:
				p.Reportf(s.Past50.Response, "%s sets %s distinct cookies: Chromium keeps 180 per site and evicts the rest", s.Domain, n)
			case s.Distinct > 50:
				p.Report(Diagnostic{At: s.Past50.Response, Severity: Info, Message: fmt.Sprintf("%s sets %s distinct cookies: over the 50 every browser must keep", s.Domain, n)})
			}
		}
	},
}

func numbered(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d=1; Path=/; Secure; SameSite=Lax", prefix, i)
	}
	return out
}
