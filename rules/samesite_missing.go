package rules

import (
	"fmt"

	"github.com/cookiescan/cookiescan/setcookie"
)

// SameSiteMissing flags cookies that leave cross-site behaviour to the browser's default.
var SameSiteMissing = &Rule{
	ID:       "samesite-missing",
	Title:    "Cookie without SameSite",
	Severity: Low,
	CWE:      1275,
	Doc: `Without a valid SameSite attribute the browser decides whether the cookie
goes with cross-site requests. Chromium treats it as Lax, but Firefox and
Safari send it on cross-site requests, leaving cross-site request forgery
open. Session, identity and CSRF cookies are low, others info.

Fix: set SameSite=Lax (or Strict) explicitly; use None only with Secure and a
real cross-site need.`,
	Bad:  []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly"}}},
	Good: []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly; SameSite=Lax"}}},
	Check: func(p *Pass) {
		for o := range p.Site.Live() {
			if o.Cookie.SameSite != setcookie.SameSiteUnset {
				continue
			}
			sev := bySensitivity(o.Class, Low, Info, Info)
			if o.Class == ClassCSRF {
				sev = Low
			}
			p.reportLazily(Diagnostic{At: o, Severity: sev}, func() string {
				return fmt.Sprintf("%s cookie %q has no SameSite: Chromium treats it as Lax, Firefox and Safari send it cross-site", o.Class, o.Cookie.Name)
			})
		}
	},
}
