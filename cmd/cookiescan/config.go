package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"math"
	"net/http"
	"os"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
	"golang.org/x/net/http/httpguts"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// defaultConfigFile is read from the working directory when --config is not given.
const defaultConfigFile = ".cookiescan.yaml"

// Config is a checked config file: which rules run and how severe their
// findings are, cookie names added to each class, ignores, and defaults for
// the flags of scan and for --fail-on. A nil *Config stands for no file: its
// methods then give what the command line alone gives.
type Config struct {
	// Path names the file in messages, as it was given.
	Path string

	enable   []string // nil runs every rule
	disable  []string
	severity map[string]rules.Severity
	classes  map[rules.Class][]string
	ignores  []rules.Ignore
	scan     scanDefaults
	failOn   *rules.Severity
	getenv   func(string) (string, bool)
}

// scanDefaults are the scan settings a config gives; nil fields are not given.
type scanDefaults struct {
	scope                        *scanner.Scope
	include, exclude             []*regexp.Regexp
	depth, maxPages, concurrency *int
	rate                         *float64
	timeout, maxDuration         *time.Duration
	headers                      []configHeader
	cookie                       *envText
}

// configHeader is one entry of scan.headers, its name in canonical form.
type configHeader struct {
	name  string
	value envText
}

// envText is a config value that may refer to environment variables as
// ${NAME}. They are expanded only when the value is used, so that a command
// that does not use it (lint, or scan with the flag given) needs no variable.
type envText struct {
	text string
	// key and line name the value in messages, which never show what it expands to.
	key  string
	line int
}

// envRef is a reference to an environment variable; $NAME without braces is left as written.
var envRef = regexp.MustCompile(`\$\{[A-Za-z_][A-Za-z0-9_]*\}`)

// LoadConfig reads and checks a config file, reporting every problem on a
// line of its own that starts with path:line. A missing file is an error
// only when it was named explicitly (--config); otherwise LoadConfig returns
// nil and no error. getenv (os.LookupEnv outside tests) is kept to expand
// ${NAME} references when ApplyScan uses them.
func LoadConfig(path string, explicit bool, getenv func(string) (string, bool)) (*Config, error) {
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !explicit:
		return nil, nil
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("config %s: no such file", path)
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	p := &configParser{path: path, conf: &Config{Path: path, getenv: getenv}}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return nil, p.yamlError(err)
	}
	// Empty documents after the first (a trailing ---) are harmless; others would be ignored silently.
	for {
		var next yaml.Node
		err := dec.Decode(&next)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, p.yamlError(err)
		}
		if len(next.Content) == 1 && !isNull(next.Content[0]) {
			return nil, fmt.Errorf("%s:%d: a second YAML document: a config file holds one", path, next.Line)
		}
	}
	if len(doc.Content) == 1 {
		p.top(doc.Content[0])
	}
	if err := errors.Join(p.errs...); err != nil {
		return nil, err
	}
	return p.conf, nil
}

// RuleSet is the rules to run: every rule, or only those enabled, less those
// disabled. A rule whose severity the config overrides is a copy carrying the
// new default severity; rules.All is never changed.
func (c *Config) RuleSet() []*rules.Rule {
	if c == nil {
		return rules.All
	}
	// Not nil even when empty: the engine reads nil as every rule.
	out := []*rules.Rule{}
	for _, r := range rules.All {
		if c.enable != nil && !slices.Contains(c.enable, r.ID) || slices.Contains(c.disable, r.ID) {
			continue
		}
		if s, ok := c.severity[r.ID]; ok {
			copied := *r
			copied.Severity = s
			r = &copied
		}
		out = append(out, r)
	}
	return out
}

// SeverityOverrides maps rule IDs to the severity every finding of the rule
// gets, for rules.OverrideSeverity; nil when the config overrides none.
func (c *Config) SeverityOverrides() map[string]rules.Severity {
	if c == nil {
		return nil
	}
	return maps.Clone(c.severity)
}

// Classifier is the built-in classifier extended with the config's cookie names.
func (c *Config) Classifier() (*rules.Classifier, error) {
	if c == nil || len(c.classes) == 0 {
		return rules.DefaultClassifier, nil
	}
	classifier, err := rules.NewClassifier(c.classes)
	if err != nil {
		return nil, fmt.Errorf("config %s: classes: %w", c.Path, err)
	}
	return classifier, nil
}

