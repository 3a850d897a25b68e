package script

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestHelperPreludesAreTheFilesDefiningTheHelpersCalled(t *testing.T) {
	files := [][2]string{
		{"lib/app.js", "window.App = window.App || {};\nwindow.App.setCookie = function (n, v) { document.cookie = n + '=' + v; };"},
		{"lib/render.js", "window.App.render = function (el) { el.textContent = 'x'; };"},
		{"lib/erase.js", "function eraseCookie(n) { document.cookie = n + '=; max-age=0'; }"},
		{"lib/redefined.js", "window.App.clear = function (n) { return n; };\nwindow.App.clear = function (n) { document.cookie = n + '=; max-age=0'; };"},
		{"pages/redefined.js", "App.clear('cookie_sid');"},
		{"lib/cookies.js", "export function setCookie(n, v) { document.cookie = n + '=' + v; }"},
		{"pages/global.js", "App.setCookie('sid', 'x'); App.render(document.body);"},
		{"pages/both.js", "eraseCookie('sid'); App.setCookie('a', 'b');"},
		{"pages/imported.js", "import { setCookie } from '../lib/cookies';\nsetCookie('sid', 'x');"},
		{"pages/renamed.js", "import { setCookie as put } from '../lib/cookies';\nput('sid', 'x');"},
		{"pages/package.js", "import { setCookie } from 'cookies';\nsetCookie('sid', 'x');"},
	}
	tree := NewTree()
	results := map[string]*Result{}
	for _, f := range files {
		results[f[0]] = Analyze(f[1], Options{})
		tree.Add(f[0], f[1], results[f[0]])
	}
	got := tree.HelperPreludes()
	want := map[string][]string{
		"pages/global.js":    {files[0][1]},
		"pages/both.js":      {files[0][1], files[2][1]},
		"pages/imported.js":  {files[5][1]},
		"pages/redefined.js": {files[3][1]},
	}
	for _, f := range files {
		if !slices.Equal(got[results[f[0]]], want[f[0]]) {
			t.Errorf("%s: preludes %q, want %q", f[0], got[results[f[0]]], want[f[0]])
		}
	}
}

func TestAnalyzeAfterPreludesKeepsOnlyItsOwnOperationsInItsOwnPlaces(t *testing.T) {
	prelude := "function setCookie(n, v) {\n  document.cookie = n + '=' + v + '; path=/';\n}\nsetCookie('boot', '1');"
	src := "// caller\n  setCookie('sid', 'x'); document.cookie"
	r := Analyze(src, Options{Line: 10, Col: 5, Preludes: []string{prelude}})
	var got []string
	for _, op := range r.Ops {
		got = append(got, fmt.Sprintf("%s %s %d:%d %q", op.Kind, op.Name, op.Line, op.Col, op.Snippet))
	}
	want := []string{`write sid 11:3 "setCookie('sid', 'x')"`, `read  11:26 "document.cookie"`}
	if !slices.Equal(got, want) || !r.Parsed || r.Err != nil {
		t.Errorf("got %q (%v), want %q", got, r.Err, want)
	}
	if len(r.Module.ops) != len(r.Ops) {
		t.Errorf("%d flows for %d operations", len(r.Module.ops), len(r.Ops))
	}
}

// A script repeating a write its prelude makes has the write once, counted
// and placed in the script alone, as without the prelude.
func TestAnalyzeAfterPreludesCountsOnlyItsOwnSightings(t *testing.T) {
	prelude := "document.cookie = 'a=1';\nfunction f() {}"
	src := "document.cookie = 'a=1';\n  document.cookie = 'a=1';\ndocument.cookie = 'a=1';"
	with := Analyze(src, Options{Line: 10, Col: 5, Preludes: []string{prelude}})
	alone := Analyze(src, Options{Line: 10, Col: 5})
	describe := func(r *Result) []string {
		var out []string
		for _, op := range r.Ops {
			out = append(out, fmt.Sprintf("%s %s %d:%d ×%d %v", op.Kind, op.Name, op.Line, op.Col, op.Count, op.Positions))
		}
		return out
	}
	got, want := describe(with), describe(alone)
	if !slices.Equal(got, want) || len(want) != 1 || alone.Ops[0].Count != 3 {
		t.Errorf("after the prelude %q, want %q as alone", got, want)
	}
}

func TestAnalyzeAfterPreludesThatDoNotJoinIsAnalyzeAlone(t *testing.T) {
	src := "let token = 1;\ndocument.cookie = 'a=1';"
	r := Analyze(src, Options{Preludes: []string{"let token = 2; function f() { document.cookie = 'b=2'; }"}})
	if !r.Parsed || len(r.Ops) != 1 || r.Ops[0].Name != "a" || r.Ops[0].Line != 2 {
		t.Errorf("got %+v", r)
	}
}

func TestHelperPreludesOfATreeAreBounded(t *testing.T) {
	helper := "window.App.setCookie = function (n, v) { document.cookie = n + '=' + v; };\n"
	big := helper + "/*" + strings.Repeat(" ", maxPreludeBytes-len(helper)-8) + "*/\n"
	tree := NewTree()
	tree.Add("lib/app.js", big, Analyze(big, Options{}))
	callers := maxTreePreludeBytes/len(big) + 3
	var results []*Result
	for i := range callers {
		src := fmt.Sprintf("App.setCookie('c%d', 'x');", i)
		results = append(results, Analyze(src, Options{}))
		tree.Add(fmt.Sprintf("pages/p%d.js", i), src, results[i])
	}
	got := tree.HelperPreludes()
	want := maxTreePreludeBytes / len(big)
	for i, r := range results {
		if given := len(got[r]) == 1 && got[r][0] == big; given != (i < want) {
			t.Errorf("caller %d given the helper's file: %v, want only the first %d", i, given, want)
		}
	}
}
