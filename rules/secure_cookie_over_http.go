package rules

import (
	"fmt"

	"github.com/cookiescan/cookiescan/setcookie"
)

// SecureOverHTTP flags Secure cookies that a plain-HTTP response tries to set.
var SecureOverHTTP = &Rule{
	ID:       "secure-cookie-over-http",
	Title:    "Secure cookie set from a plain-HTTP page is dropped",
	Severity: Low,
	CWE:      614,
	Doc: `Browsers ignore a Set-Cookie with Secure that arrives on a plain-HTTP
response (RFC 6265bis storage step 13): the cookie is never stored, so a
login or consent that relies on it silently fails. Session cookies are
medium. Loopback origins count as secure and are not reported.

Fix: serve the page over HTTPS; do not remove Secure.`,
	Bad:  []Example{{URL: "http://app.example.com/", SetCookie: []string{"sid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Secure; HttpOnly"}}},
	Good: []Example{{URL: "https://app.example.com/", SetCookie: []string{"sid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Secure; HttpOnly"}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			if !o.Rejected(setcookie.RejectSecureInsecureOrigin) {
				continue
			}
			sev := Low
			if o.Sensitive() {
				sev = Medium
			}
			p.reportLazily(Diagnostic{At: o, Severity: sev}, func() string {
				return fmt.Sprintf("cookie %q has Secure but came over plain HTTP: browsers drop it", o.Cookie.Name)
			})
		}
	},
}