// Ignores are the config's ignores, in the order written.
func (c *Config) Ignores() []rules.Ignore {
	if c == nil {
		return nil
	}
	return slices.Clone(c.ignores)
}

// FailOn is the config's default for --fail-on, and whether it gives one.
func (c *Config) FailOn() (rules.Severity, bool) {
	if c == nil || c.failOn == nil {
		return 0, false
	}
	return *c.failOn, true
}

// ApplyScan fills in cfg the scan settings the config gives and the command
// line did not: changed (pflag's FlagSet.Changed) says which flags were
// given. It must run after the flags are copied into cfg. A header in
// scan.headers is added unless -H gave one of the same name. ${NAME}
// references are expanded here, and only in the values used; an error names
// the line and the variable, never a value.
func (c *Config) ApplyScan(cfg *scanner.CrawlConfig, changed func(flag string) bool) error {
	if c == nil {
		return nil
	}
	s := c.scan
	if s.scope != nil && !changed("scope") {
		cfg.Scope = *s.scope
	}
	if s.include != nil && !changed("include") {
		cfg.Include = s.include
	}
	if s.exclude != nil && !changed("exclude") {
		cfg.Exclude = s.exclude
	}
	if s.depth != nil && !changed("depth") {
		cfg.MaxDepth = *s.depth
		// As on the command line, 0 means the start URLs only; the crawler reads 0 as its default.
		if cfg.MaxDepth == 0 {
			cfg.MaxDepth = -1
		}
	}
	if s.maxPages != nil && !changed("max-pages") {
		cfg.MaxPages = *s.maxPages
	}
	if s.concurrency != nil && !changed("concurrency") {
		cfg.Concurrency = *s.concurrency
	}
	if s.rate != nil && !changed("rate") {
		cfg.PerHostRate = *s.rate
	}
	if s.timeout != nil && !changed("timeout") {
		cfg.Timeout = *s.timeout
	}
	if s.maxDuration != nil && !changed("max-duration") {
		cfg.MaxDuration = *s.maxDuration
	}
	var errs []error
	for _, h := range s.headers {
		if len(cfg.Headers.Values(h.name)) > 0 {
			continue
		}
		v, err := c.expand(h.value)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if cfg.Headers == nil {
			cfg.Headers = http.Header{}
		}
		cfg.Headers.Set(h.name, v)
	}
	if s.cookie != nil && !changed("cookie") {
		v, err := c.expand(*s.cookie)
		if err != nil {
			errs = append(errs, err)
		} else {
			cfg.Cookies = v
		}
	}
	return errors.Join(errs...)
}

// expand replaces the ${NAME} references of t from the environment. A
// variable that is not set, or set but empty (as CI systems pass a secret
// they do not have), is an error naming it.
func (c *Config) expand(t envText) (string, error) {
	var err error
	v := envRef.ReplaceAllStringFunc(t.text, func(ref string) string {
		name := ref[2 : len(ref)-1]
		value, ok := c.getenv(name)
		switch {
		case err != nil: // the first variable missing is the one named
		case !ok:
			err = fmt.Errorf("%s:%d: %s: environment variable %s is not set", c.Path, t.line, t.key, name)
		case value == "":
			err = fmt.Errorf("%s:%d: %s: environment variable %s is empty", c.Path, t.line, t.key, name)
		}
		return value
	})
	if err == nil && !httpguts.ValidHeaderFieldValue(v) {
		err = fmt.Errorf("%s:%d: %s: the value has a control character once its variables are expanded", c.Path, t.line, t.key)
	}
	if err != nil {
		return "", err
	}
	return v, nil
}

// configParser walks the YAML node tree of a config file, which keeps the
// line of every key and value, and collects every problem found.
type configParser struct {
	path string
	conf *Config
	errs []error
}

