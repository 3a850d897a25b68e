package rules

import (
	"fmt"
	"strings"

	"github.com/cookiescan/cookiescan/setcookie"
)

// OversizeCookie flags cookies whose name and value exceed the browser limit.
var OversizeCookie = &Rule{
	ID:       "oversize-cookie",
	Title:    "Cookie over 4096 bytes is dropped",
	Severity: Medium,
	CWE:      1284,
	Doc: `Cookie over 4096 bytes is dropped

Browsers ignore a cookie whose name and value together exceed 4096 bytes
(RFC 6265bis; Chromium's kMaxCookieNamePlusValueSize). Attributes do not
count. A session stored client-side grows until it silently stops working.

Fix: keep the session on the server and put only an identifier in the cookie,
or split and compress the data.`,
	Bad:  []Example{{SetCookie: []string{"cart=" + strings.Repeat("x", 4100) + "; Path=/; Secure; HttpOnly; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"cart=" + strings.Repeat("x", 4000) + "; Path=/; Secure; HttpOnly; SameSite=Lax"}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			if o.Rejected(setcookie.RejectTooLarge) {
				p.Report(o, 0, fmt.Sprintf("cookie %q has %d bytes of name and value, over the 4096 browsers keep: it is dropped", o.Cookie.Name, len(o.Cookie.Name)+len(o.Cookie.Value)))
			}
		}
	},
}

// AttributeTooLong flags attribute values browsers ignore for their length.
var AttributeTooLong = &Rule{
	ID:       "attribute-too-long",
	Title:    "Attribute value over 1024 bytes is ignored",
	Severity: Low,
	CWE:      1284,
	Doc: `Attribute value over 1024 bytes is ignored

Browsers ignore any cookie attribute whose value exceeds 1024 bytes
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
					p.Report(o, 0, fmt.Sprintf("cookie %q: the %s value is over 1024 bytes, so browsers ignore it", o.Cookie.Name, w.Attribute))
				}
			}
		}
	},
}
