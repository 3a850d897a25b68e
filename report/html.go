package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/setcookie"
)

// HTML writes one self-contained page to open in a browser and forward:
// a summary with a bar chart of the findings per severity, a matrix of
// every cookie seen with its flags and verdicts, and the findings grouped
// by rule with the rule's explanation and examples. Styles and the small
// script that filters by severity and host are inline, and the page
// allows no other source, so it reads the same offline; without
// JavaScript it shows everything. html/template escapes every value, and
// control characters are shown as \xNN, as in the other formats.
type HTML struct {
	// FailOn is the least severity the verdict counts as failing; 0 counts none.
	FailOn rules.Severity
}

// HTMLWriter returns the HTML writer for a --fail-on threshold.
func HTMLWriter(failOn rules.Severity) Writer {
	return HTML{FailOn: failOn}
}

// htmlMaxText caps one piece of text, so that one huge value cannot swamp the page.
const htmlMaxText = 4000

//go:embed html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"text": func(s string) string { return visible(clipText(s, htmlMaxText)) },
}).Parse(htmlSource))

// htmlPage is what the template shows.
type htmlPage struct {
	Result         *Result
	Started        string
	Duration       string
	Verdict        string
	Failing        bool
	Bars           []htmlBar
	Severities     []string
	Hosts          []string
	Groups         []*htmlGroup
	Cookies        []htmlCookie
	FindingsShown  int
	ChartHeight    int
	CookiesLeftOut int
}

// htmlBar is one severity's bar of the chart.
type htmlBar struct {
	Severity string
	Count    int
	Y, Width int
}

// htmlGroup is the findings of one rule, with what the rule says.
type htmlGroup struct {
	ID, Title, Severity string
	Default             string
	CWE                 int
	Doc                 []string
	Examples            []htmlExamples
	Findings            []htmlFinding
}

type htmlExamples struct {
	Label  string
	Blocks []string
}

type htmlFinding struct {
	*rules.Finding
	Host, Cookie, Where string
	URLs                []string
}

// htmlCookie is a row of the cookie matrix.
type htmlCookie struct {
	*rules.SeenCookie
	Host, Where, Lifetime, Verdict, Chromium string
	Oversize                                 bool
	Findings                                 []htmlRef
	Worst                                    string
}

// htmlRef names a finding of a cookie by its rule.
type htmlRef struct{ Rule, Severity string }

// Write writes r as an HTML page.
func (h HTML) Write(w io.Writer, r *Result) error {
	if err := htmlTemplate.Execute(w, h.page(r)); err != nil {
		return fmt.Errorf("writing HTML report: %w", err)
	}
	return nil
}

func (h HTML) page(r *Result) *htmlPage {
	findings := sortedFindings(r.Findings)
	p := &htmlPage{
		Result:   r,
		Started:  r.Stats.StartedAt.UTC().Format(time.RFC3339),
		Duration: fmt.Sprintf("%.1f s", r.Stats.Duration),
		// The colour of the verdict says what Markdown's emoji says.
		Verdict: strings.TrimLeft(Markdown(h).verdict(r, findings), "✅❌ "),
	}
	p.Failing = slices.ContainsFunc(findings, func(f *rules.Finding) bool { return failing(f, h.FailOn) })
	counts := map[rules.Severity]int{}
	for _, f := range findings {
		counts[f.Severity]++
	}
	most := 1
	for _, n := range counts {
		most = max(most, n)
	}
	for s := rules.Critical; s >= rules.Info; s-- {
		p.Severities = append(p.Severities, s.String())
		p.Bars = append(p.Bars, htmlBar{Severity: s.String(), Count: counts[s], Y: len(p.Bars) * 24, Width: counts[s] * 300 / most})
	}
	p.ChartHeight = len(p.Bars) * 24
	hosts := map[string]bool{}
	byRule := map[string]*htmlGroup{}
	for _, f := range findings {
		g := byRule[f.Rule]
		if g == nil {
			g = newGroup(f, r.Rules)
			byRule[f.Rule] = g
			p.Groups = append(p.Groups, g)
		}
		hf := htmlFinding{Finding: f, Host: findingHost(f), Cookie: junitCookie(f), Where: where(f)}
		for _, u := range f.URLs {
			hf.URLs = append(hf.URLs, visible(u))
		}
		g.Findings = append(g.Findings, hf)
		hosts[hf.Host] = true
	}
	for _, c := range r.Cookies {
		if c == nil {
			continue
		}
		hc := matrixRow(c, findings)
		hosts[hc.Host] = true
		p.Cookies = append(p.Cookies, hc)
	}
	delete(hosts, "")
	for host := range hosts {
		p.Hosts = append(p.Hosts, host)
	}
	slices.Sort(p.Hosts)
	return p
}

