package rules

// ExpiryOver400Days flags expiry dates browsers cut down to 400 days.
var ExpiryOver400Days = &Rule{
	ID:       "expiry-over-400-days",
	Title:    "Expiry beyond 400 days is clamped",
	Severity: Info,
	CWE:      613,
	Doc: `Browsers cap a cookie's lifetime at 400 days from when it is set
(RFC 6265bis cookie-age-limit; Chromium ValidateAndAdjustExpiryDate). A
longer Max-Age or Expires is silently shortened, so "remember me for ten
years" lasts 400 days.

Fix: ask for at most 400 days, and refresh the cookie while it is in use.`,
	Bad:  []Example{{SetCookie: []string{"prefs=compact; Max-Age=63072000; Path=/; Secure"}}},
	Good: []Example{{SetCookie: []string{"prefs=compact; Max-Age=31536000; Path=/; Secure"}}},
	Check: func(p *Pass) {
		for o := range p.Site.Live() {
			if o.Eval.Clamped {
				p.Reportf(o, "cookie %q asks to live beyond 400 days: browsers clamp it to 400", o.Cookie.Name)
			}
		}
	},
}
