package rules

import (
	"fmt"
	"strings"

	"github.com/cookiescan/cookiescan/setcookie"
)

// LooseDomain flags cookies scoped to a parent of the host that set them.
var LooseDomain = &Rule{
	ID:       "loose-domain",
	Title:    "Cookie scoped to a parent domain",
	Severity: Low,
	CWE:      565,
	Doc: `Cookie scoped to a parent domain

A Domain attribute naming a parent of the host sends the cookie to every
sibling subdomain, and lets any of them overwrite it: one compromised or
user-controlled subdomain can read or fix the session. Session and identity
cookies are low, others info.

Fix: omit Domain so the cookie is host-only, or use the __Host- prefix.`,
	Bad:  []Example{{URL: "https://app.example.com/", SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Domain=example.com; Path=/; Secure; HttpOnly; SameSite=Lax"}}},
	Good: []Example{{URL: "https://app.example.com/", SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly; SameSite=Lax"}}},
	Check: func(p *Pass) {
		for o := range p.Site.Live() {
			host := o.Response.Host()
			if host == "" || o.Eval.HostOnly || !strings.HasSuffix(host, "."+o.Eval.Domain) {
				continue
			}
			sev := bySensitivity(o.Class, Low, Info, Info)
			p.Report(o, sev, fmt.Sprintf("%s cookie %q set by %s is sent to every subdomain of %s", o.Class, o.Cookie.Name, host, o.Eval.Domain))
		}
	},
}

// PublicSuffixDomain flags Domain attributes browsers refuse.
var PublicSuffixDomain = &Rule{
	ID:       "public-suffix-domain",
	Title:    "Domain is a public suffix or another site: rejected",
	Severity: Medium,
	CWE:      20,
	Doc: `Domain is a public suffix or another site: rejected

Browsers ignore a cookie whose Domain is a public suffix such as com or
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
					p.Report(o, 0, fmt.Sprintf("cookie %q has Domain=%s, a public suffix: browsers reject it", o.Cookie.Name, o.Cookie.Domain))
				}
			case o.Rejected(setcookie.RejectPublicSuffix):
				p.Report(o, 0, fmt.Sprintf("cookie %q has Domain=%s, a public suffix: browsers reject it", o.Cookie.Name, o.Cookie.Domain))
			case o.Rejected(setcookie.RejectDomainMismatch):
				p.Report(o, 0, fmt.Sprintf("cookie %q has Domain=%s, which does not match host %s: browsers reject it", o.Cookie.Name, o.Cookie.Domain, o.Response.Host()))
			}
		}
	},
}
