package main

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// configEnv is a getenv over a fixed set of variables.
func configEnv(vars map[string]string) func(string) (string, bool) {
	return func(name string) (string, bool) {
		v, ok := vars[name]
		return v, ok
	}
}

// loadConfigText writes text as .cookiescan.yaml in a new working directory
// and loads it by that name, as the CLI does without --config.
func loadConfigText(t *testing.T, text string, env map[string]string) (*config, error) {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile(filepath.Join(dir, defaultConfigFile), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return loadConfig(defaultConfigFile, false, configEnv(env))
}

// noFlags is a FlagSet.Changed for a command line that gave no flag.
func noFlags(string) bool { return false }

func TestConfigReadsEveryKeyOfAFullFile(t *testing.T) {
	env := configEnv(map[string]string{"STAGING_TOKEN": "tok-123", "SESSION": "s-456", "STAGING_PASSWORD": "pw-789"})
	conf, err := loadConfig("testdata/config/full.yaml", true, env)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("rules: disabled rules do not run and overrides apply", func(t *testing.T) {
		set := conf.ruleSet()
		if len(set) != len(rules.All)-1 || slices.ContainsFunc(set, func(r *rules.Rule) bool { return r.ID == "samesite-missing" }) {
			t.Errorf("%d rules run, want all %d but samesite-missing", len(set), len(rules.All))
		}
		for _, r := range set {
			if r.ID == "missing-secure" && r.Severity != rules.High {
				t.Errorf("missing-secure runs at %s, want high", r.Severity)
			}
		}
		want := map[string]rules.Severity{"missing-secure": rules.High, "unsigned-auth-value": rules.Critical}
		if got := conf.severityOverrides(); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("overrides %v, want %v", got, want)
		}
	})

	t.Run("classes: names join their class, whole and case-insensitively", func(t *testing.T) {
		classifier, err := conf.classifier()
		if err != nil {
			t.Fatal(err)
		}
		for name, want := range map[string]rules.Class{
			"acme_sess_42": rules.ClassSession, "ACME_AUTH": rules.ClassSession, "acme_user_role": rules.ClassIdentity,
			"acme_xsrf": rules.ClassCSRF, "edge_route": rules.ClassInfrastructure, "acme_ab_checkout": rules.ClassTracking, "acme_vault_key": rules.ClassCredential,
			"edge_route_2": rules.ClassUnknown,
		} {
			if got := classifier.Classify(name, "x"); got != want {
				t.Errorf("%s is %s, want %s", name, got, want)
			}
		}
	})

	t.Run("ignore: entries keep their line, patterns and date", func(t *testing.T) {
		ignores := conf.ignoreList()
		if len(ignores) != 4 {
			t.Fatalf("%d ignores, want 4", len(ignores))
		}
		ga := ignores[0]
		if ga.Line != 17 || ga.Rule != "missing-httponly" || ga.Reason != "analytics, set by Google Tag Manager" || ga.Until.Format(time.DateOnly) != "2027-01-31" {
			t.Errorf("first ignore %+v", ga)
		}
		if !ga.Cookie.MatchString("_ga_XYZ") || ga.Cookie.MatchString("x_ga") {
			t.Errorf("cookie pattern %s must match the whole name", ga.Cookie)
		}
		legacy := ignores[1]
		if legacy.Line != 21 || legacy.Rule != "" || legacy.Cookie != nil || !legacy.URL.MatchString("https://staging.example.com/legacy/a") || !legacy.Until.IsZero() {
			t.Errorf("second ignore %+v", legacy)
		}
		if ignores[2].Line != 23 || ignores[2].Rule != "missing-secure" || !ignores[2].Cookie.MatchString("theme") {
			t.Errorf("third ignore %+v", ignores[2])
		}
		vendor := ignores[3]
		if vendor.Line != 26 || vendor.Path == nil {
			t.Fatalf("fourth ignore %+v", vendor)
		}
		for path, want := range map[string]bool{
			"public/vendor/chat/widget.js": true, "/srv/app/public/vendor/a.js": true, "public/vendor/a.ts": false,
			"src/public/vendorx/a.js": false, "xpublic/vendor/a.js": false,
		} {
			if got := vendor.Path.MatchString(path); got != want {
				t.Errorf("path glob on %s = %v, want %v", path, got, want)
			}
		}
	})

	t.Run("scan: every setting reaches the crawl config", func(t *testing.T) {
		cfg := scanner.CrawlConfig{Targets: []string{"https://staging.example.com/"}}
		if err := conf.applyScan(&cfg, noFlags); err != nil {
			t.Fatal(err)
		}
		if cfg.Scope != scanner.ScopeDomain || len(cfg.Include) != 1 || len(cfg.Exclude) != 2 || !cfg.Exclude[1].MatchString("/a.pdf") {
			t.Errorf("scope %v, include %v, exclude %v", cfg.Scope, cfg.Include, cfg.Exclude)
		}
		got := fmt.Sprint(cfg.MaxDepth, cfg.MaxPages, cfg.Concurrency, cfg.PerHostRate, cfg.Timeout, cfg.MaxDuration)
		if want := "3 200 4 2.5 20s 10m0s"; got != want {
			t.Errorf("depth, pages, concurrency, rate, timeout, duration = %s, want %s", got, want)
		}
		if cfg.Headers.Get("Authorization") != "Bearer tok-123" || cfg.Headers.Get("X-Scan") != "cookiescan" || cfg.Cookies != "sid=s-456; lang=en" {
			t.Errorf("headers %v, cookies %q", cfg.Headers, cfg.Cookies)
		}
		if err := cfg.Validate(); err != nil {
			t.Errorf("the crawler rejects what the config gave: %v", err)
		}
	})

	t.Run("scan.login: every setting reaches the login, the password from the environment", func(t *testing.T) {
		var flags loginFlags
		conf.applyLogin(&flags, noFlags)
		login, err := flags.build(env, rules.DefaultClassifier)
		if err != nil {
			t.Fatal(err)
		}
		if login.URL != "https://staging.example.com/login" || login.Data != "username=scanner&password=pw-789" ||
			login.CheckURL != "https://staging.example.com/account" || login.LogoutURL != "https://staging.example.com/logout" ||
			!login.LoggedIn.MatchString("Signed in as admin") || login.Lifecycle {
			t.Errorf("login %+v", login)
		}
		cfg := scanner.CrawlConfig{Targets: []string{"https://staging.example.com/"}, Login: login}
		if err := cfg.Validate(); err != nil {
			t.Errorf("the crawler rejects what the config gave: %v", err)
		}
	})

	if s, ok := conf.failOn(); !ok || s != rules.Medium {
		t.Errorf("fail_on %v %v, want medium", s, ok)
	}
}

