package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/cookiescan/cookiescan/rules"
)

// ciRuleIDs are the rules the CI format tests say ran: those the fixture's
// findings name, and one without findings whose examples are scripts.
var ciRuleIDs = []string{"missing-httponly", "cleartext-cookie", "samesite-missing", "malformed-cookie", "too-many-cookies", "js-sets-auth-cookie"}

// withRules sets r.Rules to ciRuleIDs' rules, in catalog order, and returns r.
func withRules(r *Result) *Result {
	r.Rules = nil
	for _, rule := range rules.All {
		if slices.Contains(ciRuleIDs, rule.ID) {
			r.Rules = append(r.Rules, rule)
		}
	}
	return r
}

func TestCIRulesExist(t *testing.T) {
	if got := len(withRules(fixture()).Rules); got != len(ciRuleIDs) {
		t.Fatalf("found %d of the %d rules %v in rules.All", got, len(ciRuleIDs), ciRuleIDs)
	}
}

func TestSARIFGolden(t *testing.T) {
	for _, tc := range []struct {
		file   string
		result *Result
	}{
		{"sarif.sarif", withRules(fixture())},
		{"empty-sarif.sarif", withRules(emptyFixture())},
	} {
		t.Run(tc.file, func(t *testing.T) {
			compareGolden(t, tc.file, writeSARIF(t, tc.result))
		})
	}
}

// writeSARIF writes r as SARIF.
func writeSARIF(t *testing.T, r *Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (SARIF{}).Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sarifSchemaID is where the SARIF TC publishes the schema. The copy in
// testdata has no $id, so the test registers it under this URL; nothing is
// fetched.
const sarifSchemaID = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"

// sarifSchema compiles the official SARIF 2.1.0 schema from testdata,
// asserting formats (uri, uri-reference, date-time) too.
var sarifSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	f, err := os.Open("testdata/schemas/sarif-2.1.0.json")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(sarifSchemaID, doc); err != nil {
		return nil, err
	}
	return c.Compile(sarifSchemaID)
})

// validateSARIF checks data against the official schema.
func validateSARIF(t *testing.T, data []byte) {
	t.Helper()
	schema, err := sarifSchema()
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v", err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Errorf("SARIF output does not match the SARIF 2.1.0 schema: %v\n%s", err, data)
	}
}

// The validator is strict enough to be worth trusting: it rejects what
// GitHub would.
func TestSARIFSchemaRejectsInvalidLogs(t *testing.T) {
	schema, err := sarifSchema()
	if err != nil {
		t.Fatal(err)
	}
	good := string(writeSARIF(t, withRules(fixture())))
	for name, edit := range map[string][2]string{
		"line 0":          {`"startLine": 120`, `"startLine": 0`},
		"unknown level":   {`"level": "error"`, `"level": "fatal"`},
		"no message text": {`"text": "Session cookie sid`, `"txt": "Session cookie sid`},
		"bad helpUri":     {`"helpUri": "https://`, `"helpUri": "https ://`},
	} {
		t.Run(name, func(t *testing.T) {
			if !strings.Contains(good, edit[0]) {
				t.Fatalf("output lacks %q", edit[0])
			}
			doc, err := jsonschema.UnmarshalJSON(strings.NewReader(strings.Replace(good, edit[0], edit[1], 1)))
			if err != nil {
				t.Fatal(err)
			}
			if schema.Validate(doc) == nil {
				t.Error("the schema accepted it")
			}
		})
	}
}

