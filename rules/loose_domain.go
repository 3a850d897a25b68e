package rules

import (
	"fmt"
	"strings"
)

// LooseDomain flags cookies scoped to a parent of the host that set them.
var LooseDomain = &Rule{
	ID:       "loose-domain",
	Title:    "Cookie scoped to a parent domain",
	Severity: Low,
	CWE:      565,
	Doc: `A Domain attribute naming a parent of the host sends the cookie to every
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
			p.reportLazily(Diagnostic{At: o, Severity: sev}, func() string {
				return fmt.Sprintf("%s cookie %q set by %s is sent to every subdomain of %s", o.Class, o.Cookie.Name, host, o.Eval.Domain)
			})
		}
	},
}
