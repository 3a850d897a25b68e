package rules

import (
	"fmt"
	"time"
)

// tornadoUser is Tornado 6.2's signed login cookie for "alice" (set_secure_cookie, version 2,
// random secret; token/testdata/fixtures.json).
const tornadoUser = "\"2|1:0|10:1796460150|4:user|8:YWxpY2U=|9d1884a8fc5dc5366f1187b9549a491141511d2a704a14e5bd68faf18852d99b\""

// day is the unit session lifetimes are judged in.
const day = 24 * time.Hour

// LongLivedSession flags session cookies, and identity cookies that log in,
// stored on disk for long.
var LongLivedSession = &Rule{
	ID:       "long-lived-session",
	Title:    "Persistent session or login cookie",
	Severity: Low,
	CWE:      613,
	Doc: `A session cookie with Max-Age or Expires is written to disk and outlives the
browser, so a shared or stolen machine stays logged in. Over a day is low,
over 30 days medium. Remember-me tokens are session cookies too: keep them
separate from the session and rotate them. An identity cookie whose value is
signed or encrypted (Tornado's user, a signed account=alice) is a login: the
server takes it as who you are, so it counts as a session cookie here.

Fix: leave the session cookie without Expires and Max-Age, or keep its
lifetime to hours, and expire sessions on the server as well.`,
	Bad: []Example{
		{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Max-Age=5184000; Path=/; Secure; HttpOnly; SameSite=Lax"}},
		{SetCookie: []string{"user=" + tornadoUser + "; Max-Age=2592000; Path=/; Secure; HttpOnly; SameSite=Lax"}},
	},
	Good: []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Max-Age=3600; Path=/; Secure; HttpOnly; SameSite=Lax", "theme=dark; Max-Age=5184000; Path=/; Secure", "user=alice; Max-Age=5184000; Path=/; Secure"}}},
	Check: func(p *Pass) {
		for o := range p.Site.Live() {
			login := o.Class == ClassIdentity && (o.Token().Signed || o.Token().Encrypted)
			if o.Class != ClassSession && !login || !o.Eval.Persistent {
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
			what := "session cookie"
			if login {
				what = "login cookie (a signed identity the server takes as who you are)"
			}
			p.reportLazily(Diagnostic{At: o, Severity: sev}, func() string {
				return fmt.Sprintf("%s %q persists on disk for %d days", what, o.Cookie.Name, int(lifetime/day))
			})
		}
	},
}
