package rules

import (
	"time"

	"github.com/cookiescan/cookiescan/token"
)

// JWTNoExpiry flags session JWTs that never or only late expire.
var JWTNoExpiry = &Rule{
	ID:       "jwt-no-expiry",
	Title:    "Session JWT without expiry or living over a day",
	Severity: Low,
	CWE:      613,
	Doc: `A JWT is valid until its exp claim, whatever happens to the session on the
server: a stolen token without exp works forever, and one that lives for
weeks cannot be revoked without extra machinery.

Fix: give session tokens an exp of minutes to hours and refresh them.`,
	Bad:  []Example{{SetCookie: []string{"access_token=" + jwtForever + "; HttpOnly; Secure; Path=/; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"access_token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSIsImlhdCI6MTc4MDAwMDAwMCwiZXhwIjoxNzgwMDAzNjAwfQ.sM2yK8cX1pV6bN4qR7tW0zL3jH5gF9dA2eS6uI8oP1k; HttpOnly; Secure; Path=/; SameSite=Lax"}}},
	Check: func(p *Pass) {
		sentTokens(p, func(o *Observed, t *token.Token) {
			if t.Format != token.JWT || t.JWT == nil || o.Class != ClassSession {
				return
			}
			switch {
			case t.JWT.Exp == nil:
				p.Reportf(o, "session JWT in %q has no exp: it stays valid forever%s", o.Cookie.Name, o.rejectedToo())
			case t.JWT.Iat != nil && t.JWT.Exp.Sub(*t.JWT.Iat) > 24*time.Hour:
				p.Reportf(o, "session JWT in %q lives %s (exp - iat), over a day%s", o.Cookie.Name, t.JWT.Exp.Sub(*t.JWT.Iat).Round(time.Hour), o.rejectedToo())
			case t.JWT.Iat == nil && t.JWT.Exp.Sub(o.Response.Received) > 24*time.Hour:
				p.Reportf(o, "session JWT in %q expires %s after it was issued, over a day%s", o.Cookie.Name, t.JWT.Exp.Sub(o.Response.Received).Round(time.Hour), o.rejectedToo())
			}
		})
	},
}
