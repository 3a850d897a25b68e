package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/cookiescan/cookiescan/demo"
	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
	"github.com/cookiescan/cookiescan/scanner/browser"
)

// demoCommand starts the embedded vulnerable site on loopback, scans it
// and shows the report; with --serve the site stays up for exploring.
func (a *app) demoCommand() *cobra.Command {
	var (
		serve, inBrowser bool
		addr, browserAt  string
	)
	cmd := a.command("demo [flags]", "scan an embedded, deliberately vulnerable site on loopback", everyReportFlag)
	cmd.Long = `Starts a deliberately vulnerable site embedded in the binary on loopback, scans
it and shows the report. The report flags apply as to scan; the exit code
follows --fail-on only when it is given (on the command line or in the
config file), so that the demo itself exits 0.`
	cmd.RunE = a.runE(func(cmd *cobra.Command, args []string) (int, error) {
		ctx, stderr := a.ctx, a.stderr
		if len(args) > 0 {
			return exitError, usageError{fmt.Errorf("demo takes no arguments; 'cookiescan scan %s' scans a site", args[0])}
		}
		judge, dests, err := a.out.setUp(cmd.Flags().Changed, &secretsFlag{})
		if err != nil {
			return exitError, err
		}
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return exitError, err
		}
		if ip := ln.Addr().(*net.TCPAddr).IP; !ip.IsLoopback() {
			ln.Close()
			return exitError, usageError{fmt.Errorf("--addr %s: the demo site listens on loopback only", addr)}
		}
		srv := &http.Server{Handler: demo.Handler(), ReadHeaderTimeout: 10 * time.Second}
		go srv.Serve(ln)
		defer srv.Close()
		base := "http://" + ln.Addr().String() + "/"
		fmt.Fprintf(stderr, "cookiescan demo: scanning a deliberately vulnerable site at %s\n\n", base)

		started := time.Now()
		ev, err := scanner.Crawl(ctx, demo.CrawlConfig(base))
		if err != nil {
			return exitError, err
		}
		opts := judge.options(started, a.out.showValues)
		outcome := rules.Judge(ev, opts)
		browserAlone := 0
		if inBrowser {
			static := outcome
			bev, err := browser.Crawl(ctx, browser.Config{CrawlConfig: demo.CrawlConfig(base), Path: browserAt})
			if err != nil {
				return exitError, err
			}
			ev = mergeEvidence(ev, bev)
			outcome = rules.Judge(ev, opts)
			browserAlone = len(newFindings(static.Findings, outcome.Findings))
		}
		triaged := judge.triage(outcome.Findings)
		result := newResult(ctx, []string{base}, ev, outcome, triaged.shown, judge.ruleSet, started)
		if err := a.write(result, dests, judge.failOn); err != nil {
			return exitError, err
		}
		triaged.writeNotes(stderr)
		if inBrowser {
			fmt.Fprintf(stderr, "\n%d of the %d findings came from the browser alone: cookies set by fetch responses, written by scripts at run time, or on pages only the rendered site links to.\n", browserAlone, len(outcome.Findings))
		}
		code := exitClean
		if _, inConfig := judge.conf.failOn(); cmd.Flags().Changed("fail-on") || inConfig {
			code = triaged.exitCode()
		}
		if serve {
			fmt.Fprintf(stderr, "\nThe demo site is up at %s; press Ctrl-C to stop it.\n", base)
			<-ctx.Done()
			shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return exitError, err
			}
			return code, nil
		}
		fmt.Fprintf(stderr, "\nExplore a rule with 'cookiescan explain RULE-ID'; keep the site up with 'cookiescan demo --serve'.\n")
		return code, nil
	})
	fs := cmd.Flags()
	fs.BoolVar(&serve, "serve", false, "keep the demo site up after the scan, until Ctrl-C")
	fs.StringVar(&addr, "addr", "127.0.0.1:0", "loopback address for the demo site")
	fs.BoolVar(&inBrowser, "browser", false, "also crawl the site in headless Chromium, and count the findings only the browser saw")
	fs.StringVar(&browserAt, "browser-path", "", "the Chromium or Chrome to run with --browser (default: chromium on PATH)")
	return cmd
}

// mergeEvidence is the static crawl's evidence with the browser's added.
func mergeEvidence(static, inBrowser *evidence.Evidence) *evidence.Evidence {
	ev := *static
	ev.Responses = slices.Concat(static.Responses, inBrowser.Responses)
	ev.Scripts = slices.Concat(static.Scripts, inBrowser.Scripts)
	ev.Errors = slices.Concat(static.Errors, inBrowser.Errors)
	ev.CookieWrites = slices.Concat(static.CookieWrites, inBrowser.CookieWrites)
	ev.Partial = static.Partial || inBrowser.Partial
	return &ev
}

// newFindings are the findings of after that before has not, by fingerprint.
func newFindings(before, after []*rules.Finding) []*rules.Finding {
	seen := map[string]bool{}
	for _, f := range before {
		seen[f.Fingerprint] = true
	}
	var added []*rules.Finding
	for _, f := range after {
		if !seen[f.Fingerprint] {
			added = append(added, f)
		}
	}
	return added
}
