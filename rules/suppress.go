package rules

import (
	"cmp"
	"path/filepath"
	"regexp"
	"slices"
	"time"
)

// Ignore hides the findings that match every field it gives, for a stated
// reason, until a date. It comes from a config file; the engine never reads it.
type Ignore struct {
	// Rule is a rule ID; empty matches any rule.
	Rule string
	// Cookie is matched against the finding's cookie name; nil matches any
	// finding, and a finding about no cookie matches only a nil Cookie.
	Cookie *regexp.Regexp
	// URL is looked for in the finding's URL, its example URLs and the file
	// of its location; nil matches any finding.
	URL *regexp.Regexp
	// Path is matched against the file of the finding's location, with
	// forward slashes; nil matches any finding, and a finding in no file
	// matches only a nil Path.
	Path *regexp.Regexp
	// Reason says why the findings may be hidden.
	Reason string
	// Until is the last day, in UTC, on which the ignore applies; zero means always.
	Until time.Time
	// Line is where the ignore is written in its config file, for messages.
	Line int
}

// Expired reports whether now is past the last day of the ignore.
func (ig Ignore) Expired(now time.Time) bool {
	if ig.Until.IsZero() {
		return false
	}
	y, m, d := ig.Until.UTC().Date()
	return !now.Before(time.Date(y, m, d+1, 0, 0, 0, 0, time.UTC))
}

// Matches reports whether every field the ignore gives matches the finding;
// it does not look at the date.
func (ig Ignore) Matches(f *Finding) bool {
	if ig.Rule != "" && ig.Rule != f.Rule {
		return false
	}
	if ig.Cookie != nil && (f.Cookie == nil || !ig.Cookie.MatchString(f.Cookie.Name)) {
		return false
	}
	if ig.Path != nil && (f.Location == nil || f.Location.File == "" || !ig.Path.MatchString(filepath.ToSlash(f.Location.File))) {
		return false
	}
	if ig.URL == nil {
		return true
	}
	if f.URL != "" && ig.URL.MatchString(f.URL) || f.Location != nil && f.Location.File != "" && ig.URL.MatchString(f.Location.File) {
		return true
	}
	return slices.ContainsFunc(f.URLs, ig.URL.MatchString)
}

// Suppress drops the findings that an ignore in force matches. It returns
// the findings kept, in their order, and how many were dropped; the ignores
// in force that matched no finding (unused), so that a stale one can be
// removed; and the ignores past their date (expired), which applied to
// nothing, so that their findings show again and someone decides anew.
func Suppress(findings []*Finding, ignores []Ignore, now time.Time) (kept []*Finding, suppressed int, unused []Ignore, expired []Ignore) {
	inForce := make([]bool, len(ignores))
	used := make([]bool, len(ignores))
	for i, ig := range ignores {
		if ig.Expired(now) {
			expired = append(expired, ig)
		} else {
			inForce[i] = true
		}
	}
	kept = make([]*Finding, 0, len(findings))
	for _, f := range findings {
		hit := false
		// Every matching ignore counts as used, so that overlapping ignores are not reported as unused.
		for i, ig := range ignores {
			if inForce[i] && ig.Matches(f) {
				used[i], hit = true, true
			}
		}
		if hit {
			suppressed++
		} else {
			kept = append(kept, f)
		}
	}
	for i, ig := range ignores {
		if inForce[i] && !used[i] {
			unused = append(unused, ig)
		}
	}
	return kept, suppressed, unused, expired
}

// OverrideSeverity sets every finding of a rule named in bySeverity (rule ID
// to severity) to that severity, whatever the rule chose for the cookie's
// class: overriding missing-secure to high makes a tracking cookie without
// Secure high as well. Ignores, not overrides, are for quieting one cookie.
// The findings are then sorted again, in place, most severe first, as Run
// returns them.
func OverrideSeverity(findings []*Finding, bySeverity map[string]Severity) {
	if len(bySeverity) == 0 {
		return
	}
	for _, f := range findings {
		if s, ok := bySeverity[f.Rule]; ok {
			f.Severity = s
		}
	}
	slices.SortStableFunc(findings, func(x, y *Finding) int {
		return cmp.Or(cmp.Compare(y.Severity, x.Severity), cmp.Compare(x.Rule, y.Rule), cmp.Compare(cookieName(x), cookieName(y)))
	})
}

// AtLeast returns the findings at or above floor, in their order, as a new slice.
func AtLeast(findings []*Finding, floor Severity) []*Finding {
	out := make([]*Finding, 0, len(findings))
	for _, f := range findings {
		if f.Severity >= floor {
			out = append(out, f)
		}
	}
	return out
}
