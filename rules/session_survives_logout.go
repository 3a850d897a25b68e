package rules

import (
	"fmt"

	"github.com/cookiescan/cookiescan/evidence"
)

// SessionSurvivesLogout flags sessions that still log in after logout, proven by replaying them.
var SessionSurvivesLogout = &Rule{
	ID:       "session-survives-logout",
	Title:    "Session still valid after logout",
	Severity: High,
	CWE:      613,
	Doc: `An authenticated scan logs in with a fresh client, keeps the cookies it
holds, logs out, then sends the kept cookies again to the page that shows
whether a client is logged in. When that page still answers as logged in,
logging out did not end the session on the server: anyone who copied the
cookie (from a shared computer, a proxy log, an XSS) keeps the account. A
signed client-side session (Flask's default, cookie-session, Rails'
CookieStore, a JWT) cannot be revoked by the server at all, since the server
keeps no record of it. OWASP WSTG-SESS-06.

Fix: end the session on the server at logout (session.invalidate(),
session_destroy(), req.session.destroy, Django's auth.logout). With a
client-side session, keep a server-side deny list of logged-out sessions or a
per-user secret that logout changes, or move the session to the server.`,
	Bad:  []Example{{Session: &SessionExample{Cookie: "session", Replayed: "eyJ1c2VyX2lkIjo0Mn0.aW4p8g.3mZ1r4Jq0nB6vKxV2cYpLd9sQeA", StillLoggedIn: true}}},
	Good: []Example{{Session: &SessionExample{Cookie: "sessionid", Replayed: "8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6"}}},
	Check: func(p *Pass) {
		lc := p.Site.Lifecycle
		if lc == nil || lc.Logout == nil || !lc.Logout.StillLoggedIn || len(lc.Logout.Kept) == 0 {
			return
		}
		r := lc.Logout
		cookie := survivingSession(p.Site, r.Kept)
		msg := fmt.Sprintf("cookies kept from before the logout at %s still reach %s logged in: the logout did not end the session on the server", r.URL, r.Check)
		if format := clientSideSession(cookie, r.Kept); format != "" {
			msg += fmt.Sprintf("; %q is %s, signed on the client, which the server cannot revoke: logout must also change a server-side secret or keep a server-side deny list", cookie.Name, format.Phrase())
		}
		p.Report(Diagnostic{
			At:       LoginCookie{Login: r.Login, Name: cookie.Name},
			Message:  msg,
			Evidence: fmt.Sprintf("%s %s: %d; then GET %s with %s: %d at %s", r.Method, r.URL, r.Status, r.Check, cookieNames(r.Kept), r.ReplayStatus, r.ReplayLanded),
		})
	},
}

// survivingSession picks the cookie a logout replay is about: the first
// client-side session among the session cookies kept, else the first
// session cookie, else the first cookie.
func survivingSession(site *Site, kept []evidence.HeldCookie) evidence.HeldCookie {
	var first *evidence.HeldCookie
	for i, c := range kept {
		if !site.isSession(c) {
			continue
		}
		if clientSideSession(c, kept) != "" {
			return c
		}
		if first == nil {
			first = &kept[i]
		}
	}
	if first != nil {
		return *first
	}
	return kept[0] // the caller checks that some were kept
}
