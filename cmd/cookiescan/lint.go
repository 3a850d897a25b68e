package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// lintCommand judges saved evidence: HAR captures, HTTP response dumps and front-end sources.
func (a *app) lintCommand() *cobra.Command {
	var (
		secrets       secretsFlag
		nowUnix       int64
		includeVendor bool
		maxBody       int64
		includeTests  bool
	)
	cmd := a.command("lint [flags] PATH...", "judge HAR captures, HTTP response dumps and front-end sources (- reads one capture or dump from stdin)", everyReportFlag)
	cmd.RunE = a.runE(func(cmd *cobra.Command, args []string) (int, error) {
		fs := cmd.Flags()
		if len(args) == 0 {
			return exitError, usageError{errors.New("lint needs at least one PATH (a .har file, a response dump, a source file, a directory, or - for stdin)")}
		}
		judge, dests, err := a.out.setUp(fs.Changed, &secrets)
		if err != nil {
			return exitError, err
		}
		started := time.Now()
		now := started
		if nowUnix != 0 {
			now = time.Unix(nowUnix, 0).UTC()
		}
		if maxBody < 1 {
			return exitError, usageError{errors.New("--max-body: want at least 1")}
		}
		// Responses are judged as they are read; an interruption stops the
		// reading, and what was read is still judged.
		judgement := rules.NewJudgement(context.Background(), judge.options(now, a.out.showValues))
		ev := scanner.LoadFiles(a.ctx, args, scanner.LoadOptions{IncludeVendor: includeVendor, IncludeTests: includeTests, Responses: judgement.Add, Scripts: judgement.AddScript, MaxBodyBytes: maxBody, Stdin: a.stdin})
		outcome := judgement.Finish(ev)
		triaged := judge.triage(outcome.Findings)
		result := newResult(a.ctx, args, ev, outcome, triaged.shown, judge.ruleSet, started)
		// A script analysed in part is noted, but only unreadable files fail the run.
		unreadable := len(ev.Errors)
		result.Partial = result.Partial || unreadable > 0
		if err := a.write(result, dests, judge.failOn); err != nil {
			return exitError, err
		}
		for _, w := range ev.Warnings {
			fmt.Fprintf(a.stderr, "warning: %s\n", w)
		}
		triaged.writeNotes(a.stderr)
		writeInlineIgnores(a.stderr, outcome.InlineIgnored)
		if unreadable > 0 || a.ctx.Err() != nil {
			return exitError, nil
		}
		return triaged.exitCode(), nil
	})
	fs := cmd.Flags()
	secrets.register(fs)
	fs.Int64Var(&nowUnix, "now", 0, "judge expiry as of this Unix time for responses without a Date header (default: now)")
	fs.BoolVar(&includeVendor, "include-vendor", false, "also walk node_modules, vendor, dist and build directories")
	fs.Int64Var(&maxBody, "max-body", scanner.DefaultMaxBodyBytes, "bytes of any one string of a HAR file (a response body) kept at most")
	fs.BoolVar(&includeTests, "include-tests", false, "also walk test code: test, tests, __tests__, spec, e2e, cypress, examples, stories and fixtures directories and *.test.*, *.spec.*, *.stories.* files")
	return cmd
}
