package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cookiescan/cookiescan/evidence"
)

// SessionFixation flags sessions that a login does not renew, proven by logging in.
var SessionFixation = &Rule{
	ID:       "session-fixation",
	Title:    "Session not renewed at login",
	Severity: High,
	CWE:      384,
	Doc: `An authenticated scan logs in with a fresh client and compares the session
cookie it held when it submitted the login with the one it holds once logged
in. When the value is the same, whoever knew it before the login (an attacker
who planted it with a link, a subdomain cookie or a shared computer) shares
the victim's logged-in session. The scan then logs in again after setting the
session cookie to a random value of its own: when that value comes back
logged in, the server adopts any ID a client chooses, and an attacker need
not even obtain one first (PHP with session.use_strict_mode=0 does this).
OWASP WSTG-SESS-03.

Fix: issue a new session ID at login and discard the old one
(session_regenerate_id(true), req.session.regenerate, Django's auth.login,
Spring's changeSessionId), and refuse session IDs the server did not issue.`,
	Bad: []Example{
		{Session: &SessionExample{Cookie: "PHPSESSID", Before: "8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6", After: "8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6"}},
		{Session: &SessionExample{Cookie: "PHPSESSID", Before: "8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6", After: "1d9e7c3b5a8f2e4d6c0b9a7f5e3d1c2b", Planted: true}},
	},
	Good: []Example{{Session: &SessionExample{Cookie: "sessionid", Before: "8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6", After: "1d9e7c3b5a8f2e4d6c0b9a7f5e3d1c2b"}}},
	Check: func(p *Pass) {
		lc := p.Site.Lifecycle
		if lc == nil {
			return
		}
		kept := map[string]bool{}
		logins := map[string]*evidence.Login{}
		var order []string
		if fx := lc.Fixation; fx != nil && fx.Login.LoggedIn {
			for _, b := range fx.Before {
				if !p.Site.isSession(b) || kept[b.Name] || !slices.Contains(fx.After, b) {
					continue
				}
				kept[b.Name], logins[b.Name] = true, fx.Login
				order = append(order, b.Name)
			}
		}
		adopted := ""
		if pl := lc.Planted; pl != nil && pl.Kept && pl.Login.LoggedIn {
			adopted = pl.Cookie.Name
			if !kept[adopted] {
				logins[adopted] = pl.Login
				order = append(order, adopted)
			}
		}
		for _, name := range order {
			login := logins[name]
			var says []string
			if kept[name] {
				says = append(says, fmt.Sprintf("session cookie %q keeps the value it had before the login at %s: whoever planted that value shares the logged-in session", name, login.Page))
			}
			if name == adopted {
				says = append(says, fmt.Sprintf("the server adopts a client-chosen session ID: a made-up %q set before the login came back logged in (as PHP does with session.use_strict_mode=0)", name))
			}
			p.Report(Diagnostic{
				At:       LoginCookie{Login: login, Name: name},
				Message:  strings.Join(says, "; "),
				Evidence: fmt.Sprintf("%s %s, then %s logged in with the same %s", login.Method, login.Action, login.Check, name),
			})
		}
	},
}