func TestConfigLoginKeepsWhatTheCommandLineGave(t *testing.T) {
	conf, err := parseConfig("c.yaml", []byte("scan:\n  login:\n    url: https://app.test/login\n    data: \"p=${MISSING}\"\n    lifecycle: false\n"), configEnv(nil))
	if err != nil {
		t.Fatal(err)
	}
	flags := loginFlags{data: "p=given", noLifecycle: false}
	given := func(flag string) bool { return flag == "login-data" || flag == "no-lifecycle" }
	conf.applyLogin(&flags, given)
	if flags.url != "https://app.test/login" || flags.data != "p=given" || flags.noLifecycle {
		t.Errorf("flags %+v: the config fills only what the command line left out", flags)
	}

	flags = loginFlags{}
	conf.applyLogin(&flags, noFlags)
	if _, err := flags.build(configEnv(nil), rules.DefaultClassifier); err == nil || err.Error() != "c.yaml:4: scan.login.data: environment variable MISSING is not set" {
		t.Errorf("build error %v, want the file, line and key of the data", err)
	}
}

func TestConfigLoginRejectsWhatIsNotAURL(t *testing.T) {
	_, err := parseConfig("c.yaml", []byte("scan:\n  login:\n    url: /login\n    logged_in: \"(\"\n"), configEnv(nil))
	for _, want := range []string{`c.yaml:3: scan.login.url: not an absolute http or https URL`, `c.yaml:4: scan.login.logged_in: not a valid regular expression: missing closing )`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v, want %q", err, want)
		}
	}
}

// settingKeys names every setting of a config file as messages do, from the Go layout.
func settingKeys(t reflect.Type, name string, item bool) []string {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		item = t.Kind() == reflect.Slice
		t = t.Elem()
	}
	if isValueType(t) || t.Kind() != reflect.Struct {
		return []string{name}
	}
	var keys []string
	for _, key := range knownKeys(t) {
		keys = append(keys, settingKeys(valueType(t, key), settingName(name, key, item), false)...)
	}
	return keys
}

