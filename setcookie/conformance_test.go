package setcookie

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var conformanceDir = filepath.Join("testdata", "conformance")

type parserCase struct {
	Name      string   `json:"name"`
	Request   string   `json:"request_url"`
	SetCookie []string `json:"set_cookie"`
	Check     string   `json:"check_url"`
	Expected  *string  `json:"expected_cookie_header_bis"`
	NowUnix   *int64   `json:"now_unix"`
	Note      string   `json:"note"`
}

type dateCase struct {
	Date  string `json:"date"`
	Valid bool   `json:"valid"`
	Unix  *int64 `json:"unix"`
}

func loadJSON(t *testing.T, name string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(conformanceDir, name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// defaultClock is used by cases whose expectations hold at any time.
var defaultClock = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func TestConformanceParserMatchesRFC6265bis(t *testing.T) {
	var cases []parserCase
	loadJSON(t, "http-state-parser.json", &cases)
	if len(cases) != 222 {
		t.Fatalf("loaded %d parser cases, want 222", len(cases))
	}
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			if tc.Expected == nil {
				t.Skip("browsers disagree on this case: " + tc.Note)
			}
			now := defaultClock
			if tc.NowUnix != nil {
				now = time.Unix(*tc.NowUnix, 0).UTC()
			}
			jar := NewJar(func() time.Time { return now })
			from, err := url.Parse(tc.Request)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range tc.SetCookie {
				jar.SetCookie(from, line)
			}
			check, err := url.Parse(tc.Check)
			if err != nil {
				t.Fatal(err)
			}
			if got := jar.CookieHeader(check, SameSiteRequest); got != *tc.Expected {
				t.Errorf("Set-Cookie %q\nCookie: %q\nwant:   %q", tc.SetCookie, got, *tc.Expected)
			}
		})
	}
}

func TestConformanceDatesMatchRFC6265Algorithm(t *testing.T) {
	var cases []dateCase
	loadJSON(t, "http-state-dates.json", &cases)
	if len(cases) != 145 {
		t.Fatalf("loaded %d date cases, want 145", len(cases))
	}
	for _, tc := range cases {
		t.Run(tc.Date, func(t *testing.T) {
			got, ok := ParseDate(tc.Date)
			if !tc.Valid {
				if ok {
					t.Errorf("ParseDate(%q) = %v, want failure", tc.Date, got)
				}
				return
			}
			if tc.Unix == nil {
				t.Fatal("valid case without unix time")
			}
			if want := time.Unix(*tc.Unix, 0).UTC(); !ok || !got.Equal(want) || got.Location() != time.UTC {
				t.Errorf("ParseDate(%q) = %v, %v; want %v", tc.Date, got, ok, want)
			}
		})
	}
}
