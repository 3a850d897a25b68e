package rules

import (
	"github.com/cookiescan/cookiescan/setcookie"
)

// SameSiteInvalid flags SameSite values browsers do not recognise.
var SameSiteInvalid = &Rule{
	ID:       "samesite-invalid",
	Title:    "SameSite value not Strict, Lax or None",
	Severity: Low,
	CWE:      1275,
	Doc: `Browsers recognise only Strict, Lax and None (in any case). Any other value,
an empty one included, is ignored and the cookie gets the browser's default,
which differs between Chromium and Firefox or Safari.

Fix: write SameSite=Strict, SameSite=Lax or SameSite=None; Secure.`,
	Bad:  []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Secure; HttpOnly; SameSite=Relaxed"}}},
	Good: []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Secure; HttpOnly; SameSite=lax"}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			if o.Cookie.SameSite == setcookie.SameSiteInvalid && !o.Deletion() {
				p.Reportf(o, "cookie %q has SameSite=%q, which browsers ignore", o.Cookie.Name, o.Cookie.SameSiteValue)
			}
		}
	},
}
