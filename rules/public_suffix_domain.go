package rules

import (
	"github.com/cookiescan/cookiescan/setcookie"
)

// PublicSuffixDomain flags Domain attributes browsers refuse.
var PublicSuffixDomain = &Rule{
	ID:       "public-suffix-domain",
	Title:    "Domain is a public suffix or another site: rejected",
	Severity: Medium,
	CWE:      20,
	Doc: `Browsers ignore a cookie whose Domain is a public suffix such as com or
github.io (unless it is exactly the host), or does not domain-match the host
that set it (RFC 6265bis storage steps 9 and 10). The cookie is never stored.

Fix: set Domain to the host or a parent that is not a public suffix, or omit it.`,
	Bad:  []Example{{URL: "https://app.example.com/", SetCookie: []string{"sid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Domain=com; Secure; HttpOnly"}}, {URL: "https://app.example.com/", SetCookie: []string{"sid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Domain=other.org; Secure; HttpOnly"}}},
	Good: []Example{{URL: "https://app.example.com/", SetCookie: []string{"sid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Domain=app.example.com; Secure; HttpOnly"}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			switch {
			case o.Response.Parsed == nil:
				// Without the host only a public-suffix Domain is provable.
				if o.Rejected(setcookie.RejectPublicSuffix) {
					p.Reportf(o, "cookie %q has Domain=%s, a public suffix: browsers reject it", o.Cookie.Name, o.Cookie.Domain)
				}
			case o.Rejected(setcookie.RejectPublicSuffix):
				p.Reportf(o, "cookie %q has Domain=%s, a public suffix: browsers reject it", o.Cookie.Name, o.Cookie.Domain)
			case o.Rejected(setcookie.RejectDomainMismatch):
				p.Reportf(o, "cookie %q has Domain=%s, which does not match host %s: browsers reject it", o.Cookie.Name, o.Cookie.Domain, o.Response.Host())
			}
		}
	},
}
