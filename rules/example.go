package rules

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/cookiescan/cookiescan/evidence"
)

// Example is evidence in its smallest form: a response with the headers
// that matter, or a script, or both.
type Example struct {
	// URL is the request URL; empty means https://app.example.com/.
	URL string
	// SetCookie holds Set-Cookie header values in order.
	SetCookie []string
	// Location is a redirect target, for rules that read URLs.
	Location string
	// Logout, when set, is a Set-Cookie header the site sent earlier, and
	// the response is then the answer to the crawler's logout probe.
	Logout string
	// Script is JavaScript source, as a file example.js.
	Script string
	// Samples are values of a session cookie that fresh clients got from URL.
	Samples []string
	// Session is what the session-lifecycle probes of a login at URL saw.
	Session *SessionExample
}

// SessionExample is what the session-lifecycle probes saw of one session
// cookie around a login at /login and a logout at /logout.
type SessionExample struct {
	// Cookie is the session cookie's name.
	Cookie string
	// Before and After are its values when the login was submitted and
	// once logged in ("" for none); Planted is set when a value the client
	// made up was still the session after a login.
	Before, After string
	Planted       bool
	// Replayed, when not "", is the value held before the logout, sent
	// again after it; StillLoggedIn is set when that replay was logged in.
	Replayed      string
	StillLoggedIn bool
}

// lifecycle turns the example into the probes' evidence.
func (s *SessionExample) lifecycle(base string) *evidence.Lifecycle {
	login := &evidence.Login{Page: base + "login", Method: http.MethodPost, Action: base + "login", Form: true,
		Status: http.StatusOK, Landed: base + "account", Check: base + "account", LoggedIn: true}
	lc := &evidence.Lifecycle{Login: login}
	held := func(v string) []evidence.HeldCookie {
		if v == "" {
			return nil
		}
		return []evidence.HeldCookie{{Name: s.Cookie, Value: v}}
	}
	if s.Before != "" || s.After != "" {
		lc.Fixation = &evidence.FixationProbe{Login: login, Before: held(s.Before), After: held(s.After)}
	}
	if s.Planted {
		lc.Planted = &evidence.PlantedProbe{Login: login, Cookie: evidence.HeldCookie{Name: s.Cookie, Value: "0123456789abcdef0123456789abcdef"}, Kept: true}
	}
	if s.Replayed != "" {
		status, landed := http.StatusOK, base+"account"
		if !s.StillLoggedIn {
			landed = base + "login"
		}
		lc.Logout = &evidence.LogoutReplay{Login: login, Method: http.MethodGet, URL: base + "logout", Status: http.StatusOK,
			Kept: held(s.Replayed), Check: base + "account", ReplayStatus: status, ReplayLanded: landed, StillLoggedIn: s.StillLoggedIn}
	}
	return lc
}

// Evidence turns an example into evidence, so that examples run through
// the same engine as real scans.
func (e Example) Evidence() *evidence.Evidence {
	ev := &evidence.Evidence{}
	if e.Session != nil {
		ev.Lifecycle = e.Session.lifecycle(e.RequestURL())
		return ev
	}
	if len(e.Samples) > 0 {
		ev.Samples = []*evidence.CookieSample{{URL: e.RequestURL(), Name: "sessionid", Values: e.Samples}}
		return ev
	}
	if e.Script != "" {
		ev.Scripts = append(ev.Scripts, &evidence.Script{File: "example.js", Source: e.Script, Line: 1, Col: 1, Kind: "file"})
		if len(e.SetCookie) == 0 && e.Location == "" {
			return ev
		}
	}
	u := e.RequestURL()
	if e.Logout != "" {
		home := u
		if parsed, err := url.Parse(u); err == nil {
			home = parsed.Scheme + "://" + parsed.Host + "/"
		}
		ev.Responses = append(ev.Responses, &evidence.Response{
			URL: home, Method: http.MethodGet, Status: http.StatusOK, TLS: strings.HasPrefix(home, "https:"),
			Header: http.Header{}, SetCookie: []string{e.Logout}, Entry: -1,
		})
	}
	r := &evidence.Response{
		URL:       u,
		Method:    http.MethodGet,
		Status:    http.StatusOK,
		TLS:       strings.HasPrefix(u, "https:"),
		Header:    http.Header{},
		SetCookie: e.SetCookie,
		Entry:     -1,
		Logout:    e.Logout != "",
	}
	if e.Location != "" {
		r.Status = http.StatusFound
		r.Header.Set("Location", e.Location)
	}
	ev.Responses = append(ev.Responses, r)
	return ev
}

// RequestURL is the URL the example response came from.
func (e Example) RequestURL() string {
	if e.URL == "" {
		return "https://app.example.com/"
	}
	return e.URL
}
