package rules

import (
	"fmt"
	"time"
)

const day = 24 * time.Hour

// ExpiryOver400Days flags expiry dates browsers cut down to 400 days.
var ExpiryOver400Days = &Rule{
	ID:       "expiry-over-400-days",
	Title:    "Expiry beyond 400 days is clamped",
	Severity: Info,
	CWE:      613,
	Doc: `Expiry beyond 400 days is clamped

Browsers cap a cookie's lifetime at 400 days from when it is set
(RFC 6265bis cookie-age-limit; Chromium ValidateAndAdjustExpiryDate). A
longer Max-Age or Expires is silently shortened, so "remember me for ten
years" lasts 400 days.

Fix: ask for at most 400 days, and refresh the cookie while it is in use.`,
	Bad:  []Example{{SetCookie: []string{"prefs=compact; Max-Age=63072000; Path=/; Secure"}}},
	Good: []Example{{SetCookie: []string{"prefs=compact; Max-Age=31536000; Path=/; Secure"}}},
	Check: func(p *Pass) {
		for o := range p.Site.Live() {
			if o.Eval.Clamped {
				p.Report(o, 0, fmt.Sprintf("cookie %q asks to live beyond 400 days: browsers clamp it to 400", o.Cookie.Name))
			}
		}
	},
}

// LongLivedSession flags session cookies stored on disk for long.
var LongLivedSession = &Rule{
	ID:       "long-lived-session",
	Title:    "Persistent session cookie",
	Severity: Low,
	CWE:      613,
	Doc: `Persistent session cookie

A session cookie with Max-Age or Expires is written to disk and outlives the
browser, so a shared or stolen machine stays logged in. Over a day is low,
over 30 days medium. Remember-me tokens are session cookies too: keep them
separate from the session and rotate them.

Fix: leave the session cookie without Expires and Max-Age, or keep its
lifetime to hours, and expire sessions on the server as well.`,
	Bad:  []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Max-Age=5184000; Path=/; Secure; HttpOnly; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Max-Age=3600; Path=/; Secure; HttpOnly; SameSite=Lax", "theme=dark; Max-Age=5184000; Path=/; Secure"}}},
	Check: func(p *Pass) {
		for o := range p.Site.Live() {
			if o.Class != ClassSession || !o.Eval.Persistent {
				continue
			}
			lifetime := o.Eval.Expires.Sub(o.Response.Received)
			var sev Severity
			switch {
			case lifetime > 30*day:
				sev = Medium
			case lifetime > day:
				sev = Low
			default:
				continue
			}
			p.Report(o, sev, fmt.Sprintf("session cookie %q persists on disk for %d days", o.Cookie.Name, int(lifetime/day)))
		}
	},
}
