package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cookiescan/cookiescan/rules"
)

func TestJUnitGolden(t *testing.T) {
	for _, tc := range []struct {
		file   string
		result *Result
	}{
		{"junit.xml", withRules(fixture())},
		{"empty-junit.xml", withRules(emptyFixture())},
	} {
		t.Run(tc.file, func(t *testing.T) {
			compareGolden(t, tc.file, writeJUnit(t, JUnitWriter(rules.High), tc.result))
		})
	}
}

// writeJUnit writes r with w.
func writeJUnit(t *testing.T, w Writer, r *Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := w.Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// junitRead is JUnit XML as CI tools read it.
type junitRead struct {
	XMLName  xml.Name `xml:"testsuites"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Errors   int      `xml:"errors,attr"`
	Suites   []struct {
		Name       string `xml:"name,attr"`
		Tests      int    `xml:"tests,attr"`
		Failures   int    `xml:"failures,attr"`
		Errors     int    `xml:"errors,attr"`
		Skipped    int    `xml:"skipped,attr"`
		Timestamp  string `xml:"timestamp,attr"`
		Properties []struct {
			Name  string `xml:"name,attr"`
			Value string `xml:"value,attr"`
		} `xml:"properties>property"`
		Cases []struct {
			Classname string `xml:"classname,attr"`
			Name      string `xml:"name,attr"`
			File      string `xml:"file,attr"`
			Failure   *struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			Errors []struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
			} `xml:"error"`
			SystemOut *string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

// readJUnit decodes data with encoding/xml, which rejects malformed XML
// and characters XML 1.0 forbids, and checks the counts add up.
func readJUnit(t *testing.T, data []byte) junitRead {
	t.Helper()
	if !bytes.HasPrefix(data, []byte(`<?xml version="1.0" encoding="UTF-8"?>`+"\n")) {
		t.Errorf("no XML declaration:\n%s", data)
	}
	if !utf8.Valid(data) {
		t.Error("output is not UTF-8")
	}
	for _, r := range string(data) {
		if !xmlChar(r) {
			t.Errorf("output holds %U, which XML 1.0 forbids", r)
		}
	}
	var doc junitRead
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("output is not well-formed XML: %v\n%s", err, data)
	}
	if len(doc.Suites) != 1 || doc.Suites[0].Name != "cookiescan" {
		t.Fatalf("want one testsuite named cookiescan, got %d", len(doc.Suites))
	}
	s := doc.Suites[0]
	failures, errs := 0, 0
	names := map[string]bool{}
	for _, c := range s.Cases {
		key := c.Classname + " / " + c.Name
		if names[key] {
			t.Errorf("two test cases named %q", key)
		}
		names[key] = true
		if c.Failure != nil {
			failures++
		}
		if len(c.Errors) > 0 {
			errs++
		}
	}
	if s.Tests != len(s.Cases) || s.Failures != failures || s.Errors != errs || s.Skipped != 0 {
		t.Errorf("testsuite says tests=%d failures=%d errors=%d skipped=%d; it holds %d cases, %d failing, %d in error",
			s.Tests, s.Failures, s.Errors, s.Skipped, len(s.Cases), failures, errs)
	}
	if doc.Tests != s.Tests || doc.Failures != s.Failures || doc.Errors != s.Errors {
		t.Errorf("testsuites totals %d/%d/%d differ from the testsuite's %d/%d/%d", doc.Tests, doc.Failures, doc.Errors, s.Tests, s.Failures, s.Errors)
	}
	if s.Tests == 0 {
		t.Error(`tests="0": Jenkins fails the build on an empty report`)
	}
	return doc
}

// xmlChar reports whether XML 1.0 allows r in a document.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

func TestJUnitCases(t *testing.T) {
	doc := readJUnit(t, writeJUnit(t, JUnitWriter(rules.High), withRules(fixture())))
	s := doc.Suites[0]
	// Most severe first, then rules without findings, then the errors.
	want := []struct {
		name               string
		failure, systemOut bool
	}{
		{"cleartext-cookie / token @ captures/shop.har", true, false},
		{"missing-httponly / sid @ app.example.com", true, false},
		{`malformed-cookie / \x1b[2Jevil @ captures/shop.har`, false, true},
		{"samesite-missing / prefs @ app.example.com", false, true},
		{"too-many-cookies / (no cookie) @ app.example.com", false, true},
		{"js-sets-auth-cookie / no findings", false, false},
		{"cookiescan / cookiescan errors", false, false},
	}
	if len(s.Cases) != len(want) {
		t.Fatalf("%d test cases, want %d", len(s.Cases), len(want))
	}
	for i, c := range s.Cases {
		w := want[i]
		if got := c.Classname + " / " + c.Name; got != w.name {
			t.Errorf("case %d is %q, want %q", i, got, w.name)
		}
		if (c.Failure != nil) != w.failure || (c.SystemOut != nil) != w.systemOut {
			t.Errorf("%s: failure %v, system-out %v; want %v, %v", w.name, c.Failure != nil, c.SystemOut != nil, w.failure, w.systemOut)
		}
	}
	c := s.Cases[1]
	if c.Failure.Type != "high" || !strings.HasPrefix(c.Failure.Message, "Session cookie sid is readable") {
		t.Errorf("failure = type %q message %q", c.Failure.Type, c.Failure.Message)
	}
	for _, part := range []string{"high missing-httponly: Cookie readable by scripts", "https://app.example.com/account", "seen: 3 times",
		"evidence:\n  Set-Cookie: sid=[redacted]; Path=/; Secure", "fingerprint: 8c1d7e0b5a4f3e2d1c0b9a8f7e6d5c4b", "help: https://github.com/cookiescan/cookiescan/blob/main/docs/rules.md#missing-httponly"} {
		if !strings.Contains(c.Failure.Text, part) {
			t.Errorf("failure details lack %q:\n%s", part, c.Failure.Text)
		}
	}
	if s.Cases[0].File != "captures/shop.har" || s.Cases[1].File != "" {
		t.Errorf("file attributes %q, %q: want the file for a finding in one only", s.Cases[0].File, s.Cases[1].File)
	}
	errCase := s.Cases[len(s.Cases)-1]
	if len(errCase.Errors) != 1 || errCase.Errors[0].Message != fixture().Errors[0] || errCase.Errors[0].Type != "scan-error" {
		t.Errorf("errors = %+v", errCase.Errors)
	}
	props := map[string]string{}
	for _, p := range s.Properties {
		props[p.Name] += p.Value + ";"
	}
	if props["fail-on"] != "high;" || props["target"] != "https://app.example.com/;captures/shop.har;" || props["cookiescan.version"] != "1.4.0;" {
		t.Errorf("properties = %v", props)
	}
	if s.Timestamp != "2025-03-14T09:26:53" {
		t.Errorf("timestamp = %q", s.Timestamp)
	}
}

func TestJUnitThreshold(t *testing.T) {
	for _, tc := range []struct {
		failOn   rules.Severity
		failures int
	}{
		{rules.Critical, 1}, {rules.High, 2}, {rules.Medium, 3}, {rules.Low, 4}, {rules.Info, 5}, {0, 0},
	} {
		t.Run(thresholdName(tc.failOn), func(t *testing.T) {
			doc := readJUnit(t, writeJUnit(t, JUnitWriter(tc.failOn), withRules(fixture())))
			if got := doc.Suites[0].Failures; got != tc.failures {
				t.Errorf("%d failures, want %d", got, tc.failures)
			}
			// Below the threshold is still reported, as a passing case.
			if got := doc.Suites[0].Tests; got != 7 {
				t.Errorf("%d tests, want 7 whatever the threshold", got)
			}
		})
	}
}

func TestJUnitNeverEmpty(t *testing.T) {
	clean := readJUnit(t, writeJUnit(t, JUnit{FailOn: rules.High}, withRules(emptyFixture())))
	if got := clean.Suites[0].Tests; got != len(ciRuleIDs) || clean.Suites[0].Failures != 0 {
		t.Errorf("clean scan: %d tests, %d failures; want one passing case per rule (%d)", got, clean.Suites[0].Failures, len(ciRuleIDs))
	}
	for _, c := range clean.Suites[0].Cases {
		if c.Name != "no findings" {
			t.Errorf("clean scan has case %s / %s", c.Classname, c.Name)
		}
	}
	bare := readJUnit(t, writeJUnit(t, JUnit{FailOn: rules.High}, emptyFixture()))
	if c := bare.Suites[0].Cases; len(c) != 1 || c[0].Classname != "cookiescan" || c[0].Name != "scan" {
		t.Errorf("no rules, no findings: cases %+v, want the one passing scan case", c)
	}
	partial := emptyFixture()
	partial.Partial = true
	if c := readJUnit(t, writeJUnit(t, JUnit{}, partial)).Suites[0].Cases; len(c) != 1 || len(c[0].Errors) != 1 || c[0].Errors[0].Type != "partial" {
		t.Errorf("partial report without error lines: cases %+v, want one error saying it is partial", c)
	}
}

// Findings of one rule about one cookie on one host are one test case,
// whatever the path, so case names stay stable.
func TestJUnitGroupsByRuleCookieHost(t *testing.T) {
	r := withRules(emptyFixture())
	for i, u := range []string{"https://app.example.com/a?x=1", "https://app.example.com/b", "https://APP.example.com:443/c"} {
		r.Findings = append(r.Findings, &rules.Finding{
			Rule: "missing-httponly", Severity: rules.Severity(3 + i%2), Title: "T", Message: fmt.Sprintf("finding %d", i),
			Cookie: &rules.CookieRef{Name: "sid", Path: fmt.Sprintf("/%d", i)}, URL: u, Occurrences: 1, Fingerprint: fmt.Sprint(i),
		})
	}
	doc := readJUnit(t, writeJUnit(t, JUnitWriter(rules.High), r))
	var named []string
	for _, c := range doc.Suites[0].Cases {
		if c.Classname == "missing-httponly" {
			named = append(named, c.Name)
			if c.Name == "sid @ app.example.com" && (c.Failure == nil || strings.Count(c.Failure.Text, "missing-httponly: T") != 2) {
				t.Errorf("%s: want a failure with both findings' details, got %+v", c.Name, c.Failure)
			}
		}
	}
	if want := []string{"sid @ app.example.com", "sid @ app.example.com:443"}; strings.Join(named, ",") != strings.Join(want, ",") {
		t.Errorf("cases %q, want %q", named, want)
	}
}

// Text from hostile sites cannot break the XML or smuggle in characters
// XML forbids.
func TestJUnitHostileText(t *testing.T) {
	nasty := "a\x00b\x1b[2J\x7f\xff\xfe]]><![CDATA[\"'&<script>\uFFFE\u202E\r\nz"
	r := withRules(emptyFixture())
	r.Targets = []string{nasty}
	r.Errors = []string{nasty}
	r.Findings = []*rules.Finding{{
		Rule: nasty, Severity: rules.Critical, Title: nasty, Message: nasty, Evidence: nasty + "\nline two ]]>",
		Cookie: &rules.CookieRef{Name: nasty, Domain: nasty, Path: nasty, Value: "s3cr3t-cookie-value", Class: rules.Class(nasty)},
		URL:    "https://" + nasty, Location: &rules.Location{File: nasty, Line: 1}, Occurrences: 2, URLs: []string{nasty}, Fingerprint: nasty,
	}}
	data := writeJUnit(t, JUnitWriter(rules.High), r)
	doc := readJUnit(t, data)
	if bytes.Contains(data, []byte("s3cr3t-cookie-value")) {
		t.Error("the output holds a cookie value")
	}
	c := doc.Suites[0].Cases[0]
	if c.Failure == nil || !strings.Contains(c.Failure.Text, `]]><![CDATA["'&<script>`) || !strings.Contains(c.Failure.Text, "line two ]]>") {
		t.Errorf("details do not survive the round trip: %+v", c.Failure)
	}
	if want := xmlSafe(nasty); c.Failure.Message != want {
		t.Errorf("failure message = %q, want %q", c.Failure.Message, want)
	}
}

func TestCIFormatsRegistered(t *testing.T) {
	for name, want := range map[string]Writer{
		"sarif":    SARIF{},
		"junit":    JUnit{FailOn: rules.High},
		"markdown": Markdown{FailOn: rules.High},
	} {
		got, err := ForFormat(name, true)
		if err != nil || got != want {
			t.Errorf("ForFormat(%q) = %#v, %v; want %#v", name, got, err, want)
		}
	}
	if JUnitWriter(rules.Critical) != (JUnit{FailOn: rules.Critical}) || MarkdownWriter(0) != (Markdown{}) {
		t.Error("JUnitWriter and MarkdownWriter do not carry the threshold")
	}
}
