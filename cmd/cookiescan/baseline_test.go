package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/report"
	"github.com/cookiescan/cookiescan/rules"
)

// writeBaselineReport writes findings as a JSON report, the way a run with
// -o json=PATH does, and returns its path.
func writeBaselineReport(t *testing.T, findings []*rules.Finding) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "baseline.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	result := &report.Result{Tool: report.Tool{Name: "cookiescan", Version: "test"}, Targets: []string{"https://app.example.com/"}, Findings: findings}
	if err := (report.JSON{}).Write(f, result); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBaselineFilterSuppressesWhatAnEarlierReportFound(t *testing.T) {
	now := time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)
	judge := func(setCookie ...string) []*rules.Finding {
		return rules.Run(rules.Example{URL: "https://app.example.com/", SetCookie: setCookie}.Evidence(), rules.Options{Now: now})
	}
	// The first run is the baseline; by the second, sessionid gained Secure
	// and a new session value, and a role cookie appeared.
	first := judge("sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/", "theme=dark; Path=/")
	second := judge("sessionid=0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e; Path=/; Secure", "theme=dark; Path=/", "role=admin; Path=/")

	base, err := loadBaseline(writeBaselineReport(t, first))
	if err != nil {
		t.Fatal(err)
	}
	kept, suppressed, unmatched := base.filter(second)

	for _, f := range kept {
		if f.Cookie == nil || f.Cookie.Name != "role" {
			t.Errorf("kept %s on %v: only the new cookie's findings are new", f.Rule, f.Cookie)
		}
	}
	if len(kept) == 0 || suppressed != len(second)-len(kept) {
		t.Errorf("kept %d, suppressed %d of %d findings", len(kept), suppressed, len(second))
	}
	var fixed string
	for _, f := range first {
		if f.Rule == "missing-secure" && f.Cookie.Name == "sessionid" {
			fixed = "missing-secure sessionid (fingerprint " + f.Fingerprint[:8] + "…)"
		}
	}
	if !slices.Equal(unmatched, []string{fixed}) {
		t.Errorf("unmatched %q, want only the fixed finding, %q", unmatched, fixed)
	}
}

func TestBaselineNilKeepsEveryFinding(t *testing.T) {
	findings := []*rules.Finding{{Rule: "missing-secure", Fingerprint: "abc"}}
	var base *baseline
	kept, suppressed, unmatched := base.filter(findings)
	if !slices.Equal(kept, findings) || suppressed != 0 || unmatched != nil {
		t.Errorf("kept %d, suppressed %d, unmatched %q", len(kept), suppressed, unmatched)
	}
}

func TestBaselineLoadErrorsAreOneClearLine(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		content *string // nil: no file
		want    string  // after "baseline PATH: "
	}{
		{"a missing file", nil, "no such file"},
		{"an empty file", ptrTo(""), "the file is empty; a baseline is a JSON report (-o json=PATH)"},
		{"a SARIF report", ptrTo(`{"version": "2.1.0", "runs": []}`), `not a cookiescan report: want a JSON object with "schema": "cookiescan/report/v1"`},
		{"a JSON list", ptrTo(`[1, 2]`), `not a cookiescan report: want a JSON object with "schema": "cookiescan/report/v1"`},
		{"another schema version", ptrTo(`{"schema": "cookiescan/report/v9"}`), `unsupported report schema "cookiescan/report/v9": this version reads "cookiescan/report/v1"`},
		{"a cut-off report", ptrTo(`{"schema": "cookiescan/report/v1", "findings": [`), "bad JSON: the file ends before the report does"},
		{"text that is not JSON", ptrTo("schema: cookiescan/report/v1\n"), "bad JSON at byte 1: invalid character 's' looking for beginning of value"},
		{"a finding without a fingerprint", ptrTo(`{"schema": "cookiescan/report/v1", "findings": [{"rule": "missing-secure", "severity": "medium"}]}`), "finding 1 has no fingerprint"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, string(rune('a'+i))+".json")
			if tt.content != nil {
				if err := os.WriteFile(path, []byte(*tt.content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			base, err := loadBaseline(path)
			if err == nil {
				t.Fatalf("loaded %+v, want an error", base)
			}
			if want := "baseline " + path + ": " + tt.want; err.Error() != want {
				t.Errorf("error:\n%v\nwant:\n%s", err, want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Error("the error is more than one line")
			}
		})
	}
}

func ptrTo(s string) *string { return &s }
