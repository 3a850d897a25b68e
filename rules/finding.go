package rules

import (
	"fmt"
	"strings"
)

// Severity orders how urgently a finding needs attention.
type Severity int

// Severities from least to most urgent.
const (
	Info Severity = iota + 1
	Low
	Medium
	High
	Critical
)

var severityNames = [...]string{Info: "info", Low: "low", Medium: "medium", High: "high", Critical: "critical"}

func (s Severity) String() string {
	if s < Info || s > Critical {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity reads a severity name, case-insensitively; "none" yields 0, which nothing reaches.
func ParseSeverity(name string) (Severity, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "none" {
		return 0, nil
	}
	for s := Info; s <= Critical; s++ {
		if severityNames[s] == name {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want info, low, medium, high, critical or none)", name)
}

// MarshalText writes the severity's name, so JSON carries "high" rather than a number.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

// Confidence says how sure a rule is that its finding is real.
type Confidence string

// Confidence levels.
const (
	Certain   Confidence = "certain"
	Firm      Confidence = "firm"
	Tentative Confidence = "tentative"
)

// CookieRef identifies the cookie a finding is about.
type CookieRef struct {
	Name   string `json:"name"`
	Domain string `json:"domain"`
	Path   string `json:"path"`
	// Value is the cookie's value, redacted unless values were asked for.
	Value string `json:"value,omitempty"`
	// Class is what the classifier decided the cookie is for.
	Class Class `json:"class,omitempty"`
}

// Location points into a file: a HAR, a response dump or a source file.
type Location struct {
	File string `json:"file"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
}

// Finding is one problem, aggregated over every place it was seen.
type Finding struct {
	Rule       string     `json:"rule"`
	Severity   Severity   `json:"severity"`
	Confidence Confidence `json:"confidence"`
	Title      string     `json:"title"`
	Message    string     `json:"message"`
	Cookie     *CookieRef `json:"cookie,omitempty"`
	// URL is the first URL the finding was seen on.
	URL      string    `json:"url,omitempty"`
	Location *Location `json:"location,omitempty"`
	// Locations are the first places in Location's file where the finding
	// was seen, Location first.
	Locations []Location `json:"locations,omitempty"`
	// Evidence is the offending header or code with the cookie value redacted.
	Evidence    string   `json:"evidence,omitempty"`
	Occurrences int      `json:"occurrences"`
	URLs        []string `json:"urls"`
	Fingerprint string   `json:"fingerprint"`
	CWE         int      `json:"cwe,omitempty"`
	// Secrets are the distinct signing secrets that verified the cookie's
	// values, each as its source (the secret itself with --show-values).
	Secrets []string `json:"secrets,omitempty"`
}
