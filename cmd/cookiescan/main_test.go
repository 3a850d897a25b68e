package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/demo"
	"github.com/cookiescan/cookiescan/rules"
)

var update = flag.Bool("update", false, "rewrite generated docs")

// cli runs one command line and returns its exit code, stdout and stderr.
func cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestDocsAgreeWithTheRegistry(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const start, end = "<!-- rules:start -->\n", "<!-- rules:end -->"
	i, j := bytes.Index(readme, []byte(start)), bytes.Index(readme, []byte(end))
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the %q … %q markers", start, end)
	}
	table := catalogMarkdown()
	if got := string(readme[i+len(start) : j]); got != table {
		if *update {
			readme = append(readme[:i+len(start)], append([]byte(table), readme[j:]...)...)
			if err := os.WriteFile("../../README.md", readme, 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			t.Errorf("README.md's rule table differs from the registry; run go test ./cmd/cookiescan -run TestDocs -update\n%s", table)
		}
	}
	doc := rulesDoc()
	got, _ := os.ReadFile("../../docs/rules.md")
	if string(got) != doc {
		if *update {
			if err := os.WriteFile("../../docs/rules.md", []byte(doc), 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			t.Error("docs/rules.md differs from the registry; run go test ./cmd/cookiescan -run TestDocs -update")
		}
	}
}

func TestLintExitCodesFollowFailOn(t *testing.T) {
	dump := writeFile(t, "login.http", "# url: https://app.example.com/\nHTTP/1.1 200 OK\nSet-Cookie: role=admin; Path=/; Secure; HttpOnly; SameSite=Lax\n\n")
	for _, c := range []struct {
		failOn string
		want   int
	}{{"high", 1}, {"critical", 0}, {"none", 0}, {"info", 1}} {
		if code, _, stderr := cli(t, "lint", "--fail-on", c.failOn, dump); code != c.want {
			t.Errorf("--fail-on %s: exit %d, want %d (%s)", c.failOn, code, c.want, stderr)
		}
	}
	if code, _, stderr := cli(t, "lint", "--fail-on", "severe", dump); code != 2 || !strings.Contains(stderr, "unknown severity") {
		t.Errorf("a bad --fail-on gave exit %d, %q", code, stderr)
	}
}

func TestLintReportsEachBadFileOnOneLineAndKeepsTheRest(t *testing.T) {
	good := writeFile(t, "good.http", "# url: https://app.example.com/\nHTTP/1.1 200 OK\nSet-Cookie: sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure\n\n")
	bad := []string{
		writeFile(t, "truncated.har", `{"log":{"version":"1.2","entries":[{"request":`),
		writeFile(t, "array.har", `[1,2,3]`),
		writeFile(t, "empty.har", ``),
		writeFile(t, "binary.dump", "\x00\x01\x02\xff\xfe"),
	}
	code, stdout, stderr := cli(t, append([]string{"lint", "--format", "json", good}, bad...)...)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != len(bad) {
		t.Fatalf("want one error line per bad file, got:\n%s", stderr)
	}
	for i, path := range bad {
		if !strings.Contains(lines[i], path) {
			t.Errorf("error line %q does not name %s", lines[i], path)
		}
	}
	var rep struct {
		Partial  bool
		Errors   []string
		Findings []struct{ Rule string }
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, stdout)
	}
	if !rep.Partial || len(rep.Errors) != len(bad) {
		t.Errorf("partial=%v with %d errors, want true and %d", rep.Partial, len(rep.Errors), len(bad))
	}
	found := false
	for _, f := range rep.Findings {
		found = found || f.Rule == "missing-httponly"
	}
	if !found {
		t.Error("the good file's finding is missing")
	}
}

