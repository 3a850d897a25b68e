package rules

import (
	"fmt"

	"golang.org/x/net/publicsuffix"
)

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
		type site struct {
			seen  map[string]bool
			first *Observed
		}
		sites := map[string]*site{}
		var order []string
		for _, o := range p.Site.Cookies {
			if !o.Eval.Stored || o.Deletion() || o.Op != nil {
				continue
			}
			reg, err := publicsuffix.EffectiveTLDPlusOne(o.Eval.Domain)
			if err != nil {
				reg = o.Eval.Domain
			}
			s := sites[reg]
			if s == nil {
				s = &site{seen: map[string]bool{}}
				sites[reg] = s
				order = append(order, reg)
			}
			s.seen[o.Cookie.Name+"\x00"+o.Eval.Domain+"\x00"+o.Eval.Path] = true
			if n := len(s.seen); n == 51 || n == 181 {
				s.first = o
			}
		}
		for _, reg := range order {
			s := sites[reg]
			n := len(s.seen)
			switch {
			case n > 180:
				p.Reportf(s.first.Response, "%s sets %d distinct cookies: Chromium keeps 180 per site and evicts the rest", reg, n)
			case n > 50:
				p.Report(Diagnostic{At: s.first.Response, Severity: Info, Message: fmt.Sprintf("%s sets %d distinct cookies: over the 50 every browser must keep", reg, n)})
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
