package rules

import (
	"github.com/cookiescan/cookiescan/script"
)

// JSReadsAuthCookie flags scripts that read session or identity cookies.
var JSReadsAuthCookie = &Rule{
	ID:       "js-reads-auth-cookie",
	Title:    "Script reads a session or identity cookie",
	Severity: Low,
	CWE:      1004,
	Doc: `A script that reads a session or identity cookie needs it to be readable,
so the cookie cannot be HttpOnly and any injected script can steal it too.
CSRF tokens are not reported: scripts read them by design.

Fix: keep the session cookie HttpOnly and give scripts what they need
through an API response instead.`,
	Bad:  []Example{{Script: `const token = Cookies.get("auth_token"); fetch("/api", {headers: {Authorization: token}});`}},
	Good: []Example{{Script: `const csrftoken = Cookies.get("csrftoken");`}},
	Check: func(p *Pass) {
		for _, op := range p.Site.ScriptOps {
			if op.Kind == script.Read && op.NameKnown && op.Class.Sensitive() {
				p.Reportf(op, "script reads %s cookie %q with %s, so it cannot be HttpOnly", op.Class, op.Name, op.API)
			}
		}
	},
}
