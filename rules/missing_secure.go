package rules

import "fmt"

// MissingSecure flags cookies that browsers would also send over plain HTTP.
var MissingSecure = &Rule{
	ID:       "missing-secure",
	Title:    "Cookie sent over plain HTTP (no Secure)",
	Severity: Medium,
	CWE:      614,
	Doc: `Without Secure, the browser sends the cookie on any plain-HTTP request to the
host, where anyone on the network path can read it. It is reported on any
origin: a staging site served over HTTP ships the same cookie code to
production. Session and identity cookies are medium, analytics and preference
cookies info, others low.

Fix: add Secure, and serve the site over HTTPS only.`,
	Bad:  []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; HttpOnly; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly; SameSite=Lax", "sessionid=; Path=/; Max-Age=0"}}},
	Check: func(p *Pass) {
		for o := range p.Site.Live() {
			if o.Cookie.Secure {
				continue
			}
			sev := bySensitivity(o.Class, Medium, Low, Info)
			p.reportLazily(Diagnostic{At: o, Severity: sev}, func() string {
				return fmt.Sprintf("%s cookie %q lacks Secure: browsers also send it over plain HTTP", o.Class, o.Cookie.Name)
			})
		}
	},
}