func TestConfigFullFileGivesEverySetting(t *testing.T) {
	data, err := os.ReadFile("testdata/config/full.yaml")
	if err != nil {
		t.Fatal(err)
	}
	root, err := parseConfigDocument("full.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	var problems configProblems
	given := indexConfig(root, reflect.TypeFor[configFile](), &problems).keyLines
	// Settings the full file cannot give alongside the others, with the test that reads them.
	elsewhere := map[string]string{"rules.enable": "TestConfigRuleSetRunsTheEnabledRulesLessTheDisabled"}
	for _, key := range settingKeys(reflect.TypeFor[configFile](), "", false) {
		if given[key] == 0 && elsewhere[key] == "" {
			t.Errorf("testdata/config/full.yaml does not give %s", key)
		}
	}
	if len(problems) > 0 {
		t.Errorf("problems: %v", problems)
	}
}

func TestConfigIsOptionalUnlessNamed(t *testing.T) {
	t.Chdir(t.TempDir())
	conf, err := loadConfig(defaultConfigFile, false, configEnv(nil))
	if conf != nil || err != nil {
		t.Fatalf("no %s in the working directory: got %v, %v; want nil, nil", defaultConfigFile, conf, err)
	}
	if _, err := loadConfig("ci.yaml", true, configEnv(nil)); err == nil || err.Error() != "config ci.yaml: no such file" {
		t.Errorf("--config of a missing file: %v", err)
	}

	// A nil config is the command line alone.
	if set := conf.ruleSet(); len(set) != len(rules.All) || &set[0] != &rules.All[0] {
		t.Error("no config should run rules.All")
	}
	if c, err := conf.classifier(); c != rules.DefaultClassifier || err != nil {
		t.Error("no config should classify with the default classifier")
	}
	if _, ok := conf.failOn(); ok || conf.ignoreList() != nil || conf.severityOverrides() != nil {
		t.Error("no config should give no fail_on, ignores or overrides")
	}
	cfg := scanner.CrawlConfig{MaxDepth: 2}
	if err := conf.applyScan(&cfg, noFlags); err != nil || cfg.MaxDepth != 2 {
		t.Error("no config should leave the crawl config alone")
	}
}

func TestConfigAcceptsEmptyFilesAndEmptyTrailingDocuments(t *testing.T) {
	for _, text := range []string{"", "# nothing yet\n", "---\nfail_on: high\n...\n", "fail_on: high\n---\n"} {
		conf, err := loadConfigText(t, text, nil)
		if err != nil || conf == nil {
			t.Errorf("%q: got %v, %v; want a config", text, conf, err)
		}
	}
}

func TestConfigErrorsNameTheFileAndLine(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"an unknown top-level key", "rule:\n  disable: []\n",
			`.cookiescan.yaml:1: unknown key "rule" (known: rules, classes, ignore, scan, fail_on, secrets)`},
		{"an unknown key under rules", "# CI config\n\n# rules that do not apply to us\n\n\nrules:\n  disabel: [samesite-missing]\n",
			`.cookiescan.yaml:7: unknown key "disabel" under rules (known: disable, enable, severity)`},
		{"a mistyped rule", "rules:\n  disable:\n    - samesite-missing\n    - missing-htponly\n",
			`.cookiescan.yaml:4: unknown rule "missing-htponly" (did you mean missing-httponly?)`},
		{"a rule unlike any other", "rules:\n  enable: [frobnicate]\n",
			`.cookiescan.yaml:2: unknown rule "frobnicate" (cookiescan rules lists them)`},
		{"a mistyped rule in severity", "rules:\n  severity:\n    missing-secur: high\n",
			`.cookiescan.yaml:3: unknown rule "missing-secur" (did you mean missing-secure?)`},
		{"a mistyped rule in an ignore", "ignore:\n  - rule: misssing-secure\n    reason: x\n",
			`.cookiescan.yaml:2: unknown rule "misssing-secure" (did you mean missing-secure?)`},
		{"an invalid severity", "rules:\n  severity:\n    missing-secure: hgih\n",
			`.cookiescan.yaml:3: rules.severity.missing-secure: invalid severity "hgih" (want info, low, medium, high or critical)`},
		{"none as an override", "rules:\n  severity:\n    missing-secure: none\n",
			`.cookiescan.yaml:3: rules.severity.missing-secure: invalid severity "none" (want info, low, medium, high or critical)`},
		{"an invalid fail_on", "fail_on: severe\n",
			`.cookiescan.yaml:1: fail_on: invalid severity "severe" (want info, low, medium, high, critical or none)`},
		{"an empty enable", "rules:\n  enable: []\n",
			`.cookiescan.yaml:2: rules.enable is empty: leave it out to run every rule`},
		{"no rule left to run", "rules:\n  enable: [missing-secure]\n  disable: [missing-secure]\n",
			`.cookiescan.yaml:1: rules: no rule is left to run`},
		{"an ignore without a reason", "ignore:\n  - rule: missing-secure\n    reason: x\n\n  - rule: missing-httponly\n    until: 2027-01-31\n",
			`.cookiescan.yaml:5: ignore entry needs a reason`},
		{"an ignore with a blank reason", "ignore:\n  - rule: missing-secure\n    reason: '   '\n",
			`.cookiescan.yaml:2: ignore entry needs a reason`},
		{"an ignore with an empty reason", "ignore:\n  - rule: missing-secure\n    reason:\n",
			`.cookiescan.yaml:3: ignore reason: want a value, got nothing`},
		{"an ignore that would hide everything", "ignore:\n  - reason: too noisy\n",
			`.cookiescan.yaml:2: ignore entry needs a rule, a cookie, a url or a path: without one it would hide every finding`},
		{"an unknown key in an ignore", "ignore:\n  - rule: missing-secure\n    cookies: sid\n    reason: x\n",
			`.cookiescan.yaml:3: unknown key "cookies" under ignore entry (known: rule, cookie, url, path, reason, until)`},
		{"an invalid date", "ignore:\n  - rule: missing-secure\n    reason: x\n    until: 2027-02-30\n",
			`.cookiescan.yaml:4: ignore until: invalid date "2027-02-30": want a date as YYYY-MM-DD`},
		{"a date in another format", "ignore:\n  - rule: missing-secure\n    reason: x\n    until: 31/01/2027\n",
			`.cookiescan.yaml:4: ignore until: invalid date "31/01/2027": want a date as YYYY-MM-DD`},
		{"an invalid cookie pattern in an ignore", "ignore:\n  - cookie: \"_ga(\"\n    reason: x\n",
			`.cookiescan.yaml:2: ignore cookie: invalid regular expression "_ga(": missing closing )`},
		{"an invalid url pattern in an ignore", "ignore:\n  - url: \"[a-\"\n    reason: x\n",
			`.cookiescan.yaml:2: ignore url: invalid regular expression "[a-": missing closing ]`},
		{"an invalid class pattern", "classes:\n  session: [\"acme_(\"]\n",
			`.cookiescan.yaml:2: classes.session: invalid regular expression "acme_(": missing closing )`},
		{"a class pattern that would escape its anchors", "classes:\n  session:\n    - \"a)|(b\"\n",
			`.cookiescan.yaml:3: classes.session: invalid regular expression "a)|(b": unexpected )`},
		{"an unknown class", "classes:\n  sesion: [acme]\n",
			`.cookiescan.yaml:2: unknown key "sesion" under classes (known: session, identity, csrf, infrastructure, tracking, credential)`},
		{"an invalid include pattern", "scan:\n  include: [\"*.example\"]\n",
			`.cookiescan.yaml:2: scan.include: invalid regular expression "*.example": missing argument to repetition operator`},
		{"an invalid scope", "scan:\n  scope: site\n",
			`.cookiescan.yaml:2: scan.scope: invalid scope "site" (want host or domain)`},
		{"a negative depth", "scan:\n  depth: -1\n",
			`.cookiescan.yaml:2: scan.depth: invalid value "-1": want a whole number of at least 0`},
		{"a depth that is no number", "scan:\n  depth: deep\n",
			`.cookiescan.yaml:2: scan.depth: invalid value "deep": want a whole number of at least 0`},
		{"no pages", "scan:\n  max_pages: 0\n",
			`.cookiescan.yaml:2: scan.max_pages: invalid value "0": want a whole number of at least 1`},
		{"a rate of zero", "scan:\n  rate: 0\n",
			`.cookiescan.yaml:2: scan.rate: invalid value "0": want requests per second, a number above 0`},
		{"a timeout without a unit", "scan:\n  timeout: 15\n",
			`.cookiescan.yaml:2: scan.timeout: invalid duration "15": want a duration such as 15s or 10m`},
		{"a timeout of zero", "scan:\n  timeout: 0s\n",
			`.cookiescan.yaml:2: scan.timeout: must be above 0`},
		{"a Host header", "scan:\n  headers:\n    host: evil.example\n",
			`.cookiescan.yaml:3: scan.headers: Host may not be set: it would send requests to another host than the scope allows`},
		{"an invalid header name", "scan:\n  headers:\n    \"X Token\": a\n",
			`.cookiescan.yaml:3: scan.headers: a header name with a character not allowed in header names`},
		{"a header given twice", "scan:\n  headers:\n    X-Token: a\n    x-token: b\n",
			`.cookiescan.yaml:4: scan.headers: X-Token given twice (first at line 3)`},
		{"a malformed variable reference", "scan:\n  headers:\n    Authorization: \"Bearer ${STAGING TOKEN}\"\n",
			`.cookiescan.yaml:3: scan.headers.Authorization: ${ must start a ${NAME} reference (letters, digits and _, not starting with a digit)`},
		{"an unclosed variable reference", "scan:\n  cookie: \"sid=${SESSION\"\n",
			`.cookiescan.yaml:2: scan.cookie: ${ must start a ${NAME} reference (letters, digits and _, not starting with a digit)`},
		{"a key given twice", "fail_on: high\nscan: {}\nfail_on: low\n",
			`.cookiescan.yaml:3: key "fail_on" given twice (first at line 1)`},
		{"a value where a list belongs", "rules:\n  disable: samesite-missing\n",
			`.cookiescan.yaml:2: rules.disable: want a list, got a single value`},
		{"a header line where the headers mapping belongs", "scan:\n  headers: \"Authorization: Bearer SECRET123\"\n",
			`.cookiescan.yaml:2: scan.headers: want a mapping (key: value lines), got a single value`},
		{"a list where a mapping belongs", "scan:\n  - depth: 2\n",
			`.cookiescan.yaml:2: scan: want a mapping (key: value lines), got a list`},
		{"a file that is a list", "- rules\n",
			`.cookiescan.yaml:1: the file: want a mapping (key: value lines), got a list`},
		{"an alias where a list belongs", "rules:\n  disable: &d [samesite-missing]\n  enable: *d\n",
			`.cookiescan.yaml:3: rules.enable: want a list, got an alias (*d): anchors and aliases are not supported`},
		{"a key given twice under a section", "rules:\n  disable: [samesite-missing]\n  disable: [missing-secure]\n",
			`.cookiescan.yaml:3: key "disable" given twice under rules (first at line 2)`},
		{"a key written without its value", "scan: {}\nfail_on:\n",
			`.cookiescan.yaml:2: fail_on: want a value, got nothing`},
		{"an empty list item", "rules:\n  disable:\n    - samesite-missing\n    -\n",
			`.cookiescan.yaml:4: rules.disable: want a value, got nothing`},
		{"an ignore entry that is not a mapping", "ignore:\n  - missing-secure\n",
			`.cookiescan.yaml:2: ignore: want a mapping (key: value lines), got a single value`},
		{"a mapping where the list of ignores belongs", "ignore: {rule: missing-secure}\n",
			`.cookiescan.yaml:1: ignore: want a list, got a mapping`},
		{"a value where a list belongs, in a flow mapping", "scan: {depth: 2, exclude: x}\n",
			`.cookiescan.yaml:1: scan.exclude: want a list, got a single value`},
		{"an unknown key in a flow ignore entry", "ignore:\n  - {rule: missing-secure, reason: x, cookies: sid}\n",
			`.cookiescan.yaml:2: unknown key "cookies" under ignore entry (known: rule, cookie, url, path, reason, until)`},
		{"a merge key", "<<: {fail_on: high}\n",
			`.cookiescan.yaml:1: want a plain key, got a merge key (<<): anchors and aliases are not supported`},
		{"a list as a key", "rules:\n  severity:\n    [missing-secure]: high\n",
			`.cookiescan.yaml:3: want a plain key under rules.severity, got a list`},
		{"a YAML syntax error", "rules:\n  disable: [samesite-missing]\nfail_on high\nscan: {}\n",
			`.cookiescan.yaml:3: could not find expected ':'`},
		{"a tab for indentation", "rules:\n\tdisable: []\n",
			`.cookiescan.yaml:2: found character that cannot start any token`},
		{"a second document", "fail_on: high\n---\n---\nfail_on: low\n",
			`.cookiescan.yaml:3: a second YAML document: a config file holds one`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conf, err := loadConfigText(t, tt.text, nil)
			if err == nil {
				t.Fatalf("loaded %+v, want the error %s", conf, tt.want)
			}
			if lines := strings.Split(err.Error(), "\n"); !slices.Contains(lines, tt.want) {
				t.Errorf("error:\n%v\nwant the line:\n%s", err, tt.want)
			}
		})
	}
}