// sarifCases are results with every kind of place a finding can be.
func sarifCases() map[string]*Result {
	lint := func(findings ...*rules.Finding) *Result {
		r := withRules(emptyFixture())
		r.Targets = []string{"src/"}
		r.Findings = findings
		return r
	}
	finding := func(rule string, loc *rules.Location, url string) *rules.Finding {
		return &rules.Finding{
			Rule: rule, Severity: rules.Medium, Confidence: rules.Firm,
			Title: "Title", Message: "Message.", Location: loc, URL: url,
			Cookie:      &rules.CookieRef{Name: "sid", Domain: "app.example.com", Path: "/", Value: "s3cr3t-cookie-value", Class: rules.ClassSession},
			Occurrences: 1, URLs: []string{}, Fingerprint: "00112233445566778899aabbccddeeff",
		}
	}
	withErrors := withRules(emptyFixture())
	withErrors.Errors = []string{"https://down.example.com/: connection refused", "https://slow.example.com/: \x1b[31mtimeout\x1b[0m"}
	withErrors.Partial = true
	noRules := fixture()
	return map[string]*Result{
		"live":                withRules(fixture()),
		"empty":               withRules(emptyFixture()),
		"empty without rules": emptyFixture(),
		"errors":              withErrors,
		"rules not given":     noRules,
		"lint": lint(
			finding("js-sets-auth-cookie", &rules.Location{File: "src/login.js", Line: 12, Col: 5}, ""),
			finding("missing-httponly", &rules.Location{File: "src/server.py", Line: 0}, ""),
			finding("missing-httponly", &rules.Location{File: "./dumps/with space/ü.http", Line: 3}, ""),
			finding("missing-httponly", &rules.Location{File: "C:report.http", Line: 1}, ""),
			finding("missing-httponly", &rules.Location{File: "/abs/path/app.har", Line: 7, Col: 1}, ""),
		),
		"live places": lint(
			finding("js-sets-auth-cookie", &rules.Location{File: "https://app.example.com/login?next=%2F#top", Line: 40, Col: 9}, "https://app.example.com/login?next=%2F"),
			finding("missing-httponly", nil, "https://staging.example.com:8443/a%20b/c?sid=1"),
			finding("missing-httponly", nil, "http://[::1]:8080/"),
			finding("missing-httponly", nil, "https://user:pass@App.Example.COM"),
			finding("missing-httponly", nil, ""),
			finding("not-a-known-rule", nil, "https://app.example.com/"),
		),
	}
}

// sarifDoc is the part of a SARIF log the GitHub checks read.
type sarifDoc struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Rules []struct {
					ID               string
					ShortDescription struct{ Text string }
					FullDescription  struct{ Text string }
					Help             struct{ Text, Markdown string }
					Properties       struct {
						SecuritySeverity string `json:"security-severity"`
						Tags             []string
					}
				}
			}
		}
		Results []struct {
			RuleID    string
			RuleIndex *int
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string
						URIBaseID string `json:"uriBaseId"`
					}
					Region *struct{ StartLine, StartColumn *int }
				}
			}
			PartialFingerprints map[string]string
		}
		Invocations []struct {
			ExecutionSuccessful        bool
			ToolExecutionNotifications []struct {
				Level   string
				Message struct{ Text string }
			}
		}
	}
}

// Every case is valid SARIF 2.1.0 and meets what GitHub code scanning
// checks on upload.
func TestSARIFValidForGitHub(t *testing.T) {
	for name, r := range sarifCases() {
		t.Run(name, func(t *testing.T) {
			data := writeSARIF(t, r)
			validateSARIF(t, data)
			checkGitHubSARIF(t, data)
			if again := writeSARIF(t, r); !bytes.Equal(data, again) {
				t.Error("writing the same result twice gave different output")
			}
			if bytes.Contains(data, []byte("s3cr3t-cookie-value")) {
				t.Error("the output holds a cookie value")
			}
		})
	}
}

