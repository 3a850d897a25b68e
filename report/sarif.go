package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/cookiescan/cookiescan/rules"
)

// SARIF writes a SARIF 2.1.0 log that GitHub code scanning accepts, and that
// other SARIF viewers read as well.
//
// The log holds exactly one run. Its driver lists every rule that ran
// (Result.Rules, in order), followed by any rule a finding names that is not
// among them, so that every result's ruleIndex points at its rule.
//
// Severities map to SARIF and GitHub as follows:
//
//	severity   level (result and rule default)   security-severity (rule)
//	critical   error                             9.5
//	high       error                             8.0
//	medium     warning                           5.5
//	low        note                              3.0
//	info       note                              1.0
//
// GitHub reads security-severity, a string, into its own scale: over 9.0 is
// critical, 7.0 to 8.9 high, 4.0 to 6.9 medium and 0.1 to 3.9 low, so info
// shows there as low. GitHub takes security-severity from the rule, so it
// reflects the rule's default severity; a finding raised or lowered for its
// cookie's class carries its own severity in its level and in
// properties.severity.
//
// Where a finding is:
//   - A finding in a file (a HAR, a dump, a source file) points at the file
//     with forward slashes, relative to uriBaseId %SRCROOT% (the writer's
//     Root when set) unless the path is absolute and outside it, which
//     gives a file:// URI; with its line and column when known. A line of 0
//     means unknown and gives no region, since SARIF lines start at 1.
//   - A finding on a live site (no file, or a crawled page whose file is its
//     URL) points at host/path, without scheme, query or credentials, and
//     with a port's colon escaped: GitHub rejects the whole upload when an
//     artifact URI has an http(s) scheme. An inline script keeps its line in the
//     page as the region. The full URL is in the message, and every URL the
//     finding was seen on in properties.urls.
//
// Columns are 1-based UTF-8 byte columns. SARIF has no byte unit, so the
// run declares columnKind utf16CodeUnits, the unit of JavaScript and VS
// Code strings, which SARIF viewers are built on. Bytes and either SARIF
// unit agree on lines that are ASCII up to the finding, which is nearly
// every line that handles a cookie; after non-ASCII text the column points
// a little too far right on the right line.
//
// A rule's precision follows the least sure of its findings (certain is
// very-high, firm high, tentative medium); a rule without findings has none.
//
// Each result carries partialFingerprints["cookiescan/v1"], the finding's
// fingerprint. Live findings also carry primaryLocationLineHash, built from
// the same fingerprint: it is the key GitHub tracks alerts by, and the upload
// action can only compute it by hashing a file in the checkout, which a URL
// is not.
type SARIF struct {
	// Root is the absolute directory that file locations are written
	// relative to, as %SRCROOT%: a file inside it becomes a relative
	// reference, a file outside it a file:// URI. When empty, relative
	// paths are kept as they are and absolute ones become file:// URIs.
	Root string
	// WorkDir is the absolute directory that relative file paths of the
	// findings are relative to; empty means Root.
	WorkDir string
}

// Fixed parts of the SARIF log.
const (
	sarifSchemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion   = "2.1.0"
	// sarifToolName is fixed: GitHub identifies a tool's alerts by it.
	sarifToolName       = "cookiescan"
	sarifInformationURI = "https://github.com/cookiescan/cookiescan"
	// sarifFingerprintKey names cookiescan's fingerprint among a result's
	// partialFingerprints; the version changes if the fingerprint's recipe does.
	sarifFingerprintKey = "cookiescan/v1"
	// sarifSrcRoot is the conventional uriBaseId of the checked-out sources.
	sarifSrcRoot = "%SRCROOT%"
	// sarifColumnKind is the unit the run declares for columns; see SARIF.
	sarifColumnKind = "utf16CodeUnits"
)

// sarifLevels is the SARIF level for each severity.
var sarifLevels = map[rules.Severity]string{
	rules.Critical: "error",
	rules.High:     "error",
	rules.Medium:   "warning",
	rules.Low:      "note",
	rules.Info:     "note",
}

// securitySeverities is GitHub's security-severity for each severity.
var securitySeverities = map[rules.Severity]string{
	rules.Critical: "9.5",
	rules.High:     "8.0",
	rules.Medium:   "5.5",
	rules.Low:      "3.0",
	rules.Info:     "1.0",
}

