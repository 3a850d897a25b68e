package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/rules"
)

// describeFindings lists findings as "rule cookie severity".
func describeFindings(findings []*rules.Finding) []string {
	var out []string
	for _, f := range findings {
		name := ""
		if f.Cookie != nil {
			name = f.Cookie.Name
		}
		out = append(out, fmt.Sprintf("%s %s %s", f.Rule, name, f.Severity))
	}
	return out
}

func TestConfigIgnoresAndOverridesChangeRealFindingsAndTheExitCode(t *testing.T) {
	now := time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		setCookie []string
		config    string
		gone      []string // findings of the plain run that the config removes
		added     []string // findings the config run has that the plain run has not
		// exitBefore and exitAfter are the exit codes under --fail-on high.
		exitBefore, exitAfter int
	}{
		{
			name:       "an ignore with its reason lets a run with a high finding pass",
			setCookie:  []string{"role=admin; Path=/; Secure; HttpOnly; SameSite=Lax"},
			config:     "ignore:\n  - rule: unsigned-auth-value\n    cookie: role\n    reason: signed by the gateway before it reaches the app\n",
			gone:       []string{"unsigned-auth-value role high"},
			exitBefore: exitFindings, exitAfter: exitClean,
		},
		{
			name:       "a class and an override make a clean run fail",
			setCookie:  []string{"acme_k=v1; Path=/; Secure; SameSite=Lax"},
			config:     "classes:\n  session: [acme_k]\nrules:\n  severity:\n    missing-httponly: high\n",
			gone:       []string{"missing-httponly acme_k info"},
			added:      []string{"missing-httponly acme_k high"},
			exitBefore: exitClean, exitAfter: exitFindings,
		},
		{
			name:       "an expired ignore applies to nothing",
			setCookie:  []string{"role=admin; Path=/; Secure; HttpOnly; SameSite=Lax"},
			config:     "ignore:\n  - rule: unsigned-auth-value\n    reason: until the gateway signs it\n    until: 2026-03-14\n",
			exitBefore: exitFindings, exitAfter: exitFindings,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := rules.Example{URL: "https://app.example.com/account", SetCookie: tt.setCookie}.Evidence()
			plain := rules.Run(ev, rules.Options{Now: now})
			if got := findingsExitCode(plain, rules.High); got != tt.exitBefore {
				t.Fatalf("without a config: exit %d, want %d; findings %q", got, tt.exitBefore, describeFindings(plain))
			}

			conf, err := loadConfigText(t, tt.config, nil)
			if err != nil {
				t.Fatal(err)
			}
			classifier, err := conf.classifier()
			if err != nil {
				t.Fatal(err)
			}
			findings := rules.Run(ev, rules.Options{Rules: conf.ruleSet(), Classifier: classifier, Now: now})
			tr := triageFindings(findings, conf, nil, rules.Info, rules.High, now)
			if got := tr.exitCode(); got != tt.exitAfter {
				t.Errorf("with the config: exit %d, want %d; findings %q", got, tt.exitAfter, describeFindings(tr.judged))
			}
			before, after := describeFindings(plain), describeFindings(tr.judged)
			for _, f := range tt.gone {
				if !slices.Contains(before, f) || slices.Contains(after, f) {
					t.Errorf("%q: want it in the plain run %q and not in the config's %q", f, before, after)
				}
			}
			for _, f := range tt.added {
				if slices.Contains(before, f) || !slices.Contains(after, f) {
					t.Errorf("%q: want it only in the config's run %q, not the plain run's %q", f, after, before)
				}
			}
			if len(tt.gone)+len(tt.added) == 0 && !slices.Equal(before, after) {
				t.Errorf("findings changed from %q to %q", before, after)
			}
		})
	}
}

func TestTriageNotesTellWhatWasHiddenAndWhatMatchedNothing(t *testing.T) {
	now := time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)
	conf, err := loadConfigText(t, strings.Join([]string{
		"ignore:",
		"  - cookie: _ga",
		"    reason: analytics",
		"  - rule: cookie-header-too-large",
		"    reason: the gateway strips cookies",
		"  - rule: missing-secure",
		"    cookie: theme",
		"    reason: a preference",
		"    until: 2026-01-31",
		"",
	}, "\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	fixed := &rules.Finding{Rule: "missing-httponly", Severity: rules.Medium, Cookie: &rules.CookieRef{Name: "old_sid"}, Fingerprint: "0123456789abcdef0123456789abcdef"}
	accepted := &rules.Finding{Rule: "loose-domain", Severity: rules.Low, Cookie: &rules.CookieRef{Name: "sid"}, Fingerprint: "fedcba9876543210fedcba9876543210"}
	base, err := loadBaseline(writeBaselineReport(t, []*rules.Finding{fixed, accepted}))
	if err != nil {
		t.Fatal(err)
	}
	base.path = "base.json"

	findings := []*rules.Finding{
		{Rule: "missing-secure", Severity: rules.Medium, Cookie: &rules.CookieRef{Name: "theme"}, Fingerprint: "1"},
		{Rule: "samesite-missing", Severity: rules.Low, Cookie: &rules.CookieRef{Name: "lang"}, Fingerprint: "2"},
		{Rule: "missing-secure", Severity: rules.Info, Cookie: &rules.CookieRef{Name: "_ga"}, Fingerprint: "3"},
		{Rule: "loose-domain", Severity: rules.Low, Cookie: &rules.CookieRef{Name: "sid"}, Fingerprint: accepted.Fingerprint},
	}
	tr := triageFindings(findings, conf, base, rules.Medium, rules.Low, now)
	if got, want := describeFindings(tr.shown), []string{"missing-secure theme medium"}; !slices.Equal(got, want) {
		t.Errorf("shown %q, want %q", got, want)
	}
	if got := tr.exitCode(); got != exitFindings {
		t.Errorf("exit %d: a low finding hidden by --min-severity medium must still fail --fail-on low", got)
	}
	var out bytes.Buffer
	tr.writeNotes(&out)
	want := strings.Join([]string{
		"suppressed 2 findings: 1 by ignores in .cookiescan.yaml, 1 by baseline base.json",
		"not shown: 1 finding below --min-severity medium, of which 1 at or above --fail-on low",
		"warning: .cookiescan.yaml:6: ignore expired after 2026-01-31 and no longer applies (reason was: a preference)",
		"warning: .cookiescan.yaml:4: ignore matched nothing",
		"warning: baseline base.json: entry matched nothing (fixed, or not seen this run): missing-httponly old_sid (fingerprint 01234567…)",
		"",
	}, "\n")
	if out.String() != want {
		t.Errorf("notes:\n%s\nwant:\n%s", out.String(), want)
	}
}

func TestTriageNotesListAtMostTenUnmatchedBaselineEntries(t *testing.T) {
	var old []*rules.Finding
	for i := range 13 {
		old = append(old, &rules.Finding{Rule: "missing-secure", Severity: rules.Medium, Cookie: &rules.CookieRef{Name: fmt.Sprint("c", i)}, Fingerprint: fmt.Sprintf("%032d", i)})
	}
	base, err := loadBaseline(writeBaselineReport(t, old))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	triageFindings(nil, nil, base, 0, rules.High, time.Now()).writeNotes(&out)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 11 || !strings.HasSuffix(lines[10], ": 3 more entries matched nothing") {
		t.Errorf("notes:\n%s\nwant 10 entries and a line for the 3 more", out.String())
	}
}
