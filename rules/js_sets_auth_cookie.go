package rules

import (
	"github.com/cookiescan/cookiescan/script"
)

// JSSetsAuthCookie flags scripts that write session or identity cookies.
var JSSetsAuthCookie = &Rule{
	ID:       "js-sets-auth-cookie",
	Title:    "Script writes a session or identity cookie",
	Severity: Medium,
	CWE:      1004,
	Doc: `A cookie written by JavaScript can never be HttpOnly: any script on the page,
an injected one included, can read it back. Session tokens and identity
values must come from the server in a Set-Cookie header with HttpOnly.

Fix: set the cookie on the server; if a script needs to know the user is
logged in, give it a separate, harmless flag.`,
	Bad:  []Example{{Script: `function onLogin(res) { document.cookie = "sessionid=" + res.token + "; path=/; secure"; }`}},
	Good: []Example{{Script: `document.cookie = "theme=dark; path=/; max-age=31536000; secure; samesite=lax";`}},
	Check: func(p *Pass) {
		for _, op := range p.Site.ScriptOps {
			if op.Kind == script.Write && op.NameKnown && op.Class.Sensitive() {
				p.Reportf(op, "script writes %s cookie %q with %s: a cookie written by script cannot be HttpOnly", op.Class, op.Name, op.API)
			}
		}
	},
}
