// Package report writes scan results as a terminal table, JSON and the CI formats.
package report

import (
	"io"
	"time"

	"github.com/cookiescan/cookiescan/rules"
)

// Schema names the JSON report layout; it changes only when the layout breaks compatibility.
const Schema = "cookiescan/report/v1"

// Result is everything a report tells: what was scanned, what was found and what went wrong.
type Result struct {
	Tool     Tool             `json:"tool"`
	Targets  []string         `json:"targets"`
	Stats    Stats            `json:"stats"`
	Findings []*rules.Finding `json:"findings"`
	// Errors are one line each, naming the target and the reason.
	Errors []string `json:"errors"`
	// Partial is true when some targets could not be read or the scan was cut short.
	Partial bool `json:"partial"`
	// Skipped are the URLs a crawl met and did not request, capped at 1000.
	Skipped []Skipped `json:"skipped,omitempty"`
	// Cookies are the distinct cookies seen, in the order first seen, at
	// most rules.MaxSeenCookies, values redacted as in findings.
	Cookies []*rules.SeenCookie `json:"cookies,omitempty"`
	// CookiesLeftOut counts the distinct cookies past that bound.
	CookiesLeftOut int `json:"cookies_left_out,omitempty"`
	// Rules are the rules that ran, for formats that describe them.
	Rules []*rules.Rule `json:"-"`
}

// Skipped is a URL a crawl left alone, why, and how often it met it.
type Skipped struct {
	URL    string `json:"url"`
	Reason string `json:"reason"`
	Count  int    `json:"count"`
}

// Tool names the program that wrote a report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Stats counts what a scan looked at.
type Stats struct {
	// Files counts the files read as evidence (lint), directories walked included.
	Files     int `json:"files"`
	Responses int `json:"responses"`
	Cookies   int `json:"cookies"`
	Scripts   int `json:"scripts"`
	Findings  int `json:"findings"`
	Errors    int `json:"errors"`
	// Requests counts the requests a scan sent, and LifecycleRequests
	// those of them that logged in and probed the session; files send none.
	Requests          int `json:"requests,omitempty"`
	LifecycleRequests int `json:"lifecycle_requests,omitempty"`
	// BrowserDisagreements counts the cookies a browser stored or blocked
	// against the model's verdict (each is also in Errors).
	BrowserDisagreements int `json:"browser_disagreements,omitempty"`
	// InlineIgnored lists the findings that cookiescan-ignore comments
	// silenced, with their reasons, so that suppressions stay visible.
	InlineIgnored []rules.InlineIgnore `json:"inline_ignored,omitempty"`
	// BySeverity counts findings per severity name.
	BySeverity map[string]int `json:"by_severity"`
	StartedAt  time.Time      `json:"started_at"`
	Duration   float64        `json:"duration_seconds"`
}

// Writer writes a result in one format.
type Writer interface {
	Write(w io.Writer, r *Result) error
}
