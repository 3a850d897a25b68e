package rules

import (
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
	site := BuildSite(ev, opts.Now, opts.Classifier)
	agg := &aggregator{opts: opts, byKey: map[string]*Finding{}}
	for _, r := range ruleset {
		r.Check(&Pass{Rule: r, Site: site, agg: agg})
	}
	return &Outcome{Findings: agg.sorted(), Notes: site.Notes}
}

// Report files a finding about a cookie; severity 0 means the rule's default.
func (p *Pass) Report(o *Observed, severity Severity, message string) {
	p.agg.add(p.Rule, severity, message, o.where(), o.Cookie.Name, func(f *Finding) {
		f.Cookie = &CookieRef{Name: o.Cookie.Name, Domain: o.Eval.Domain, Path: o.Eval.Path, Class: o.Class}
		if o.Response.Parsed == nil {
			f.Cookie.Domain = o.Cookie.Domain
		}
		if o.Cookie.Value != "" {
			f.Cookie.Value = p.agg.redact(o.Cookie.Value)
		}
		f.Evidence = "Set-Cookie: " + p.agg.redactLine(o.Cookie)
	}, o.Eval.Domain, o.Eval.Path, attributeSignature(o.Cookie))
}

// ReportResponse files a finding about a response rather than one cookie;
// name, when not empty, is the cookie concerned.
func (p *Pass) ReportResponse(r *Response, name string, severity Severity, message, evidence string) {
	p.agg.add(p.Rule, severity, message, r.at(r.Line, 0), name, func(f *Finding) {
		if name != "" {
			f.Cookie = &CookieRef{Name: name, Domain: r.Host(), Path: "/"}
		}
		f.Evidence = evidence
	}, "", "/", "")
}
