package script_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/scanner"
	"github.com/cookiescan/cookiescan/script"
)

// Fixtures live in testdata/js, each expectation written on the line of
// the operation it expects, in a comment:
//
//	document.cookie = "a=1" // want write "a"
//	logout();               // want delete "sid" logout read ?
//
// An item is KIND[(API)] then "NAME" or ? (name unknown), then optional
// checks: logout / nologout, fn="f<g", value="v", attrs~"substring". The
// API defaults to the file's `// api: NAME` line, else document.cookie.
// Every operation must be expected and every expectation found. A line
// with `// want-error` is where the parse error must be.

const fixtureDir = "testdata/js"

type want struct {
	kind    script.OpKind
	api     script.API
	name    string
	known   bool
	logout  int // 0 unchecked, 1 true, -1 false
	fn      *string
	value   *string
	attrsIn *string
	raw     string
}

func (w want) matches(op script.Op) bool {
	if op.Kind != w.kind || op.API != w.api || op.NameKnown != w.known || w.known && op.Name != w.name {
		return false
	}
	if w.logout != 0 && op.Logout != (w.logout > 0) {
		return false
	}
	if w.fn != nil && op.Function != *w.fn {
		return false
	}
	if w.value != nil && op.Value != *w.value {
		return false
	}
	if w.attrsIn != nil && !strings.Contains(op.Attributes, *w.attrsIn) {
		return false
	}
	return true
}

var (
	wantRE  = regexp.MustCompile(`(?://|/\*|<!--)\s*want\s+(.*?)\s*(?:\*/.*|-->.*)?$`)
	apiRE   = regexp.MustCompile(`//\s*api:\s*(\S+)`)
	itemRE  = regexp.MustCompile(`^(write|delete|read)(?:\(([^)]+)\))?\s+("(?:[^"\\]|\\.)*"|\?)`)
	checkRE = regexp.MustCompile(`^(logout|nologout|fn="(?:[^"\\]|\\.)*"|value="(?:[^"\\]|\\.)*"|attrs~"(?:[^"\\]|\\.)*")`)
)

// parseWants reads the expectations of a fixture, by line.
func parseWants(t *testing.T, src string) (map[int][]want, int) {
	t.Helper()
	api := script.DocumentCookie
	if m := apiRE.FindStringSubmatch(src); m != nil {
		api = script.API(m[1])
	}
	wants := map[int][]want{}
	errLine := 0
	for i, line := range strings.Split(src, "\n") {
		if strings.Contains(line, "want-error") {
			errLine = i + 1
			continue
		}
		m := wantRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		rest := strings.TrimSpace(m[1])
		for rest != "" {
			im := itemRE.FindStringSubmatch(rest)
			if im == nil {
				t.Fatalf("line %d: bad want %q", i+1, rest)
			}
			w := want{kind: script.OpKind(im[1]), api: api, raw: im[0]}
			if im[2] != "" {
				w.api = script.API(im[2])
			}
			if im[3] != "?" {
				w.name, _ = strconv.Unquote(im[3])
				w.known = true
			}
			rest = strings.TrimSpace(rest[len(im[0]):])
			for {
				cm := checkRE.FindString(rest)
				if cm == "" {
					break
				}
				switch {
				case cm == "logout":
					w.logout = 1
				case cm == "nologout":
					w.logout = -1
				default:
					k, v, _ := strings.Cut(cm, "=")
					if strings.HasPrefix(cm, "attrs~") {
						k, v, _ = strings.Cut(cm, "~")
					}
					s, err := strconv.Unquote(v)
					if err != nil {
						t.Fatalf("line %d: bad check %q", i+1, cm)
					}
					switch k {
					case "fn":
						w.fn = &s
					case "value":
						w.value = &s
					case "attrs":
						w.attrsIn = &s
					}
				}
				w.raw += " " + cm
				rest = strings.TrimSpace(rest[len(cm):])
			}
			wants[i+1] = append(wants[i+1], w)
		}
	}
	return wants, errLine
}

// analyzeFile reads a fixture as lint does, turned into JavaScript scripts
// by the scanner, and analyses each script.
func analyzeFile(t *testing.T, path string) ([]script.Op, []error) {
	ev := scanner.LoadFiles(t.Context(), []string{path}, scanner.LoadOptions{})
	if len(ev.Errors) > 0 {
		t.Fatal(ev.Errors[0])
	}
	var ops []script.Op
	var errs []error
	for _, sc := range ev.Scripts {
		r := script.Analyze(sc.Source, script.Options{Line: sc.Line, Col: sc.Col, Logout: sc.Logout})
		ops = append(ops, r.Ops...)
		if r.Err != nil {
			errs = append(errs, r.Err)
		}
	}
	return ops, errs
}

func TestFixtures(t *testing.T) {
	files, err := os.ReadDir(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if f.IsDir() {
			continue
		}
		name := f.Name()
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(fixtureDir, name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			src := string(data)
			wants, errLine := parseWants(t, src)
			ops, errs := analyzeFile(t, path)
			checkErrors(t, errs, errLine)
			lines := strings.Split(src, "\n")
			byLine := map[int][]script.Op{}
			for _, op := range ops {
				if op.Line < 1 || op.Line > len(lines) || op.Col < 1 || op.Col > len(lines[op.Line-1])+1 {
					t.Errorf("op outside the source: %s", describe(op))
				}
				byLine[op.Line] = append(byLine[op.Line], op)
			}
			for line := range mergeKeys(wants, byLine) {
				got := slices.Clone(byLine[line])
				for _, w := range wants[line] {
					i := slices.IndexFunc(got, w.matches)
					if i < 0 {
						t.Errorf("line %d: missing %s (got %s)", line, w.raw, describeAll(byLine[line]))
						continue
					}
					got = slices.Delete(got, i, i+1)
				}
				for _, op := range got {
					t.Errorf("line %d: unexpected %s", line, describe(op))
				}
			}
		})
		n++
	}
	if n < 10 {
		t.Fatalf("only %d fixtures", n)
	}
}

func checkErrors(t *testing.T, errs []error, errLine int) {
	t.Helper()
	if errLine == 0 {
		for _, err := range errs {
			t.Errorf("parse error: %v", err)
		}
		return
	}
	if len(errs) != 1 {
		t.Fatalf("want one parse error on line %d, got %v", errLine, errs)
	}
	pe, ok := errs[0].(*script.ParseError)
	if !ok || pe.Line != errLine {
		t.Errorf("want the parse error on line %d, got %v", errLine, errs[0])
	}
}

func mergeKeys(a map[int][]want, b map[int][]script.Op) map[int]bool {
	out := map[int]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

func describe(op script.Op) string {
	name := "?"
	if op.NameKnown {
		name = strconv.Quote(op.Name)
	}
	s := fmt.Sprintf("%s(%s) %s at %d:%d fn=%q", op.Kind, op.API, name, op.Line, op.Col, op.Function)
	if op.Logout {
		s += " logout"
	}
	if op.Kind != script.Read {
		s += fmt.Sprintf(" value=%q attrs=%q", op.Value, op.Attributes)
	}
	return s
}

func describeAll(ops []script.Op) string {
	if len(ops) == 0 {
		return "nothing"
	}
	var s []string
	for _, op := range ops {
		s = append(s, describe(op))
	}
	return strings.Join(s, "; ")
}
