package main

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
	"golang.org/x/net/http/httpguts"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// defaultConfigFile is read from the working directory when --config is not given.
const defaultConfigFile = ".cookiescan.yaml"

// configFile is the layout of a config file. Each value's type checks it as
// the file is decoded, so a new setting is a field here.
type configFile struct {
	// Rules chooses the rules that run and their severities.
	Rules ruleSettings `yaml:"rules"`
	// Classes adds cookie names, as patterns, to each class.
	Classes classSettings `yaml:"classes"`
	// Ignore hides findings, each entry for a reason and until a date.
	Ignore []ignoreEntry `yaml:"ignore"`
	// Scan gives defaults to the flags of scan.
	Scan scanSettings `yaml:"scan"`
	// FailOn is the default of --fail-on.
	FailOn *failOnSeverity `yaml:"fail_on"`
	// Secrets are secret list files and directories tried against signed
	// cookies, before those --secrets adds.
	Secrets []secretList `yaml:"secrets"`
}

// ruleSettings are the rules: section.
type ruleSettings struct {
	// Disable names rules that do not run.
	Disable []ruleID `yaml:"disable"`
	// Enable names the only rules that run; not given, every rule runs.
	Enable []ruleID `yaml:"enable"`
	// Severity overrides the severity of every finding of a rule.
	Severity map[ruleID]ruleSeverity `yaml:"severity"`
}

// classSettings are the classes: section, one list of name patterns per cookie class.
type classSettings struct {
	Session        []namePattern `yaml:"session"`
	Identity       []namePattern `yaml:"identity"`
	CSRF           []namePattern `yaml:"csrf"`
	Infrastructure []namePattern `yaml:"infrastructure"`
	Tracking       []namePattern `yaml:"tracking"`
	Credential     []namePattern `yaml:"credential"`
}

// byClass is the patterns of each class, as rules.NewClassifier takes them; nil when none is given.
func (c classSettings) byClass() map[rules.Class][]string {
	var out map[rules.Class][]string
	for class, patterns := range map[rules.Class][]namePattern{
		rules.ClassSession: c.Session, rules.ClassIdentity: c.Identity, rules.ClassCSRF: c.CSRF,
		rules.ClassInfrastructure: c.Infrastructure, rules.ClassTracking: c.Tracking, rules.ClassCredential: c.Credential,
	} {
		for _, p := range patterns {
			if out == nil {
				out = map[rules.Class][]string{}
			}
			out[class] = append(out[class], p.source)
		}
	}
	return out
}

// ignoreEntry is one entry of ignore:.
type ignoreEntry struct {
	// Rule, Cookie, URL and Path say which findings the entry hides; at least one is needed.
	Rule   *ruleID      `yaml:"rule"`
	Cookie *namePattern `yaml:"cookie"`
	URL    *urlPattern  `yaml:"url"`
	Path   *pathGlob    `yaml:"path"`
	// Reason says why the findings may be hidden; it is required.
	Reason sentence `yaml:"reason"`
	// Until is the last day the entry applies.
	Until *date `yaml:"until"`

	at nodeStart
}

// ignoreFields decodes the fields of an ignoreEntry without its UnmarshalYAML.
type ignoreFields ignoreEntry

// UnmarshalYAML decodes through the decoder's own function, not a node, so
// that unknown keys are reported here as everywhere else in the file.
func (e *ignoreEntry) UnmarshalYAML(decode func(any) error) error {
	var at nodeStart
	if err := decode(&at); err != nil {
		return err
	}
	var problems []string
	fieldsErr := decode((*ignoreFields)(e))
	var te *yaml.TypeError
	if errors.As(fieldsErr, &te) {
		problems = te.Errors
	} else if fieldsErr != nil {
		return fieldsErr
	}
	e.at = at
	if !at.mapping {
		// The decoder has said that a mapping is wanted.
		return fieldsErr
	}
	if at.blank("reason") {
		problems = append(problems, at.problem("{key} entry needs a reason"))
	}
	if e.Rule == nil && e.Cookie == nil && e.URL == nil && e.Path == nil {
		problems = append(problems, at.problem("{key} entry needs a rule, a cookie, a url or a path: without one it would hide every finding"))
	}
	if len(problems) > 0 {
		return &yaml.TypeError{Errors: problems}
	}
	return nil
}