// checkGitHubSARIF checks what GitHub code scanning requires beyond the
// schema: one run, results and rules as arrays, required texts non-empty,
// ruleIndex pointing at ruleId, a location without scheme for every result,
// regions from line 1 and a partial fingerprint.
func checkGitHubSARIF(t *testing.T, data []byte) {
	t.Helper()
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	run := raw["runs"].([]any)[0].(map[string]any)
	if _, ok := run["results"].([]any); !ok {
		t.Errorf("results is %v, want an array", run["results"])
	}
	if _, ok := run["tool"].(map[string]any)["driver"].(map[string]any)["rules"].([]any); !ok {
		t.Error("tool.driver.rules is not an array")
	}

	var doc sarifDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("%d runs, want exactly 1", len(doc.Runs))
	}
	run0 := doc.Runs[0]
	ids := map[string]bool{}
	for _, rule := range run0.Tool.Driver.Rules {
		if ids[rule.ID] {
			t.Errorf("rule %s listed twice", rule.ID)
		}
		ids[rule.ID] = true
		if rule.ShortDescription.Text == "" || rule.FullDescription.Text == "" || rule.Help.Text == "" {
			t.Errorf("rule %s has an empty required description", rule.ID)
		}
		if s, err := strconv.ParseFloat(rule.Properties.SecuritySeverity, 64); err != nil || s <= 0 || s > 10 {
			t.Errorf("rule %s: security-severity %q is not a score in (0, 10]", rule.ID, rule.Properties.SecuritySeverity)
		}
		if !slices.Contains(rule.Properties.Tags, "security") {
			t.Errorf("rule %s: tags %v lack security", rule.ID, rule.Properties.Tags)
		}
	}
	for i, res := range run0.Results {
		where := fmt.Sprintf("result %d (%s)", i, res.RuleID)
		if res.RuleIndex == nil || *res.RuleIndex < 0 || *res.RuleIndex >= len(run0.Tool.Driver.Rules) {
			t.Errorf("%s: ruleIndex %v is not an index into driver.rules", where, res.RuleIndex)
		} else if id := run0.Tool.Driver.Rules[*res.RuleIndex].ID; id != res.RuleID {
			t.Errorf("%s: ruleIndex %d points at %s", where, *res.RuleIndex, id)
		}
		if res.Message.Text == "" {
			t.Errorf("%s: empty message", where)
		}
		if res.PartialFingerprints["cookiescan/v1"] == "" {
			t.Errorf("%s: no cookiescan/v1 partial fingerprint", where)
		}
		if len(res.Locations) == 0 {
			t.Errorf("%s: no location", where)
		}
		for _, loc := range res.Locations {
			uri := loc.PhysicalLocation.ArtifactLocation.URI
			u, err := url.Parse(uri)
			switch {
			case uri == "":
				t.Errorf("%s: empty artifact URI", where)
			case err != nil:
				t.Errorf("%s: artifact URI %q: %v", where, uri, err)
			case u.Scheme != "" && u.Scheme != "file" || strings.HasPrefix(uri, "//"):
				t.Errorf("%s: artifact URI %q has a web scheme or authority, which GitHub rejects", where, uri)
			case strings.HasPrefix(uri, "/"):
				t.Errorf("%s: artifact URI %q begins with a slash, which GitHub rejects", where, uri)
			}
			if reg := loc.PhysicalLocation.Region; reg != nil {
				if reg.StartLine == nil || *reg.StartLine < 1 {
					t.Errorf("%s: region without a startLine >= 1", where)
				}
				if reg.StartColumn != nil && *reg.StartColumn < 1 {
					t.Errorf("%s: startColumn %d < 1", where, *reg.StartColumn)
				}
			}
		}
	}
}

// sarifResults writes r as SARIF and returns its results, decoded.
func sarifResults(t *testing.T, r *Result) []map[string]any {
	t.Helper()
	var raw struct {
		Runs []struct{ Results []map[string]any }
	}
	if err := json.Unmarshal(writeSARIF(t, r), &raw); err != nil {
		t.Fatal(err)
	}
	return raw.Runs[0].Results
}

// get walks a decoded JSON value along keys and indexes.
func get(v any, path ...any) any {
	for _, p := range path {
		switch p := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[p]
		case int:
			s, _ := v.([]any)
			if p >= len(s) {
				return nil
			}
			v = s[p]
		}
	}
	return v
}

