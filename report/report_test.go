package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/rules"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestMain(m *testing.M) {
	// tablewriter measures ambiguous-width characters (─, ×, ·) from the
	// locale; pin them narrow so golden files do not depend on LANG.
	twwidth.SetEastAsian(false)
	os.Exit(m.Run())
}

// fixture is a scan with a bit of everything a report has to cope with. Its
// findings are deliberately not in severity order.
func fixture() *Result {
	return &Result{
		Tool:    Tool{Name: "cookiescan", Version: "1.4.0"},
		Targets: []string{"https://app.example.com/", "captures/shop.har"},
		Stats: Stats{
			Responses: 40, Cookies: 18, Scripts: 3, Findings: 5, Errors: 1,
			BySeverity: map[string]int{"critical": 1, "high": 1, "medium": 1, "low": 1, "info": 1},
			StartedAt:  time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC),
			Duration:   2.75,
		},
		Findings: []*rules.Finding{
			{
				Rule: "samesite-missing", Severity: rules.Low, Confidence: rules.Firm,
				Title:   "SameSite attribute missing",
				Message: "prefs has no SameSite attribute; browsers default to Lax.",
				Cookie:  &rules.CookieRef{Name: "prefs", Domain: "app.example.com", Path: "/", Value: "[redacted]", Class: rules.ClassTracking},
				URL:     "https://app.example.com/settings", Evidence: "Set-Cookie: prefs=[redacted]; Path=/",
				Occurrences: 1, URLs: []string{"https://app.example.com/settings"},
				Fingerprint: "0f1e2d3c4b5a69788796a5b4c3d2e1f0", CWE: 1275,
			},
			{
				Rule: "missing-httponly", Severity: rules.High, Confidence: rules.Certain,
				Title:       "Cookie readable by scripts",
				Message:     "Session cookie sid is readable by JavaScript, so any cross-site scripting flaw on the origin can steal the session.",
				Cookie:      &rules.CookieRef{Name: "sid", Domain: "app.example.com", Path: "/", Value: "[redacted]", Class: rules.ClassSession},
				URL:         "https://app.example.com/login/callback?next=%2Fdashboard&state=af81c2",
				Evidence:    "Set-Cookie: sid=[redacted]; Path=/; Secure",
				Occurrences: 3,
				URLs: []string{
					"https://app.example.com/login/callback?next=%2Fdashboard&state=af81c2",
					"https://app.example.com/account",
					"https://app.example.com/",
				},
				Fingerprint: "8c1d7e0b5a4f3e2d1c0b9a8f7e6d5c4b", CWE: 1004,
			},
			{
				Rule: "malformed-cookie", Severity: rules.Medium, Confidence: rules.Tentative,
				Title:       "Malformed Set-Cookie header",
				Message:     "Cookie name contains control characters that browsers reject.",
				Cookie:      &rules.CookieRef{Name: "\x1b[2Jevil", Domain: "shop.example.com", Path: "/", Class: rules.ClassUnknown},
				Location:    &rules.Location{File: "captures/shop.har", Line: 120, Col: 7},
				Occurrences: 1, URLs: []string{},
				Fingerprint: "d41d8cd98f00b204e9800998ecf8427e",
			},
			{
				Rule: "cleartext-cookie", Severity: rules.Critical, Confidence: rules.Certain,
				Title:       "Cookie set over plain HTTP",
				Message:     "Session cookie token is sent over plain HTTP.",
				Cookie:      &rules.CookieRef{Name: "token", Domain: "shop.example.com", Path: "/cart", Class: rules.ClassSession},
				URL:         "http://shop.example.com/cart",
				Location:    &rules.Location{File: "captures/shop.har", Line: 88},
				Occurrences: 2, URLs: []string{"http://shop.example.com/cart", "http://shop.example.com/checkout"},
				Fingerprint: "5e884898da28047151d0e56f8dc62927", CWE: 319,
			},
			{
				Rule: "too-many-cookies", Severity: rules.Info, Confidence: rules.Firm,
				Title:       "Too many cookies for one site",
				Message:     "app.example.com sets 18 cookies.",
				URL:         "https://app.example.com/",
				Occurrences: 1, URLs: []string{"https://app.example.com/"},
				Fingerprint: "9f86d081884c7d659a2feaa0c55ad015",
			},
		},
		Errors:  []string{"https://down.example.com/: dial tcp 192.0.2.7:443: connect: connection refused"},
		Partial: true,
		Cookies: []*rules.SeenCookie{
			{
				Name: "sid", Domain: "app.example.com", Path: "/", Value: "[redacted]", Class: rules.ClassSession, SetBy: "header",
				URL: "https://app.example.com/login/callback?next=%2Fdashboard&state=af81c2", Occurrences: 3,
				Secure: true, HostOnly: true, Size: 36, Stored: true, Chromium: &evidence.CookieVerdict{Stored: true},
			},
			{
				Name: "prefs", Domain: "app.example.com", Path: "/", Value: "[redacted]", Class: rules.ClassTracking, SetBy: "header",
				URL: "https://app.example.com/settings", Occurrences: 1, SameSite: "None", HostOnly: true,
				LifetimeSeconds: 400 * 24 * 3600, Clamped: true, Size: 9,
				Reasons:  []string{"samesite-none-insecure"},
				Chromium: &evidence.CookieVerdict{Reasons: []string{"SameSiteNoneInsecure"}},
			},
			{
				Name: "token", Domain: "shop.example.com", Path: "/cart", Value: "[redacted]", Class: rules.ClassSession, SetBy: "header",
				URL: "http://shop.example.com/cart", Location: &rules.Location{File: "captures/shop.har", Line: 88},
				Occurrences: 2, HttpOnly: true, SameSite: "Lax", Partitioned: true, HostOnly: true, LifetimeSeconds: 3600, Size: 37, Stored: true,
			},
			{
				Name: "\x1b[2Jevil", Domain: "shop.example.com", Path: "/", Class: rules.ClassUnknown, SetBy: "script",
				Location: &rules.Location{File: "captures/shop.har", Line: 120, Col: 7}, Occurrences: 1, SameSite: "invalid",
				Size: 9, Deletion: true, Reasons: []string{"control-character"},
			},
		},
		CookiesLeftOut: 2,
	}
}