func TestInspectComputesTheCookieHeaderABrowserSends(t *testing.T) {
	code, stdout, stderr := cli(t, "inspect", "--format", "json", "--show-values",
		"--url", "https://app.example.com/login", "--check-url", "https://app.example.com/account/x", "--now", "1780000000",
		"Set-Cookie: a=1; Path=/", "b=2; Path=/account; Secure", "__Host-c=3; Domain=example.com; Path=/; Secure", "d=4; Max-Age=0")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var in struct {
		Schema       string `json:"schema"`
		CookieHeader string `json:"cookie_header"`
		Cookies      []struct {
			Name       string
			Stored     bool
			Rejections []struct{ Code string }
		}
	}
	if err := json.Unmarshal([]byte(stdout), &in); err != nil {
		t.Fatal(err)
	}
	if in.Schema != "cookiescan/inspect/v1" || in.CookieHeader != "b=2; a=1" {
		t.Errorf("schema %q, cookie_header %q; want cookiescan/inspect/v1 and %q", in.Schema, in.CookieHeader, "b=2; a=1")
	}
	if len(in.Cookies) != 4 || in.Cookies[2].Stored || len(in.Cookies[2].Rejections) == 0 {
		t.Errorf("the __Host- cookie with a Domain was not rejected: %+v", in.Cookies)
	}
}

func TestInspectJSONHasNoNullLists(t *testing.T) {
	_, stdout, _ := cli(t, "inspect", "--format", "json", "--url", "https://app.example.com/", "sid=abc; Secure; HttpOnly; SameSite=Lax")
	// The one null is the expiry of a session cookie, documented as such.
	if strings.Count(stdout, ": null") != 1 || !strings.Contains(stdout, `"expires": null`) {
		t.Errorf("nulls other than expires:\n%s", stdout)
	}
}

func TestInspectRedactsValuesByDefault(t *testing.T) {
	_, stdout, _ := cli(t, "inspect", "--format", "json", "--url", "https://app.example.com/", "sid=TOPSECRET; Secure; HttpOnly")
	if strings.Contains(stdout, "TOPSECRET") {
		t.Errorf("the value leaked:\n%s", stdout)
	}
	if !strings.Contains(stdout, `"cookie_header": "sid=[redacted]"`) {
		t.Errorf("cookie_header not redacted:\n%s", stdout)
	}
}

func TestInspectContextDecidesWhatCrossSiteRequestsCarry(t *testing.T) {
	headers := []string{"lax=1; SameSite=Lax; Secure", "strict=1; SameSite=Strict; Secure", "none=1; SameSite=None; Secure"}
	for ctx, want := range map[string]string{
		"same-site":              "lax=1; strict=1; none=1",
		"cross-site-navigation":  "lax=1; none=1",
		"cross-site-post":        "none=1",
		"cross-site-subresource": "none=1",
	} {
		args := append([]string{"inspect", "--format", "json", "--show-values", "--url", "https://app.example.com/", "--context", ctx}, headers...)
		_, stdout, _ := cli(t, args...)
		var in struct {
			CookieHeader string `json:"cookie_header"`
		}
		if err := json.Unmarshal([]byte(stdout), &in); err != nil {
			t.Fatal(err)
		}
		if in.CookieHeader != want {
			t.Errorf("%s: cookie_header %q, want %q", ctx, in.CookieHeader, want)
		}
	}
}

