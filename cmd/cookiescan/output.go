package main

import (
	"cmp"
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/report"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/token"
)

// outputFlags are the flags every reporting command shares.
type outputFlags struct {
	format      string
	outputs     []string
	failOn      string
	showValues  bool
	config      string
	baseline    string
	minSeverity string
	maxFindings int
	sarifRoot   string
	noColor     bool
}

// secretsFlag is --secrets: more signing secret lists, files or directories.
type secretsFlag struct{ paths []string }

func (s *secretsFlag) register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&s.paths, "secrets", nil, "also try the signing secrets in FILE, or in each list file of DIR, against signed cookies (repeatable)")
}

// load returns the secrets of the config's lists and of --secrets, then the
// built-in ones: a list given for a run names its secrets first. Without
// such lists it returns nil, which rules.Options reads as the built-in list.
func (s *secretsFlag) load(conf *config) ([]token.Secret, error) {
	var out []token.Secret
	for _, list := range conf.secretLists() {
		secrets, err := token.LoadSecrets(list.path)
		if err != nil {
			return nil, fmt.Errorf("config %s:%d: secrets: %w", conf.path, list.line, err)
		}
		out = append(out, secrets...)
	}
	for _, path := range s.paths {
		secrets, err := token.LoadSecrets(path)
		if err != nil {
			return nil, fmt.Errorf("--secrets: %w", err)
		}
		out = append(out, secrets...)
	}
	if out == nil {
		return nil, nil // loaded by the judgement only if a signed cookie needs it
	}
	return append(out, token.BuiltinSecrets()...), nil
}

// register adds the report flags to fs, the root command's persistent
// flags, so they are accepted before or after the command.
func (o *outputFlags) register(fs *pflag.FlagSet) {
	fs.StringVarP(&o.format, "format", "f", "table", "report format on stdout: "+strings.Join(report.Formats(), ", "))
	fs.StringArrayVarP(&o.outputs, "output", "o", nil, "write the report as FORMAT to PATH instead of --format on stdout (repeatable; PATH - is stdout; with --format given too, both are written)")
	fs.StringVar(&o.failOn, "fail-on", "high", "exit 1 when a finding is at or above this severity (info, low, medium, high, critical, none)")
	fs.BoolVar(&o.showValues, "show-values", false, "show cookie values in reports instead of [redacted]")
	fs.StringVarP(&o.config, "config", "c", defaultConfigFile, "settings file (default: ./.cookiescan.yaml when it exists)")
	fs.StringVar(&o.baseline, "baseline", "", "do not report findings already in this earlier JSON report")
	fs.StringVar(&o.minSeverity, "min-severity", "info", "report only findings at or above this; --fail-on still judges all")
	fs.IntVar(&o.maxFindings, "max-findings", rules.DefaultMaxFindings, "distinct findings kept at most; past it the report is marked partial")
	fs.StringVar(&o.sarifRoot, "sarif-root", "", "write SARIF file locations relative to this directory (default: the git work tree, else the working directory)")
	fs.BoolVar(&o.noColor, "no-color", false, "no colours in the table, even on a terminal (as NO_COLOR does)")
}

// judging is what the shared flags and the config file decide about a run.
type judging struct {
	conf        *config
	base        *baseline
	failOn      rules.Severity
	minSeverity rules.Severity
	ruleSet     []*rules.Rule
	classifier  *rules.Classifier
	secrets     []token.Secret
	maxFindings int
}

