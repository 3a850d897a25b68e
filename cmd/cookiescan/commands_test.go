package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/term"
)

func TestHelpAndSuggestions(t *testing.T) {
	for _, tc := range []struct {
		args      []string
		code      int
		stdout    string
		stderr    string
		notInHelp string
	}{
		{args: []string{"help", "scan"}, stdout: "cookiescan scan [flags] URL...", notInHelp: "[=true|false]"},
		{args: []string{"scan", "--help"}, stdout: "      --insecure   "},
		{args: []string{"help", "bogus"}, code: 2, stderr: `no help for "bogus"`},
		{args: []string{"scna"}, code: 2, stderr: "did you mean scan?"},
		{args: []string{"explain", "missing-httponyl"}, code: 2, stderr: "did you mean missing-httponly?"},
		{args: []string{"explain", "MISSING-HTTPONLY"}, stdout: "missing-httponly  ("},
		{args: []string{"lint", "--fail-onn", "x"}, code: 2, stderr: "did you mean --fail-on?"},
		{args: []string{"--baseline", "x.json", "rules"}, code: 2, stderr: "--baseline does not apply"},
		{args: []string{"completion", "bash"}, stdout: "bash completion"},
		{args: []string{"--version"}, stdout: "cookiescan "},
	} {
		code, stdout, stderr := cli(t, tc.args...)
		if code != tc.code || !strings.Contains(stdout, tc.stdout) || !strings.Contains(stderr, tc.stderr) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit %d with %q / %q", tc.args, code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
		}
		if tc.notInHelp != "" && strings.Contains(stdout, tc.notInHelp) {
			t.Errorf("%q: help shows %q", tc.args, tc.notInHelp)
		}
	}
}

func TestReportFlagsWorkBeforeAndAfterTheCommand(t *testing.T) {
	dump := writeFile(t, "a.http", "# url: https://app.example.com/\nHTTP/1.1 200 OK\nSet-Cookie: role=admin; Path=/\n\n")
	conf := writeFile(t, "c.yaml", "fail_on: none\n")
	for _, args := range [][]string{
		{"-c", conf, "-f", "json", "lint", dump},
		{"lint", dump, "--config", conf, "--format", "json"},
	} {
		code, stdout, stderr := cli(t, args...)
		if code != 0 || !strings.Contains(stdout, `"schema": "cookiescan/report/v1"`) {
			t.Errorf("%q: exit %d, %s %s", args, code, stdout, stderr)
		}
	}
}

func TestFormatWithOutputWritesBothOrRefuses(t *testing.T) {
	dump := writeFile(t, "a.http", "# url: https://app.example.com/\nHTTP/1.1 200 OK\nSet-Cookie: role=admin; Path=/\n\n")
	path := filepath.Join(t.TempDir(), "r.sarif")
	_, stdout, _ := cli(t, "lint", "--format", "json", "-o", "sarif="+path, dump)
	if sarif, err := os.ReadFile(path); err != nil || !strings.Contains(stdout, `"schema"`) || !bytes.Contains(sarif, []byte(`"runs"`)) {
		t.Errorf("--format json -o sarif=PATH: stdout %q, file %v", stdout, err)
	}
	if code, _, stderr := cli(t, "lint", "--format", "json", "-o", "table=-", dump); code != 2 || !strings.Contains(stderr, "stdout") {
		t.Errorf("--format json -o table=-: exit %d, %q; want a usage error", code, stderr)
	}
}

func TestLintReadsStdinAndCountsFiles(t *testing.T) {
	dump := "# url: https://app.example.com/\nHTTP/1.1 200 OK\nSet-Cookie: role=admin; Path=/\n\n"
	var stdout, stderr bytes.Buffer
	code := runWithInput(context.Background(), []string{"lint", "--format", "json", "-"}, strings.NewReader(dump), &stdout, &stderr)
	var rep struct {
		Stats    struct{ Files, Responses int }
		Findings []struct{ Rule string }
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("exit %d: %v %s", code, err, stderr.String())
	}
	if code != 1 || rep.Stats.Files != 1 || rep.Stats.Responses != 1 || len(rep.Findings) == 0 {
		t.Errorf("lint -: exit %d, stats %+v, %d findings", code, rep.Stats, len(rep.Findings))
	}
}

func TestErrorLinesGoToStderrNotIntoTheTable(t *testing.T) {
	good := writeFile(t, "good.http", "# url: https://app.example.com/\nHTTP/1.1 200 OK\nSet-Cookie: role=admin; Path=/\n\n")
	missing := filepath.Join(t.TempDir(), "missing.har")
	_, stdout, stderr := cli(t, "lint", good, missing)
	if strings.Contains(stdout, "error:") || !strings.Contains(stderr, "error: "+missing) {
		t.Errorf("stdout %q\nstderr %q", stdout, stderr)
	}
}

