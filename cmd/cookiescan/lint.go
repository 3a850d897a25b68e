package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// lint judges saved evidence: HAR captures, HTTP response dumps and front-end sources.
func lint(ctx context.Context, args []string, stdout, stderr io.Writer) (int, error) {
	fs := newFlagSet("lint", "lint [flags] PATH...", stdout)
	var out outputFlags
	out.register(fs)
	var secrets secretsFlag
	secrets.register(fs)
	nowUnix := fs.Int64("now", 0, "judge expiry as of this Unix time for responses without a Date header (default: now)")
	includeVendor := fs.Bool("include-vendor", false, "also walk node_modules, vendor, dist and build directories")
	maxBody := fs.Int64("max-body", scanner.DefaultMaxBodyBytes, "bytes of any one string of a HAR file (a response body) kept at most")
	includeTests := fs.Bool("include-tests", false, "also walk test code: test, tests, __tests__, spec, e2e, cypress, examples, stories and fixtures directories and *.test.*, *.spec.*, *.stories.* files")
	if err := parseFlags(fs, args); err != nil {
		return exitError, err
	}
	if fs.NArg() == 0 {
		return exitError, usageError{errors.New("lint needs at least one PATH (a .har file, a response dump, a source file or a directory)")}
	}
	judge, err := out.prepare(fs.Changed, &secrets)
	if err != nil {
		return exitError, err
	}
	dests, err := out.destinations()
	if err != nil {
		return exitError, usageError{err}
	}
	started := time.Now()
	now := started
	if *nowUnix != 0 {
		now = time.Unix(*nowUnix, 0).UTC()
	}

	if *maxBody < 1 {
		return exitError, usageError{errors.New("--max-body: want at least 1")}
	}
	// Responses are judged as they are read; an interruption stops the
	// reading, and what was read is still judged.
	judgement := rules.NewJudgement(context.Background(), judge.options(now, out.showValues))
	ev := scanner.LoadFiles(ctx, fs.Args(), scanner.LoadOptions{IncludeVendor: *includeVendor, IncludeTests: *includeTests, Responses: judgement.Add, MaxBodyBytes: *maxBody})
	outcome := judgement.Finish(ev)
	triaged := judge.triage(outcome.Findings)
	result := newResult(ctx, fs.Args(), ev, outcome, triaged.shown, judge.ruleSet, started)
	// A table on stdout lists the errors itself; other reports need them on stderr.
	if !slices.Contains(dests, destination{format: "table", path: "-"}) {
		for _, e := range ev.Errors {
			fmt.Fprintf(stderr, "error: %v\n", e)
		}
	}
	for _, w := range ev.Warnings {
		fmt.Fprintf(stderr, "warning: %s\n", w)
	}
	// A script analysed in part is noted, but only unreadable files fail the run.
	unreadable := len(ev.Errors)
	result.Partial = result.Partial || unreadable > 0
	if err := write(result, dests, stdout, judge.failOn); err != nil {
		return exitError, err
	}
	triaged.writeNotes(stderr)
	writeInlineIgnores(stderr, outcome.InlineIgnored)
	if unreadable > 0 || ctx.Err() != nil {
		return exitError, nil
	}
	return triaged.exitCode(), nil
}
