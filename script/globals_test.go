package script

import (
	"fmt"
	"slices"
	"testing"
)

func TestGlobalPreludesAreTheScriptsDefiningTheGlobalHelpersCalled(t *testing.T) {
	srcs := []string{
		"window.App = window.App || {};\nwindow.App.setCookie = function (n, v) { document.cookie = n + '=' + v; };",
		"App.setCookie('sid', 'x');",
		"window.App.render = function (el) { el.textContent = 'cookie-free'; };\nApp.render(document.body);",
		"function eraseCookie(n) { document.cookie = n + '=; max-age=0'; }",
		"import { eraseCookie } from './erase';\neraseCookie('sid');",
		"eraseCookie('sid'); App.setCookie('a', 'b');",
	}
	results := make([]*Result, len(srcs))
	for i, src := range srcs {
		results[i] = Analyze(src, Options{})
	}
	got := GlobalPreludes(srcs, results)
	want := map[int][]string{1: {srcs[0]}, 5: {srcs[0], srcs[3]}}
	if len(got) != len(want) {
		t.Errorf("preludes for %d scripts, want %d: %v", len(got), len(want), got)
	}
	for i, w := range want {
		if !slices.Equal(got[i], w) {
			t.Errorf("script %d: preludes %q, want %q", i, got[i], w)
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

func TestAnalyzeAfterPreludesThatDoNotJoinIsAnalyzeAlone(t *testing.T) {
	src := "let token = 1;\ndocument.cookie = 'a=1';"
	r := Analyze(src, Options{Preludes: []string{"let token = 2; function f() { document.cookie = 'b=2'; }"}})
	if !r.Parsed || len(r.Ops) != 1 || r.Ops[0].Name != "a" || r.Ops[0].Line != 2 {
		t.Errorf("got %+v", r)
	}
}