// scanSettings are the scan: section: defaults to the flags of scan, each
// key named after its flag.
type scanSettings struct {
	Scope       *scanScope          `yaml:"scope"`
	Include     []urlPattern        `yaml:"include"`
	Exclude     []urlPattern        `yaml:"exclude"`
	Depth       *naturalNumber      `yaml:"depth"`
	MaxPages    *positiveNumber     `yaml:"max_pages"`
	Concurrency *positiveNumber     `yaml:"concurrency"`
	Rate        *requestRate        `yaml:"rate"`
	Timeout     *duration           `yaml:"timeout"`
	MaxDuration *timeLimit          `yaml:"max_duration"`
	Headers     map[string]*envText `yaml:"headers"`
	Cookie      *envText            `yaml:"cookie"`
	Login       loginSettings       `yaml:"login"`
}

// loginSettings are scan.login: how an authenticated scan logs in, with
// the meaning of the flags named beside each key.
type loginSettings struct {
	URL       *webURL      `yaml:"url"`       // --login
	Data      *envText     `yaml:"data"`      // --login-data
	CheckURL  *webURL      `yaml:"check_url"` // --login-check
	LoggedIn  *bodyPattern `yaml:"logged_in"` // --logged-in
	Logout    *webURL      `yaml:"logout"`    // --logout
	Lifecycle *bool        `yaml:"lifecycle"` // false: --no-lifecycle
}

// config is a checked config file: which rules run and how severe their
// findings are, cookie names added to each class, ignores, and defaults for
// the flags of scan and for --fail-on. A nil *config stands for no file: its
// methods then give what the command line alone gives.
type config struct {
	// path names the file in messages, as it was given.
	path string
	file configFile
	// headers are scan.headers in the order written, their names in canonical form.
	headers []configHeader
	ignores []rules.Ignore
	keys    *keyPaths
	getenv  func(string) (string, bool)
}

// configHeader is one entry of scan.headers.
type configHeader struct {
	name  string
	value *envText
}

// loadConfig reads and checks a config file, reporting every problem on a
// line of its own that starts with path:line. A missing file is an error
// only when it was named explicitly (--config); otherwise loadConfig returns
// nil and no error. getenv (os.LookupEnv outside tests) is kept to expand
// ${NAME} references when applyScan uses them.
func loadConfig(path string, explicit bool, getenv func(string) (string, bool)) (*config, error) {
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
	return parseConfig(path, data, getenv)
}

// parseConfig checks the text of a config file; path names it in messages.
func parseConfig(path string, data []byte, getenv func(string) (string, bool)) (*config, error) {
	root, err := parseConfigDocument(path, data)
	if err != nil {
		return nil, err
	}
	c := &config{path: path, getenv: getenv}
	if root == nil {
		return c, nil
	}
	var problems configProblems
	c.keys = indexConfig(root, reflect.TypeFor[configFile](), &problems)
	if c.keys.undecodable {
		return nil, problems.err(path)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var te *yaml.TypeError
	if err := dec.Decode(&c.file); errors.As(err, &te) {
		for _, msg := range te.Errors {
			c.keys.translate(msg, &problems)
		}
	} else if err != nil {
		return nil, yamlError(path, err)
	}
	c.check(&problems)
	if err := problems.err(path); err != nil {
		return nil, err
	}
	return c, nil
}

// parseConfigDocument parses the file's one document, nil when it is empty.
func parseConfigDocument(path string, data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlError(path, err)
	}
	// Empty documents after the first (a trailing ---) are harmless; others would be ignored silently.
	for {
		var next yaml.Node
		err := dec.Decode(&next)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, yamlError(path, err)
		}
		if len(next.Content) == 1 && !isNull(next.Content[0]) {
			return nil, fmt.Errorf("%s:%d: a second YAML document: a config file holds one", path, next.Line)
		}
	}
	if len(doc.Content) != 1 || isNull(doc.Content[0]) {
		return nil, nil
	}
	return doc.Content[0], nil
}

// yamlLine finds the line in the YAML parser's messages, "yaml: line 3: …".
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// yamlError puts the file and line in front of a YAML syntax error.
func yamlError(path string, err error) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", path, m[1], msg[len(m[0]):])
	}
	return fmt.Errorf("%s: %s", path, strings.TrimPrefix(msg, "yaml: "))
}

