package main

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/cookiescan/cookiescan/report"
	"github.com/cookiescan/cookiescan/rules"
)

// mergeCommand combines JSON reports, such as those of the shards of one
// scan, into one: findings deduplicated by fingerprint, statistics summed,
// then judged by the config, the baseline and --min-severity as a scan's.
func (a *app) mergeCommand() *cobra.Command {
	cmd := a.command("merge [flags] REPORT.json...", "combine JSON reports (the shards of one scan) into one", mergeFlags)
	var expect int
	cmd.RunE = a.runE(func(cmd *cobra.Command, args []string) (int, error) {
		if len(args) == 0 {
			return exitError, usageError{errors.New("merge needs at least one JSON report")}
		}
		if expect < 0 || expect > 0 && len(args) > expect {
			return exitError, usageError{fmt.Errorf("--expect %d: %d reports given", expect, len(args))}
		}
		judge, dests, err := a.out.setUp(cmd.Flags().Changed, &secretsFlag{})
		if err != nil {
			return exitError, err
		}
		var parts []*report.Result
		for _, path := range args {
			f, err := os.Open(path)
			if err != nil {
				return exitError, err
			}
			r, err := report.ReadJSON(f)
			f.Close()
			if err != nil {
				return exitError, fmt.Errorf("%s: %w", path, err)
			}
			parts = append(parts, r)
		}
		merged := mergeResults(parts)
		if merged.Stats.StartedAt.IsZero() {
			// No input said when it started: the merge is the earliest time known.
			merged.Stats.StartedAt = time.Now().UTC()
		}
		merged.Rules = rules.All
		missing := expect - len(parts)
		if missing > 0 {
			merged.Partial = true
			merged.Errors = append(merged.Errors, fmt.Sprintf("merge: %d of %d expected reports missing", missing, expect))
		}
		triaged := judge.triage(merged.Findings)
		merged.Findings = triaged.shown
		countFindings(merged)
		if err := a.write(merged, dests, judge.failOn); err != nil {
			return exitError, err
		}
		triaged.writeNotes(a.stderr)
		if len(merged.Errors) > 0 && merged.Partial {
			fmt.Fprintf(a.stderr, "cookiescan: the merged reports hold %d errors\n", len(merged.Errors))
		}
		if missing > 0 {
			fmt.Fprintf(a.stderr, "cookiescan: %d of %d expected reports missing; the merged report is partial\n", missing, expect)
			return exitError, nil
		}
		return triaged.exitCode(), nil
	})
	cmd.Flags().IntVar(&expect, "expect", 0, "the number of reports the merge needs, one per shard; with fewer the result is partial and the exit code 2")
	return cmd
}

// mergeResults combines reports: a finding seen in several (the same
// fingerprint, cookie domain and place) is kept once with its occurrences
// summed and its example URLs joined.
func mergeResults(parts []*report.Result) *report.Result {
	merged := &report.Result{Tool: report.Tool{Name: "cookiescan", Version: version()}}
	byKey := map[string]*rules.Finding{}
	cookies := map[string]*rules.SeenCookie{}
	for _, r := range parts {
		// A report without a start (a zero time) says nothing about when the scan began.
		if start := r.Stats.StartedAt; !start.IsZero() && (merged.Stats.StartedAt.IsZero() || start.Before(merged.Stats.StartedAt)) {
			merged.Stats.StartedAt = start
		}
		merged.Targets = append(merged.Targets, r.Targets...)
		merged.Errors = append(merged.Errors, r.Errors...)
		merged.Partial = merged.Partial || r.Partial
		merged.Stats.Files += r.Stats.Files
		merged.Stats.Responses += r.Stats.Responses
		merged.Stats.Cookies += r.Stats.Cookies
		merged.Stats.Scripts += r.Stats.Scripts
		merged.Stats.Duration += r.Stats.Duration
		mergeCookies(merged, r, cookies)
		for _, f := range r.Findings {
			key := findingKey(f)
			prev := byKey[key]
			if prev == nil {
				byKey[key] = f
				merged.Findings = append(merged.Findings, f)
				continue
			}
			prev.Occurrences += f.Occurrences
			prev.Severity = max(prev.Severity, f.Severity)
			for _, u := range f.URLs {
				if len(prev.URLs) < 5 && !slices.Contains(prev.URLs, u) {
					prev.URLs = append(prev.URLs, u)
				}
			}
		}
	}
	slices.SortStableFunc(merged.Findings, func(a, b *rules.Finding) int {
		if c := cmp.Compare(b.Severity, a.Severity); c != 0 {
			return c
		}
		return cmp.Compare(a.Rule, b.Rule)
	})
	countFindings(merged)
	return merged
}

// mergeCookies adds a report's cookies to merged, a cookie listed in both
// once with its occurrences summed, within rules.MaxSeenCookies; index
// holds merged's cookies by cookieKey.
func mergeCookies(merged, r *report.Result, index map[string]*rules.SeenCookie) {
	merged.CookiesLeftOut += r.CookiesLeftOut
	for _, c := range r.Cookies {
		key := cookieKey(c)
		switch prev := index[key]; {
		case prev != nil:
			prev.Occurrences += c.Occurrences
		case len(merged.Cookies) < rules.MaxSeenCookies:
			index[key] = c
			merged.Cookies = append(merged.Cookies, c)
		default:
			merged.CookiesLeftOut++
		}
	}
}

// cookieKey tells cookies apart as a report lists them: by scope, setter,
// flags and verdict.
func cookieKey(c *rules.SeenCookie) string {
	return fmt.Sprintf("%q %q %q %s %v %v %s %v %v %v %v %q", c.Name, c.Domain, c.Path, c.SetBy,
		c.HttpOnly, c.Secure, c.SameSite, c.Partitioned, c.HostOnly, c.Deletion, c.Stored, c.Reasons)
}

// countFindings sets the counts of r's statistics that its findings and errors give.
func countFindings(r *report.Result) {
	r.Stats.Findings = len(r.Findings)
	r.Stats.Errors = len(r.Errors)
	r.Stats.BySeverity = map[string]int{}
	for _, f := range r.Findings {
		r.Stats.BySeverity[f.Severity.String()]++
	}
}

func findingKey(f *rules.Finding) string {
	key := f.Fingerprint
	if f.Cookie != nil {
		key += "|" + f.Cookie.Domain
	}
	if f.Location != nil {
		key += "|" + f.Location.File + ":" + strconv.Itoa(f.Location.Line) + ":" + strconv.Itoa(f.Location.Col)
	}
	return key
}

// parseShard reads --shard K/N.
func parseShard(s string) (k, n int, err error) {
	ks, ns, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(ks)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 1 || k > n {
		return 0, 0, fmt.Errorf("--shard %q: want K/N with 1 <= K <= N, e.g. 2/5", s)
	}
	return k, n, nil
}

// inShard reports whether target belongs to shard k of n. The share is
// decided by a hash of the target itself, so it does not move when the
// list is reordered or grows, and every target lands in exactly one shard.
func inShard(target string, k, n int) bool {
	sum := sha256.Sum256([]byte(strings.TrimSpace(target)))
	return int(binary.BigEndian.Uint64(sum[:8])%uint64(n)) == k-1
}
