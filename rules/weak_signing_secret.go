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
	Doc: `The cookie is signed or encrypted (Flask/itsdangerous, Django signing,
Express cookie-signature, @fastify/cookie, keygrip, JWT HS*, Rails, Rack 2,
Laravel, hapi iron, Tornado, Bottle, gorilla, Apache Shiro rememberMe, IBM
LTPA, PeopleSoft PS_TOKEN, an HMAC of it in a companion cookie…), and its
signature verifies with a secret from cookiescan's list of framework
defaults, documentation examples, published keys and common words, or from
--secrets FILE|DIR; a JWT signed with a private key that a specification
prints counts too. Whoever knows the secret can forge any session: log in as
anyone, set any role; for Shiro and Bottle, a forged value runs code on the
server. Cookies that browsers reject are judged as well: they show how the
server signs. Each distinct secret found is listed; the secrets themselves
are shown only with --show-values.

Fix: generate a long random secret, keep it out of the code, and rotate it
(every session signed with the old one must end).`,
	Bad:  []Example{{SetCookie: []string{"session=" + flaskWeak + "; HttpOnly; Path=/; Secure; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"session=" + flaskStrong + "; HttpOnly; Path=/; Secure; SameSite=Lax"}}},
	Check: func(p *Pass) {
		sentTokens(p, func(o *Observed, t *token.Token) {
			// A value only paired with a digest-shaped cookie is worth the
			// secrets only when it says who the user is or holds the session.
			if !t.Verifiable() || !t.Signed && !o.Sensitive() {
				return
			}
			secret, ok := p.verify(o)
			if !ok {
				return
			}
			shown := secret.Source
			if p.ShowValues() {
				shown = fmt.Sprintf("%q (%s)", secret.Value, secret.Source)
			}
			p.Report(Diagnostic{At: o, Secret: shown, secretID: secret.Source + "\x00" + secret.Value,
				Message: fmt.Sprintf("cookie %q is %s signed with a known or weak secret (%s): anyone can forge it%s", o.Cookie.Name, t.Format.Phrase(), shown, o.rejectedToo())})
		})
	},
}
