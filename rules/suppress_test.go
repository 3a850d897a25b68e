package rules

import (
	"regexp"
	"slices"
	"testing"
	"time"
)

// suppressNow is a fixed "now" for ignores with dates.
var suppressNow = time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)

// findingAbout is a finding of rule on cookie (none when empty) seen at url.
func findingAbout(rule, cookie, url string, severity Severity) *Finding {
	f := &Finding{Rule: rule, Severity: severity, URL: url, Fingerprint: rule + "/" + cookie}
	if url != "" {
		f.URLs = []string{url}
	}
	if cookie != "" {
		f.Cookie = &CookieRef{Name: cookie}
	}
	return f
}

func TestSuppressHidesAFindingOnlyWhenEveryGivenFieldMatches(t *testing.T) {
	sid := findingAbout("missing-secure", "sid", "https://app.example.com/login", Medium)
	ga := findingAbout("missing-httponly", "_ga_XYZ", "https://staging.example.com/legacy/page", Info)
	ga.URLs = append(ga.URLs, "https://staging.example.com/legacy/other")
	many := findingAbout("too-many-cookies", "", "https://app.example.com/", Low)
	many.URL = "https://app.example.com/"
	many.URLs = []string{"https://app.example.com/", "https://staging.example.com/legacy/x"}
	fromFile := findingAbout("samesite-missing", "theme", "", Low)
	fromFile.Location = &Location{File: "captures/legacy/app.har", Line: 3}
	all := []*Finding{sid, ga, many, fromFile}

	tests := []struct {
		name   string
		ignore Ignore
		hidden []*Finding
	}{
		{"a rule alone hides every finding of that rule", Ignore{Rule: "missing-secure"}, []*Finding{sid}},
		{"a cookie alone hides that cookie under every rule", Ignore{Cookie: regexp.MustCompile(`^(?:_ga.*)$`)}, []*Finding{ga}},
		{"a cookie pattern never hides a finding about no cookie", Ignore{Cookie: regexp.MustCompile(`.*`)}, []*Finding{sid, ga, fromFile}},
		{"a url matches the first URL", Ignore{URL: regexp.MustCompile(`/login$`)}, []*Finding{sid}},
		{"a url matches any example URL", Ignore{URL: regexp.MustCompile(`^https://staging\.example\.com/legacy/`)}, []*Finding{ga, many}},
		{"a url matches the location's file", Ignore{URL: regexp.MustCompile(`legacy/app\.har$`)}, []*Finding{fromFile}},
		{"rule, cookie and url together hide what all three match", Ignore{Rule: "missing-httponly", Cookie: regexp.MustCompile(`^(?:_ga.*)$`), URL: regexp.MustCompile(`staging`)}, []*Finding{ga}},
		{"rule, cookie and url together hide nothing when one differs", Ignore{Rule: "missing-secure", Cookie: regexp.MustCompile(`^(?:_ga.*)$`), URL: regexp.MustCompile(`staging`)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.ignore.Reason = "test"
			kept, suppressed, unused, expired := Suppress(all, []Ignore{tt.ignore}, suppressNow)
			if suppressed != len(tt.hidden) {
				t.Errorf("suppressed %d, want %d", suppressed, len(tt.hidden))
			}
			for _, f := range all {
				if slices.Contains(kept, f) == slices.Contains(tt.hidden, f) {
					t.Errorf("%s %s: kept = %v, want %v", f.Rule, cookieName(f), slices.Contains(kept, f), !slices.Contains(tt.hidden, f))
				}
			}
			wantUnused := 0
			if len(tt.hidden) == 0 {
				wantUnused = 1
			}
			if len(unused) != wantUnused || len(expired) != 0 {
				t.Errorf("unused %d, expired %d", len(unused), len(expired))
			}
		})
	}
}

func TestSuppressKeepsTheOrderOfTheFindingsItKeeps(t *testing.T) {
	a, b, c := findingAbout("r-a", "x", "", High), findingAbout("r-b", "y", "", Medium), findingAbout("r-c", "x", "", Low)
	kept, _, _, _ := Suppress([]*Finding{a, b, c}, []Ignore{{Rule: "r-b", Reason: "test"}}, suppressNow)
	if !slices.Equal(kept, []*Finding{a, c}) {
		t.Errorf("kept %v, want [r-a r-c]", kept)
	}
}

func TestSuppressStopsApplyingAnIgnoreAfterItsLastDay(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name    string
		until   time.Time
		expired bool
	}{
		{"an ignore without a date never expires", time.Time{}, false},
		{"an ignore applies on its last day", day("2026-03-15"), false},
		{"an ignore applies before its last day", day("2027-01-31"), false},
		{"an ignore past its last day is expired", day("2026-03-14"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := findingAbout("missing-secure", "sid", "https://app.example.com/", Medium)
			ig := Ignore{Rule: "missing-secure", Reason: "test", Until: tt.until, Line: 7}
			kept, suppressed, unused, expired := Suppress([]*Finding{f}, []Ignore{ig}, suppressNow)
			if tt.expired {
				if len(kept) != 1 || suppressed != 0 || len(unused) != 0 || len(expired) != 1 || expired[0].Line != 7 {
					t.Errorf("kept %d, suppressed %d, unused %d, expired %d: want the finding kept and the ignore expired", len(kept), suppressed, len(unused), len(expired))
				}
				return
			}
			if len(kept) != 0 || suppressed != 1 || len(unused) != 0 || len(expired) != 0 {
				t.Errorf("kept %d, suppressed %d, unused %d, expired %d: want the finding hidden", len(kept), suppressed, len(unused), len(expired))
			}
		})
	}
}

