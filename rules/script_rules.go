package rules

import (
	"fmt"
	"strings"

	"github.com/cookiescan/cookiescan/script"
)

// JSSetsAuthCookie flags scripts that write session or identity cookies.
var JSSetsAuthCookie = &Rule{
	ID:       "js-sets-auth-cookie",
	Title:    "Script writes a session or identity cookie",
	Severity: Medium,
	CWE:      1004,
	Doc: `Script writes a session or identity cookie

A cookie written by JavaScript can never be HttpOnly: any script on the page,
an injected one included, can read it back. Session tokens and identity
values must come from the server in a Set-Cookie header with HttpOnly.

Fix: set the cookie on the server; if a script needs to know the user is
logged in, give it a separate, harmless flag.`,
	Bad:  []Example{{Script: `function onLogin(res) { document.cookie = "sessionid=" + res.token + "; path=/; secure"; }`}},
	Good: []Example{{Script: `document.cookie = "theme=dark; path=/; max-age=31536000; secure; samesite=lax";`}},
	Check: func(p *Pass) {
		for _, op := range p.Site.ScriptOps {
			if op.Kind == script.Write && op.NameKnown && op.Class.Sensitive() {
				p.ReportScript(op, 0, fmt.Sprintf("script writes %s cookie %q with %s: a cookie written by script cannot be HttpOnly", op.Class, op.Name, op.API))
			}
		}
	},
}

// JSReadsAuthCookie flags scripts that read session or identity cookies.
var JSReadsAuthCookie = &Rule{
	ID:       "js-reads-auth-cookie",
	Title:    "Script reads a session or identity cookie",
	Severity: Low,
	CWE:      1004,
	Doc: `Script reads a session or identity cookie

A script that reads a session or identity cookie needs it to be readable,
so the cookie cannot be HttpOnly and any injected script can steal it too.
CSRF tokens are not reported: scripts read them by design.

Fix: keep the session cookie HttpOnly and give scripts what they need
through an API response instead.`,
	Bad:  []Example{{Script: `const token = Cookies.get("auth_token"); fetch("/api", {headers: {Authorization: token}});`}},
	Good: []Example{{Script: `const csrftoken = Cookies.get("csrftoken");`}},
	Check: func(p *Pass) {
		for _, op := range p.Site.ScriptOps {
			if op.Kind == script.Read && op.NameKnown && op.Class.Sensitive() {
				p.ReportScript(op, 0, fmt.Sprintf("script reads %s cookie %q with %s, so it cannot be HttpOnly", op.Class, op.Name, op.API))
			}
		}
	},
}

// LogoutInJS flags logouts done by deleting cookies in script.
var LogoutInJS = &Rule{
	ID:       "logout-in-js",
	Title:    "Logout done by deleting cookies in JavaScript",
	Severity: Medium,
	CWE:      613,
	Doc: `Logout done by deleting cookies in JavaScript

Logging out must end the session on the server, which then sends the cookie
back already expired. Deleting the session cookie in a script does neither:
the session stays valid on the server, and a copy of the cookie still works.
When the cookie is HttpOnly, the script cannot even touch it (RFC 6265bis
storage step 23): the deletion silently fails and the user stays logged in.
That case is high.

Fix: log out with a request to the server that invalidates the session and
answers with an expired Set-Cookie (or Clear-Site-Data: "cookies").`,
	Bad: []Example{
		{Script: `function logout() { document.cookie = "sessionid=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/"; location.href = "/"; }`},
		{Script: `document.getElementById("signout").addEventListener("click", () => Cookies.remove("session"));`},
	},
	Good: []Example{{Script: `function logout() { fetch("/logout", {method: "POST"}).then(() => location.href = "/"); document.cookie = "theme=; max-age=0"; }`}},
	Check: func(p *Pass) {
		httpOnly := map[string]bool{}
		for _, o := range p.Site.Cookies {
			if o.Op == nil && o.Cookie.HttpOnly && !o.Deletion() {
				httpOnly[o.Cookie.Name] = true
			}
		}
		for _, op := range p.Site.ScriptOps {
			if op.Kind != script.Delete || !op.NameKnown || !op.Class.Sensitive() || !op.Logout && op.Class != ClassSession {
				continue
			}
			where := "in script"
			switch {
			case op.Function != "":
				where = "in " + op.Function
			case op.Script.Event != "":
				where = "in the " + op.Script.Event + " handler of " + op.Script.Context
			}
			if httpOnly[op.Name] {
				p.ReportScript(op, High, fmt.Sprintf("logout deletes %s cookie %q %s, but the server sets it HttpOnly: the deletion is ignored and the user stays logged in", op.Class, op.Name, where))
				continue
			}
			p.ReportScript(op, 0, fmt.Sprintf("logout deletes %s cookie %q %s: the session stays valid on the server", op.Class, op.Name, where))
		}
	},
}

// LogoutNotServerSide flags logout endpoints that leave the session cookie in place.
var LogoutNotServerSide = &Rule{
	ID:       "logout-not-server-side",
	Title:    "Logout endpoint does not expire the session cookie",
	Severity: High,
	CWE:      613,
	Doc: `Logout endpoint does not expire the session cookie

cookiescan requests the logout links it finds, last, with the crawl's
cookies. When the answer neither deletes the session cookie (an expired
Set-Cookie with the same name, Domain and Path) nor sends Clear-Site-Data,
nor replaces it with a new session, the browser keeps sending the old
session cookie: whatever the page shows, the user is still logged in.

Fix: on logout, invalidate the session on the server and answer with the
session cookie expired, with the Domain and Path it was set with.`,
	Bad:  []Example{{URL: "https://app.example.com/logout", SetCookie: []string{"theme=; Max-Age=0"}, Logout: "sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly"}},
	Good: []Example{{URL: "https://app.example.com/logout", SetCookie: []string{"sessionid=; Max-Age=0; Path=/; Secure; HttpOnly"}, Logout: "sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly"}},
	Check: func(p *Pass) {
		for _, probe := range p.Site.LogoutProbes {
			if probe.Cleared {
				continue
			}
			for _, s := range probe.Survivors {
				p.ReportResponse(probe.Response, s.Name, 0, fmt.Sprintf("the logout at %s leaves session cookie %q in place: the session survives", probe.Response.URL, s.Name), logoutEvidence(probe))
			}
		}
	},
}

func logoutEvidence(probe *LogoutProbe) string {
	if len(probe.Response.SetCookie) == 0 {
		return fmt.Sprintf("GET %s: %d, no Set-Cookie", probe.Response.URL, probe.Response.Status)
	}
	names := make([]string, len(probe.Response.SetCookie))
	for i, line := range probe.Response.SetCookie {
		name, _, _ := strings.Cut(line, "=")
		names[i] = strings.TrimSpace(name)
	}
	return fmt.Sprintf("GET %s: %d, Set-Cookie for %s", probe.Response.URL, probe.Response.Status, strings.Join(names, ", "))
}