func TestSARIFLocations(t *testing.T) {
	results := sarifResults(t, sarifCases()["lint"])
	results = append(results, sarifResults(t, sarifCases()["live places"])...)
	type want struct {
		uri             string
		base, line, col any
		fingerprintHash bool
	}
	wants := map[string]want{
		"src/login.js":               {"src/login.js", sarifSrcRoot, 12.0, 5.0, false},
		"src/server.py":              {"src/server.py", sarifSrcRoot, nil, nil, false},
		"dumps/with space/ü.http":    {"dumps/with%20space/%C3%BC.http", sarifSrcRoot, 3.0, nil, false},
		"C:report.http":              {"./C:report.http", sarifSrcRoot, 1.0, nil, false},
		"/abs/path/app.har":          {"file:///abs/path/app.har", nil, 7.0, 1.0, false},
		"inline script on a page":    {"app.example.com/login", nil, 40.0, 9.0, true},
		"port, escaped path, query":  {"staging.example.com%3A8443/a%20b/c", nil, nil, nil, true},
		"IPv6 host":                  {"%5B%3A%3A1%5D%3A8080/", nil, nil, nil, true},
		"credentials and host case":  {"app.example.com/", nil, nil, nil, true},
		"no URL: the first target":   {"src/", nil, nil, nil, true},
		"rule missing from the list": {"app.example.com/", nil, nil, nil, true},
	}
	order := []string{"src/login.js", "src/server.py", "dumps/with space/ü.http", "C:report.http", "/abs/path/app.har",
		"inline script on a page", "port, escaped path, query", "IPv6 host", "credentials and host case", "no URL: the first target", "rule missing from the list"}
	// Results are sorted most severe first, then by rule, cookie and place;
	// match them to cases by their artifact URI instead.
	byURI := map[string]map[string]any{}
	for _, res := range results {
		uri := get(res, "locations", 0, "physicalLocation", "artifactLocation", "uri").(string)
		if res["ruleId"] == "not-a-known-rule" {
			uri = "unknown rule " + uri
		}
		byURI[uri] = res
	}
	for _, name := range order {
		w := wants[name]
		key := w.uri
		if name == "rule missing from the list" {
			key = "unknown rule " + key
		}
		res, ok := byURI[key]
		if !ok {
			t.Errorf("%s: no result at %q (have %v)", name, w.uri, slices.Sorted(maps.Keys(byURI)))
			continue
		}
		loc := get(res, "locations", 0, "physicalLocation")
		if got := get(loc, "artifactLocation", "uriBaseId"); got != w.base {
			t.Errorf("%s: uriBaseId = %v, want %v", name, got, w.base)
		}
		if got := get(loc, "region", "startLine"); got != w.line {
			t.Errorf("%s: startLine = %v, want %v", name, got, w.line)
		}
		if got := get(loc, "region", "startColumn"); got != w.col {
			t.Errorf("%s: startColumn = %v, want %v", name, got, w.col)
		}
		_, hasHash := get(res, "partialFingerprints").(map[string]any)["primaryLocationLineHash"]
		if hasHash != w.fingerprintHash {
			t.Errorf("%s: primaryLocationLineHash present = %v, want %v", name, hasHash, w.fingerprintHash)
		}
	}
}

func TestSARIFResultContent(t *testing.T) {
	results := sarifResults(t, withRules(fixture()))
	if len(results) != 5 {
		t.Fatalf("%d results, want 5", len(results))
	}
	// Most severe first, as the table.
	var order []string
	for _, res := range results {
		order = append(order, res["ruleId"].(string))
	}
	if want := []string{"cleartext-cookie", "missing-httponly", "malformed-cookie", "samesite-missing", "too-many-cookies"}; !slices.Equal(order, want) {
		t.Errorf("results in order %v, want %v", order, want)
	}
	sid := results[1]
	msg := get(sid, "message", "text").(string)
	for _, part := range []string{"Session cookie sid is readable", "https://app.example.com/login/callback?next=%2Fdashboard&state=af81c2", "seen 3 times"} {
		if !strings.Contains(msg, part) {
			t.Errorf("message %q lacks %q", msg, part)
		}
	}
	props := get(sid, "properties").(map[string]any)
	if props["cookie"] != "sid" || props["cookieClass"] != "session" || props["severity"] != "high" || props["occurrences"] != 3.0 {
		t.Errorf("properties = %v", props)
	}
	if _, ok := props["value"]; ok {
		t.Error("properties hold the cookie value")
	}
	if get(sid, "level") != "error" || get(sid, "partialFingerprints", "cookiescan/v1") != "8c1d7e0b5a4f3e2d1c0b9a8f7e6d5c4b" {
		t.Errorf("level %v, fingerprints %v", get(sid, "level"), get(sid, "partialFingerprints"))
	}
	// A lint finding seen once has no count, but keeps its URL.
	if msg := get(results[2], "message", "text"); msg != "Cookie name contains control characters that browsers reject." {
		t.Errorf("malformed-cookie message = %q", msg)
	}
}

