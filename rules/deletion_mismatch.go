package rules

import (
	"fmt"
	"strings"

	"github.com/cookiescan/cookiescan/setcookie"
)

// DeletionMismatch flags deletions that leave the cookie they target in place.
var DeletionMismatch = &Rule{
	ID:       "deletion-mismatch",
	Title:    "Cookie deletion does not remove the cookie",
	Severity: Medium,
	CWE:      613,
	Doc: `A cookie is deleted by setting one with the same name, Domain (or none, for
a host-only cookie) and Path, already expired. A deletion whose Domain, Path
or host-only state differs creates and removes a different cookie, and one
that the browser rejects (Secure over plain HTTP, a broken prefix) does
nothing: the original stays and the browser keeps sending it, so a logout
leaves the session alive.

Fix: delete with exactly the attributes the cookie was set with.`,
	Bad: []Example{{URL: "https://app.example.com/logout", SetCookie: []string{
		"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly",
		"sessionid=; Path=/account; Max-Age=0",
	}}},
	Good: []Example{{URL: "https://app.example.com/logout", SetCookie: []string{
		"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly",
		"sessionid=; Path=/; Max-Age=0; Secure; HttpOnly",
	}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			if len(o.Survivors) == 0 {
				continue
			}
			var why []string
			if !o.Stored.Stored {
				for _, r := range o.Stored.Reasons {
					why = append(why, r.Describe())
				}
			}
			for _, s := range o.Survivors {
				why = append(why, mismatch(o.Stored, s))
			}
			p.Reportf(o, "the deletion of %q leaves the cookie in place: %s", o.Cookie.Name, strings.Join(why, "; "))
		}
	},
}

// mismatch says how a deletion differs from the cookie it should have removed.
func mismatch(del setcookie.Evaluation, kept *setcookie.Stored) string {
	var diffs []string
	if del.HostOnly != kept.HostOnly || del.Domain != kept.Domain {
		diffs = append(diffs, fmt.Sprintf("Domain %s, the cookie has %s", domainLabel(del.Domain, del.HostOnly), domainLabel(kept.Domain, kept.HostOnly)))
	}
	if del.Path != kept.Path {
		diffs = append(diffs, fmt.Sprintf("Path %s, the cookie has Path %s", del.Path, kept.Path))
	}
	if len(diffs) == 0 {
		return "the cookie is still stored"
	}
	return "the deletion has " + strings.Join(diffs, " and ")
}

func domainLabel(domain string, hostOnly bool) string {
	if hostOnly {
		return "host-only " + domain
	}
	return domain
}
