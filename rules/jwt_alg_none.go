package rules

import (
	"strings"

	"github.com/cookiescan/cookiescan/token"
)

// JWTAlgNone flags JWTs that carry no signature.
var JWTAlgNone = &Rule{
	ID:       "jwt-alg-none",
	Title:    "JWT without a signature (alg none)",
	Severity: High,
	CWE:      347,
	Doc: `The cookie holds a JWT whose header says alg "none" (in any case) or whose
signature is empty. If the server accepts it, anyone can write their own
token (CVE-2015-2951, CVE-2020-28042).

Fix: sign tokens, and have the server accept only the algorithms it issues.`,
	Bad:  []Example{{SetCookie: []string{"jwt=" + jwtNone + "; HttpOnly; Secure; Path=/; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"jwt=" + jwtForever + "; HttpOnly; Secure; Path=/; SameSite=Lax"}}},
	Check: func(p *Pass) {
		sentTokens(p, func(o *Observed, t *token.Token) {
			if t.JWT != nil && t.Format == token.JWT && (strings.EqualFold(t.JWT.Alg, "none") || t.JWT.EmptySignature) {
				p.Reportf(o, "cookie %q holds a JWT with alg %q and no signature: anyone can forge one%s", o.Cookie.Name, t.JWT.Alg, o.rejectedToo())
			}
		})
	},
}
