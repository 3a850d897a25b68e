package main

import (
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/rules"
)

// harLog is the part of HAR 1.2 that --har-out writes.
type harLog struct {
	Log struct {
		Version string     `json:"version"`
		Creator harCreator `json:"creator"`
		Entries []harEntry `json:"entries"`
	} `json:"log"`
}

type harCreator struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type harEntry struct {
	StartedDateTime string      `json:"startedDateTime"`
	Time            float64     `json:"time"`
	Request         harRequest  `json:"request"`
	Response        harResponse `json:"response"`
	Cache           struct{}    `json:"cache"`
	Timings         harTimings  `json:"timings"`
}

type harRequest struct {
	Method      string      `json:"method"`
	URL         string      `json:"url"`
	HTTPVersion string      `json:"httpVersion"`
	Cookies     []struct{}  `json:"cookies"`
	Headers     []harHeader `json:"headers"`
	QueryString []struct{}  `json:"queryString"`
	HeadersSize int         `json:"headersSize"`
	BodySize    int         `json:"bodySize"`
}

type harResponse struct {
	Status      int         `json:"status"`
	StatusText  string      `json:"statusText"`
	HTTPVersion string      `json:"httpVersion"`
	Cookies     []struct{}  `json:"cookies"`
	Headers     []harHeader `json:"headers"`
	Content     harContent  `json:"content"`
	RedirectURL string      `json:"redirectURL"`
	HeadersSize int         `json:"headersSize"`
	BodySize    int         `json:"bodySize"`
}

type harHeader struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type harContent struct {
	Size     int    `json:"size"`
	MimeType string `json:"mimeType"`
}

type harTimings struct {
	Send    float64 `json:"send"`
	Wait    float64 `json:"wait"`
	Receive float64 `json:"receive"`
}

// writeHAROut writes the responses a scan received, in order, as a HAR 1.2
// file for debugging a scan (a login above all): each request's method and
// URL, each response's status, Location and Set-Cookie lines. Request
// bodies are never kept; cookie values and session IDs in URLs are
// redacted unless showValues.
func writeHAROut(path string, ev *evidence.Evidence, started time.Time, showValues bool) error {
	var har harLog
	har.Log.Version = "1.2"
	har.Log.Creator = harCreator{Name: "cookiescan", Version: version()}
	har.Log.Entries = []harEntry{}
	for _, r := range ev.Responses {
		if r.File != "" {
			continue // read from a file, not received
		}
		at := started
		if t, ok := r.SentAt(); ok {
			at = t
		}
		url, location := r.URL, r.Header.Get("Location")
		if !showValues {
			url, location = rules.RedactSessionIDs(url), rules.RedactSessionIDs(location)
		}
		e := harEntry{
			StartedDateTime: at.UTC().Format(time.RFC3339Nano),
			Request: harRequest{Method: r.Method, URL: url, HTTPVersion: "HTTP/1.1",
				Cookies: []struct{}{}, Headers: []harHeader{}, QueryString: []struct{}{}, HeadersSize: -1, BodySize: -1},
			Response: harResponse{Status: r.Status, StatusText: http.StatusText(r.Status), HTTPVersion: "HTTP/1.1",
				Cookies: []struct{}{}, Headers: []harHeader{}, RedirectURL: location, HeadersSize: -1, BodySize: -1},
		}
		if location != "" {
			e.Response.Headers = append(e.Response.Headers, harHeader{"Location", location})
		}
		for _, line := range r.SetCookie {
			if !showValues {
				line = redactSetCookieValue(line)
			}
			e.Response.Headers = append(e.Response.Headers, harHeader{"Set-Cookie", line})
		}
		har.Log.Entries = append(har.Log.Entries, e)
	}
	data, err := json.MarshalIndent(&har, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o600)
}

// redactSetCookieValue replaces the value of a Set-Cookie line, keeping
// its name and attributes as written.
func redactSetCookieValue(line string) string {
	pair, attrs, hasAttrs := strings.Cut(line, ";")
	name, value, ok := strings.Cut(pair, "=")
	if !ok {
		name, value = "", pair // a nameless cookie: all of it is the value
	}
	if strings.TrimSpace(value) == "" {
		return line
	}
	out := rules.Redacted
	if ok {
		out = name + "=" + out
	}
	if hasAttrs {
		out += ";" + attrs
	}
	return out
}
