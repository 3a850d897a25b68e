package rules

import (
	"slices"
	"strings"

	"github.com/cookiescan/cookiescan/token"
)

// SensitiveDataInCookie flags plaintext personal or infrastructure data in values.
var SensitiveDataInCookie = &Rule{
	ID:       "sensitive-data-in-cookie",
	Title:    "Sensitive data in a cookie value",
	Severity: Medium,
	CWE:      315,
	Doc: `The value carries, in clear or in data anyone can decode, an e-mail
address, a password, a card number (Luhn-checked), a phone number or an
internal IP address (as F5 BIG-IP persistence cookies do). Cookies end up
in logs, proxies, browser storage and support screenshots.

Fix: keep such data on the server; for BIG-IP, enable cookie encryption.`,
	Bad:  []Example{{SetCookie: []string{"BIGipServerpool_web=1677787402.36895.0000; Path=/; HttpOnly; Secure"}}, {SetCookie: []string{"user_email=alice%40example.com; Path=/; Secure; HttpOnly"}}},
	Good: []Example{{SetCookie: []string{"BIGipServerpool_web=!Zx8Qp3Lm9Rt2Vw7Yk4Hn6Bc1Df5Gj0KsQm4Xn8Rt2Lp6Vz9Kc3Hb7Wd1Fg5Js0Ay12345678901234567890=; Path=/; HttpOnly; Secure"}}},
	Check: func(p *Pass) {
		sentTokens(p, func(o *Observed, t *token.Token) {
			hits := token.Sensitive(o.Cookie.Value, t.Data)
			if t.BigIP != nil && t.BigIP.Addr.IsValid() && !t.BigIP.Encrypted {
				hits = append(hits, token.Hit{Kind: "internal-ip", Where: "BIG-IP persistence value"})
			}
			if len(hits) == 0 {
				return
			}
			var kinds []string
			for _, h := range hits {
				if k := h.Kind + " in " + h.Where; !slices.Contains(kinds, k) {
					kinds = append(kinds, k)
				}
			}
			p.Reportf(o, "cookie %q carries %s%s", o.Cookie.Name, strings.Join(kinds, ", "), o.rejectedToo())
		})
	},
}