// prepare reads the config file, the baseline and the severities; changed
// is the flag set's Changed, so that flags given win over the file.
func (o *outputFlags) prepare(changed func(string) bool, secrets *secretsFlag) (*judging, error) {
	conf, err := loadConfig(o.config, changed("config"), os.LookupEnv)
	if err != nil {
		return nil, err
	}
	if o.maxFindings < 1 {
		return nil, usageError{fmt.Errorf("--max-findings: want at least 1")}
	}
	j := &judging{conf: conf, maxFindings: o.maxFindings}
	if j.failOn, err = rules.ParseSeverity(o.failOn); err != nil {
		return nil, usageError{fmt.Errorf("--fail-on: %w", err)}
	}
	if s, ok := conf.failOn(); ok && !changed("fail-on") {
		j.failOn = s
	}
	if j.minSeverity, err = rules.ParseSeverity(o.minSeverity); err != nil {
		return nil, usageError{fmt.Errorf("--min-severity: %w", err)}
	}
	if o.baseline != "" {
		if j.base, err = loadBaseline(o.baseline); err != nil {
			return nil, err
		}
	}
	if j.classifier, err = conf.classifier(); err != nil {
		return nil, err
	}
	j.ruleSet = conf.ruleSet()
	if j.secrets, err = secrets.load(conf); err != nil {
		return nil, usageError{err}
	}
	return j, nil
}

// options are the rules' options for this run.
func (j *judging) options(now time.Time, showValues bool) rules.Options {
	return rules.Options{Rules: j.ruleSet, Classifier: j.classifier, Now: now, ShowValues: showValues, Secrets: j.secrets, MaxFindings: j.maxFindings}
}

// triage applies overrides, ignores, the baseline and --min-severity.
func (j *judging) triage(findings []*rules.Finding) *triage {
	return triageFindings(findings, j.conf, j.base, j.minSeverity, j.failOn, time.Now())
}

// destination is one report to write: a format and where.
type destination struct {
	format string
	path   string // "-" is stdout
	// sarif is the SARIF writer, which places files relative to a root.
	sarif report.SARIF
}

// setUp reads what a reporting command's flags and config decide: how to
// judge and where to write; changed is the flag set's Changed.
func (o *outputFlags) setUp(changed func(string) bool, secrets *secretsFlag) (*judging, []destination, error) {
	judge, err := o.prepare(changed, secrets)
	if err != nil {
		return nil, nil, err
	}
	dests, err := o.destinations(changed("format"))
	if err != nil {
		return nil, nil, usageError{err}
	}
	return judge, dests, nil
}

// destinations resolves --format and -o into the reports to write: -o
// replaces the default stdout table, as users of gitleaks and trivy expect,
// and a --format given as well still writes to stdout. Two reports on
// stdout would be one unreadable stream, so that is a usage error.
func (o *outputFlags) destinations(formatGiven bool) ([]destination, error) {
	var out []destination
	for _, spec := range o.outputs {
		format, path, ok := strings.Cut(spec, "=")
		if !ok || format == "" || path == "" {
			return nil, fmt.Errorf("-o %q: want FORMAT=PATH, e.g. json=report.json", spec)
		}
		out = append(out, destination{format: format, path: path})
	}
	if len(out) == 0 || formatGiven {
		out = append(out, destination{format: o.format, path: "-"})
	}
	var onStdout []string
	for i, d := range out {
		if _, err := report.ForFormat(d.format, false); err != nil {
			return nil, err
		}
		if d.path == "-" {
			onStdout = append(onStdout, d.format)
		}
		if d.format == "sarif" {
			s, err := o.sarifWriter()
			if err != nil {
				return nil, err
			}
			out[i].sarif = s
		}
	}
	if len(onStdout) > 1 {
		return nil, fmt.Errorf("%s reports would all go to stdout: give --format or one -o FORMAT=-, and -o FORMAT=PATH for the others", strings.Join(onStdout, " and "))
	}
	return out, nil
}

// sarifWriter places file locations relative to --sarif-root, else to the
// git work tree around the working directory, else to the working
// directory: GitHub wants references relative to the checkout.
func (o *outputFlags) sarifWriter() (report.SARIF, error) {
	wd, err := os.Getwd()
	if err != nil {
		return report.SARIF{}, nil // paths are then written as given
	}
	if o.sarifRoot != "" {
		root, err := filepath.Abs(o.sarifRoot)
		if err != nil {
			return report.SARIF{}, fmt.Errorf("--sarif-root: %w", err)
		}
		return report.SARIF{Root: root, WorkDir: wd}, nil
	}
	return report.SARIF{Root: cmp.Or(gitWorkTree(wd), wd), WorkDir: wd}, nil
}

