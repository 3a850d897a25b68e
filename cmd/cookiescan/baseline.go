package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/cookiescan/cookiescan/report"
	"github.com/cookiescan/cookiescan/rules"
)

// baseline is the findings of an earlier JSON report, which a run accepts:
// a finding with the fingerprint of one of them is not reported again. The
// fingerprint covers rule, host, path and cookie name, so a baseline
// survives new session values and new severities.
type baseline struct {
	// path names the report in messages.
	path string
	// entries are the report's findings, one per fingerprint, in report order.
	entries []baselineEntry
	index   map[string]int
}

// baselineEntry is what messages say of a finding of the baseline.
type baselineEntry struct {
	fingerprint, rule, cookie string
}

// String reads "missing-secure sid (fingerprint 3f2a9c1e…)".
func (e baselineEntry) String() string {
	what := e.rule
	if e.cookie != "" {
		name := e.cookie
		// Names a browser would not see as written are quoted.
		if strings.ContainsFunc(name, func(r rune) bool { return r == ' ' || r == '"' || !strconv.IsPrint(r) }) {
			name = strconv.Quote(name)
		}
		what += " " + name
	}
	short := e.fingerprint
	if len(short) > 8 {
		short = short[:8] + "…"
	}
	return what + " (fingerprint " + short + ")"
}

// loadBaseline reads a report written with --format json (or -o json=PATH).
// Its errors are one line naming the file: not found, not a cookiescan
// report, bad JSON, a finding without a fingerprint.
func loadBaseline(path string) (*baseline, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("baseline %s: no such file", path)
		}
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	defer f.Close()
	result, err := report.ReadJSON(f)
	if err != nil {
		var syntaxErr *json.SyntaxError
		switch {
		case errors.As(err, &syntaxErr):
			return nil, fmt.Errorf("baseline %s: bad JSON at byte %d: %v", path, syntaxErr.Offset, syntaxErr)
		case errors.Is(err, io.EOF):
			return nil, fmt.Errorf("baseline %s: the file is empty; a baseline is a JSON report (-o json=PATH)", path)
		case errors.Is(err, io.ErrUnexpectedEOF):
			return nil, fmt.Errorf("baseline %s: bad JSON: the file ends before the report does", path)
		}
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	b := &baseline{path: path, index: map[string]int{}}
	for i, fd := range result.Findings {
		if fd == nil || fd.Fingerprint == "" {
			return nil, fmt.Errorf("baseline %s: finding %d has no fingerprint", path, i+1)
		}
		if _, seen := b.index[fd.Fingerprint]; seen {
			continue
		}
		e := baselineEntry{fingerprint: fd.Fingerprint, rule: fd.Rule}
		if fd.Cookie != nil {
			e.cookie = fd.Cookie.Name
		}
		b.index[fd.Fingerprint] = len(b.entries)
		b.entries = append(b.entries, e)
	}
	return b, nil
}

// filter drops the findings whose fingerprint is in the baseline. It returns
// the findings kept, in their order, how many were dropped, and the baseline
// entries that matched none, described for people ("missing-secure sid
// (fingerprint 3f2a9c1e…)"): fixed, or not seen in this run. A nil baseline
// keeps every finding.
func (b *baseline) filter(findings []*rules.Finding) (kept []*rules.Finding, suppressed int, unmatched []string) {
	if b == nil {
		return findings, 0, nil
	}
	matched := make([]bool, len(b.entries))
	kept = make([]*rules.Finding, 0, len(findings))
	for _, f := range findings {
		if i, ok := b.index[f.Fingerprint]; ok {
			matched[i] = true
			suppressed++
			continue
		}
		kept = append(kept, f)
	}
	for i, e := range b.entries {
		if !matched[i] {
			unmatched = append(unmatched, e.String())
		}
	}
	return kept, suppressed, unmatched
}
