package main

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// The types of the config's values check what they are given as the file
// is decoded. A message they return starting with keyPlaceholder gets the
// key of the value in its place, and every message the file and line.

// keyPlaceholder stands for the key of a value at the start of its messages.
const keyPlaceholder = "{key}"

// valueProblem is a problem with the value of node n, in the form the
// decoder collects, so that one run reports every problem of the file.
func valueProblem(n *yaml.Node, format string, args ...any) error {
	at := nodeStart{line: n.Line, column: n.Column}
	return &yaml.TypeError{Errors: []string{at.problem(fmt.Sprintf(format, args...))}}
}

// scalarText is the text of a value that must be a plain value, not a list or a mapping.
func scalarText(n *yaml.Node) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", valueProblem(n, "{key}: want a value, got %s", kindName(n))
	}
	return n.Value, nil
}

// ruleID is the ID of a rule of the catalog.
type ruleID string

func (id *ruleID) UnmarshalYAML(n *yaml.Node) error {
	s, err := scalarText(n)
	if err != nil {
		return err
	}
	if rules.ByID(s) == nil {
		if near := nearestRuleID(s); near != "" {
			return valueProblem(n, "unknown rule %q (did you mean %s?)", s, near)
		}
		return valueProblem(n, "unknown rule %q (cookiescan rules lists them)", s)
	}
	*id = ruleID(s)
	return nil
}

// ruleSeverity is the severity of a rule's findings: info to critical.
type ruleSeverity rules.Severity

func (s *ruleSeverity) UnmarshalYAML(n *yaml.Node) error {
	v, err := parseSeverity(n, "info, low, medium, high or critical")
	if err == nil && v == 0 {
		err = valueProblem(n, "{key}: invalid severity %q (want info, low, medium, high or critical)", n.Value)
	}
	*s = ruleSeverity(v)
	return err
}

// failOnSeverity is the least severity that fails a run; none fails none.
type failOnSeverity rules.Severity

func (s *failOnSeverity) UnmarshalYAML(n *yaml.Node) error {
	v, err := parseSeverity(n, "info, low, medium, high, critical or none")
	*s = failOnSeverity(v)
	return err
}

func parseSeverity(n *yaml.Node, want string) (rules.Severity, error) {
	name, err := scalarText(n)
	if err != nil {
		return 0, err
	}
	s, err := rules.ParseSeverity(name)
	if err != nil {
		return 0, valueProblem(n, "{key}: invalid severity %q (want %s)", name, want)
	}
	return s, nil
}

// namePattern is a regular expression that matches all of a cookie name,
// case-insensitively, as rules.NewClassifier matches class names.
type namePattern struct {
	source string
	*regexp.Regexp
}

func (p *namePattern) UnmarshalYAML(n *yaml.Node) error {
	s, err := scalarText(n)
	if err != nil {
		return err
	}
	// Compiled alone first, so that a pattern such as "a)|(b" cannot escape the anchors.
	re, err := regexp.Compile(s)
	if err == nil {
		re, err = regexp.Compile(`(?i)^(?:` + s + `)$`)
	}
	if err != nil {
		return patternProblem(n, s, err)
	}
	*p = namePattern{source: s, Regexp: re}
	return nil
}

// urlPattern is a regular expression that may match anywhere in a URL.
type urlPattern struct{ *regexp.Regexp }

func (p *urlPattern) UnmarshalYAML(n *yaml.Node) error {
	s, err := scalarText(n)
	if err != nil {
		return err
	}
	re, err := regexp.Compile(s)
	if err != nil {
		return patternProblem(n, s, err)
	}
	p.Regexp = re
	return nil
}

// bodyPattern is a regular expression that may match anywhere in a page's
// body. It is login configuration, so messages describe it without its text.
type bodyPattern struct{ *regexp.Regexp }

func (p *bodyPattern) UnmarshalYAML(n *yaml.Node) error {
	s, err := scalarText(n)
	if err != nil {
		return err
	}
	re, err := regexp.Compile(s)
	if err != nil {
		return valueProblem(n, "{key}: not a valid regular expression: %s", regexpProblem(err))
	}
	p.Regexp = re
	return nil
}

