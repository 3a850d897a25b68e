package rules

import (
	"fmt"
	"maps"
	"slices"

	"golang.org/x/net/publicsuffix"
)

// TooManyCookies flags sites that set more cookies than browsers keep.
var TooManyCookies = &Rule{
	ID:       "too-many-cookies",
	Title:    "Too many cookies for one site",
	Severity: Low,
	CWE:      770,
	Doc: `Too many cookies for one site

Chromium keeps at most 180 cookies per registrable domain and evicts the
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
				p.ReportResponse(s.first.Response, "", Low, fmt.Sprintf("%s sets %d distinct cookies: Chromium keeps 180 per site and evicts the rest", reg, n), "")
			case n > 50:
				p.ReportResponse(s.first.Response, "", Info, fmt.Sprintf("%s sets %d distinct cookies: over the 50 every browser must keep", reg, n), "")
			}
		}
	},
}

// CookieHeaderTooLarge flags sites whose cookies make request headers servers refuse.
var CookieHeaderTooLarge = &Rule{
	ID:       "cookie-header-too-large",
	Title:    "Cookie request header too large for servers",
	Severity: Medium,
	CWE:      400,
	Doc: `Cookie request header too large for servers

The Cookie header a browser sends back is the sum of every cookie in scope
for the URL. Past 8190 bytes, the smallest common server limit (Apache
LimitRequestFieldSize; nginx's 8 KB header buffers), servers answer 400 or
431 and the site stops working for that user until the cookies are cleared.
Over 8190 bytes is medium; over 4096 info.

Fix: store less in cookies, scope them with Path and host-only, and expire
the ones no longer needed.`,
	Bad:  []Example{{SetCookie: sized("big", 3, 3000)}},
	Good: []Example{{SetCookie: sized("big", 1, 3000)}},
	Check: func(p *Pass) {
		for _, host := range slices.Sorted(maps.Keys(p.Site.CookieHeaders)) {
			s := p.Site.CookieHeaders[host]
			r := s.Response
			switch {
			case s.Size > 8190:
				p.ReportResponse(r, "", Medium, fmt.Sprintf("a browser would send a %d-byte Cookie header (%d cookies) to %s: over the 8190 bytes servers accept", s.Size, s.Cookies, r.Host()), "")
			case s.Size > 4096:
				p.ReportResponse(r, "", Info, fmt.Sprintf("a browser would send a %d-byte Cookie header (%d cookies) to %s: half of the 8190 bytes servers accept", s.Size, s.Cookies, r.Host()), "")
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

func sized(prefix string, n, size int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d=%0*d; Path=/; Secure; SameSite=Lax", prefix, i, size, 0)
	}
	return out
}
