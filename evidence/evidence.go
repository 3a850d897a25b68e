// Package evidence holds the plain data that readers acquire and rules judge: responses with their raw Set-Cookie lines and redirect hops, scripts with their source and location, cookie samples, and what a browser saw.
package evidence

import (
	"net/http"
	"time"
)

// Response is one HTTP response as received, a redirect hop being a response of its own.
type Response struct {
	// URL is the request URL that produced this response.
	URL    string `json:"url"`
	Method string `json:"method,omitempty"`
	Status int    `json:"status"`
	// TLS reports whether the response came over a secure channel (https).
	TLS bool `json:"tls"`
	// Header holds the response headers; a crawl keeps only Location,
	// Refresh, Strict-Transport-Security and Clear-Site-Data, and puts Date in Date.
	Header http.Header `json:"-"`
	// Date is the Date header as a time, when a crawl received the response.
	Date time.Time `json:"date,omitzero"`
	// SetCookie holds the raw Set-Cookie header values in the order received,
	// trimmed of surrounding whitespace and nothing else.
	SetCookie []string `json:"set_cookie"`
	// Hop is the position of this response in its redirect chain, 0 for the first request.
	Hop int `json:"hop"`
	// From is the URL whose redirect led here, empty for the first request of a chain.
	From string `json:"from,omitempty"`
	// File is the file the response was read from, empty for live responses.
	File string `json:"file,omitempty"`
	// Line is where the response starts in File (1-based), 0 when not line-oriented (HAR).
	Line int `json:"line,omitempty"`
	// SetCookieLine gives, for each SetCookie entry, its line in File (0 when unknown).
	SetCookieLine []int `json:"-"`
	// Entry is the index of the HAR entry this response came from, -1 for other sources.
	Entry int `json:"-"`
	// Logout is set on the responses of the crawler's logout probe.
	Logout bool `json:"logout,omitempty"`
	// Browser is set on responses a browser received: how the page asked
	// for them and what the browser did with their cookies.
	Browser *BrowserResponse `json:"browser,omitempty"`
}

// SentAt is when the server sent the response, from Date or the Date header.
func (r *Response) SentAt() (time.Time, bool) {
	if !r.Date.IsZero() {
		return r.Date, true
	}
	t, err := http.ParseTime(r.Header.Get("Date"))
	return t, err == nil
}

// Script is a piece of JavaScript, inline in a page or component or a file
// of its own, with where it starts so that findings point at the right line.
type Script struct {
	URL    string `json:"url,omitempty"`
	Inline bool   `json:"inline"`
	// Source is JavaScript: TypeScript and JSX are stripped to it with every
	// line and column kept, so positions in Source are positions in the file.
	Source string `json:"-"`
	Line   int    `json:"line"`
	Col    int    `json:"col"`
	File   string `json:"file,omitempty"`
	// Kind is how the page holds the script: inline (a <script> element of a
	// page or a Vue or Svelte component), handler (an on* attribute),
	// javascript-url or external (a file of its own); file for a source file
	// read whole from disk.
	Kind string `json:"kind,omitempty"`
	// Context names the element or attribute that holds the script, as the extractor reports it.
	Context string `json:"context,omitempty"`
	// Event is the handler's event attribute (onclick, onload…) for Kind handler.
	Event string `json:"event,omitempty"`
	// Logout is set when the script sits on a logout control (a logout link or button).
	Logout bool `json:"logout,omitempty"`
	// Page is the URL of the crawled page that holds or references the script.
	Page string `json:"page,omitempty"`
}

// Evidence is everything acquired from a set of targets, in the order acquired.
type Evidence struct {
	Responses []*Response
	Scripts   []*Script
	// Errors are per-target failures; the evidence from other targets is still complete.
	Errors []*TargetError
	// Warnings are one line each about evidence that was read but may be
	// incomplete (a HAR exported without cookies).
	Warnings []string
	// OutOfScope lists the URLs a crawl saw (links, redirects, cross-origin
	// scripts) but did not request because they are out of scope; deduplicated
	// and capped at 1000.
	OutOfScope []string
	// OutOfScopeSeen counts, per entry of OutOfScope, how often the crawl met it.
	OutOfScopeSeen []int
	// LogoutForms lists the actions of POST logout forms, which a crawl never submits.
	LogoutForms []string
	// Samples are the values fresh clients got for cookies a crawl sampled.
	Samples []*CookieSample
	// CookieWrites are the cookie writes and deletes that scripts made at
	// run time, in a browser.
	CookieWrites []*CookieWrite
	// Lifecycle is what an authenticated crawl's login and session-lifecycle
	// probes saw; nil without a login.
	Lifecycle *Lifecycle
	// Stats counts what a crawl did.
	Stats CrawlStats
	// Partial is set when a crawl stopped with work left: its context was
	// cancelled, MaxDuration passed or MaxPages was reached.
	Partial bool
	// Limits say which bounds cut the acquiring short, each with the number
	// reached ("max pages: …", "max duration: …", "max body: …").
	Limits []string
}

// CookieSample is the values of one cookie that fresh clients, without any
// cookie, got from one URL, in the order received.
type CookieSample struct {
	URL    string   `json:"url"`
	Name   string   `json:"name"`
	Values []string `json:"-"`
}

// CrawlStats counts what a crawl did.
type CrawlStats struct {
	Pages     int           // pages fetched (a redirect chain is one page)
	Requests  int           // HTTP requests sent: pages, redirect hops, retries, scripts, sitemaps, logout probes, login and lifecycle probes
	Lifecycle int           // of Requests, those of the login and the session-lifecycle probes
	Errors    int           // entries in Evidence.Errors
	Duration  time.Duration // wall time of the crawl
	Cookies   int           // Set-Cookie lines recorded
	Scripts   int           // entries in Evidence.Scripts
	Files     int           // files read as evidence (HAR, dumps, sources), by scanner.LoadFiles
}

// TargetError is a failure to read one target, naming it and the reason.
type TargetError struct {
	Target string `json:"target"`
	Err    error  `json:"-"`
}

func (e *TargetError) Error() string { return e.Target + ": " + e.Err.Error() }

func (e *TargetError) Unwrap() error { return e.Err }