// Known keys, in the order the documentation lists them.
var (
	configKeys       = []string{"rules", "classes", "ignore", "scan", "fail_on"}
	configRuleKeys   = []string{"disable", "enable", "severity"}
	configClassKeys  = []string{string(rules.ClassSession), string(rules.ClassIdentity), string(rules.ClassCSRF), string(rules.ClassInfrastructure), string(rules.ClassTracking)}
	configIgnoreKeys = []string{"rule", "cookie", "url", "reason", "until"}
	configScanKeys   = []string{"scope", "include", "exclude", "depth", "max_pages", "concurrency", "rate", "timeout", "max_duration", "headers", "cookie"}
)

func (p *configParser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("%s:%d: %s", p.path, n.Line, fmt.Sprintf(format, args...)))
}

// yamlLine finds the line in the YAML parser's messages, "yaml: line 3: …".
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// yamlError puts the file and line in front of a YAML syntax error.
func (p *configParser) yamlError(err error) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", p.path, m[1], msg[len(m[0]):])
	}
	return fmt.Errorf("%s: %s", p.path, strings.TrimPrefix(msg, "yaml: "))
}

func (p *configParser) top(n *yaml.Node) {
	c := p.conf
	p.mapping(n, "", configKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "rules":
			p.rules(k, v)
		case "classes":
			p.classes(v)
		case "ignore":
			p.list(v, "ignore", p.ignore)
		case "scan":
			p.scan(v)
		case "fail_on":
			if s, ok := p.severity(v, "fail_on", true); ok {
				c.failOn = &s
			}
		}
	})
}

// rules reads the rules mapping; at is its key, where a rule set left empty is reported.
func (p *configParser) rules(at, n *yaml.Node) {
	c := p.conf
	before := len(p.errs)
	p.mapping(n, "rules", configRuleKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "disable":
			p.list(v, "rules.disable", func(item *yaml.Node) {
				if id, ok := p.ruleID(item, "rules.disable"); ok {
					c.disable = append(c.disable, id)
				}
			})
		case "enable":
			if v.Kind == yaml.SequenceNode && len(v.Content) == 0 {
				p.errorf(v, "rules.enable is empty: leave it out to run every rule")
				return
			}
			p.list(v, "rules.enable", func(item *yaml.Node) {
				if id, ok := p.ruleID(item, "rules.enable"); ok {
					c.enable = append(c.enable, id)
				}
			})
		case "severity":
			p.mapping(v, "rules.severity", nil, func(id string, k, v *yaml.Node) {
				if _, ok := p.ruleID(k, "rules.severity"); !ok {
					return
				}
				if s, ok := p.severity(v, "rules.severity."+id, false); ok {
					if c.severity == nil {
						c.severity = map[string]rules.Severity{}
					}
					c.severity[id] = s
				}
			})
		}
	})
	if len(p.errs) == before && len(c.RuleSet()) == 0 {
		p.errorf(at, "rules: no rule is left to run")
	}
}

func (p *configParser) classes(n *yaml.Node) {
	c := p.conf
	p.mapping(n, "classes", configClassKeys, func(name string, k, v *yaml.Node) {
		what := "classes." + name
		p.list(v, what, func(item *yaml.Node) {
			if s, ok := p.scalar(item, what); ok && p.pattern(item, what, s, true) != nil {
				if c.classes == nil {
					c.classes = map[rules.Class][]string{}
				}
				c.classes[rules.Class(name)] = append(c.classes[rules.Class(name)], s)
			}
		})
	})
}

func (p *configParser) ignore(n *yaml.Node) {
	ig := rules.Ignore{Line: n.Line}
	matchers := 0
	p.mapping(n, "ignore entry", configIgnoreKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "rule":
			matchers++
			ig.Rule, _ = p.ruleID(v, "ignore rule")
		case "cookie":
			matchers++
			if s, ok := p.scalar(v, "ignore cookie"); ok {
				ig.Cookie = p.pattern(v, "ignore cookie", s, true)
			}
		case "url":
			matchers++
			if s, ok := p.scalar(v, "ignore url"); ok {
				ig.URL = p.pattern(v, "ignore url", s, false)
			}
		case "reason":
			if v.Kind == yaml.ScalarNode && !isNull(v) {
				ig.Reason = strings.TrimSpace(v.Value)
			} else if !isNull(v) {
				p.errorf(v, "ignore reason: want a sentence, got %s", kindName(v))
			}
		case "until":
			if s, ok := p.scalar(v, "ignore until"); ok {
				d, err := time.Parse(time.DateOnly, s)
				if err != nil {
					p.errorf(v, "ignore until: invalid date %q: want a date as YYYY-MM-DD", s)
				}
				ig.Until = d
			}
		}
	})
	if n.Kind != yaml.MappingNode && !isNull(n) {
		return
	}
	if ig.Reason == "" {
		p.errorf(n, "ignore entry needs a reason")
	}
	if matchers == 0 {
		p.errorf(n, "ignore entry needs a rule, a cookie or a url: without one it would hide every finding")
	}
	p.conf.ignores = append(p.conf.ignores, ig)
}

