package rules

import (
	"strings"

	"github.com/cookiescan/cookiescan/token"
)

// CredentialInCookie flags passwords and other credentials stored in cookies.
var CredentialInCookie = &Rule{
	ID:       "credential-in-cookie",
	Title:    "Credential stored in a cookie",
	Severity: High,
	CWE:      539,
	Doc: `A password, PIN, passphrase or secret is stored in a cookie, by its name
or inside a value that decodes to data with such a key. The browser sends it
with every request to the site, keeps it on disk for as long as the cookie
lives, and, unless it is HttpOnly, any script on the page can read it. A
"remember me" that stores the password (even encrypted, when the key ships
in the same bundle) hands it to whoever gets at the browser, the logs or an
injected script.

Fix: never store credentials in cookies; remember a login with a long-lived,
revocable token issued by the server (HttpOnly, Secure), and keep at most
the user name on the client.`,
	Bad: []Example{
		{SetCookie: []string{"password=hunter2; Path=/; Max-Age=2592000"}},
		{Script: `function remember(pwd) { Cookies.set("password", encrypt(pwd), { expires: 30 }); }`},
	},
	Good: []Example{{SetCookie: []string{"remember_token=Zx8Qp3Lm9Rt2Vw7Yk4Hn6Bc1Df5Gj0Ks; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=2592000"}}},
	Check: func(p *Pass) {
		named := map[*Observed]bool{}
		for o := range p.Site.Live() {
			if o.Class == ClassCredential {
				named[o] = true
				p.Reportf(o, "cookie %q stores a credential%s", o.Cookie.Name, exposure(o))
			}
		}
		sentTokens(p, func(o *Observed, t *token.Token) {
			if named[o] || t == nil {
				return
			}
			if keys := credentialKeys(t.Data); len(keys) > 0 {
				p.Reportf(o, "cookie %q is %s holding a credential (%s)%s", o.Cookie.Name, t.Format.Phrase(), strings.Join(keys, ", "), exposure(o))
			}
		})
	},
}

// exposure says where a stored credential goes.
func exposure(o *Observed) string {
	if o.Cookie.HttpOnly {
		return ": it is sent with every request and kept in the browser"
	}
	return ": it is sent with every request, kept in the browser and readable by script"
}

// credentialKeys are the key paths of decoded data whose last key names a
// credential.
func credentialKeys(data any) []string {
	var out []string
	for _, p := range token.SensitiveKeys(data) {
		key := p[strings.LastIndexByte(p, '.')+1:]
		key, _, _ = strings.Cut(key, "[")
		if DefaultClassifier.Classify(key, "") == ClassCredential {
			out = append(out, p)
		}
	}
	return out
}
