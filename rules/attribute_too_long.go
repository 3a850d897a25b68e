package rules

import (
	"strings"

	"github.com/cookiescan/cookiescan/setcookie"
)

// AttributeTooLong flags attribute values browsers ignore for their length.
var AttributeTooLong = &Rule{
	ID:       "attribute-too-long",
	Title:    "Attribute value over 1024 bytes is ignored",
	Severity: Low,
	CWE:      1284,
	Doc: `Browsers ignore any cookie attribute whose value exceeds 1024 bytes
(RFC 6265bis attribute parsing; Chromium warns with
WarnAttributeValueExceedsMaxSize). A long Path or Domain is dropped and the
cookie gets a different scope than intended.

Fix: shorten the attribute.`,
	Bad:  []Example{{SetCookie: []string{"pref=1; Path=/" + strings.Repeat("a", 1100) + "; Secure"}}},
	Good: []Example{{SetCookie: []string{"pref=1; Path=/app; Secure"}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			for _, w := range o.Cookie.Warnings {
				if w.Kind == setcookie.WarnAttributeTooLong {
					p.Reportf(o, "cookie %q: the %s value is over 1024 bytes, so browsers ignore it", o.Cookie.Name, w.Attribute)
				}
			}
		}
	},
}