func TestSARIFSeverityMapping(t *testing.T) {
	for _, tc := range []struct {
		severity        rules.Severity
		level, secScore string
	}{
		{rules.Critical, "error", "9.5"},
		{rules.High, "error", "8.0"},
		{rules.Medium, "warning", "5.5"},
		{rules.Low, "note", "3.0"},
		{rules.Info, "note", "1.0"},
	} {
		if got := sarifLevel(tc.severity); got != tc.level {
			t.Errorf("sarifLevel(%s) = %s, want %s", tc.severity, got, tc.level)
		}
		if got := securitySeverity(tc.severity); got != tc.secScore {
			t.Errorf("securitySeverity(%s) = %s, want %s", tc.severity, got, tc.secScore)
		}
		d := sarifRuleFor(&rules.Rule{ID: "x", Title: "X", Severity: tc.severity, CWE: 614})
		if d.DefaultConfiguration.Level != tc.level || d.Properties.SecuritySeverity != tc.secScore {
			t.Errorf("rule of severity %s: level %s, security-severity %s", tc.severity, d.DefaultConfiguration.Level, d.Properties.SecuritySeverity)
		}
	}
	for c, want := range map[rules.Confidence]string{rules.Certain: "very-high", rules.Firm: "high", rules.Tentative: "medium"} {
		if got := sarifPrecisions[c]; got != want {
			t.Errorf("precision for %s = %s, want %s", c, got, want)
		}
	}
}

func TestSARIFRules(t *testing.T) {
	r := withRules(fixture())
	descriptors, index := sarifRules(r.Rules, sortedFindings(r.Findings))
	if len(descriptors) != len(ciRuleIDs) {
		t.Fatalf("%d rules, want %d", len(descriptors), len(ciRuleIDs))
	}
	for i, rule := range r.Rules {
		d := descriptors[i]
		if d.ID != rule.ID || index[rule.ID] != i {
			t.Errorf("rule %d is %s (index %d), want %s in the order rules ran", i, d.ID, index[rule.ID], rule.ID)
		}
		if d.ShortDescription.Text != rule.Title || d.HelpURI != rule.HelpURI() {
			t.Errorf("%s: short description %q, helpUri %q", rule.ID, d.ShortDescription.Text, d.HelpURI)
		}
		if strings.HasPrefix(d.FullDescription.Text, rule.Title) || !strings.Contains(rule.Doc, d.FullDescription.Text) {
			t.Errorf("%s: full description is not the doc's body: %q", rule.ID, d.FullDescription.Text)
		}
		if want := fmt.Sprintf("external/cwe/cwe-%d", rule.CWE); !slices.Equal(d.Properties.Tags, []string{"security", "cookies", want}) {
			t.Errorf("%s: tags %v", rule.ID, d.Properties.Tags)
		}
		for _, e := range append(slices.Clone(rule.Bad), rule.Good...) {
			shown := e.Script
			if shown == "" {
				shown = "Set-Cookie: " + elideHeader(e.SetCookie[0], exampleHeaderMax)
			}
			if !strings.Contains(d.Help.Text, shown) || !strings.Contains(d.Help.Markdown, shown) {
				t.Errorf("%s: help lacks the example %q", rule.ID, shown)
			}
		}
		for _, label := range []string{"Reported:", "Not reported:"} {
			if !strings.Contains(d.Help.Markdown, "\n\n"+label+"\n\n```") {
				t.Errorf("%s: help markdown lacks a %q code block", rule.ID, label)
			}
		}
	}
	// Precision follows the least sure finding; rules without findings have none.
	for id, want := range map[string]string{"malformed-cookie": "medium", "missing-httponly": "very-high", "samesite-missing": "high", "js-sets-auth-cookie": ""} {
		if got := descriptors[index[id]].Properties.Precision; got != want {
			t.Errorf("%s: precision %q, want %q", id, got, want)
		}
	}
	if got := descriptors[index["js-sets-auth-cookie"]].Help.Markdown; !strings.Contains(got, "```js\n// script\n") {
		t.Errorf("script examples are not in a js block:\n%s", got)
	}
}