// sarifPrecisions is GitHub's precision for each confidence.
var sarifPrecisions = map[rules.Confidence]string{
	rules.Certain:   "very-high",
	rules.Firm:      "high",
	rules.Tentative: "medium",
}

// confidenceRank orders confidences, least sure first.
var confidenceRank = map[rules.Confidence]int{rules.Tentative: 1, rules.Firm: 2, rules.Certain: 3}

// The SARIF subset written. Lists GitHub requires are never omitted, so they
// are [] rather than absent or null when empty.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		Invocations []sarifInvocation `json:"invocations"`
		Results     []sarifResult     `json:"results"`
		ColumnKind  string            `json:"columnKind"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string         `json:"id"`
		Name                 string         `json:"name"`
		ShortDescription     sarifMessage   `json:"shortDescription"`
		FullDescription      sarifMessage   `json:"fullDescription"`
		HelpURI              string         `json:"helpUri,omitempty"`
		Help                 sarifMessage   `json:"help"`
		DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
		Properties           sarifRuleProps `json:"properties"`
	}
	sarifMessage struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	sarifRuleProps struct {
		SecuritySeverity string   `json:"security-severity"`
		Tags             []string `json:"tags"`
		Precision        string   `json:"precision,omitempty"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifMessage      `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Properties          sarifResultProps  `json:"properties"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"`
	}
	sarifArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
	}
	// sarifResultProps never holds the cookie's value.
	sarifResultProps struct {
		Severity    string   `json:"severity"`
		Confidence  string   `json:"confidence,omitempty"`
		Occurrences int      `json:"occurrences"`
		Cookie      *string  `json:"cookie,omitempty"`
		CookieClass string   `json:"cookieClass,omitempty"`
		URLs        []string `json:"urls,omitempty"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		StartTimeUTC               string              `json:"startTimeUtc,omitempty"`
		EndTimeUTC                 string              `json:"endTimeUtc,omitempty"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
	}
	sarifNotification struct {
		Level   string       `json:"level"`
		Message sarifMessage `json:"message"`
	}
)

// Write writes r as an indented SARIF log followed by a newline.
func (s SARIF) Write(w io.Writer, r *Result) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s.log(r)); err != nil {
		return fmt.Errorf("encoding SARIF report: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// log builds the log for r.
func (s SARIF) log(r *Result) sarifLog {
	findings := sortedFindings(r.Findings)
	descriptors, index := sarifRules(r.Rules, findings)
	results := make([]sarifResult, 0, len(findings))
	for _, f := range findings {
		results = append(results, s.result(f, index[f.Rule], r.Targets))
	}
	return sarifLog{
		Schema:  sarifSchemaURI,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name:           sarifToolName,
				Version:        r.Tool.Version,
				InformationURI: sarifInformationURI,
				Rules:          descriptors,
			}},
			Invocations: []sarifInvocation{sarifInvocationFor(r)},
			Results:     results,
			ColumnKind:  sarifColumnKind,
		}},
	}
}

// sarifRules describes the rules that ran, then any rule only findings
// name, and returns where each rule ID sits in that list.
func sarifRules(ran []*rules.Rule, findings []*rules.Finding) ([]sarifRule, map[string]int) {
	// The least sure finding of a rule sets the rule's precision.
	confidence := map[string]rules.Confidence{}
	for _, f := range findings {
		if c, ok := confidence[f.Rule]; !ok || confidenceRank[f.Confidence] < confidenceRank[c] {
			confidence[f.Rule] = f.Confidence
		}
	}
	descriptors := []sarifRule{}
	index := map[string]int{}
	add := func(d sarifRule) {
		d.Properties.Precision = sarifPrecisions[confidence[d.ID]]
		index[d.ID] = len(descriptors)
		descriptors = append(descriptors, d)
	}
	for _, rule := range ran {
		if rule == nil {
			continue
		}
		if _, dup := index[rule.ID]; !dup {
			add(sarifRuleFor(rule))
		}
	}
	// Findings are most severe first, so an unknown rule takes the
	// severity of its most severe finding.
	for _, f := range findings {
		if _, ok := index[f.Rule]; !ok {
			add(sarifRuleFor(&rules.Rule{ID: f.Rule, Title: f.Title, Severity: f.Severity, CWE: f.CWE}))
		}
	}
	return descriptors, index
}

