package rules

import (
	"fmt"
	"net"
)

// CleartextCookie flags cookies delivered by a plain-HTTP response.
var CleartextCookie = &Rule{
	ID:       "cleartext-cookie",
	Title:    "Cookie set over plain HTTP",
	Severity: Low,
	CWE:      319,
	Doc: `The response that set the cookie travelled unencrypted, so its value was
visible to and changeable by anyone on the network path, whatever its
attributes. Session cookies are medium. Loopback addresses are not reported:
nothing crosses a network there.

Fix: serve every page that sets cookies over HTTPS, and redirect HTTP to HTTPS
before any cookie is set.`,
	Bad:  []Example{{URL: "http://app.example.com/login", SetCookie: []string{"theme=dark; Path=/"}}},
	Good: []Example{{URL: "https://app.example.com/login", SetCookie: []string{"theme=dark; Path=/"}}, {URL: "http://127.0.0.1:8080/", SetCookie: []string{"theme=dark"}}},
	Check: func(p *Pass) {
		for o := range p.Site.Live() {
			u := o.Response.Parsed
			if u == nil || u.Scheme != "http" || isLoopback(u.Hostname()) || o.Op != nil {
				continue
			}
			sev := Low
			if o.Class == ClassSession {
				sev = Medium
			}
			p.reportLazily(Diagnostic{At: o, Severity: sev}, func() string {
				return fmt.Sprintf("%s cookie %q was set by a plain-HTTP response: its value crossed the network unencrypted", o.Class, o.Cookie.Name)
			})
		}
	},
}

func isLoopback(host string) bool {
	if host == "localhost" || len(host) > len(".localhost") && host[len(host)-len(".localhost"):] == ".localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