func TestMergeKeepsTheEarliestStart(t *testing.T) {
	dir := t.TempDir()
	write := func(name, started string) string {
		path := filepath.Join(dir, name)
		body := `{"schema":"cookiescan/report/v1","tool":{"name":"cookiescan","version":"dev"},"targets":[],"stats":{"responses":0,"cookies":0,"scripts":0,"findings":0,"errors":0,"by_severity":{},"started_at":"` + started + `","duration_seconds":1},"findings":[],"errors":[],"partial":false}`
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	a := write("a.json", "2026-01-02T10:00:00Z")
	empty := write("empty.json", "0001-01-01T00:00:00Z")
	b := write("b.json", "2026-01-02T09:00:00Z")
	code, stdout, stderr := cli(t, "merge", "--format", "json", a, empty, b)
	var rep struct {
		Stats struct {
			StartedAt time.Time `json:"started_at"`
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("exit %d: %v %s", code, err, stderr)
	}
	if want := time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC); !rep.Stats.StartedAt.Equal(want) {
		t.Errorf("started_at %s, want %s", rep.Stats.StartedAt, want)
	}
}

func TestDemoHonoursReportFlags(t *testing.T) {
	code, stdout, stderr := cli(t, "demo", "--format", "json", "--min-severity", "high", "--fail-on", "medium")
	if code != 1 {
		t.Errorf("--fail-on medium: exit %d, want 1: %s", code, stderr)
	}
	var rep struct{ Findings []struct{ Severity string } }
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Findings {
		if f.Severity != "high" && f.Severity != "critical" {
			t.Errorf("--min-severity high shows a %s finding", f.Severity)
		}
	}
	if len(rep.Findings) == 0 {
		t.Error("no finding at high or above")
	}
}

func TestVersionLineNamesTheRevision(t *testing.T) {
	info := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.3"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123abc"}, {Key: "vcs.time", Value: "2026-12-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"},
	}}
	if got, want := versionLine(info), "cookiescan v1.2.3 (revision 0123abc, 2026-12-01T10:00:00Z, modified) go1.26.8"; got != want {
		t.Errorf("versionLine = %q, want %q", got, want)
	}
	if got := versionLine(nil); got != "cookiescan dev" {
		t.Errorf("without build info: %q", got)
	}
}

// lintOnTerminal runs lint with stdout on a pseudo-terminal of the given
// width and returns what the terminal showed.
func lintOnTerminal(t *testing.T, cols uint16, args ...string) string {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: cols, Rows: 50}); err != nil {
		t.Fatal(err)
	}
	if _, err := term.MakeRaw(int(tty.Fd())); err != nil { // no \r added to each \n
		t.Fatal(err)
	}
	read := make(chan []byte)
	go func() {
		out, _ := io.ReadAll(ptmx)
		read <- out
	}()
	run(context.Background(), append([]string{"lint", "--no-color"}, args...), tty, io.Discard)
	tty.Close()
	return string(<-read)
}

func TestTableFitsTheTerminalWidth(t *testing.T) {
	t.Setenv("COLUMNS", "")
	t.Chdir(t.TempDir())
	dump := "# url: http://127.0.0.1:19400/account\nHTTP/1.1 200 OK\nSet-Cookie: role=admin; Path=/\nSet-Cookie: sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/\n\n"
	if err := os.WriteFile("captured-login-response.http", []byte(dump), 0o644); err != nil {
		t.Fatal(err)
	}
	whole := []string{"captured-login-response.http:3", "captured-login-response.http:4", "unsigned-auth-value", "missing-httponly"}
	for _, cols := range []uint16{80, 120} {
		out := lintOnTerminal(t, cols, "captured-login-response.http")
		stacked := !strings.Contains(out, "SEVERITY  RULE")
		if stacked != (cols < 100) {
			t.Errorf("%d columns: stacked %v:\n%s", cols, stacked, out)
		}
		for _, w := range whole {
			if !strings.Contains(out, w) {
				t.Errorf("%d columns: %q is not whole:\n%s", cols, w, out)
			}
		}
		for line := range strings.Lines(out) {
			if w := len([]rune(strings.TrimRight(line, "\n"))); w > int(cols) {
				t.Errorf("%d columns: a line is %d wide: %q", cols, w, line)
			}
		}
	}
	_, piped, _ := cli(t, "lint", "captured-login-response.http")
	if !strings.Contains(piped, "SEVERITY  RULE") || regexp.MustCompile(`\x1b\[`).MatchString(piped) {
		t.Errorf("piped output is not the plain table:\n%s", piped)
	}
	for _, w := range whole {
		if !strings.Contains(piped, w) {
			t.Errorf("piped: %q is not whole:\n%s", w, piped)
		}
	}
}
