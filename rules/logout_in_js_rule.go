package rules

import (
	"fmt"

	"github.com/cookiescan/cookiescan/script"
)

// LogoutInJS flags logouts done by deleting cookies in script.
var LogoutInJS = &Rule{
	ID:       "logout-in-js",
	Title:    "Logout done by deleting cookies in JavaScript",
	Severity: Medium,
	CWE:      613,
	Doc: `Logging out must end the session on the server, which then sends the cookie
back already expired. Deleting the session cookie in a script does neither:
the session stays valid on the server, and a copy of the cookie still works.
When the cookie is HttpOnly, the script cannot even touch it (RFC 6265bis
storage step 23): the deletion silently fails and the user stays logged in.
That case is high. The script only suggests that the session lives on
(firm); an authenticated scan proves it by replaying the cookies after a
logout (certain), and reports nothing when the replay shows the server
ended the session.

A deletion in a flow that also asks the server (fetch, axios, XMLHttpRequest,
$.ajax, a form submit, a navigation to a logout URL, a call into an API
module, before or around it) is cleanup, not the logout, and is not
reported.

Fix: log out with a request to the server that invalidates the session and
answers with an expired Set-Cookie (or Clear-Site-Data: "cookies").`,
	Bad: []Example{
		{Script: `function logout() { document.cookie = "sessionid=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/"; location.href = "/"; }`},
		{Script: `document.getElementById("signout").addEventListener("click", () => Cookies.remove("session"));`},
	},
	Good: []Example{
		{Script: `function logout() { fetch("/logout", {method: "POST"}).then(() => location.href = "/"); document.cookie = "theme=; max-age=0"; }`},
		{Script: `import { logout } from "@/api/user"; function signOut() { return logout().then(() => Cookies.remove("Admin-Token")); }`},
	},
	Check: func(p *Pass) {
		confidence, ok := logoutConfidence(p.Site)
		if !ok {
			return
		}
		httpOnly := p.Site.HTTPOnlyNames
		for _, op := range p.Site.ScriptOps {
			if op.Kind != script.Delete || !op.NameKnown || !op.Class.Sensitive() || !op.Logout && op.Class != ClassSession {
				continue
			}
			if op.ServerRequest {
				continue // cleanup after the server was asked to log out
			}
			where := "in script"
			switch {
			case op.Function != "":
				where = "in " + op.Function
			case op.Script.Event != "":
				where = "in the " + op.Script.Event + " handler of " + op.Script.Context
			}
			d := Diagnostic{At: op, Confidence: confidence, Message: fmt.Sprintf("logout deletes %s cookie %q %s: the session stays valid on the server", op.Class, op.Name, where)}
			if httpOnly[op.Name] {
				d.Severity = High
				d.Message = fmt.Sprintf("logout deletes %s cookie %q %s, but the server sets it HttpOnly: the deletion is ignored and the user stays logged in", op.Class, op.Name, where)
			}
			p.Report(d)
		}
	},
}