func (p *configParser) scan(n *yaml.Node) {
	s := &p.conf.scan
	p.mapping(n, "scan", configScanKeys, func(key string, k, v *yaml.Node) {
		what := "scan." + key
		switch key {
		case "scope":
			value, ok := p.scalar(v, what)
			if !ok {
				return
			}
			var scope scanner.Scope
			switch value {
			case "host":
				scope = scanner.ScopeHost
			case "domain":
				scope = scanner.ScopeDomain
			default:
				p.errorf(v, "%s: invalid scope %q (want host or domain)", what, value)
				return
			}
			s.scope = &scope
		case "include", "exclude":
			var res []*regexp.Regexp
			p.list(v, what, func(item *yaml.Node) {
				if value, ok := p.scalar(item, what); ok {
					if re := p.pattern(item, what, value, false); re != nil {
						res = append(res, re)
					}
				}
			})
			if key == "include" {
				s.include = res
			} else {
				s.exclude = res
			}
		case "depth":
			s.depth = p.integer(v, what, 0)
		case "max_pages":
			s.maxPages = p.integer(v, what, 1)
		case "concurrency":
			s.concurrency = p.integer(v, what, 1)
		case "rate":
			if value, ok := p.scalar(v, what); ok {
				r, err := strconv.ParseFloat(value, 64)
				if err != nil || !(r > 0) || math.IsInf(r, 0) {
					p.errorf(v, "%s: invalid value %q: want requests per second, a number above 0", what, value)
					return
				}
				s.rate = &r
			}
		case "timeout":
			s.timeout = p.duration(v, what, false)
		case "max_duration":
			s.maxDuration = p.duration(v, what, true)
		case "headers":
			p.headers(v)
		case "cookie":
			s.cookie = p.envText(v, what)
		}
	})
}

func (p *configParser) headers(n *yaml.Node) {
	s := &p.conf.scan
	first := map[string]int{}
	p.mapping(n, "scan.headers", nil, func(name string, k, v *yaml.Node) {
		canonical := http.CanonicalHeaderKey(name)
		switch {
		case !httpguts.ValidHeaderFieldName(name):
			p.errorf(k, "scan.headers: invalid header name %q", name)
			return
		case canonical == "Host":
			p.errorf(k, "scan.headers: Host may not be set: it would send requests to another host than the scope allows")
			return
		case first[canonical] != 0:
			p.errorf(k, "scan.headers: %s given twice (first at line %d)", canonical, first[canonical])
			return
		}
		first[canonical] = k.Line
		if t := p.envText(v, "scan.headers."+canonical); t != nil {
			s.headers = append(s.headers, configHeader{name: canonical, value: *t})
		}
	})
}

// envText reads a value that may refer to environment variables, checking
// the references now so that a typo is reported with its line.
func (p *configParser) envText(n *yaml.Node, what string) *envText {
	s, ok := p.scalar(n, what)
	if !ok {
		return nil
	}
	for _, gap := range envRef.Split(s, -1) {
		if strings.Contains(gap, "${") {
			p.errorf(n, "%s: ${ must start a ${NAME} reference (letters, digits and _, not starting with a digit)", what)
			return nil
		}
	}
	return &envText{text: s, key: what, line: n.Line}
}

