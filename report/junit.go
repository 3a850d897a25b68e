package report

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/cookiescan/cookiescan/rules"
)

// JUnit writes JUnit XML for CI test reporters: GitLab's merge-request
// widget, Jenkins' junit step, Azure Pipelines and the like.
//
// The report is one <testsuite name="cookiescan"> inside <testsuites>. Each
// rule, cookie and host (or file) is one test case, with the rule ID as
// classname and "<cookie> @ <host or file>" as name; names hold no values,
// paths or times, so a problem keeps its name from scan to scan and CI can
// tell new failures from fixed ones. A case fails when one of its findings
// is at or above FailOn; a case whose findings are all below it passes and
// shows them in system-out. Every rule that ran without findings passes as
// one case named "no findings", so a clean scan still reports what it
// tested: Jenkins fails a build on an empty report. Scan errors are one case,
// "cookiescan errors", with an <error> per error.
//
// Text from scanned sites is escaped as in the table format, and the
// noncharacters U+FFFE and U+FFFF as \ufffe and \uffff, so the XML holds no
// character XML 1.0 forbids.
type JUnit struct {
	// FailOn is the least severity that fails a test case; 0 fails none.
	FailOn rules.Severity
}

// JUnitWriter returns the JUnit writer for a --fail-on threshold. The
// "junit" entry of the format list fails at high and above.
func JUnitWriter(failOn rules.Severity) Writer {
	return JUnit{FailOn: failOn}
}

// defaultFailOn is the threshold of the junit and markdown formats when the
// caller gives none, matching --fail-on's default.
const defaultFailOn = rules.High

// Fixed names in the JUnit report.
const (
	// junitSuiteName names the test suite, and the class of the cases that are
	// about the scan rather than a rule.
	junitSuiteName = "cookiescan"
	// junitErrorsCase names the case that holds the scan's errors.
	junitErrorsCase = "cookiescan errors"
	// junitCleanCase names the passing case of a rule that found nothing.
	junitCleanCase = "no findings"
	// junitScanCase names the passing case of a scan that knows of no rule
	// that ran and found nothing.
	junitScanCase = "scan"
	// junitNoCookie stands for the cookie in a finding about no one cookie.
	junitNoCookie = "(no cookie)"
)

// The JUnit XML written, in the layout Jenkins' and GitLab's parsers read.
type (
	junitSuites struct {
		XMLName  xml.Name     `xml:"testsuites"`
		Name     string       `xml:"name,attr"`
		Tests    int          `xml:"tests,attr"`
		Failures int          `xml:"failures,attr"`
		Errors   int          `xml:"errors,attr"`
		Time     string       `xml:"time,attr"`
		Suites   []junitSuite `xml:"testsuite"`
	}
	junitSuite struct {
		Name       string          `xml:"name,attr"`
		Tests      int             `xml:"tests,attr"`
		Failures   int             `xml:"failures,attr"`
		Errors     int             `xml:"errors,attr"`
		Skipped    int             `xml:"skipped,attr"`
		Time       string          `xml:"time,attr"`
		Timestamp  string          `xml:"timestamp,attr,omitempty"`
		Properties []junitProperty `xml:"properties>property"`
		Cases      []junitCase     `xml:"testcase"`
	}
	junitProperty struct {
		Name  string `xml:"name,attr"`
		Value string `xml:"value,attr"`
	}
	junitCase struct {
		Classname string `xml:"classname,attr"`
		Name      string `xml:"name,attr"`
		// File is the scanned file, for findings in one.
		File      string         `xml:"file,attr,omitempty"`
		Failure   *junitProblem  `xml:"failure"`
		Errors    []junitProblem `xml:"error"`
		SystemOut *junitText     `xml:"system-out"`
	}
	junitProblem struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Text    string `xml:",cdata"`
	}
	junitText struct {
		Text string `xml:",cdata"`
	}
)

// Write writes r as JUnit XML.
func (j JUnit) Write(w io.Writer, r *Result) error {
	suite := j.suite(r)
	doc := junitSuites{
		Name:     suite.Name,
		Tests:    suite.Tests,
		Failures: suite.Failures,
		Errors:   suite.Errors,
		Time:     suite.Time,
		Suites:   []junitSuite{suite},
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encoding JUnit report: %w", err)
	}
	buf.WriteString("\n")
	_, err := w.Write(buf.Bytes())
	return err
}

// suite builds the test suite: finding cases most severe first, then the
// rules that found nothing in the order they ran, then the errors.
func (j JUnit) suite(r *Result) junitSuite {
	var cases []junitCase
	byKey := map[[2]string]int{}
	found := map[string]bool{}
	for _, f := range sortedFindings(r.Findings) {
		found[f.Rule] = true
		key := [2]string{xmlSafe(f.Rule), xmlSafe(junitCookie(f) + " @ " + junitPlace(f, r.Targets))}
		i, ok := byKey[key]
		if !ok {
			i = len(cases)
			byKey[key] = i
			c := junitCase{Classname: key[0], Name: key[1]}
			if file, ok := lintFile(f); ok {
				c.File = xmlSafe(filepath.ToSlash(file))
			}
			cases = append(cases, c)
		}
		j.add(&cases[i], f)
	}
	for _, rule := range r.Rules {
		if rule != nil && !found[rule.ID] {
			found[rule.ID] = true
			cases = append(cases, junitCase{Classname: xmlSafe(rule.ID), Name: junitCleanCase})
		}
	}
	if errs := scanErrors(r); len(errs) > 0 {
		cases = append(cases, junitCase{Classname: junitSuiteName, Name: junitErrorsCase, Errors: errs})
	}
	if len(cases) == 0 {
		// No rule is known to have run: the scan itself passed.
		cases = append(cases, junitCase{Classname: junitSuiteName, Name: junitScanCase})
	}

	suite := junitSuite{
		Name:       junitSuiteName,
		Tests:      len(cases),
		Time:       fmt.Sprintf("%.3f", r.Stats.Duration),
		Properties: j.properties(r),
		Cases:      cases,
	}
	if !r.Stats.StartedAt.IsZero() {
		// JUnit timestamps carry no zone; this one is UTC.
		suite.Timestamp = r.Stats.StartedAt.UTC().Format("2006-01-02T15:04:05")
	}
	for _, c := range cases {
		if c.Failure != nil {
			suite.Failures++
		}
		if len(c.Errors) > 0 {
			suite.Errors++
		}
	}
	return suite
}