// check finds the problems that no single value shows, and keeps the
// headers and ignores in the order written.
func (c *config) check(problems *configProblems) {
	// Checked only in a file without other problems, where they are not a consequence of one.
	if len(*problems) == 0 {
		if enable := c.file.Rules.Enable; enable != nil && len(enable) == 0 {
			problems.add(c.keys.keyLines["rules.enable"], "rules.enable is empty: leave it out to run every rule")
		} else if len(c.ruleSet()) == 0 {
			problems.add(c.keys.keyLines["rules"], "rules: no rule is left to run")
		}
	}

	first := map[string]int{}
	headerLine := func(name string) int { return c.keys.keyLines[settingName("scan.headers", name, false)] }
	for _, name := range slices.SortedFunc(maps.Keys(c.file.Scan.Headers), func(a, b string) int {
		return cmp.Compare(headerLine(a), headerLine(b))
	}) {
		line := headerLine(name)
		canonical := http.CanonicalHeaderKey(name)
		switch {
		case !httpguts.ValidHeaderFieldName(name):
			problems.add(line, "scan.headers: a header name with a character not allowed in header names") // it may hold a credential
		case canonical == "Host":
			problems.add(line, "scan.headers: Host may not be set: it would send requests to another host than the scope allows")
		case first[canonical] != 0:
			problems.add(line, "scan.headers: %s given twice (first at line %d)", canonical, first[canonical])
		default:
			first[canonical] = line
			if value := c.file.Scan.Headers[name]; value != nil {
				c.headers = append(c.headers, configHeader{canonical, value})
			}
		}
	}

	for _, e := range c.file.Ignore {
		ig := rules.Ignore{Reason: string(e.Reason), Line: e.at.line}
		if e.Rule != nil {
			ig.Rule = string(*e.Rule)
		}
		if e.Cookie != nil {
			ig.Cookie = e.Cookie.Regexp
		}
		if e.URL != nil {
			ig.URL = e.URL.Regexp
		}
		if e.Path != nil {
			ig.Path = e.Path.Regexp
		}
		if e.Until != nil {
			ig.Until = time.Time(*e.Until)
		}
		c.ignores = append(c.ignores, ig)
	}
}

// ruleSet is the rules to run: every rule, or only those enabled, less those
// disabled. A rule whose severity the config overrides is a copy carrying the
// new default severity; rules.All is never changed.
func (c *config) ruleSet() []*rules.Rule {
	if c == nil {
		return rules.All
	}
	r := c.file.Rules
	// Not nil even when empty: the engine reads nil as every rule.
	out := []*rules.Rule{}
	for _, rule := range rules.All {
		id := ruleID(rule.ID)
		if r.Enable != nil && !slices.Contains(r.Enable, id) || slices.Contains(r.Disable, id) {
			continue
		}
		if s, ok := r.Severity[id]; ok {
			copied := *rule
			copied.Severity = rules.Severity(s)
			rule = &copied
		}
		out = append(out, rule)
	}
	return out
}

// severityOverrides maps rule IDs to the severity every finding of the rule
// gets, for rules.OverrideSeverity; nil when the config overrides none.
func (c *config) severityOverrides() map[string]rules.Severity {
	if c == nil || len(c.file.Rules.Severity) == 0 {
		return nil
	}
	out := map[string]rules.Severity{}
	for id, s := range c.file.Rules.Severity {
		out[string(id)] = rules.Severity(s)
	}
	return out
}

// classifier is the built-in classifier extended with the config's cookie names.
func (c *config) classifier() (*rules.Classifier, error) {
	var extra map[rules.Class][]string
	if c != nil {
		extra = c.file.Classes.byClass()
	}
	if extra == nil {
		return rules.DefaultClassifier, nil
	}
	classifier, err := rules.NewClassifier(extra)
	if err != nil {
		return nil, fmt.Errorf("config %s: classes: %w", c.path, err)
	}
	return classifier, nil
}

// ignoreList is the config's ignores, in the order written.
func (c *config) ignoreList() []rules.Ignore {
	if c == nil {
		return nil
	}
	return slices.Clone(c.ignores)
}

// secretLists are the secrets: entries, a relative path taken from the config
// file's directory, so that a committed config works from any directory.
func (c *config) secretLists() []secretList {
	if c == nil {
		return nil
	}
	out := make([]secretList, 0, len(c.file.Secrets))
	for _, s := range c.file.Secrets {
		if !filepath.IsAbs(s.path) {
			s.path = filepath.Join(filepath.Dir(c.path), s.path)
		}
		out = append(out, s)
	}
	return out
}

