package rules

import (
	"fmt"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/token"
)

// Options configure one run of the rules over a body of evidence.
type Options struct {
	// Rules to run; nil runs All.
	Rules []*Rule
	// Now is when the evidence is judged, for responses without a Date header; zero means time.Now().
	Now time.Time
	// Classifier decides cookie classes; nil means DefaultClassifier.
	Classifier *Classifier
	// ShowValues puts cookie values into findings instead of Redacted.
	ShowValues bool
	// MaxURLs caps the example URLs kept per finding; zero means 5.
	MaxURLs int
	// Secrets are tried against signed cookies; nil means the built-in list.
	Secrets []token.Secret
}

// Pass is what one rule sees: the site model built once from the evidence, and a way to report.
type Pass struct {
	Rule *Rule
	Site *Site
	agg  *aggregator
}

// Secrets are the signing secrets to try against signed cookies.
func (p *Pass) Secrets() []token.Secret { return p.agg.opts.Secrets }

// ShowValues reports whether the user asked to see cookie values (and secrets found).
func (p *Pass) ShowValues() bool { return p.agg.opts.ShowValues }

// Run judges the evidence with every rule and returns the aggregated findings,
// most severe first.
func Run(ev *evidence.Evidence, opts Options) []*Finding {
	return Judge(ev, opts).Findings
}

// Outcome is what judging evidence gives: findings, and notes on evidence
// that could be judged only in part.
type Outcome struct {
	Findings []*Finding
	Notes    []string
	// InlineIgnored lists the reports silenced by cookiescan-ignore
	// comments, one per report.
	InlineIgnored []InlineIgnore
}

// Judge is Run with the notes.
func Judge(ev *evidence.Evidence, opts Options) *Outcome {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if opts.Classifier == nil {
		opts.Classifier = DefaultClassifier
	}
	if opts.MaxURLs == 0 {
		opts.MaxURLs = 5
	}
	if opts.Secrets == nil {
		opts.Secrets = token.BuiltinSecrets()
	}
	ruleset := opts.Rules
	if ruleset == nil {
		ruleset = All
	}
	site := buildSite(ev, opts.Now, opts.Classifier)
	agg := &aggregator{opts: opts, byKey: map[string]*Finding{}}
	for _, r := range ruleset {
		r.Check(&Pass{Rule: r, Site: site, agg: agg})
	}
	return &Outcome{Findings: agg.sorted(), Notes: site.Notes, InlineIgnored: agg.ignored}
}

// Subject is what a finding is about: a cookie a header or a script set
// (*Observed), a script's operation on a cookie (*ScriptOp), a response as a
// whole (*Response), or a cookie a response concerns without setting it
// (ResponseCookie).
type Subject interface {
	// occurrence is where the subject was seen and what tells it apart
	// from other subjects of the same rule.
	occurrence() occurrence
	// describe fills in the cookie and evidence of a new finding.
	describe(f *Finding, a *aggregator)
}

// ResponseCookie is a cookie a response concerns without setting it: one
// named in its URL, or one a browser still holds after it.
type ResponseCookie struct {
	Response *Response
	Name     string
}

// Diagnostic is one report of a rule, before the engine folds the same
// report from every place it was seen into one finding.
type Diagnostic struct {
	// At is what the finding is about; it must be set.
	At Subject
	// Severity overrides the rule's default when set, for instance by
	// cookie class.
	Severity Severity
	Message  string
	// Evidence, when set, replaces the evidence taken from At (the
	// Set-Cookie header or the script's source).
	Evidence string
}

// Report files a finding.
func (p *Pass) Report(d Diagnostic) { p.agg.add(p.Rule, d) }

// Reportf files a finding about at with the rule's default severity and a
// message formatted as by fmt.Sprintf.
func (p *Pass) Reportf(at Subject, format string, args ...any) {
	p.agg.add(p.Rule, Diagnostic{At: at, Message: fmt.Sprintf(format, args...)})
}
