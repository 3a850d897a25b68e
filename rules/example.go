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
}

// Evidence turns an example into evidence, so that examples run through
// the same engine as real scans.
func (e Example) Evidence() *evidence.Evidence {
	ev := &evidence.Evidence{}
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
