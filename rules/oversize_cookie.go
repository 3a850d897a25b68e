package rules

import (
	"strings"

	"github.com/cookiescan/cookiescan/setcookie"
)

// OversizeCookie flags cookies whose name and value exceed the browser limit.
var OversizeCookie = &Rule{
	ID:       "oversize-cookie",
	Title:    "Cookie over 4096 bytes is dropped",
	Severity: Medium,
	CWE:      1284,
	Doc: `Browsers ignore a cookie whose name and value together exceed 4096 bytes
(RFC 6265bis; Chromium's kMaxCookieNamePlusValueSize). Attributes do not
count. A session stored client-side grows until it silently stops working.

Fix: keep the session on the server and put only an identifier in the cookie,
or split and compress the data.`,
	Bad:  []Example{{SetCookie: []string{"cart=" + strings.Repeat("x", 4100) + "; Path=/; Secure; HttpOnly; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"cart=" + strings.Repeat("x", 4000) + "; Path=/; Secure; HttpOnly; SameSite=Lax"}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			if o.Rejected(setcookie.RejectTooLarge) {
				p.Reportf(o, "cookie %q has %d bytes of name and value, over the 4096 browsers keep: it is dropped", o.Cookie.Name, len(o.Cookie.Name)+len(o.Cookie.Value))
			}
		}
	},
}
