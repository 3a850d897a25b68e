package rules

import (
	"strings"

	"github.com/cookiescan/cookiescan/setcookie"
)

var prefixReasons = []setcookie.Reason{
	setcookie.RejectPrefixSecure, setcookie.RejectPrefixHost, setcookie.RejectPrefixHttp,
	setcookie.RejectPrefixHostHttp, setcookie.RejectHiddenPrefix,
}

// InvalidPrefix flags cookies that break the rules their name prefix promises.
var InvalidPrefix = &Rule{
	ID:       "invalid-prefix",
	Title:    "Cookie breaks its name prefix's rules and is dropped",
	Severity: Medium,
	CWE:      20,
	Doc: `A name prefix is a promise browsers enforce, case-insensitively:
__Secure- needs Secure; __Host- needs Secure, Path=/ and no Domain;
__Http- needs Secure and HttpOnly; __Host-Http- needs all of these. A cookie
that breaks its prefix's rules is ignored, as is a nameless cookie whose value
starts with a prefix. Other scanners read cookies through jars that drop these
silently, so they never report it.

Fix: add the missing attributes (or drop Domain), or rename the cookie.`,
	Bad: []Example{
		{SetCookie: []string{"__Host-sid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Domain=example.com; Secure; HttpOnly"}},
		{SetCookie: []string{"__Http-token=abc; Secure; Path=/"}},
	},
	Good: []Example{{SetCookie: []string{"__Host-sid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly; SameSite=Lax", "__Host-Http-sid=x; Path=/; Secure; HttpOnly"}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			if why := o.rejections(prefixReasons); len(why) > 0 {
				p.Reportf(o, "cookie %q is dropped by browsers: %s", o.Cookie.Name, strings.Join(why, "; "))
			}
		}
	},
}