// gitWorkTree is the nearest directory from dir up that holds .git (a
// directory, or a file in a linked work tree), or "".
func gitWorkTree(dir string) string {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// write sends the result's errors to stderr, one line each, and the result
// to every destination. Colour applies to a table on a terminal only, and
// failOn to the formats that mark failures (JUnit, Markdown) as it does to
// the exit code. A table on stdout leaves the errors out: they are on
// stderr, where a pipeline keeps diagnostics apart from the report.
func (a *app) write(result *report.Result, dests []destination, failOn rules.Severity) error {
	if err := report.WriteErrors(a.stderr, result); err != nil {
		return err
	}
	for _, d := range dests {
		w, err := report.ForFormat(d.format, false)
		if err != nil {
			return err
		}
		switch d.format {
		case "sarif":
			w = d.sarif
		case "junit":
			w = report.JUnitWriter(failOn)
		case "markdown":
			w = report.MarkdownWriter(failOn)
		case "html":
			w = report.HTMLWriter(failOn)
		case "table":
			if d.path == "-" {
				w = report.Table{Color: a.colorWanted(), Width: terminalWidth(a.stdout), OmitErrors: true}
			}
		}
		if d.path == "-" {
			if err := w.Write(a.stdout, result); err != nil {
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

// colorWanted colours only a terminal, and follows --no-color and the
// NO_COLOR convention.
func (a *app) colorWanted() bool {
	if _, set := os.LookupEnv("NO_COLOR"); set || a.out.noColor {
		return false
	}
	return isTerminal(a.stdout)
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

// newResult is the report of one run: what was read or crawled, the
// findings to show, and every problem met on the way. A cancelled run, and
// one that a bound cut short, is marked partial, each bound with the number
// reached among the errors.
func newResult(ctx context.Context, targets []string, ev *evidence.Evidence, outcome *rules.Outcome, shown []*rules.Finding, ruleSet []*rules.Rule, started time.Time) *report.Result {
	result := &report.Result{
		Tool:     report.Tool{Name: "cookiescan", Version: version()},
		Targets:  redactPasswords(targets),
		Findings: shown,
		Rules:    ruleSet,
		Partial:  ev.Partial || ctx.Err() != nil,
		Cookies:  outcome.SeenCookies,

		CookiesLeftOut: outcome.SeenCookiesLeftOut,
	}
	for _, e := range ev.Errors {
		result.Errors = append(result.Errors, e.Error())
	}
	result.Errors = append(result.Errors, outcome.Notes...)
	for _, d := range outcome.Disagreements {
		result.Errors = append(result.Errors, d.String())
	}
	for i, u := range ev.OutOfScope {
		// A skipped URL is never judged, so it never shows a session ID.
		s := report.Skipped{URL: rules.RedactSessionIDs(u), Reason: "out of scope", Count: 1}
		if i < len(ev.OutOfScopeSeen) {
			s.Count = ev.OutOfScopeSeen[i]
		}
		result.Skipped = append(result.Skipped, s)
	}
	for _, l := range append(slices.Clone(ev.Limits), outcome.Limits...) {
		result.Errors = append(result.Errors, "limit: "+l)
		result.Partial = true
	}
	if ctx.Err() != nil {
		result.Errors = append(result.Errors, fmt.Sprintf("%v: the report covers what was gathered before", context.Cause(ctx)))
	}
	result.Stats = stats(result, started, outcome.Responses, outcome.Cookies, len(ev.Scripts))
	result.Stats.InlineIgnored = outcome.InlineIgnored
	result.Stats.Files = ev.Stats.Files
	result.Stats.BrowserDisagreements = len(outcome.Disagreements)
	result.Stats.Requests, result.Stats.LifecycleRequests = ev.Stats.Requests, ev.Stats.Lifecycle
	return result
}

// redactPasswords hides the password of targets given as user:password@host.
func redactPasswords(targets []string) []string {
	out := make([]string, len(targets))
	for i, t := range targets {
		out[i] = t
		if u, err := url.Parse(t); err == nil && u.User != nil {
			out[i] = u.Redacted()
		}
	}
	return out
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