func TestSARIFInvocation(t *testing.T) {
	data := writeSARIF(t, sarifCases()["errors"])
	var doc sarifDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	inv := doc.Runs[0].Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful {
		t.Fatalf("invocations = %+v, want one that did not succeed", inv)
	}
	notes := inv[0].ToolExecutionNotifications
	if len(notes) != 2 || notes[0].Level != "error" || notes[0].Message.Text != "https://down.example.com/: connection refused" {
		t.Errorf("notifications = %+v", notes)
	}
	if len(notes) == 2 && strings.Contains(notes[1].Message.Text, "\x1b") {
		t.Errorf("notification keeps a raw escape character: %q", notes[1].Message.Text)
	}
	var clean sarifDoc
	if err := json.Unmarshal(writeSARIF(t, withRules(emptyFixture())), &clean); err != nil {
		t.Fatal(err)
	}
	if !clean.Runs[0].Invocations[0].ExecutionSuccessful {
		t.Error("a complete scan is not executionSuccessful")
	}
}

func TestSiteURI(t *testing.T) {
	for in, want := range map[string]string{
		"https://app.example.com/login?next=/x#top": "app.example.com/login",
		"https://APP.example.com":                   "app.example.com/",
		"http://localhost:8080/a b":                 "localhost%3A8080/a%20b",
		"https://[2001:db8::1]/":                    "%5B2001%3Adb8%3A%3A1%5D/",
		"https://u:p@example.com/p":                 "example.com/p",
		"captures/shop.har":                         "captures/shop.har",
		"":                                          "unknown",
		"http://%zz/x?q":                            "%25zz/x",
	} {
		got := siteURI(in)
		if got != want {
			t.Errorf("siteURI(%q) = %q, want %q", in, got, want)
		}
		if u, err := url.Parse(got); err != nil || u.Scheme != "" {
			t.Errorf("siteURI(%q) = %q reads as having a scheme (%v)", in, got, err)
		}
	}
}

func TestCamelCase(t *testing.T) {
	for in, want := range map[string]string{"missing-httponly": "MissingHttponly", "expiry-over-400-days": "ExpiryOver400Days", "x": "X", "": ""} {
		if got := camelCase(in); got != want {
			t.Errorf("camelCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSARIFPathsRelativeToRoot(t *testing.T) {
	root := filepath.Join(string(filepath.Separator), "home", "runner", "work", "app")
	loc := func(file string) *rules.Finding {
		return &rules.Finding{
			Rule: "missing-secure", Severity: rules.Medium, Confidence: rules.Firm, Title: "Title", Message: "Message.",
			Location: &rules.Location{File: file, Line: 3}, Occurrences: 1, URLs: []string{}, Fingerprint: "00112233445566778899aabbccddeeff",
		}
	}
	r := withRules(emptyFixture())
	r.Targets = []string{filepath.Join(root, "captures")}
	r.Findings = []*rules.Finding{
		loc(filepath.Join(root, "captures", "app.har")),
		loc(filepath.Join("src", "login.js")),
		loc(filepath.Join(string(filepath.Separator), "tmp", "other.har")),
	}
	cases := []struct {
		name   string
		writer SARIF
		want   []string
	}{
		{"absolute inside the root is relative to it", SARIF{Root: root},
			[]string{"captures/app.har", "src/login.js", "file:///tmp/other.har"}},
		{"relative paths are resolved from the working directory", SARIF{Root: root, WorkDir: filepath.Join(root, "web")},
			[]string{"captures/app.har", "web/src/login.js", "file:///tmp/other.har"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.writer.Write(&buf, r); err != nil {
				t.Fatal(err)
			}
			validateSARIF(t, buf.Bytes())
			checkGitHubSARIF(t, buf.Bytes())
			var log struct {
				Runs []struct{ Results []map[string]any }
			}
			if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, res := range log.Runs[0].Results {
				artifact := get(res, "locations", 0, "physicalLocation", "artifactLocation")
				uri := get(artifact, "uri").(string)
				got = append(got, uri)
				if relative, based := !strings.HasPrefix(uri, "file:"), get(artifact, "uriBaseId") == sarifSrcRoot; relative != based {
					t.Errorf("URI %q: uriBaseId %v", uri, get(artifact, "uriBaseId"))
				}
			}
			slices.Sort(got)
			if want := slices.Sorted(slices.Values(tc.want)); !slices.Equal(got, want) {
				t.Errorf("URIs %q, want %q", got, want)
			}
		})
	}
}