// newGroup starts the group of f's rule, with the rule's documentation
// when the result or the registry knows the rule.
func newGroup(f *rules.Finding, ran []*rules.Rule) *htmlGroup {
	g := &htmlGroup{ID: f.Rule, Title: f.Title, Severity: f.Severity.String(), CWE: f.CWE}
	i := slices.IndexFunc(ran, func(r *rules.Rule) bool { return r != nil && r.ID == f.Rule })
	rule := rules.ByID(f.Rule)
	if i >= 0 {
		rule = ran[i]
	}
	if rule == nil {
		return g
	}
	g.Title, g.Default, g.CWE = rule.Title, rule.Severity.String(), rule.CWE
	for para := range strings.SplitSeq(rule.Doc, "\n\n") {
		g.Doc = append(g.Doc, strings.Join(strings.Fields(para), " "))
	}
	for _, eg := range exampleGroups(rule) {
		if len(eg.examples) == 0 {
			continue
		}
		ex := htmlExamples{Label: eg.label}
		for _, e := range eg.examples {
			ex.Blocks = append(ex.Blocks, strings.Join(exampleLines(e), "\n"))
		}
		g.Examples = append(g.Examples, ex)
	}
	return g
}

// findingHost is the host a finding was seen on, else its file.
func findingHost(f *rules.Finding) string {
	if u, err := url.Parse(f.URL); err == nil && u.Hostname() != "" {
		return visible(u.Hostname())
	}
	if f.Location != nil {
		return visible(f.Location.File)
	}
	return ""
}

// matrixRow is a cookie's row: its flags in words and the findings about it.
func matrixRow(c *rules.SeenCookie, findings []*rules.Finding) htmlCookie {
	hc := htmlCookie{SeenCookie: c, Lifetime: lifetime(c), Oversize: c.Size > 4096, Worst: "none"}
	switch u, err := url.Parse(c.URL); {
	case err == nil && u.Hostname() != "":
		hc.Host, hc.Where = visible(u.Hostname()), visible(c.URL)
	case c.Location != nil:
		hc.Host = visible(c.Location.File)
		hc.Where = where(&rules.Finding{Location: c.Location})
	default:
		hc.Host = visible(c.Domain)
	}
	hc.Verdict = "stored"
	if !c.Stored {
		why := make([]string, len(c.Reasons))
		for i, r := range c.Reasons {
			why[i] = setcookie.Reason(r).Describe()
		}
		hc.Verdict = "rejected: " + strings.Join(why, " ")
	}
	if v := c.Chromium; v != nil {
		hc.Chromium = "stored"
		if !v.Stored {
			hc.Chromium = "blocked: " + strings.Join(v.Reasons, ", ")
		}
	}
	var worst rules.Severity
	for _, f := range findings {
		if f.Cookie == nil || f.Cookie.Name != c.Name || f.Cookie.Domain != c.Domain || f.Cookie.Path != c.Path && c.SetBy != "script" {
			continue
		}
		ref := htmlRef{Rule: f.Rule, Severity: f.Severity.String()}
		if !slices.Contains(hc.Findings, ref) {
			hc.Findings = append(hc.Findings, ref)
		}
		worst = max(worst, f.Severity)
	}
	if worst > 0 {
		hc.Worst = worst.String()
	}
	return hc
}

// lifetime says how long a browser keeps a cookie, in words.
func lifetime(c *rules.SeenCookie) string {
	if c.Deletion {
		return "deletes"
	}
	if c.LifetimeSeconds == 0 {
		return "session"
	}
	d := time.Duration(c.LifetimeSeconds) * time.Second
	var s string
	switch {
	case d >= 24*time.Hour:
		s = plural(int(d/(24*time.Hour)), "day")
	case d >= time.Hour:
		s = plural(int(d/time.Hour), "hour")
	case d >= time.Minute:
		s = plural(int(d/time.Minute), "minute")
	default:
		s = plural(int(d/time.Second), "second")
	}
	if c.Clamped {
		s += " (capped)"
	}
	return s
}
