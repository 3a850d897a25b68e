package rules

import (
	"fmt"
	"strings"

	"github.com/cookiescan/cookiescan/token"
)

// sessionFormats are the frameworks' client-side session formats; other
// readable formats count only on session and identity cookies.
var sessionFormats = map[token.Format]bool{
	token.Flask: true, token.Django: true, token.CookieSession: true, token.JWT: true,
	token.RailsSigned: true, token.GorillaSecureCookie: true,
}

// ClientSessionReadable flags client-side sessions whose data anyone can read.
var ClientSessionReadable = &Rule{
	ID:       "client-session-readable",
	Title:    "Client-side session data readable by anyone",
	Severity: Medium,
	CWE:      315,
	Doc: `The cookie holds the session's data itself (Flask, Django signed_cookies,
cookie-session, JWT, Rails signed, base64 JSON…). Signed is not encrypted:
anyone who sees the cookie can decode it. The finding lists the keys, never
their values; keys that look sensitive (password, email, role, admin flags,
tokens, card numbers) raise it to high.

Fix: keep the data on the server and put only an opaque ID in the cookie, or
encrypt the cookie (Rails and Laravel do by default).`,
	Bad:  []Example{{SetCookie: []string{"session=" + flaskWeak + "; HttpOnly; Path=/; Secure; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; HttpOnly; Path=/; Secure; SameSite=Lax"}}},
	Check: func(p *Pass) {
		sentTokens(p, func(o *Observed, t *token.Token) {
			// Data with keys: a bare string or number is not a session.
			if !t.Readable || len(t.Keys) == 0 || !sessionFormats[t.Format] && !o.Sensitive() {
				return
			}
			keys := "keys " + strings.Join(t.Keys, ", ")
			if sensitive := token.SensitiveKeys(t.Data); len(sensitive) > 0 {
				p.Report(Diagnostic{At: o, Severity: High, Message: fmt.Sprintf("cookie %q is %s anyone can decode: %s, sensitive: %s%s", o.Cookie.Name, t.Format.Phrase(), keys, strings.Join(sensitive, ", "), o.rejectedToo())})
				return
			}
			p.Reportf(o, "cookie %q is %s anyone can decode: %s%s", o.Cookie.Name, t.Format.Phrase(), keys, o.rejectedToo())
		})
	},
}