func TestConfigReportsEveryErrorNotOnlyTheFirst(t *testing.T) {
	_, err := loadConfigText(t, "rules:\n  disable: [samesite-mising]\nscan:\n  depth: x\nignore:\n  - rule: missing-secure\n", nil)
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	for i, prefix := range []string{".cookiescan.yaml:2: ", ".cookiescan.yaml:4: ", ".cookiescan.yaml:6: "} {
		if i >= len(lines) || !strings.HasPrefix(lines[i], prefix) {
			t.Errorf("error line %d should start with %q:\n%v", i+1, prefix, err)
		}
	}
}

func TestConfigExpandsEnvironmentVariablesOnlyWhenUsed(t *testing.T) {
	const text = "scan:\n  headers:\n    Authorization: \"Bearer ${STAGING_TOKEN}\"\n    X-Literal: \"$HOME pays $5\"\n  cookie: \"sid=${SESSION}; t=${TENANT}\"\n"
	secrets := map[string]string{"STAGING_TOKEN": "secret-token-1", "SESSION": "secret-session-2", "TENANT": "secret-tenant-3", "HOME": "/root"}
	without := func(names ...string) map[string]string {
		env := map[string]string{}
		for k, v := range secrets {
			if !slices.Contains(names, k) {
				env[k] = v
			}
		}
		return env
	}
	tests := []struct {
		name    string
		env     map[string]string
		changed []string
		headers []string
		wantErr string
	}{
		{name: "set variables are expanded and $NAME is left as written", env: secrets,
			headers: []string{"Authorization: Bearer secret-token-1", "X-Literal: $HOME pays $5"}},
		{name: "a missing variable is an error naming it and its line", env: without("STAGING_TOKEN"),
			wantErr: ".cookiescan.yaml:3: scan.headers.Authorization: environment variable STAGING_TOKEN is not set"},
		{name: "an empty variable is an error, as CI passes a secret it lacks", env: map[string]string{"STAGING_TOKEN": "", "SESSION": "s", "TENANT": "t"},
			wantErr: ".cookiescan.yaml:3: scan.headers.Authorization: environment variable STAGING_TOKEN is empty"},
		{name: "a variable of the cookie is named with the cookie's line", env: without("TENANT"),
			wantErr: ".cookiescan.yaml:5: scan.cookie: environment variable TENANT is not set"},
		{name: "a value given on the command line needs no variable", env: without("STAGING_TOKEN", "SESSION", "TENANT"),
			changed: []string{"header", "cookie"}, headers: []string{"Authorization: from the command line", "X-Literal: $HOME pays $5"}},
		{name: "a control character in a variable is an error that shows no value", env: map[string]string{"STAGING_TOKEN": "secret\r\nX-Evil: 1", "SESSION": "s", "TENANT": "t"},
			wantErr: ".cookiescan.yaml:3: scan.headers.Authorization: the value has a control character once its variables are expanded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conf, err := loadConfigText(t, text, tt.env)
			if err != nil {
				t.Fatalf("loading needs no variable, got %v", err)
			}
			cfg := scanner.CrawlConfig{Headers: http.Header{}}
			if slices.Contains(tt.changed, "header") {
				cfg.Headers.Set("Authorization", "from the command line")
			}
			err = conf.applyScan(&cfg, func(flag string) bool { return slices.Contains(tt.changed, flag) })
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("error %v, want %s", err, tt.wantErr)
				}
				for _, leak := range []string{"secret", "Bearer", "sid="} {
					if strings.Contains(err.Error(), leak) {
						t.Errorf("the error shows %q", leak)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range tt.headers {
				name, value, _ := strings.Cut(h, ": ")
				if got := cfg.Headers.Values(name); len(got) != 1 || got[0] != value {
					t.Errorf("%s: %q, want %q", name, got, value)
				}
			}
		})
	}
}

