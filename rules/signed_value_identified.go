package rules

import "fmt"

// jwtStrong is a JWT that jsonwebtoken 9.0.3 signed with HS256 and a random secret
// (token/testdata/fixtures.json).
const jwtStrong = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFsaWNlIiwicm9sZSI6ImFkbWluIiwiZW1haWwiOiJhbGljZUBleGFtcGxlLmNvbSIsImlhdCI6MTc5NTYzNzMyNCwiZXhwIjoxNzk1NjQwOTI0fQ.JUZKZJ4bjmkqJ_fLDbudHAOGFNkWpxjsATrIovCdLOA"

// hashcatWordlist names the wordlist in the hashcat commands findings suggest.
const hashcatWordlist = "wordlist.txt"

// SignedValueIdentified reports signed or encrypted values whose format is
// known but whose secret none of the lists held, with how to go further.
var SignedValueIdentified = &Rule{
	ID:       "signed-value-identified",
	Title:    "Signed value identified, secret not found",
	Severity: Info,
	CWE:      1391,
	Doc: `The cookie's value is signed or encrypted in a format cookiescan knows, but
no secret of its lists (or of --secrets) verifies it. That is not proof of a
strong secret: the finding says what a stronger check would need and, where
hashcat has a mode for the format (JWT HS*: 16500; HMAC with the secret as
key: 50, 150, 1450, 1750; PeopleSoft PS_TOKEN: 13500), the command to try a
large wordlist offline. The hash in that command holds the cookie value, so
it is shown only with --show-values. A Shiro rememberMe=deleteMe marks Apache
Shiro even without a value to test. Like every info finding, it is hidden by
--min-severity low.

Fix: nothing, if the secret is long and random; otherwise run the check the
finding suggests, or rotate the secret to a generated one.`,
	Bad:  []Example{{SetCookie: []string{"token=" + jwtStrong + "; HttpOnly; Path=/; Secure; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; HttpOnly; Path=/; Secure; SameSite=Lax"}}},
	Check: func(p *Pass) {
		// Deletions too: Shiro's rememberMe=deleteMe is one.
		for _, o := range p.Site.Cookies {
			if o.Cookie.Name == "" || o.Cookie.Value == "" || !p.firstValue(o) {
				continue
			}
			t := o.Token()
			crack := t.Crack()
			if crack == nil {
				continue
			}
			if t.Verifiable() {
				if _, ok := p.verify(o); ok {
					continue
				}
			}
			msg := fmt.Sprintf("cookie %q: %s; no listed secret verifies it. Stronger check: %s", o.Cookie.Name, t.Note, crack.Need)
			if crack.HashcatMode != 0 {
				hash := crack.Hash
				if !p.ShowValues() {
					hash = Redacted
				}
				msg += ". hashcat: " + crack.Command(hash, hashcatWordlist)
				if !p.ShowValues() {
					msg += " (the hash holds the cookie value: --show-values prints it)"
				}
			}
			p.Reportf(o, "%s%s", msg, rejectedTooUnlessDeleted(o))
		}
	},
}

// rejectedTooUnlessDeleted is rejectedToo for a cookie that may be a deletion,
// which browsers apply rather than store.
func rejectedTooUnlessDeleted(o *Observed) string {
	if o.Deletion() {
		return ""
	}
	return o.rejectedToo()
}
