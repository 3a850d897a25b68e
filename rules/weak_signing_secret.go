package rules

import (
	"fmt"

	"github.com/cookiescan/cookiescan/token"
)

// WeakSigningSecret flags signed cookies whose signature verifies with a known or weak secret.
var WeakSigningSecret = &Rule{
	ID:       "weak-signing-secret",
	Title:    "Signed cookie verifies with a known or weak secret",
	Severity: Critical,
	CWE:      1391,
	Doc: `The cookie is signed (Flask/itsdangerous, Django signing, Express
cookie-signature, keygrip, JWT HS256/384/512, Rails…), and its signature
verifies with a secret from cookiescan's list of framework defaults,
documentation examples and common words, or from --secrets FILE. Whoever
knows the secret can forge any session: log in as anyone, set any role.
The secret itself is shown only with --show-values.

Fix: generate a long random secret, keep it out of the code, and rotate it
(every session signed with the old one must end).`,
	Bad:  []Example{{SetCookie: []string{"session=" + flaskWeak + "; HttpOnly; Path=/; Secure; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"session=" + flaskStrong + "; HttpOnly; Path=/; Secure; SameSite=Lax"}}},
	Check: func(p *Pass) {
		liveTokens(p, func(o *Observed, t *token.Token) {
			if !t.Signed {
				return
			}
			secret, ok := token.Verify(t, o.Cookie.Name, o.Cookie.Value, o.siblings(), p.Secrets())
			if !ok {
				return
			}
			which := "a known or weak secret (" + secret.Source + ")"
			if p.ShowValues() {
				which = fmt.Sprintf("the secret %q (%s)", secret.Value, secret.Source)
			}
			p.Reportf(o, "cookie %q is a %s signed with %s: anyone can forge it", o.Cookie.Name, t.Format, which)
		})
	},
}
