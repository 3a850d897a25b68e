package rules

import (
	"fmt"
	"strings"
)

// LogoutNotServerSide flags logout endpoints that leave the session cookie in place.
var LogoutNotServerSide = &Rule{
	ID:       "logout-not-server-side",
	Title:    "Logout endpoint does not expire the session cookie",
	Severity: High,
	CWE:      613,
	Doc: `cookiescan requests the logout links it finds, last, with the crawl's
cookies. When the answer neither deletes the session cookie (an expired
Set-Cookie with the same name, Domain and Path) nor sends Clear-Site-Data,
nor replaces it with a new session, the browser keeps sending the old
session cookie: whatever the page shows, the user is still logged in.
The answer's headers only suggest that the session lives on (firm); an
authenticated scan proves it by replaying the cookies after a logout
(certain), and reports nothing when the replay shows the server ended the
session.

Fix: on logout, invalidate the session on the server and answer with the
session cookie expired, with the Domain and Path it was set with.`,
	Bad:  []Example{{URL: "https://app.example.com/logout", SetCookie: []string{"theme=; Max-Age=0"}, Logout: "sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly"}},
	Good: []Example{{URL: "https://app.example.com/logout", SetCookie: []string{"sessionid=; Max-Age=0; Path=/; Secure; HttpOnly"}, Logout: "sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly"}},
	Check: func(p *Pass) {
		confidence, ok := logoutConfidence(p.Site)
		if !ok {
			return
		}
		for _, probe := range p.Site.LogoutProbes {
			if probe.Cleared {
				continue
			}
			for _, s := range probe.Survivors {
				p.Report(Diagnostic{
					At:         ResponseCookie{probe.Response, s.Name},
					Message:    fmt.Sprintf("the logout at %s leaves session cookie %q in place: the session survives", probe.Response.URL, s.Name),
					Evidence:   logoutEvidence(probe),
					Confidence: confidence,
				})
			}
		}
	},
}

func logoutEvidence(probe *LogoutProbe) string {
	if len(probe.Response.SetCookie) == 0 {
		return fmt.Sprintf("GET %s: %d, no Set-Cookie", probe.Response.URL, probe.Response.Status)
	}
	names := make([]string, len(probe.Response.SetCookie))
	for i, line := range probe.Response.SetCookie {
		name, _, _ := strings.Cut(line, "=")
		names[i] = strings.TrimSpace(name)
	}
	return fmt.Sprintf("GET %s: %d, Set-Cookie for %s", probe.Response.URL, probe.Response.Status, strings.Join(names, ", "))
}

// logoutConfidence is how sure the logout rules are, which infer from
// headers and scripts that a logout leaves the session alive: certain when
// an authenticated scan's replay proved it, firm without a replay; ok is
// false when the replay showed that the logout ended the session.
func logoutConfidence(site *Site) (c Confidence, ok bool) {
	switch ran, survived := site.replayProves(); {
	case !ran:
		return Firm, true
	case survived:
		return Certain, true
	}
	return "", false
}