// mapping calls each for every key of a mapping node, in order, reporting
// keys that are given twice or, when known is not nil, not known. A null
// node is an empty mapping. under names the mapping in messages.
func (p *configParser) mapping(n *yaml.Node, under string, known []string, each func(key string, k, v *yaml.Node)) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		what := under
		if what == "" {
			what = "the file"
		}
		p.errorf(n, "%s: want a mapping (key: value lines), got %s", what, kindName(n))
		return
	}
	in := ""
	if under != "" {
		in = " under " + under
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			p.errorf(k, "want a plain key%s, got %s", in, kindName(k))
		case seen[k.Value] != 0:
			p.errorf(k, "key %q given twice%s (first at line %d)", k.Value, in, seen[k.Value])
		case known != nil && !slices.Contains(known, k.Value):
			p.errorf(k, "unknown key %q%s (known: %s)", k.Value, in, strings.Join(known, ", "))
		default:
			seen[k.Value] = k.Line
			each(k.Value, k, v)
		}
	}
}

// list calls each for every item of a sequence node; a null node is an empty list.
func (p *configParser) list(n *yaml.Node, what string, each func(item *yaml.Node)) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "%s: want a list, got %s", what, kindName(n))
		return
	}
	for _, item := range n.Content {
		each(item)
	}
}

// scalar is the text of a scalar node that is not null.
func (p *configParser) scalar(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		p.errorf(n, "%s: want a value, got %s", what, kindName(n))
		return "", false
	}
	return n.Value, true
}

// ruleID reads the ID of a rule in the catalog.
func (p *configParser) ruleID(n *yaml.Node, what string) (string, bool) {
	id, ok := p.scalar(n, what)
	if !ok {
		return "", false
	}
	if rules.ByID(id) == nil {
		if near := nearestRuleID(id); near != "" {
			p.errorf(n, "unknown rule %q (did you mean %s?)", id, near)
		} else {
			p.errorf(n, "unknown rule %q (cookiescan rules lists them)", id)
		}
		return "", false
	}
	return id, true
}

func (p *configParser) severity(n *yaml.Node, what string, allowNone bool) (rules.Severity, bool) {
	name, ok := p.scalar(n, what)
	if !ok {
		return 0, false
	}
	s, err := rules.ParseSeverity(name)
	if err != nil || s == 0 && !allowNone {
		want := "info, low, medium, high or critical"
		if allowNone {
			want = "info, low, medium, high, critical or none"
		}
		p.errorf(n, "%s: invalid severity %q (want %s)", what, name, want)
		return 0, false
	}
	return s, true
}

// pattern compiles a regular expression. A whole pattern must match all of a cookie
// name, case-insensitively, as rules.NewClassifier matches class names;
// other patterns may match anywhere.
func (p *configParser) pattern(n *yaml.Node, what, pattern string, whole bool) *regexp.Regexp {
	// Compiled alone first, so that a pattern such as "a)|(b" cannot escape the anchors.
	re, err := regexp.Compile(pattern)
	if err == nil && whole {
		re, err = regexp.Compile(`(?i)^(?:` + pattern + `)$`)
	}
	if err != nil {
		reason := err.Error()
		var se *syntax.Error
		if errors.As(err, &se) {
			reason = string(se.Code)
		}
		p.errorf(n, "%s: invalid regular expression %q: %s", what, pattern, reason)
		return nil
	}
	return re
}

func (p *configParser) integer(n *yaml.Node, what string, least int) *int {
	s, ok := p.scalar(n, what)
	if !ok {
		return nil
	}
	i, err := strconv.Atoi(s)
	if err != nil || i < least {
		p.errorf(n, "%s: invalid value %q: want a whole number of at least %d", what, s, least)
		return nil
	}
	return &i
}

// duration reads a Go duration (15s, 10m); zero is allowed only when it means no limit.
func (p *configParser) duration(n *yaml.Node, what string, zeroOK bool) *time.Duration {
	s, ok := p.scalar(n, what)
	if !ok {
		return nil
	}
	d, err := time.ParseDuration(s)
	switch {
	case err != nil || d < 0:
		p.errorf(n, "%s: invalid duration %q: want a duration such as 15s or 10m", what, s)
		return nil
	case d == 0 && !zeroOK:
		p.errorf(n, "%s: must be above 0", what)
		return nil
	}
	return &d
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

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
	return fmt.Sprintf("the value %q", n.Value)
}

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
