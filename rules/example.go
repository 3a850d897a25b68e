package rules

import (
	"net/http"
	"strings"

	"github.com/cookiescan/cookiescan/scanner"
)

// Evidence turns an example into the evidence of one response, so that
// examples run through the same engine as real scans.
func (e Example) Evidence() *scanner.Evidence {
	u := e.RequestURL()
	r := &scanner.Response{
		URL:       u,
		Method:    http.MethodGet,
		Status:    http.StatusOK,
		TLS:       strings.HasPrefix(u, "https:"),
		Header:    http.Header{},
		SetCookie: e.SetCookie,
		Entry:     -1,
	}
	if e.Location != "" {
		r.Status = http.StatusFound
		r.Header.Set("Location", e.Location)
	}
	for _, c := range e.SetCookie {
		r.Header.Add("Set-Cookie", c)
	}
	return &scanner.Evidence{Responses: []*scanner.Response{r}}
}

// RequestURL is the URL the example response came from.
func (e Example) RequestURL() string {
	if e.URL == "" {
		return "https://app.example.com/"
	}
	return e.URL
}