// webURL is an absolute http or https URL. Login URLs may carry a token,
// so messages describe the value without its text.
type webURL string

func (u *webURL) UnmarshalYAML(n *yaml.Node) error {
	s, err := scalarText(n)
	if err != nil {
		return err
	}
	p, err := url.Parse(s)
	if err != nil || p.Scheme != "http" && p.Scheme != "https" || p.Host == "" {
		return valueProblem(n, "{key}: not an absolute http or https URL")
	}
	*u = webURL(s)
	return nil
}

// pathGlob is a glob over slash-separated file paths: * and ? within a
// segment, ** across segments. It matches a whole path or its end after a
// slash, so "tests/**" hides every finding under any tests folder.
type pathGlob struct{ *regexp.Regexp }

func (p *pathGlob) UnmarshalYAML(n *yaml.Node) error {
	s, err := scalarText(n)
	if err != nil {
		return err
	}
	if strings.TrimSpace(s) == "" {
		return valueProblem(n, "{key}: empty path glob")
	}
	p.Regexp = globRegexp(s)
	return nil
}

// globRegexp turns a path glob into the regular expression it stands for.
func globRegexp(glob string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString(`(?:^|/)`)
	for i := 0; i < len(glob); i++ {
		switch c := glob[i]; {
		case strings.HasPrefix(glob[i:], "**/"):
			b.WriteString(`(?:.*/)?`)
			i += 2
		case strings.HasPrefix(glob[i:], "**"):
			b.WriteString(`.*`)
			i++
		case c == '*':
			b.WriteString(`[^/]*`)
		case c == '?':
			b.WriteString(`[^/]`)
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString(`$`)
	return regexp.MustCompile(b.String())
}

func patternProblem(n *yaml.Node, pattern string, err error) error {
	return valueProblem(n, "{key}: invalid regular expression %q: %s", pattern, regexpProblem(err))
}

// regexpProblem is what is wrong with a regular expression, without the
// fragment of it that regexp's own message quotes.
func regexpProblem(err error) string {
	var se *syntax.Error
	if errors.As(err, &se) {
		return string(se.Code)
	}
	return err.Error()
}

// scanScope is how far the crawl may go: host or domain.
type scanScope scanner.Scope

func (s *scanScope) UnmarshalYAML(n *yaml.Node) error {
	v, err := scalarText(n)
	if err != nil {
		return err
	}
	switch v {
	case "host":
		*s = scanScope(scanner.ScopeHost)
	case "domain":
		*s = scanScope(scanner.ScopeDomain)
	default:
		return valueProblem(n, "{key}: invalid scope %q (want host or domain)", v)
	}
	return nil
}

// naturalNumber is a whole number of at least 0.
type naturalNumber int

func (i *naturalNumber) UnmarshalYAML(n *yaml.Node) error {
	v, err := parseWholeNumber(n, 0)
	*i = naturalNumber(v)
	return err
}

// positiveNumber is a whole number of at least 1.
type positiveNumber int

func (i *positiveNumber) UnmarshalYAML(n *yaml.Node) error {
	v, err := parseWholeNumber(n, 1)
	*i = positiveNumber(v)
	return err
}

func parseWholeNumber(n *yaml.Node, least int) (int, error) {
	s, err := scalarText(n)
	if err != nil {
		return 0, err
	}
	i, err := strconv.Atoi(s)
	if err != nil || i < least {
		return 0, valueProblem(n, "{key}: invalid value %q: want a whole number of at least %d", s, least)
	}
	return i, nil
}

// requestRate is a number of requests per second, above 0.
type requestRate float64

func (r *requestRate) UnmarshalYAML(n *yaml.Node) error {
	s, err := scalarText(n)
	if err != nil {
		return err
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || !(v > 0) || math.IsInf(v, 0) {
		return valueProblem(n, "{key}: invalid value %q: want requests per second, a number above 0", s)
	}
	*r = requestRate(v)
	return nil
}

// duration is a Go duration above 0, such as 15s or 10m.
type duration time.Duration

func (d *duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := parseDuration(n)
	if err == nil && v == 0 {
		err = valueProblem(n, "{key}: must be above 0")
	}
	*d = duration(v)
	return err
}

// timeLimit is a Go duration, where 0 means no limit.
type timeLimit time.Duration

func (d *timeLimit) UnmarshalYAML(n *yaml.Node) error {
	v, err := parseDuration(n)
	*d = timeLimit(v)
	return err
}

func parseDuration(n *yaml.Node) (time.Duration, error) {
	s, err := scalarText(n)
	if err != nil {
		return 0, err
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, valueProblem(n, "{key}: invalid duration %q: want a duration such as 15s or 10m", s)
	}
	return d, nil
}

// sentence is free text, such as the reason of an ignore, trimmed.
type sentence string

// secretList is an entry of secrets:: the path of a secret list file or of a
// directory of them, and the line that names it, for messages.
type secretList struct {
	path string
	line int
}

func (s *secretList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode || strings.TrimSpace(n.Value) == "" {
		return valueProblem(n, "{key}: want the path of a secret list file or directory, got %s", kindName(n))
	}
	*s = secretList{path: n.Value, line: n.Line}
	return nil
}

func (s *sentence) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return valueProblem(n, "{key}: want a sentence, got %s", kindName(n))
	}
	*s = sentence(strings.TrimSpace(n.Value))
	return nil
}

// date is a day written as YYYY-MM-DD.
type date time.Time

func (d *date) UnmarshalYAML(n *yaml.Node) error {
	s, err := scalarText(n)
	if err != nil {
		return err
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return valueProblem(n, "{key}: invalid date %q: want a date as YYYY-MM-DD", s)
	}
	*d = date(t)
	return nil
}

// envText is a value that may refer to environment variables as ${NAME}.
// They are expanded only when the value is used, so that a command that
// does not use it (lint, or scan with the flag given) needs no variable.
type envText struct {
	text string
	// line and column find the value's key for messages, which never show what it expands to.
	line, column int
}

// envRef is a reference to an environment variable; $NAME without braces is left as written.
var envRef = regexp.MustCompile(`\$\{[A-Za-z_][A-Za-z0-9_]*\}`)

// UnmarshalYAML checks the references now, so that a typo is reported with its line.
func (t *envText) UnmarshalYAML(n *yaml.Node) error {
	s, err := scalarText(n)
	if err != nil {
		return err
	}
	for _, gap := range envRef.Split(s, -1) {
		if strings.Contains(gap, "${") {
			return valueProblem(n, "{key}: ${ must start a ${NAME} reference (letters, digits and _, not starting with a digit)")
		}
	}
	*t = envText{text: s, line: n.Line, column: n.Column}
	return nil
}

// nodeStart records where the node it is decoded from starts, whether it
// is a mapping, and the values of its keys.
type nodeStart struct {
	line, column int
	mapping      bool
	values       map[string]*yaml.Node
}

func (s *nodeStart) UnmarshalYAML(n *yaml.Node) error {
	*s = nodeStart{line: n.Line, column: n.Column, mapping: n.Kind == yaml.MappingNode, values: map[string]*yaml.Node{}}
	for i := 0; s.mapping && i+1 < len(n.Content); i += 2 {
		s.values[n.Content[i].Value] = n.Content[i+1]
	}
	return nil
}

// blank reports whether key is not given, or given as blank text; a value
// of another kind has a message of its own.
func (s nodeStart) blank(key string) bool {
	v, ok := s.values[key]
	return !ok || v.Kind == yaml.ScalarNode && !isNull(v) && strings.TrimSpace(v.Value) == ""
}

// problem is a problem with the node, in the form valueProblem gives.
func (s nodeStart) problem(msg string) string {
	return fmt.Sprintf("line %d: column %d: %s", s.line, s.column, msg)
}

// kindName says what a node is, in the words of the messages.
func kindName(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Kind == yaml.AliasNode:
		return "an alias (*" + n.Value + "): anchors and aliases are not supported"
	case isNull(n):
		return "nothing"
	}
	// A value in the wrong place may be a credential: describe it, never repeat it.
	return "a single value"
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

// nearestRuleID is the catalog ID closest to a mistyped one, or "" when none is close.
func nearestRuleID(id string) string {
	best, bestDistance := "", 4
	for _, r := range rules.All {
		if d := editDistance(id, r.ID); d < bestDistance {
			best, bestDistance = r.ID, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between two strings, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
