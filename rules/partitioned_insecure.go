package rules

import (
	"github.com/cookiescan/cookiescan/setcookie"
)

// PartitionedInsecure flags Partitioned cookies without Secure.
var PartitionedInsecure = &Rule{
	ID:       "partitioned-insecure",
	Title:    "Partitioned without Secure is rejected",
	Severity: Medium,
	CWE:      614,
	Doc: `Chromium ignores a Partitioned (CHIPS) cookie that lacks Secure
(EXCLUDE_INVALID_PARTITIONED), so an embedded widget that depends on it
loses its state.

Fix: add Secure to every Partitioned cookie.`,
	Bad:  []Example{{SetCookie: []string{"embed=1; Partitioned; SameSite=None; Path=/"}}},
	Good: []Example{{SetCookie: []string{"embed=1; Partitioned; Secure; SameSite=None; Path=/"}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			if o.Rejected(setcookie.RejectPartitionedInsecure) {
				p.Reportf(o, "cookie %q is Partitioned without Secure: browsers reject it", o.Cookie.Name)
			}
		}
	},
}
