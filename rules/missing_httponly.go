package rules

import "fmt"

// MissingHTTPOnly flags session and identity cookies that scripts can read.
var MissingHTTPOnly = &Rule{
	ID:       "missing-httponly",
	Title:    "Cookie readable by JavaScript (no HttpOnly)",
	Severity: Medium,
	CWE:      1004,
	Doc: `Without HttpOnly, any script on the page can read the cookie through
document.cookie, so a single cross-site scripting flaw hands the session to
an attacker. Session and identity cookies are reported at medium; cookies of
unknown purpose and infrastructure cookies at info. CSRF double-submit tokens
and analytics cookies are not reported: scripts read them by design.

Fix: add HttpOnly to every cookie that scripts do not need to read.`,
	Bad:  []Example{{SetCookie: []string{"PHPSESSID=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"PHPSESSID=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly; SameSite=Lax", "XSRF-TOKEN=abc123; Path=/; Secure", "_ga=GA1.1.123.456; Path=/"}}},
	Check: func(p *Pass) {
		for o := range p.Site.Live() {
			if o.Cookie.HttpOnly || o.Op != nil { // scripts cannot set HttpOnly: js-sets-auth-cookie
				continue
			}
			sev := bySensitivity(o.Class, Medium, Info, 0)
			if o.Class == ClassCSRF || sev == 0 {
				continue
			}
			p.reportLazily(Diagnostic{At: o, Severity: sev}, func() string {
				return fmt.Sprintf("%s cookie %q is readable by JavaScript: a cross-site scripting flaw can steal it", o.Class, o.Cookie.Name)
			})
		}
	},
}