func TestConfigApplyScanKeepsWhatTheCommandLineGave(t *testing.T) {
	conf, err := loadConfigText(t, "scan:\n  scope: domain\n  depth: 0\n  max_pages: 50\n  rate: 3\n  timeout: 5s\n  include: [staging]\n  headers:\n    X-Team: appsec\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	given := []string{"scope", "max-pages", "include"}
	cfg := scanner.CrawlConfig{
		Scope: scanner.ScopeHost, MaxDepth: scanner.DefaultMaxDepth, MaxPages: 7, PerHostRate: scanner.DefaultPerHostRate,
		Timeout: scanner.DefaultTimeout, Headers: http.Header{"X-Debug": {"1"}},
	}
	if err := conf.applyScan(&cfg, func(flag string) bool { return slices.Contains(given, flag) }); err != nil {
		t.Fatal(err)
	}
	if cfg.Scope != scanner.ScopeHost || cfg.MaxPages != 7 || cfg.Include != nil {
		t.Errorf("flags given lost to the config: scope %v, max pages %d, include %v", cfg.Scope, cfg.MaxPages, cfg.Include)
	}
	if cfg.MaxDepth != -1 || cfg.PerHostRate != 3 || cfg.Timeout != 5*time.Second {
		t.Errorf("config not applied: depth %d (want -1, the start URLs only), rate %v, timeout %v", cfg.MaxDepth, cfg.PerHostRate, cfg.Timeout)
	}
	if cfg.Headers.Get("X-Debug") != "1" || cfg.Headers.Get("X-Team") != "appsec" {
		t.Errorf("headers %v: want the command line's and the config's", cfg.Headers)
	}
}

func TestConfigRuleSetDoesNotMutateRulesAll(t *testing.T) {
	pointers := slices.Clone(rules.All)
	severities := map[string]rules.Severity{}
	for _, r := range rules.All {
		severities[r.ID] = r.Severity
	}
	conf, err := loadConfigText(t, "rules:\n  disable: [samesite-missing]\n  severity:\n    missing-secure: critical\n    missing-httponly: info\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	set := conf.ruleSet()
	for _, r := range set {
		switch r.ID {
		case "missing-secure", "missing-httponly":
			if r == rules.ByID(r.ID) {
				t.Errorf("%s: the overridden rule is the catalog's own value", r.ID)
			}
			if r.Check == nil || r.Doc != rules.ByID(r.ID).Doc {
				t.Errorf("%s: the copy lost its check or doc", r.ID)
			}
		default:
			if r != rules.ByID(r.ID) {
				t.Errorf("%s: a rule without an override should be the catalog's own value", r.ID)
			}
		}
	}
	if !slices.Equal(pointers, rules.All) {
		t.Error("rules.All changed")
	}
	for _, r := range rules.All {
		if r.Severity != severities[r.ID] {
			t.Errorf("rules.All: %s is now %s, was %s", r.ID, r.Severity, severities[r.ID])
		}
	}
	if err := rules.Validate(set); err != nil {
		t.Errorf("the rule set does not validate: %v", err)
	}
}

func TestConfigRuleSetRunsTheEnabledRulesLessTheDisabled(t *testing.T) {
	conf, err := loadConfigText(t, "rules:\n  enable: [samesite-missing, missing-secure, missing-httponly]\n  disable: [missing-secure]\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range conf.ruleSet() {
		ids = append(ids, r.ID)
	}
	if want := []string{"missing-httponly", "samesite-missing"}; !slices.Equal(ids, want) {
		t.Errorf("rules %v, want %v in catalog order", ids, want)
	}
}

func FuzzConfigErrorsNameTheFile(f *testing.F) {
	full, err := os.ReadFile("testdata/config/full.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(full))
	f.Add("rules:\n  disable: &d [samesite-missing]\n  enable: *d\nscan: {depth: x, headers: {X Y: a}}\n")
	f.Add("ignore:\n  - {rule: missing-secure, cookies: sid}\n  -\n  - x\n<<: {fail_on: high}\n")
	f.Fuzz(func(t *testing.T, text string) {
		conf, err := parseConfig("c.yaml", []byte(text), configEnv(nil))
		if err == nil {
			if conf == nil {
				t.Fatal("no config and no error")
			}
			return
		}
		for _, line := range strings.Split(err.Error(), "\n") {
			if !strings.HasPrefix(line, "c.yaml:") {
				t.Errorf("error line %q does not name the file", line)
			}
		}
	})
}
