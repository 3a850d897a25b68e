package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/cookiescan/cookiescan/rules"
)

// triage is what the config, a baseline and --min-severity make of the
// findings of a run, and what to tell about it.
type triage struct {
	// judged are the findings left after the ignores and the baseline:
	// --fail-on looks at every one of them, shown or not.
	judged []*rules.Finding
	// shown are those of judged at or above --min-severity: the reports hold these.
	shown []*rules.Finding

	ignored, baselined  int
	unused, expired     []rules.Ignore
	unmatched           []string
	conf                *config
	base                *baseline
	minSeverity, failOn rules.Severity
}

// triageFindings overrides severities as the config says, then drops the
// findings its ignores match, then those in the baseline. conf and base may
// be nil. The findings' severities are changed in place.
func triageFindings(findings []*rules.Finding, conf *config, base *baseline, minSeverity, failOn rules.Severity, now time.Time) *triage {
	t := &triage{conf: conf, base: base, minSeverity: minSeverity, failOn: failOn}
	rules.OverrideSeverity(findings, conf.severityOverrides())
	var kept []*rules.Finding
	kept, t.ignored, t.unused, t.expired = rules.Suppress(findings, conf.ignoreList(), now)
	t.judged, t.baselined, t.unmatched = base.filter(kept)
	t.shown = rules.AtLeast(t.judged, minSeverity)
	return t
}

// exitCode decides the exit from every finding judged, whatever --min-severity hides.
func (t *triage) exitCode() int { return findingsExitCode(t.judged, t.failOn) }

// maxUnmatchedShown bounds the baseline entries listed one a line.
const maxUnmatchedShown = 10

// writeNotes tells what was suppressed or hidden, and warns of ignores that
// expired or matched nothing and of baseline entries that matched nothing.
func (t *triage) writeNotes(w io.Writer) {
	if n := t.ignored + t.baselined; n > 0 {
		var by []string
		if t.ignored > 0 {
			by = append(by, fmt.Sprintf("%d by ignores in %s", t.ignored, t.conf.path))
		}
		if t.baselined > 0 {
			by = append(by, fmt.Sprintf("%d by baseline %s", t.baselined, t.base.path))
		}
		fmt.Fprintf(w, "suppressed %s: %s\n", findingsCount(n), strings.Join(by, ", "))
	}
	if hidden := len(t.judged) - len(t.shown); hidden > 0 {
		failing := 0
		for _, f := range t.judged {
			if t.failOn != 0 && f.Severity >= t.failOn && f.Severity < t.minSeverity {
				failing++
			}
		}
		fmt.Fprintf(w, "not shown: %s below --min-severity %s", findingsCount(hidden), t.minSeverity)
		if failing > 0 {
			fmt.Fprintf(w, ", of which %d at or above --fail-on %s", failing, t.failOn)
		}
		fmt.Fprintln(w)
	}
	for _, ig := range t.expired {
		fmt.Fprintf(w, "warning: %s:%d: ignore expired after %s and no longer applies (reason was: %s)\n", t.conf.path, ig.Line, ig.Until.Format(time.DateOnly), ig.Reason)
	}
	for _, ig := range t.unused {
		fmt.Fprintf(w, "warning: %s:%d: ignore matched nothing\n", t.conf.path, ig.Line)
	}
	for i, entry := range t.unmatched {
		if i == maxUnmatchedShown {
			fmt.Fprintf(w, "warning: baseline %s: %d more entries matched nothing\n", t.base.path, len(t.unmatched)-i)
			break
		}
		fmt.Fprintf(w, "warning: baseline %s: entry matched nothing (fixed, or not seen this run): %s\n", t.base.path, entry)
	}
}

func findingsCount(n int) string {
	if n == 1 {
		return "1 finding"
	}
	return fmt.Sprintf("%d findings", n)
}

// writeInlineIgnores lists the findings that cookiescan-ignore comments
// silenced, with their reasons, so that suppressions stay visible.
func writeInlineIgnores(w io.Writer, ignored []rules.InlineIgnore) {
	if len(ignored) == 0 {
		return
	}
	fmt.Fprintf(w, "suppressed %s by cookiescan-ignore comments:\n", findingsCount(len(ignored)))
	for _, ig := range ignored {
		fmt.Fprintf(w, "  %s:%d: %s %q\n", ig.File, ig.Line, ig.Rule, ig.Reason)
	}
}