// add puts a finding into its case. Findings come most severe first, so
// the first one at or above the threshold, the worst, names the failure,
// and a case never both fails and has findings in system-out. Details of
// every finding go to the failure when the case fails, to system-out when
// it passes.
func (j JUnit) add(c *junitCase, f *rules.Finding) {
	details := junitDetails(f)
	if c.Failure == nil && failing(f, j.FailOn) {
		c.Failure = &junitProblem{Message: xmlSafe(f.Message), Type: f.Severity.String()}
	}
	if c.Failure != nil {
		c.Failure.Text = joinBlocks(c.Failure.Text, details)
		return
	}
	if c.SystemOut == nil {
		c.SystemOut = &junitText{}
	}
	c.SystemOut.Text = joinBlocks(c.SystemOut.Text, details)
}

// joinBlocks appends block to text, a blank line between them.
func joinBlocks(text, block string) string {
	if text == "" {
		return block
	}
	return text + "\n\n" + block
}

// failing reports whether f is at or above failOn; 0 is a threshold
// nothing reaches, as --fail-on none.
func failing(f *rules.Finding, failOn rules.Severity) bool {
	return failOn > 0 && f.Severity >= failOn
}

// junitCookie is the cookie part of a case name.
func junitCookie(f *rules.Finding) string {
	if f.Cookie == nil {
		return junitNoCookie
	}
	return cookieName(f)
}

// junitPlace is the host a finding was seen on, or its file for a finding
// in one. Paths and queries are left out: they vary where the cookie does
// not.
func junitPlace(f *rules.Finding, targets []string) string {
	if file, ok := lintFile(f); ok {
		return filepath.ToSlash(file)
	}
	page := livePage(f, targets)
	if u, err := url.Parse(page); err == nil && u.Host != "" {
		return strings.ToLower(u.Host)
	}
	return cmp.Or(page, "unknown")
}

// junitDetails is one finding as plain text, one fact a line.
func junitDetails(f *rules.Finding) string {
	lines := []string{
		fmt.Sprintf("%s %s: %s", f.Severity, f.Rule, f.Title),
		f.Message,
		"where: " + where(f),
	}
	if len(f.URLs) > 0 {
		lines = append(lines, "urls: "+strings.Join(f.URLs, " "))
	}
	if f.Occurrences > 1 {
		lines = append(lines, fmt.Sprintf("seen: %d times", f.Occurrences))
	}
	if c := f.Cookie; c != nil {
		lines = append(lines, fmt.Sprintf("cookie: %s (%s), domain %s, path %s", cookieName(f), cmp.Or(string(c.Class), "unknown"), c.Domain, c.Path))
	}
	if f.Confidence != "" {
		lines = append(lines, "confidence: "+string(f.Confidence))
	}
	if f.CWE > 0 {
		lines = append(lines, fmt.Sprintf("cwe: CWE-%d", f.CWE))
	}
	if f.Evidence != "" {
		lines = append(lines, "evidence:")
		for line := range strings.Lines(f.Evidence) {
			lines = append(lines, "  "+strings.TrimRight(line, "\r\n"))
		}
	}
	lines = append(lines, "fingerprint: "+f.Fingerprint)
	if help := helpURI(f.Rule); help != "" {
		lines = append(lines, "help: "+help)
	}
	for i, line := range lines {
		lines[i] = xmlSafe(line)
	}
	return strings.Join(lines, "\n")
}

// scanErrors are the scan's errors as JUnit errors; a partial report
// without an error line still says it is partial.
func scanErrors(r *Result) []junitProblem {
	var errs []junitProblem
	for _, e := range r.Errors {
		errs = append(errs, junitProblem{Message: xmlSafe(e), Type: "scan-error"})
	}
	if r.Partial && len(errs) == 0 {
		errs = append(errs, junitProblem{Message: junitPartialNote, Type: "partial"})
	}
	return errs
}

// junitPartialNote explains a partial report.
const junitPartialNote = "partial report: some targets could not be read or the scan was cut short"

// properties records what was scanned and the threshold cases failed at.
func (j JUnit) properties(r *Result) []junitProperty {
	props := []junitProperty{
		{Name: "cookiescan.version", Value: xmlSafe(r.Tool.Version)},
		{Name: "fail-on", Value: thresholdName(j.FailOn)},
	}
	for _, t := range r.Targets {
		props = append(props, junitProperty{Name: "target", Value: xmlSafe(t)})
	}
	return props
}

// xmlNonChars escapes the two characters visible keeps that XML 1.0 forbids.
var xmlNonChars = strings.NewReplacer("\uFFFE", `\ufffe`, "\uFFFF", `\uffff`)

// xmlSafe is visible for XML: text that holds only characters XML 1.0 allows
// and that cannot move the terminal it may be printed on.
func xmlSafe(s string) string {
	return xmlNonChars.Replace(visible(s))
}

// thresholdName is a --fail-on value as the flag takes it.
func thresholdName(failOn rules.Severity) string {
	if failOn == 0 {
		return "none"
	}
	return failOn.String()
}
