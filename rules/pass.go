package rules

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/script"
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
	// MaxFindings caps the distinct findings kept; zero means
	// DefaultMaxFindings. Occurrences of findings already kept still count.
	MaxFindings int
}

// Pass is what one rule sees: the site model built from the evidence (or
// from the part of it being judged), and a way to report.
type Pass struct {
	Rule *Rule
	Site *Site
	agg  *aggregator
	// seen holds the values the rule already judged, across the parts.
	seen *valueSet
	// sentSeen holds the values sentTokens yielded, across the parts.
	sentSeen *valueSet
}

// valueSet holds cookie names and values, by valueKey.
type valueSet struct {
	keys map[uint64]struct{}
}

// Secrets are the signing secrets to try against signed cookies.
// The built-in list is loaded the first time a cookie needs it.
func (p *Pass) Secrets() []token.Secret {
	if s := p.agg.opts.Secrets; s != nil {
		return s
	}
	return token.BuiltinSecrets()
}

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
	// Disagreements are the cookies a browser stored or blocked against the model's verdict.
	Disagreements []Disagreement
	// Responses and Cookies count the responses and Set-Cookie lines judged.
	Responses, Cookies int
	// Limits say which bounds cut the judging short, with the number reached.
	Limits []string
	// InlineIgnored lists the reports silenced by cookiescan-ignore
	// comments, one per report.
	InlineIgnored []InlineIgnore
	// SeenCookies are the distinct cookies judged, in the order first
	// seen, at most MaxSeenCookies; SeenCookiesLeftOut counts the rest.
	SeenCookies        []*SeenCookie
	SeenCookiesLeftOut int
}

// Judge is Run with the notes.
func Judge(ev *evidence.Evidence, opts Options) *Outcome {
	return JudgeContext(context.Background(), ev, opts)
}

// JudgeContext is Judge that stops when ctx ends: the outcome then holds the
// findings of the evidence judged so far, and a limit saying so.
func JudgeContext(ctx context.Context, ev *evidence.Evidence, opts Options) *Outcome {
	return NewJudgement(ctx, opts).Judge(ev)
}

// Bounds of a judgement.
const (
	// DefaultMaxFindings is how many distinct findings a run keeps when
	// Options.MaxFindings is zero.
	DefaultMaxFindings = 10000
	// partResponses and partCookies bound the responses held at once by a
	// judgement: a part is judged when either is reached.
	partResponses = 1024
	partCookies   = 20000
	// maxSeenValues bounds, per rule, the values remembered as judged: past
	// it, a value seen again is judged again and counted twice.
	maxSeenValues = 1 << 16
)

// Judgement judges responses as they come, a part at a time, so that a
// capture of any size is judged in bounded memory: between parts it keeps
// only what later responses can change (the cookie jars, the counts that
// span the whole evidence, the findings).
type Judgement struct {
	ctx     context.Context
	opts    Options
	ruleset []*Rule
	builder *siteBuilder
	agg     *aggregator
	// inventory lists the cookies judged, across the parts.
	inventory *inventory
	seen      map[*Rule]*valueSet
	// sentSeen holds the values sentTokens yielded, for every rule.
	sentSeen *valueSet
	pending  []*evidence.Response
	// partSize is how many responses make a part (partResponses).
	partSize int
	cookies  int // Set-Cookie lines in pending
	judged   int // responses judged by every rule
	skipped  int // responses not judged, once ctx ended
	// disagreements are where a browser's verdicts differ from the model's.
	disagreements []Disagreement
	// analysed are the scripts analysed as they came (AddScript).
	analysed analysedScripts
}

// analysedScripts are the analyses of scripts made before the judging of
// the whole evidence.
type analysedScripts struct {
	mu       sync.Mutex
	byScript map[*evidence.Script]*script.Result
}

// NewJudgement starts judging with opts; ctx bounds the time the judging takes.
func NewJudgement(ctx context.Context, opts Options) *Judgement {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	if opts.Classifier == nil {
		opts.Classifier = DefaultClassifier
	}
	if opts.MaxURLs == 0 {
		opts.MaxURLs = 5
	}
	if opts.MaxFindings == 0 {
		opts.MaxFindings = DefaultMaxFindings
	}
	ruleset := opts.Rules
	if ruleset == nil {
		ruleset = All
	}
	return &Judgement{
		ctx: ctx, opts: opts, ruleset: ruleset, partSize: partResponses,
		builder:   newSiteBuilder(opts.Now, opts.Classifier),
		agg:       &aggregator{opts: opts, byKey: map[string]*Finding{}},
		inventory: newInventory(opts),
		seen:      map[*Rule]*valueSet{}, sentSeen: &valueSet{},
	}
}