func TestSuppressReturnsTheIgnoresThatMatchedNothing(t *testing.T) {
	findings := []*Finding{findingAbout("missing-secure", "sid", "https://app.example.com/", Medium)}
	ignores := []Ignore{
		{Rule: "missing-secure", Reason: "used", Line: 1},
		{Cookie: regexp.MustCompile(`^(?:sid)$`), Reason: "overlaps the first, so used too", Line: 2},
		{Rule: "missing-httponly", Reason: "matches nothing", Line: 3},
		{Rule: "missing-httponly", Reason: "expired, so not unused", Until: suppressNow.AddDate(0, 0, -2), Line: 4},
	}
	_, suppressed, unused, expired := Suppress(findings, ignores, suppressNow)
	if suppressed != 1 {
		t.Errorf("suppressed %d, want 1", suppressed)
	}
	if len(unused) != 1 || unused[0].Line != 3 {
		t.Errorf("unused %+v, want the ignore of line 3", unused)
	}
	if len(expired) != 1 || expired[0].Line != 4 {
		t.Errorf("expired %+v, want the ignore of line 4", expired)
	}
}

func TestSuppressSeverityOverrideSetsEveryFindingOfTheRule(t *testing.T) {
	// missing-secure chooses low for a cookie of unknown purpose and info for
	// analytics; the override sets both.
	ev := Example{SetCookie: []string{
		"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; HttpOnly; Secure; SameSite=Lax",
		"banner=closed; Path=/; SameSite=Lax",
		"_ga=GA1.1.123.456; Path=/; SameSite=Lax",
	}}.Evidence()
	findings := Run(ev, Options{Rules: []*Rule{MissingSecure, MissingHTTPOnly, SameSiteMissing}, Now: suppressNow})
	before := map[string][]Severity{}
	for _, f := range findings {
		before[f.Rule] = append(before[f.Rule], f.Severity)
	}
	if len(before["missing-secure"]) != 2 || before["missing-secure"][0] == before["missing-secure"][1] {
		t.Fatalf("want two missing-secure findings of different severities to override, got %v", before)
	}

	OverrideSeverity(findings, map[string]Severity{"missing-secure": High})
	for _, f := range findings {
		switch {
		case f.Rule == "missing-secure" && f.Severity != High:
			t.Errorf("missing-secure on %s is %s, want high", cookieName(f), f.Severity)
		case f.Rule != "missing-secure" && !slices.Contains(before[f.Rule], f.Severity):
			t.Errorf("%s on %s changed to %s without an override", f.Rule, cookieName(f), f.Severity)
		}
	}
	if !slices.IsSortedFunc(findings, func(x, y *Finding) int { return int(y.Severity) - int(x.Severity) }) {
		t.Error("findings are not most severe first after the override")
	}
	if MissingSecure.Severity != Medium {
		t.Errorf("the rule's own severity changed to %s", MissingSecure.Severity)
	}
}

func TestSuppressAtLeastKeepsTheFindingsAtOrAboveTheFloor(t *testing.T) {
	hi, med, lo := findingAbout("a", "", "", High), findingAbout("b", "", "", Medium), findingAbout("c", "", "", Low)
	all := []*Finding{hi, med, lo}
	if got := AtLeast(all, Medium); !slices.Equal(got, []*Finding{hi, med}) {
		t.Errorf("AtLeast(medium) kept %d findings, want high and medium", len(got))
	}
	if got := AtLeast(all, 0); !slices.Equal(got, all) {
		t.Errorf("AtLeast(0) kept %d findings, want all", len(got))
	}
	if len(all) != 3 {
		t.Error("AtLeast changed its argument")
	}
}

func TestIgnoreByPathMatchesOnlyFindingsInMatchingFiles(t *testing.T) {
	ig := Ignore{Path: regexp.MustCompile(`(?:^|/)tests/.*$`), Reason: "test code"}
	cases := []struct {
		loc  *Location
		want bool
	}{
		{&Location{File: "web/tests/login.js", Line: 3}, true},
		{&Location{File: "web/src/login.js", Line: 3}, false},
		{&Location{}, false},
		{nil, false},
	}
	for _, c := range cases {
		if got := ig.Matches(&Finding{Rule: "missing-secure", Location: c.loc}); got != c.want {
			t.Errorf("Matches(%+v) = %v, want %v", c.loc, got, c.want)
		}
	}
}