// failOn is the config's default for --fail-on, and whether it gives one.
func (c *config) failOn() (rules.Severity, bool) {
	if c == nil || c.file.FailOn == nil {
		return 0, false
	}
	return rules.Severity(*c.file.FailOn), true
}

// applyScan fills in cfg the scan settings the config gives and the command
// line did not: changed (pflag's FlagSet.Changed) says which flags were
// given. It must run after the flags are copied into cfg. A header in
// scan.headers is added unless -H gave one of the same name. ${NAME}
// references are expanded here, and only in the values used; an error names
// the line and the variable, never a value.
func (c *config) applyScan(cfg *scanner.CrawlConfig, changed func(flag string) bool) error {
	if c == nil {
		return nil
	}
	s := c.file.Scan
	if s.Scope != nil && !changed("scope") {
		cfg.Scope = scanner.Scope(*s.Scope)
	}
	if s.Include != nil && !changed("include") {
		cfg.Include = regexps(s.Include)
	}
	if s.Exclude != nil && !changed("exclude") {
		cfg.Exclude = regexps(s.Exclude)
	}
	if s.Depth != nil && !changed("depth") {
		cfg.MaxDepth = int(*s.Depth)
		// As on the command line, 0 means the start URLs only; the crawler reads 0 as its default.
		if cfg.MaxDepth == 0 {
			cfg.MaxDepth = -1
		}
	}
	if s.MaxPages != nil && !changed("max-pages") {
		cfg.MaxPages = int(*s.MaxPages)
	}
	if s.Concurrency != nil && !changed("concurrency") {
		cfg.Concurrency = int(*s.Concurrency)
	}
	if s.Rate != nil && !changed("rate") {
		cfg.PerHostRate = float64(*s.Rate)
	}
	if s.Timeout != nil && !changed("timeout") {
		cfg.Timeout = time.Duration(*s.Timeout)
	}
	if s.MaxDuration != nil && !changed("max-duration") {
		cfg.MaxDuration = time.Duration(*s.MaxDuration)
	}
	var errs []error
	for _, h := range c.headers {
		if len(cfg.Headers.Values(h.name)) > 0 {
			continue
		}
		v, err := c.expand(*h.value)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if cfg.Headers == nil {
			cfg.Headers = http.Header{}
		}
		cfg.Headers.Set(h.name, v)
	}
	if s.Cookie != nil && !changed("cookie") {
		v, err := c.expand(*s.Cookie)
		if err != nil {
			errs = append(errs, err)
		} else {
			cfg.Cookies = v
		}
	}
	return errors.Join(errs...)
}

// applyLogin fills in the login flags the config gives and the command
// line did not. The credentials stay as written, ${NAME} and all: they are
// expanded with the flag's.
func (c *config) applyLogin(l *loginFlags, changed func(flag string) bool) {
	if c == nil {
		return
	}
	s := c.file.Scan.Login
	setText := func(flag string, dst *string, v *webURL) {
		if v != nil && !changed(flag) {
			*dst = string(*v)
		}
	}
	setText("login", &l.url, s.URL)
	setText("login-check", &l.check, s.CheckURL)
	setText("logout", &l.logout, s.Logout)
	if s.Data != nil && !changed("login-data") {
		l.data = s.Data.text
		l.dataKey = fmt.Sprintf("%s:%d: %s", c.path, s.Data.line, c.keys.values[position{s.Data.line, s.Data.column}])
	}
	if s.LoggedIn != nil && !changed("logged-in") {
		l.loggedIn = s.LoggedIn.String()
	}
	if s.Lifecycle != nil && !changed("no-lifecycle") {
		l.noLifecycle = !*s.Lifecycle
	}
}

// regexps are the compiled patterns, in order.
func regexps(patterns []urlPattern) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		out[i] = p.Regexp
	}
	return out
}

// expand replaces the ${NAME} references of t from the environment. A
// variable that is not set, or set but empty (as CI systems pass a secret
// they do not have), is an error naming it.
func (c *config) expand(t envText) (string, error) {
	key := c.keys.values[position{t.line, t.column}]
	v, err := expandEnv(fmt.Sprintf("%s:%d: %s", c.path, t.line, key), t.text, c.getenv)
	if err == nil && !httpguts.ValidHeaderFieldValue(v) {
		err = fmt.Errorf("%s:%d: %s: the value has a control character once its variables are expanded", c.path, t.line, key)
	}
	if err != nil {
		return "", err
	}
	return v, nil
}