func TestUsageMistakesExitWithTwo(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}, {"lint"}, {"lint", "--bogus", "x"}, {"explain", "no-such-rule"}, {"inspect", "a=b"}, {"lint", "-o", "yaml=x", "f"}} {
		if code, _, _ := cli(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	if code, stdout, _ := cli(t, "lint", "--help"); code != 0 || !strings.Contains(stdout, "--fail-on") {
		t.Errorf("lint --help: exit %d, output %q", code, stdout)
	}
}

func TestExplainShowsDocAndExamples(t *testing.T) {
	code, stdout, _ := cli(t, "explain", "missing-httponly")
	if code != 0 || !strings.Contains(stdout, "HttpOnly") || !strings.Contains(stdout, "Reported:\n") || !strings.Contains(stdout, "Set-Cookie: PHPSESSID=") {
		t.Errorf("explain output:\n%s", stdout)
	}
}

func TestOutputFlagWritesSeveralFormats(t *testing.T) {
	dir := t.TempDir()
	dump := writeFile(t, "a.http", "# url: https://app.example.com/\nHTTP/1.1 200 OK\nSet-Cookie: role=admin; Path=/\n\n")
	jsonPath, tablePath := filepath.Join(dir, "r.json"), filepath.Join(dir, "r.txt")
	if code, _, stderr := cli(t, "lint", "-o", "json="+jsonPath, "-o", "table="+tablePath, dump); code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	j, _ := os.ReadFile(jsonPath)
	tb, _ := os.ReadFile(tablePath)
	if !bytes.Contains(j, []byte(`"schema": "cookiescan/report/v1"`)) || !bytes.Contains(tb, []byte("unsigned-auth-value")) {
		t.Errorf("outputs:\n%s\n%s", j, tb)
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLintOfFrontEndCodeReportsFileLineAndColumn(t *testing.T) {
	dir := t.TempDir()
	src := "import Cookies from 'js-cookie';\n\nexport function signOut() {\n  Cookies.remove('sessionid');\n}\n"
	if err := os.MkdirAll(filepath.Join(dir, "src", "node_modules"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "src", "auth.js"), []byte(src), 0o644)
	os.WriteFile(filepath.Join(dir, "src", "node_modules", "dep.js"), []byte(src), 0o644)
	code, stdout, stderr := cli(t, "lint", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		Findings []struct {
			Rule     string
			Location struct {
				File      string
				Line, Col int
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 {
		t.Fatalf("want one finding (node_modules skipped), got %+v", rep.Findings)
	}
	f := rep.Findings[0]
	if f.Rule != "logout-in-js" || f.Location.File != filepath.Join(dir, "src", "auth.js") || f.Location.Line != 4 || f.Location.Col != 3 {
		t.Errorf("finding %+v, want logout-in-js at src/auth.js:4:3", f)
	}
}

func TestDemoScansTheEmbeddedSiteAndShowsTheReport(t *testing.T) {
	code, stdout, stderr := cli(t, "demo", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "deliberately vulnerable site at http://127.0.0.1:") {
		t.Errorf("stderr does not say where the site is: %q", stderr)
	}
	for _, rule := range []string{"logout-in-js", "unsigned-auth-value", "invalid-prefix", "session-id-in-url", "session-fixation", "session-survives-logout"} {
		if !strings.Contains(stdout, `"rule": "`+rule+`"`) {
			t.Errorf("the demo report lacks %s", rule)
		}
	}
	if strings.Contains(stdout, "8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6") {
		t.Error("a cookie value leaked into the demo report")
	}
	if strings.Contains(stdout+stderr, demo.Password) {
		t.Error("the demo's password leaked into the report")
	}
}

func TestConfigAndBaselineChangeFindingsAndExitCodes(t *testing.T) {
	dump := writeFile(t, "login.http", "# url: https://app.example.com/login\nHTTP/1.1 200 OK\n"+
		"Set-Cookie: role=admin; Path=/; Secure; HttpOnly; SameSite=Lax\n"+
		"Set-Cookie: theme=dark; Path=/; SameSite=Lax\n\n")
	if code, _, _ := cli(t, "lint", dump); code != 1 {
		t.Fatalf("without config: exit %d, want 1 (unsigned-auth-value is high)", code)
	}

	conf := writeFile(t, "cookiescan.yaml", "ignore:\n  - rule: unsigned-auth-value\n    cookie: role\n    reason: signed by the gateway\n"+
		"  - cookie: nothing-like-this\n    reason: stale\nrules:\n  severity:\n    missing-secure: critical\n")
	code, stdout, stderr := cli(t, "lint", "--config", conf, "--format", "json", dump)
	if code != 1 || strings.Contains(stdout, `"unsigned-auth-value"`) || !strings.Contains(stdout, `"severity": "critical"`) {
		t.Errorf("with config: exit %d, report %s", code, stdout)
	}
	if !strings.Contains(stderr, "suppressed 1 finding") || !strings.Contains(stderr, "matched nothing") {
		t.Errorf("stderr does not tell about the ignores: %q", stderr)
	}
	if code, _, _ := cli(t, "lint", "--config", conf, "--fail-on", "none", dump); code != 0 {
		t.Errorf("--fail-on none: exit %d", code)
	}

	baseline := filepath.Join(t.TempDir(), "baseline.json")
	if code, _, _ := cli(t, "lint", "-o", "json="+baseline, dump); code != 1 {
		t.Fatalf("writing the baseline: exit %d", code)
	}
	code, stdout, stderr = cli(t, "lint", "--baseline", baseline, "--format", "json", dump)
	if code != 0 || strings.Contains(stdout, `"rule"`) || !strings.Contains(stderr, "by baseline") {
		t.Errorf("with the baseline: exit %d, stderr %q, report %s", code, stderr, stdout)
	}

	bad := writeFile(t, "bad.yaml", "rules:\n  disabel: [x]\n")
	if code, _, stderr := cli(t, "lint", "--config", bad, dump); code != 2 || !strings.Contains(stderr, ":2:") {
		t.Errorf("a bad config: exit %d, %q", code, stderr)
	}
}

func TestCIFormatsFollowFailOn(t *testing.T) {
	dump := writeFile(t, "a.http", "# url: https://app.example.com/\nHTTP/1.1 200 OK\nSet-Cookie: sessionid=SECRETVALUEOFTHISTEST; Path=/; Secure; SameSite=Lax\n\n")
	dir := t.TempDir()
	for _, failOn := range []string{"high", "medium"} {
		junit, sarif := filepath.Join(dir, failOn+".xml"), filepath.Join(dir, failOn+".sarif")
		cli(t, "lint", "--fail-on", failOn, "-o", "junit="+junit, "-o", "sarif="+sarif, dump)
		x, _ := os.ReadFile(junit)
		failing := bytes.Contains(x, []byte("<failure"))
		if failing != (failOn == "medium") {
			t.Errorf("--fail-on %s: JUnit failure present %v", failOn, failing)
		}
		s, _ := os.ReadFile(sarif)
		if !bytes.Contains(s, []byte(`"ruleId": "missing-httponly"`)) || bytes.Contains(s, []byte("SECRETVALUEOFTHISTEST")) {
			t.Errorf("SARIF: %s", s)
		}
	}
}

func TestSARIFPlacesFilesRelativeToTheWorkingDirectory(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.MkdirAll(filepath.Join(dir, "captures"), 0o755); err != nil {
		t.Fatal(err)
	}
	dump := filepath.Join(dir, "captures", "app.http")
	if err := os.WriteFile(dump, []byte("# url: https://app.example.com/\nHTTP/1.1 200 OK\nSet-Cookie: sessionid=SECRETVALUEOFTHISTEST; Path=/\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		flags []string
		want  string
	}{
		{nil, "captures/app.http"},
		{[]string{"--sarif-root", "captures"}, "app.http"},
	} {
		out := filepath.Join(t.TempDir(), "report.sarif")
		args := append([]string{"lint", "--fail-on", "none", "-o", "sarif=" + out}, tc.flags...)
		if code, _, stderr := cli(t, append(args, dump)...); code != 0 {
			t.Fatalf("%v: exit %d, %s", tc.flags, code, stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		var log struct {
			Runs []struct {
				Results []struct {
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct{ URI, URIBaseID string }
						}
					}
				}
			}
		}
		if err := json.Unmarshal(data, &log); err != nil {
			t.Fatal(err)
		}
		if len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
			t.Fatalf("%v: no results in %s", tc.flags, data)
		}
		for _, res := range log.Runs[0].Results {
			if uri := res.Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != tc.want {
				t.Errorf("%v: artifact URI %q, want %q", tc.flags, uri, tc.want)
			}
		}
	}
}

func TestLintOfAWebFolderLeavesOutTestsAndPlainText(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"public/robots.txt":           "User-agent: *\nDisallow: /admin\n",
		"public/LICENSE.txt":          "MIT License\n",
		"src/app.js":                  "document.cookie = 'theme=dark; path=/';\n",
		"tests/auth.js":               "document.cookie = 'sessionid=abc; path=/';\n",
		"src/__tests__/login.js":      "document.cookie = 'auth_token=abc; path=/';\n",
		"src/login.test.js":           "document.cookie = 'jwt=abc; path=/';\n",
		"src/Button.stories.tsx":      "document.cookie = 'sid=abc; path=/';\n",
		"examples/demo/index.html":    "<script>document.cookie = 'session=abc; path=/';</script>\n",
		"cypress/e2e/logout.cy.js":    "document.cookie = 'token=abc; path=/';\n",
		"src/fixtures/user.ts":        "document.cookie = 'user=alice; path=/';\n",
		"src/components/Spec.vue":     "<script>document.cookie = 'lang=en; path=/';</script>\n",
		"src/contest/results.js":      "document.cookie = 'seen=1; path=/';\n",
		"src/specimen/attestation.js": "document.cookie = 'mode=a; path=/';\n",
	}
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := cli(t, "lint", "--fail-on", "none", "--format", "json", dir)
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var result struct {
		Partial  bool
		Findings []struct{ Cookie struct{ Name string } }
	}
	if err := json.Unmarshal([]byte(stdout), &result); err != nil {
		t.Fatal(err)
	}
	cookies := map[string]bool{}
	for _, f := range result.Findings {
		cookies[f.Cookie.Name] = true
	}
	if result.Partial {
		t.Error("the report is partial")
	}
	for _, name := range []string{"theme", "lang", "seen", "mode"} {
		if !cookies[name] {
			t.Errorf("no finding on %s, which application code sets", name)
		}
	}
	for _, name := range []string{"sessionid", "auth_token", "jwt", "sid", "session", "token", "user"} {
		if cookies[name] {
			t.Errorf("a finding on %s, which only test code sets", name)
		}
	}

	_, stdout, _ = cli(t, "lint", "--fail-on", "none", "--format", "json", "--include-tests", dir)
	if err := json.Unmarshal([]byte(stdout), &result); err != nil {
		t.Fatal(err)
	}
	cookies = map[string]bool{}
	for _, f := range result.Findings {
		cookies[f.Cookie.Name] = true
	}
	for _, name := range []string{"sessionid", "auth_token", "jwt", "sid", "session", "token", "user"} {
		if !cookies[name] {
			t.Errorf("--include-tests: no finding on %s", name)
		}
	}
}

func TestLintListsTheFindingsInlineCommentsSilence(t *testing.T) {
	src := writeFile(t, "login.js", "export function onLogin(res) {\n"+
		"  // cookiescan-ignore js-sets-auth-cookie the gateway re-issues it HttpOnly\n"+
		"  document.cookie = \"auth_token=\" + res.token + \"; path=/; secure; samesite=strict\";\n}\n")
	code, stdout, stderr := cli(t, "lint", "--fail-on", "medium", "--format", "json", src)
	if code != 0 {
		t.Errorf("exit %d: the silenced finding still fails the run; %s", code, stdout)
	}
	want := src + `:3: js-sets-auth-cookie "the gateway re-issues it HttpOnly"`
	if !strings.Contains(stderr, "suppressed 1 finding by cookiescan-ignore comments") || !strings.Contains(stderr, want) {
		t.Errorf("stderr %q does not list the suppression %q", stderr, want)
	}
	var doc struct {
		Findings []rules.Finding `json:"findings"`
		Stats    struct {
			InlineIgnored []rules.InlineIgnore `json:"inline_ignored"`
		} `json:"stats"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	for _, f := range doc.Findings {
		if f.Rule == "js-sets-auth-cookie" {
			t.Error("the silenced finding is in the report")
		}
	}
	wantStats := []rules.InlineIgnore{{Rule: "js-sets-auth-cookie", File: src, Line: 3, Reason: "the gateway re-issues it HttpOnly"}}
	if !reflect.DeepEqual(doc.Stats.InlineIgnored, wantStats) {
		t.Errorf("stats.inline_ignored = %+v, want %+v", doc.Stats.InlineIgnored, wantStats)
	}
	_, table, _ := cli(t, "lint", src)
	if !strings.Contains(table, "1 silenced by cookiescan-ignore") {
		t.Errorf("the table summary does not count the silenced finding:\n%s", table)
	}
}
