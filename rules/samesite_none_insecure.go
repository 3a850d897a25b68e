package rules

import (
	"github.com/cookiescan/cookiescan/setcookie"
)

// SameSiteNoneInsecure flags SameSite=None cookies without Secure, which browsers reject.
var SameSiteNoneInsecure = &Rule{
	ID:       "samesite-none-insecure",
	Title:    "SameSite=None without Secure is rejected",
	Severity: Medium,
	CWE:      1275,
	Doc: `Browsers ignore a cookie with SameSite=None that lacks Secure (RFC 6265bis
storage step 19; Chromium's EXCLUDE_SAMESITE_NONE_INSECURE). The cookie is
never stored, so whatever relies on it breaks.

Fix: add Secure, or use SameSite=Lax if the cookie is not needed cross-site.`,
	Bad:  []Example{{SetCookie: []string{"widget=1; SameSite=None; Path=/"}}},
	Good: []Example{{SetCookie: []string{"widget=1; SameSite=None; Secure; Path=/"}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			if o.Rejected(setcookie.RejectSameSiteNoneInsecure) {
				p.Reportf(o, "cookie %q has SameSite=None without Secure: browsers reject it", o.Cookie.Name)
			}
		}
	},
}
