package rules

import (
	"fmt"
	"maps"
	"slices"
)

// CookieHeaderTooLarge flags sites whose cookies make request headers servers refuse.
var CookieHeaderTooLarge = &Rule{
	ID:       "cookie-header-too-large",
	Title:    "Cookie request header too large for servers",
	Severity: Medium,
	CWE:      400,
	Doc: `The Cookie header a browser sends back is the sum of every cookie in scope
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
				p.Reportf(r, "a browser would send a %d-byte Cookie header (%d cookies) to %s: over the 8190 bytes servers accept", s.Size, s.Cookies, r.Host())
			case s.Size > 4096:
				p.Report(Diagnostic{At: r, Severity: Info, Message: fmt.Sprintf("a browser would send a %d-byte Cookie header (%d cookies) to %s: half of the 8190 bytes servers accept", s.Size, s.Cookies, r.Host())})
			}
		}
	},
}

func sized(prefix string, n, size int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d=%0*d; Path=/; Secure; SameSite=Lax", prefix, i, size, 0)
	}
	return out
}
