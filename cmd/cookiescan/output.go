package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/cookiescan/cookiescan/report"
	"github.com/cookiescan/cookiescan/rules"
)

// outputFlags are the flags every reporting command shares.
type outputFlags struct {
	format     string
	outputs    []string
	failOn     string
	showValues bool
}

func (o *outputFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&o.format, "format", "table", "report format on stdout: "+strings.Join(report.Formats(), ", "))
	fs.StringArrayVarP(&o.outputs, "output", "o", nil, "also write FORMAT=PATH (repeatable; PATH - is stdout)")
	fs.StringVar(&o.failOn, "fail-on", "high", "exit 1 when a finding is at or above this severity (info, low, medium, high, critical, none)")
	fs.BoolVar(&o.showValues, "show-values", false, "show cookie values in reports instead of [redacted]")
}

// destination is one report to write: a format and where.
type destination struct {
	format string
	path   string // "-" is stdout
}

// destinations resolves --format and -o into the reports to write: -o
// replaces the default stdout table, as users of gitleaks and trivy expect.
func (o *outputFlags) destinations() ([]destination, error) {
	var out []destination
	for _, spec := range o.outputs {
		format, path, ok := strings.Cut(spec, "=")
		if !ok || format == "" || path == "" {
			return nil, fmt.Errorf("-o %q: want FORMAT=PATH, e.g. json=report.json", spec)
		}
		out = append(out, destination{format, path})
	}
	if len(out) == 0 {
		out = append(out, destination{o.format, "-"})
	}
	for _, d := range out {
		if _, err := report.ForFormat(d.format, false); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// write sends the result to every destination; color applies to a table on a terminal only.
func write(result *report.Result, dests []destination, stdout io.Writer) error {
	for _, d := range dests {
		w, err := report.ForFormat(d.format, d.path == "-" && colorWanted(stdout))
		if err != nil {
			return err
		}
		if d.path == "-" {
			if err := w.Write(stdout, result); err != nil {
				return err
			}
			continue
		}
		f, err := os.Create(d.path)
		if err != nil {
			return err
		}
		err = w.Write(f, result)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("writing %s: %w", d.path, err)
		}
	}
	return nil
}

// colorWanted follows the NO_COLOR convention and colours only a terminal.
func colorWanted(w io.Writer) bool {
	if _, set := os.LookupEnv("NO_COLOR"); set {
		return false
	}
	return isTerminal(w)
}

// findingsExitCode is 1 when a finding is at or above failOn (0 means never).
func findingsExitCode(findings []*rules.Finding, failOn rules.Severity) int {
	if failOn == 0 {
		return exitClean
	}
	for _, f := range findings {
		if f.Severity >= failOn {
			return exitFindings
		}
	}
	return exitClean
}

// stats counts what a result covers.
func stats(result *report.Result, started time.Time, responses, cookies, scripts int) report.Stats {
	s := report.Stats{
		Responses: responses, Cookies: cookies, Scripts: scripts,
		Findings: len(result.Findings), Errors: len(result.Errors),
		BySeverity: map[string]int{}, StartedAt: started.UTC(),
		Duration: time.Since(started).Seconds(),
	}
	for _, f := range result.Findings {
		s.BySeverity[f.Severity.String()]++
	}
	return s
}

// newFlagSet makes a flag set whose help goes to stdout and whose errors are returned.
func newFlagSet(name, synopsis string, stdout io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stdout)
	fs.Usage = func() {
		fmt.Fprintf(stdout, "Usage: cookiescan %s\n\nFlags:\n%s", synopsis, fs.FlagUsages())
	}
	return fs
}

// parseFlags parses args, turning --help into a clean exit and mistakes into usage errors.
func parseFlags(fs *pflag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if err == pflag.ErrHelp {
			return usageError{}
		}
		return usageError{err}
	}
	return nil
}
