package rules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// wantComment is an expectation written on the line that triggers it:
// `# want RULE "COOKIE"` at the end of a line of a response dump.
var wantComment = regexp.MustCompile(`\s+# want ([a-z0-9-]+) "([^"]*)"\s*$`)

// wantInSource is the same in a source file, inside its own comments
// (`// want RULE "COOKIE"` in JavaScript, `<!-- want RULE "COOKIE" -->` in
// HTML), which the file keeps: its parser skips them.
var wantInSource = regexp.MustCompile(`want ([a-z0-9-]+) "([^"]*)"`)

// fixtureNow is when fixtures are judged: their expiry dates are relative to it.
var fixtureNow = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

// TestFixtures plays every fixture under testdata through every rule
// and checks that each finding is expected and each expectation is found.
func TestFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*.*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures found: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimPrefix(file, "testdata/"), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			var ev *evidence.Evidence
			lines := strings.Split(string(raw), "\n")
			if filepath.Ext(file) == ".http" {
				for i, line := range lines {
					for m := wantComment.FindStringSubmatch(line); m != nil; m = wantComment.FindStringSubmatch(line) {
						want = append(want, fmt.Sprintf("%d %s %q", i+1, m[1], m[2]))
						line = line[:len(line)-len(m[0])]
					}
					lines[i] = line
				}
				ev = &evidence.Evidence{}
				err = scanner.ReadDump(strings.NewReader(strings.Join(lines, "\n")), file, func(r *evidence.Response) error {
					ev.Responses = append(ev.Responses, r)
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
			} else {
				for i, line := range lines {
					for _, m := range wantInSource.FindAllStringSubmatch(line, -1) {
						want = append(want, fmt.Sprintf("%d %s %q", i+1, m[1], m[2]))
					}
				}
				ev = scanner.LoadFiles(t.Context(), []string{file}, scanner.LoadOptions{})
				if len(ev.Errors) > 0 {
					t.Fatal(ev.Errors[0])
				}
			}
			got := findingKeys(rules.Run(ev, rules.Options{Now: fixtureNow}), func(l rules.Location) string { return strconv.Itoa(l.Line) })
			slices.Sort(want)
			slices.Sort(got)
			compareFindings(t, want, got)
		})
	}
}

// TestTreeFixtures plays every fixture folder under testdata (a source
// tree whose files call into one another) through every rule, as lint of
// the folder does, and checks each finding against the want comments of
// all its files.
func TestTreeFixtures(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		t.Run(strings.TrimPrefix(dir, "testdata/"), func(t *testing.T) {
			var want []string
			err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				raw, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				for i, line := range strings.Split(string(raw), "\n") {
					for _, m := range wantInSource.FindAllStringSubmatch(line, -1) {
						want = append(want, fmt.Sprintf("%s:%d %s %q", filepath.ToSlash(p), i+1, m[1], m[2]))
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			ev := scanner.LoadFiles(t.Context(), []string{dir}, scanner.LoadOptions{})
			if len(ev.Errors) > 0 {
				t.Fatal(ev.Errors[0])
			}
			got := findingKeys(rules.Run(ev, rules.Options{Now: fixtureNow}), func(l rules.Location) string {
				return fmt.Sprintf("%s:%d", filepath.ToSlash(l.File), l.Line)
			})
			compareFindings(t, want, got)
		})
	}
}

// findingKeys names each place of each finding as "PLACE RULE \"COOKIE\"",
// with the place written by place (line 0 for a finding without one).
func findingKeys(findings []*rules.Finding, place func(rules.Location) string) []string {
	var keys []string
	for _, f := range findings {
		cookie := ""
		if f.Cookie != nil {
			cookie = f.Cookie.Name
		}
		locs := f.Locations
		if len(locs) == 0 {
			locs = []rules.Location{{}}
			if f.Location != nil {
				locs[0] = *f.Location
			}
		}
		for _, l := range locs {
			keys = append(keys, fmt.Sprintf("%s %s %q", place(l), f.Rule, cookie))
		}
	}
	return keys
}

// compareFindings checks that each finding is expected and each
// expectation is found.
func compareFindings(t *testing.T, want, got []string) {
	t.Helper()
	for _, g := range got {
		if !slices.Contains(want, g) {
			t.Errorf("unexpected finding: %s", g)
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing finding: %s", w)
		}
	}
}