// emptyFixture is a clean scan, with every list left nil as a caller might.
func emptyFixture() *Result {
	return &Result{
		Tool:    Tool{Name: "cookiescan", Version: "1.4.0"},
		Targets: []string{"https://static.example.com/"},
		Stats: Stats{
			Responses: 1,
			StartedAt: time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC),
			Duration:  0.25,
		},
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		file   string
		writer Writer
		result *Result
	}{
		{"table.txt", Table{}, fixture()},
		{"json.json", JSON{}, fixture()},
		{"empty-table.txt", Table{}, emptyFixture()},
		{"empty-json.json", JSON{}, emptyFixture()},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.writer.Write(&buf, tc.result); err != nil {
				t.Fatal(err)
			}
			compareGolden(t, tc.file, buf.Bytes())
		})
	}
}

func goldenPath(name string) string {
	return filepath.Join("testdata", "golden", "report", name)
}

func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := goldenPath(name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report/ -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test ./report/ -update if the change is intended)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// The golden table must itself respect the promises the table makes.
func TestGoldenTableIsSafeAndKeepsURLsWhole(t *testing.T) {
	data, err := os.ReadFile(goldenPath("table.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if strings.ContainsAny(text, "\x1b\u009b") {
		t.Error("golden table contains a raw escape character")
	}
	if !strings.Contains(text, `\x1b[2Jevil`) {
		t.Error(`golden table does not show the cookie name as \x1b[2Jevil`)
	}
	if !strings.Contains(text, "https://app.example.com/login/callback?next=%2Fdashboard&state=af81c2") {
		t.Error("golden table breaks a URL")
	}
}