// sarifRuleFor describes one rule. GitHub does not accept empty strings in
// required fields, so the title stands in for a missing doc and the ID for
// a missing title.
func sarifRuleFor(rule *rules.Rule) sarifRule {
	title := cmp.Or(rule.Title, rule.ID)
	body := cmp.Or(strings.TrimSpace(rule.Doc), title)
	tags := []string{"security", "cookies"}
	if rule.CWE > 0 {
		tags = append(tags, fmt.Sprintf("external/cwe/cwe-%d", rule.CWE))
	}
	return sarifRule{
		ID:               rule.ID,
		Name:             camelCase(rule.ID),
		ShortDescription: sarifMessage{Text: title},
		FullDescription:  sarifMessage{Text: body},
		HelpURI:          helpURI(rule.ID),
		Help: sarifMessage{
			Text:     body + ExamplesText(rule),
			Markdown: body + ExamplesMarkdown(rule),
		},
		DefaultConfiguration: sarifConfig{Level: sarifLevel(rule.Severity)},
		Properties: sarifRuleProps{
			SecuritySeverity: securitySeverity(rule.Severity),
			Tags:             tags,
		},
	}
}

// helpURI is where a rule's documentation lives, or "" for an ID that
// cannot be a rule's (one read from a foreign report), which would make a
// broken or misleading link.
func helpURI(id string) string {
	if !rules.ValidID(id) {
		return ""
	}
	return (&rules.Rule{ID: id}).HelpURI()
}

// sarifLevel is the SARIF level for s; a severity out of range counts as a warning.
func sarifLevel(s rules.Severity) string {
	return cmp.Or(sarifLevels[s], "warning")
}

// securitySeverity is GitHub's security-severity for s; a severity out of
// range counts as medium.
func securitySeverity(s rules.Severity) string {
	return cmp.Or(securitySeverities[s], securitySeverities[rules.Medium])
}

