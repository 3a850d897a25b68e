package rules

import (
	"net/url"
	"strings"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/token"
)

// LoginCookie is a session cookie as the session-lifecycle probes met it
// around a login: what session-fixation and session-survives-logout report.
type LoginCookie struct {
	Login *evidence.Login
	Name  string
}

func (lc LoginCookie) host() string {
	if u, err := url.Parse(lc.Login.Page); err == nil {
		return u.Hostname()
	}
	return ""
}

func (lc LoginCookie) occurrence() occurrence {
	host := lc.host()
	return occurrence{where: where{host: host, url: lc.Login.Page}, name: lc.Name, domain: host, path: "/"}
}

func (lc LoginCookie) describe(f *Finding, _ *aggregator) {
	f.Cookie = &CookieRef{Name: lc.Name, Domain: lc.host(), Path: "/", Class: ClassSession}
}

// isSession reports whether a cookie a probe held is a session cookie.
func (s *Site) isSession(c evidence.HeldCookie) bool {
	return s.classifier.Classify(c.Name, c.Value) == ClassSession
}

// clientSideSession is the client-side session format of a cookie held
// with others (a cookie-session value is signed in a sibling), or "".
func clientSideSession(c evidence.HeldCookie, held []evidence.HeldCookie) token.Format {
	siblings := map[string]string{}
	for _, h := range held {
		if h.Name != c.Name {
			siblings[h.Name] = h.Value
		}
	}
	if t := token.Recognise(c.Name, c.Value, siblings); sessionFormats[t.Format] {
		return t.Format
	}
	return ""
}

// cookieNames lists the names of held cookies, for evidence without values.
func cookieNames(held []evidence.HeldCookie) string {
	names := make([]string, len(held))
	for i, h := range held {
		names[i] = h.Name
	}
	return strings.Join(names, ", ")
}

// replayProves says what the logout replay proved: ran is set when one
// ran, survived when the cookies kept from before the logout still logged in.
func (s *Site) replayProves() (ran, survived bool) {
	if s.lifecycle == nil || s.lifecycle.Logout == nil {
		return false, false
	}
	return true, s.lifecycle.Logout.StillLoggedIn
}
