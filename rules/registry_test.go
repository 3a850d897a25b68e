package rules

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

var testNow = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

func TestRegistryIsValid(t *testing.T) {
	if err := Validate(All); err != nil {
		t.Fatal(err)
	}
}

func TestValidateRejectsBrokenRules(t *testing.T) {
	broken := []*Rule{
		{ID: "Bad_ID", Title: "t", Doc: "body", Severity: Low, CWE: 1, Check: func(*Pass) {}, Bad: []Example{{}}, Good: []Example{{}}},
		{ID: "no-doc", Title: "t", Severity: Low, CWE: 1, Check: func(*Pass) {}, Bad: []Example{{}}, Good: []Example{{}}},
		{ID: "doc-with-title", Title: "Title", Doc: "Title\n\nbody", Severity: Low, CWE: 1, Check: func(*Pass) {}, Bad: []Example{{}}, Good: []Example{{}}},
		{ID: "bad-severity", Title: "t", Doc: "body", Severity: 9, CWE: 1, Bad: []Example{{}}},
	}
	for _, r := range broken {
		if Validate([]*Rule{r}) == nil {
			t.Errorf("Validate accepted broken rule %q", r.ID)
		}
	}
	if Validate(append([]*Rule{All[0]}, All[0])) == nil {
		t.Error("Validate accepted a duplicate ID")
	}
}

func TestEveryBadExampleFiresAndNoGoodExampleDoes(t *testing.T) {
	for _, r := range All {
		t.Run(r.ID, func(t *testing.T) {
			for i, ex := range r.Bad {
				if got := findingsOf(r, ex); len(got) == 0 {
					t.Errorf("Bad[%d] %q did not fire", i, ex.SetCookie)
				}
			}
			for i, ex := range r.Good {
				if got := findingsOf(r, ex); len(got) != 0 {
					t.Errorf("Good[%d] fired: %s", i, got[0].Message)
				}
			}
		})
	}
}

func findingsOf(r *Rule, ex Example) []*Finding {
	return Run(ex.Evidence(), Options{Rules: []*Rule{r}, Now: testNow})
}

func TestValidIDAcceptsOnlyKebabCase(t *testing.T) {
	for id, want := range map[string]bool{
		"missing-httponly": true, "expiry-over-400-days": true, "x": true,
		"": false, "Missing-HttpOnly": false, "missing_httponly": false, "-lead": false, "trail-": false, "two--hyphens": false, "with space": false,
	} {
		if got := ValidID(id); got != want {
			t.Errorf("ValidID(%q) = %v, want %v", id, got, want)
		}
	}
}

func TestEveryRuleLivesInAFileNamedByItsID(t *testing.T) {
	for _, r := range All {
		base := strings.ReplaceAll(r.ID, "-", "_")
		src, err := os.ReadFile(base + ".go")
		if err != nil {
			// Go builds a file ending in _js.go only for GOOS=js.
			src, err = os.ReadFile(base + "_rule.go")
		}
		if err != nil {
			t.Errorf("%s: no file %s.go", r.ID, base)
			continue
		}
		if !regexp.MustCompile(`\bID:\s+"` + r.ID + `"`).Match(src) {
			t.Errorf("%s: %s.go does not declare it", r.ID, base)
		}
	}
}