// Add judges a response, in the order received; the judging of a part of
// the evidence may wait for the responses after it.
func (j *Judgement) Add(r *evidence.Response) {
	if j.ctx.Err() != nil {
		j.skipped++
		return
	}
	j.pending = append(j.pending, r)
	j.cookies += len(r.SetCookie)
	if len(j.pending) >= j.partSize || j.cookies >= partCookies {
		j.check(j.builder.part(j.take()))
	}
}

// JudgePending judges the responses added and not judged yet as a part of
// their own, when there are at least atLeast of them, rather than waiting
// for a whole part: a caller handing responses over as they come calls it
// while it waits for more. Parts of any size find what judging at once finds.
func (j *Judgement) JudgePending(atLeast int) {
	if len(j.pending) == 0 || len(j.pending) < atLeast || j.ctx.Err() != nil {
		return
	}
	j.check(j.builder.part(j.take()))
}

// AddScript analyses a script of the evidence ahead of Finish, which then
// uses that analysis. It is safe for concurrent use (see
// scanner.LoadOptions.Scripts): scripts read on several goroutines are
// analysed on them, right after they were read.
func (j *Judgement) AddScript(sc *evidence.Script) {
	if j.ctx.Err() != nil {
		return
	}
	res := analyseScript(sc)
	j.analysed.mu.Lock()
	defer j.analysed.mu.Unlock()
	if j.analysed.byScript == nil {
		j.analysed.byScript = map[*evidence.Script]*script.Result{}
	}
	j.analysed.byScript[sc] = res
}

// Judge judges the whole of ev, responses included, with a judgement that
// has had no response yet; its scripts may have been analysed already
// (AddScript), as a crawl recorded them.
func (j *Judgement) Judge(ev *evidence.Evidence) *Outcome {
	j.builder.lifecycle = ev.Lifecycle
	for _, r := range ev.Responses {
		j.Add(r)
	}
	return j.Finish(ev)
}

// take hands over the pending responses.
func (j *Judgement) take() []*evidence.Response {
	part := j.pending
	j.pending, j.cookies = nil, 0
	return part
}

// Finish judges what is pending and the rest of ev (its scripts and
// samples; its responses must have gone through Add) and returns the outcome.
func (j *Judgement) Finish(ev *evidence.Evidence) *Outcome {
	site := j.builder.part(j.take())
	if j.ctx.Err() == nil {
		j.analysed.mu.Lock()
		byScript := j.analysed.byScript
		j.analysed.mu.Unlock()
		j.builder.finish(site, ev, byScript)
	}
	j.check(site)
	out := &Outcome{
		Findings:      j.agg.sorted(),
		Notes:         site.Notes,
		Responses:     j.builder.responses,
		Disagreements: j.disagreements,
		Cookies:       j.builder.cookies,
		InlineIgnored: j.agg.ignored,

		SeenCookies:        j.inventory.order,
		SeenCookiesLeftOut: j.inventory.leftOut.n,
	}
	if j.ctx.Err() != nil {
		out.Limits = append(out.Limits, fmt.Sprintf("judging stopped (%v) after %d of %d responses", context.Cause(j.ctx), j.judged, j.builder.responses+j.skipped))
	}
	if j.agg.dropped.n > 0 {
		out.Limits = append(out.Limits, fmt.Sprintf("max findings: kept the first %d distinct findings, left out %d more", j.opts.MaxFindings, j.agg.dropped.n))
	}
	return out
}

// check runs every rule over one part of the evidence.
func (j *Judgement) check(site *Site) {
	for _, r := range j.ruleset {
		if j.ctx.Err() != nil {
			return
		}
		seen := j.seen[r]
		if seen == nil {
			seen = &valueSet{}
			j.seen[r] = seen
		}
		r.Check(&Pass{Rule: r, Site: site, agg: j.agg, seen: seen, sentSeen: j.sentSeen})
	}
	j.judged += len(site.Responses)
	j.inventory.add(site)
	j.disagreements = append(j.disagreements, site.Disagreements...)
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
	// Secret, when set, is the signing secret this report proved, as it may
	// be shown: its source, or with --show-values the secret itself. The
	// finding keeps each distinct one, so several responses signed with
	// different weak secrets do not hide all but the first.
	Secret string
	// secretID tells secrets apart when Secret shows only their source: two
	// secrets of one list are still two. It is never shown.
	secretID string
	// Confidence is how sure the rule is [Certain].
	Confidence Confidence
}

// Report files a finding.
func (p *Pass) Report(d Diagnostic) { p.agg.add(p.Rule, d, nil) }

// reportLazily files a finding whose message is built only when the
// finding takes it: most reports of a cookie met on every page add an
// occurrence to a finding kept already.
func (p *Pass) reportLazily(d Diagnostic, message func() string) { p.agg.add(p.Rule, d, message) }

// Reportf files a finding about at with the rule's default severity and a
// message formatted as by fmt.Sprintf.
func (p *Pass) Reportf(at Subject, format string, args ...any) {
	p.agg.add(p.Rule, Diagnostic{At: at, Message: fmt.Sprintf(format, args...)}, nil)
}