// camelCase turns a kebab-case ID into CamelCase: missing-httponly is MissingHttponly.
func camelCase(id string) string {
	var b strings.Builder
	for part := range strings.SplitSeq(id, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// result builds the result for one finding.
func (s SARIF) result(f *rules.Finding, ruleIndex int, targets []string) sarifResult {
	loc, live := s.location(f, targets)
	fingerprints := map[string]string{sarifFingerprintKey: f.Fingerprint}
	if live && f.Fingerprint != "" {
		fingerprints["primaryLocationLineHash"] = f.Fingerprint + ":1"
	}
	props := sarifResultProps{
		Severity:    f.Severity.String(),
		Confidence:  string(f.Confidence),
		Occurrences: f.Occurrences,
		URLs:        f.URLs,
	}
	if f.Cookie != nil {
		props.Cookie = &f.Cookie.Name
		props.CookieClass = string(f.Cookie.Class)
	}
	return sarifResult{
		RuleID:              f.Rule,
		RuleIndex:           ruleIndex,
		Level:               sarifLevel(f.Severity),
		Message:             sarifMessage{Text: resultMessage(f)},
		Locations:           []sarifLocation{loc},
		PartialFingerprints: fingerprints,
		Properties:          props,
	}
}

// resultMessage is the finding's message, then the URL it was first seen on
// and how often it was seen, e.g. "… (https://app.example.com/, seen 3 times)".
func resultMessage(f *rules.Finding) string {
	var notes []string
	if f.URL != "" {
		notes = append(notes, f.URL)
	}
	if f.Occurrences > 1 {
		notes = append(notes, fmt.Sprintf("seen %d times", f.Occurrences))
	}
	m := cmp.Or(f.Message, cmp.Or(f.Title, f.Rule))
	if len(notes) > 0 {
		m += " (" + strings.Join(notes, ", ") + ")"
	}
	return visible(m)
}

// location is where a finding is, and whether that is a place on a
// live site rather than a file. Every result needs a location for GitHub to
// accept the log, so a finding with neither file nor URL is put on the first
// target.
func (s SARIF) location(f *rules.Finding, targets []string) (sarifLocation, bool) {
	var loc sarifPhysicalLocation
	if l := f.Location; l != nil && l.Line > 0 {
		loc.Region = &sarifRegion{StartLine: l.Line, StartColumn: max(l.Col, 0)}
	}
	if file, ok := lintFile(f); ok {
		loc.ArtifactLocation = s.fileArtifact(file)
		return sarifLocation{PhysicalLocation: loc}, false
	}
	loc.ArtifactLocation.URI = siteURI(livePage(f, targets))
	return sarifLocation{PhysicalLocation: loc}, true
}

// livePage is the URL a finding not in a file is placed at: the crawled
// page its location counts lines in, else the URL it was first seen on,
// else the first target.
func livePage(f *rules.Finding, targets []string) string {
	if l := f.Location; l != nil && l.File != "" {
		return l.File
	}
	if f.URL != "" || len(targets) == 0 {
		return f.URL
	}
	return targets[0]
}

// lintFile is the finding's file when it has one that is not a page URL.
func lintFile(f *rules.Finding) (string, bool) {
	if l := f.Location; l != nil && l.File != "" && !isWebURL(l.File) {
		return l.File, true
	}
	return "", false
}

// isWebURL reports whether s is an http or https URL.
func isWebURL(s string) bool {
	scheme, _, ok := strings.Cut(s, "://")
	return ok && (strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https"))
}

// fileArtifact is a file as a URI reference with forward slashes, relative
// to %SRCROOT%, or a file:// URI when the file is absolute and outside Root
// (a Windows drive path becomes file:///C:/…): GitHub rejects a reference
// that starts with a slash. url.URL escapes what a URI cannot hold and puts
// ./ before a first segment with a colon, so the path never reads as a
// scheme.
func (s SARIF) fileArtifact(file string) sarifArtifactLocation {
	if s.Root != "" {
		abs := file
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(cmp.Or(s.WorkDir, s.Root), abs)
		}
		if rel, err := filepath.Rel(s.Root, abs); err == nil && filepath.IsLocal(rel) {
			file = rel
		} else {
			file = abs
		}
	}
	p := path.Clean(filepath.ToSlash(file))
	if filepath.VolumeName(file) != "" {
		p = "/" + p // C:/x as a URI path: /C:/x
	}
	if path.IsAbs(p) {
		return sarifArtifactLocation{URI: (&url.URL{Scheme: "file", Path: p}).String()}
	}
	return sarifArtifactLocation{URI: (&url.URL{Path: p}).String(), URIBaseID: sarifSrcRoot}
}

// hostEscaper keeps a host:port or [IPv6] host from reading as a URI
// scheme when it starts a relative reference.
var hostEscaper = strings.NewReplacer(":", "%3A", "[", "%5B", "]", "%5D")

// siteURI is a web URL as host/path: no scheme, credentials, query or
// fragment. GitHub rejects http(s) artifact URIs, and query strings carry
// session IDs and change between scans. Text that is not a URL is kept as
// a path.
func siteURI(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		_, rest, ok := strings.Cut(raw, "://")
		if !ok {
			rest = raw
		}
		rest, _, _ = strings.Cut(rest, "?")
		rest, _, _ = strings.Cut(rest, "#")
		return (&url.URL{Path: cmp.Or(rest, "unknown")}).String()
	}
	return hostEscaper.Replace(strings.ToLower(u.Host)) + cmp.Or(u.EscapedPath(), "/")
}

// sarifInvocationFor tells whether the scan completed, when it ran, and
// what went wrong.
func sarifInvocationFor(r *Result) sarifInvocation {
	inv := sarifInvocation{ExecutionSuccessful: !r.Partial, ToolExecutionNotifications: []sarifNotification{}}
	if !r.Stats.StartedAt.IsZero() {
		start := r.Stats.StartedAt.UTC()
		inv.StartTimeUTC = start.Format(time.RFC3339Nano)
		inv.EndTimeUTC = start.Add(time.Duration(r.Stats.Duration * float64(time.Second))).Format(time.RFC3339Nano)
	}
	for _, e := range r.Errors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level:   "error",
			Message: sarifMessage{Text: cmp.Or(visible(e), "error")},
		})
	}
	return inv
}
