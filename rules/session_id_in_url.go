package rules

import (
	"fmt"
	"net/url"
	"strings"
)

// SessionIDInURL flags session identifiers carried in URLs.
var SessionIDInURL = &Rule{
	ID:       "session-id-in-url",
	Title:    "Session ID in a URL",
	Severity: Medium,
	CWE:      598,
	Doc: `A session identifier in a URL (a query parameter such as PHPSESSID=… or a
path parameter such as ;jsessionid=…) ends up in browser history, server and
proxy logs, and the Referer header sent to other sites, and invites session
fixation through a crafted link. Values of 8 characters or fewer are ignored.

Fix: keep session IDs in cookies only (for Java, set tracking-mode COOKIE;
for PHP, session.use_only_cookies and session.use_trans_sid=0).`,
	Bad:  []Example{{URL: "https://app.example.com/login", Location: "/home;jsessionid=8F3A9C2E41B7D6A0F5E1C3B9A7D2E4F6"}, {URL: "https://app.example.com/cart?PHPSESSID=8f3a9c2e41b7d6a0f5e1"}},
	Good: []Example{{URL: "https://app.example.com/login", Location: "/home"}, {URL: "https://app.example.com/search?sid=12"}},
	Check: func(p *Pass) {
		for _, r := range p.Site.Responses {
			checkURL(p, r, r.URL, "request URL")
			if loc := r.Header.Get("Location"); loc != "" {
				checkURL(p, r, loc, "redirect Location")
			}
		}
	},
}

func checkURL(p *Pass, r *Response, raw, where string) {
	// A session ID needs a path parameter or a query, which most URLs lack.
	if !strings.ContainsAny(raw, ";?") {
		return
	}
	if m := pathSessionID.FindStringSubmatch(raw); m != nil {
		p.Report(Diagnostic{
			At:       ResponseCookie{r, m[1]},
			Message:  fmt.Sprintf("the %s carries a session ID as a path parameter ;%s=…", where, m[1]),
			Evidence: where + ": " + redactURL(raw),
		})
		return
	}
	u, err := url.Parse(raw)
	if err != nil {
		return
	}
	for name, values := range u.Query() {
		if !urlSessionParams[strings.ToLower(name)] {
			continue
		}
		for _, v := range values {
			if len(v) > 8 {
				p.Report(Diagnostic{
					At:       ResponseCookie{r, name},
					Message:  fmt.Sprintf("the %s carries a session ID in the query parameter %s", where, name),
					Evidence: where + ": " + redactURL(raw),
				})
				break
			}
		}
	}
}
