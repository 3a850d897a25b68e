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
	Doc: `Cookie without SameSite

Without a valid SameSite attribute the browser decides whether the cookie
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
			p.Report(o, sev, fmt.Sprintf("%s cookie %q has no SameSite: Chromium treats it as Lax, Firefox and Safari send it cross-site", o.Class, o.Cookie.Name))
		}
	},
}

// SameSiteNoneInsecure flags SameSite=None cookies without Secure, which browsers reject.
var SameSiteNoneInsecure = &Rule{
	ID:       "samesite-none-insecure",
	Title:    "SameSite=None without Secure is rejected",
	Severity: Medium,
	CWE:      1275,
	Doc: `SameSite=None without Secure is rejected

Browsers ignore a cookie with SameSite=None that lacks Secure (RFC 6265bis
storage step 19; Chromium's EXCLUDE_SAMESITE_NONE_INSECURE). The cookie is
never stored, so whatever relies on it breaks.

Fix: add Secure, or use SameSite=Lax if the cookie is not needed cross-site.`,
	Bad:  []Example{{SetCookie: []string{"widget=1; SameSite=None; Path=/"}}},
	Good: []Example{{SetCookie: []string{"widget=1; SameSite=None; Secure; Path=/"}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			if o.Rejected(setcookie.RejectSameSiteNoneInsecure) {
				p.Report(o, 0, fmt.Sprintf("cookie %q has SameSite=None without Secure: browsers reject it", o.Cookie.Name))
			}
		}
	},
}

// SameSiteInvalid flags SameSite values browsers do not recognise.
var SameSiteInvalid = &Rule{
	ID:       "samesite-invalid",
	Title:    "SameSite value not Strict, Lax or None",
	Severity: Low,
	CWE:      1275,
	Doc: `SameSite value not Strict, Lax or None

Browsers recognise only Strict, Lax and None (in any case). Any other value,
an empty one included, is ignored and the cookie gets the browser's default,
which differs between Chromium and Firefox or Safari.

Fix: write SameSite=Strict, SameSite=Lax or SameSite=None; Secure.`,
	Bad:  []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Secure; HttpOnly; SameSite=Relaxed"}}},
	Good: []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Secure; HttpOnly; SameSite=lax"}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			if o.Cookie.SameSite == setcookie.SameSiteInvalid && !o.Deletion() {
				p.Report(o, 0, fmt.Sprintf("cookie %q has SameSite=%q, which browsers ignore", o.Cookie.Name, o.Cookie.SameSiteValue))
			}
		}
	},
}
