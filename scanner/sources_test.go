package scanner

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"
	"testing/synctest"

	"github.com/cookiescan/cookiescan/evidence"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func scriptFiles(ev *evidence.Evidence, root string) []string {
	var got []string
	for _, s := range ev.Scripts {
		rel, _ := filepath.Rel(root, s.File)
		if !slices.Contains(got, filepath.ToSlash(rel)) {
			got = append(got, filepath.ToSlash(rel))
		}
	}
	return got
}

func TestLintWalkReadsSourcesAndSkipsVendorDirectories(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"src/app.js":                "document.cookie = 'a=1'",
		"src/types.ts":              "let x: string = document.cookie",
		"src/App.vue":               "<script setup>document.cookie='v=1'</script>",
		"src/page.html":             "<p>\n<button onclick=\"document.cookie='x=; Max-Age=0'\">Log out</button>",
		"src/readme.md":             "document.cookie",
		"node_modules/lib/index.js": "document.cookie",
		"vendor/jquery.cookie.js":   "document.cookie",
		"dist/bundle.js":            "document.cookie",
		"build/out.mjs":             "document.cookie",
		".git/hooks/pre-commit.js":  "document.cookie",
		"captures/session.http":     "HTTP/1.1 200 OK\nSet-Cookie: a=1\n\n",
	})
	ev := LoadFiles(context.Background(), []string{dir}, LoadOptions{})
	want := []string{"src/App.vue", "src/app.js", "src/page.html", "src/types.ts"}
	if got := scriptFiles(ev, dir); !slices.Equal(got, want) {
		t.Errorf("scripts from %v, want %v", got, want)
	}
	if len(ev.Responses) != 1 || len(ev.Errors) != 0 {
		t.Errorf("%d responses, errors %v", len(ev.Responses), ev.Errors)
	}
	for _, s := range ev.Scripts {
		if filepath.Base(s.File) == "page.html" && (s.Line != 2 || s.Col != 18 || s.Kind != "handler" || !s.Logout) {
			t.Errorf("the HTML handler is at %d:%d kind %q logout %v, want 2:18 handler logout", s.Line, s.Col, s.Kind, s.Logout)
		}
	}

	ev = LoadFiles(context.Background(), []string{dir}, LoadOptions{IncludeVendor: true})
	if got := scriptFiles(ev, dir); len(got) != 8 {
		t.Errorf("with vendor directories: %v, want 8 files (.git still skipped)", got)
	}
}

func TestLintWalkHonoursGitignore(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := writeTree(t, map[string]string{
		".gitignore":     "generated/\n*.min.js\n",
		"app.js":         "document.cookie",
		"lib.min.js":     "document.cookie",
		"generated/x.js": "document.cookie",
		"sub/.gitignore": "local.js\n",
		"sub/local.js":   "document.cookie",
		"sub/kept.js":    "document.cookie",
	})
	if out, err := exec.Command("git", "-C", dir, "init", "-q").CombinedOutput(); err != nil {
		t.Fatalf("git init: %v %s", err, out)
	}
	ev := LoadFiles(context.Background(), []string{dir}, LoadOptions{})
	want := []string{"app.js", "sub/kept.js"}
	if got := scriptFiles(ev, dir); !slices.Equal(got, want) {
		t.Errorf("scripts from %v, want %v", got, want)
	}
}

func TestLintReadsANamedSourceFileAndRejectsBinaries(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.mjs": "export const c = document.cookie", "bin.js": "\x00\x01\x02"})
	ev := LoadFiles(context.Background(), []string{filepath.Join(dir, "a.mjs"), filepath.Join(dir, "bin.js")}, LoadOptions{})
	if len(ev.Scripts) != 1 || ev.Scripts[0].Line != 1 || ev.Scripts[0].Source != "export const c = document.cookie" {
		t.Errorf("scripts %+v", ev.Scripts)
	}
	if len(ev.Errors) != 1 || ev.Errors[0].Target != filepath.Join(dir, "bin.js") {
		t.Errorf("errors %v", ev.Errors)
	}
}

func TestLintTurnsEverySourceIntoJavaScriptInPlace(t *testing.T) {
	type js struct {
		source    string
		line, col int
	}
	for _, c := range []struct {
		sentence string
		name     string
		content  string
		want     []js
	}{
		{"a JavaScript file is read whole", "app.js",
			"document.cookie = 'a=1'", []js{{"document.cookie = 'a=1'", 1, 1}}},
		{"a TypeScript file is stripped of its types", "types.ts",
			"let x: string = document.cookie", []js{{"let x         = document.cookie", 1, 1}}},
		{"JSX in a .js file is stripped when it does not parse", "view.js",
			"const v = <a onClick={() => document.cookie}>x</a>", []js{{"const v = [          (() => document.cookie)     ]", 1, 1}}},
		{"a file without cookies is left as written", "plain.ts",
			"let x: string = 'y'", []js{{"let x: string = 'y'", 1, 1}}},
		{"a Vue component gives its script blocks, TypeScript stripped", "App.vue",
			"<template><p/></template>\n<script setup lang=\"ts\">\nconst c: string = document.cookie\n</script>\n<script>\nexport default {}\n</script>",
			[]js{{"\nconst c         = document.cookie\n", 2, 25}, {"\nexport default {}\n", 5, 9}}},
		{"a Svelte component gives its script blocks", "Widget.svelte",
			"<script>\n  let a = document.cookie\n</script>\n<p>{a}</p>", []js{{"\n  let a = document.cookie\n", 1, 9}}},
		{"an HTML page gives its inline scripts and handlers", "page.html",
			"<p>\n<script>document.cookie</script><a onclick=\"f()\">x</a>", []js{{"document.cookie", 2, 9}, {"f()", 2, 45}}},
	} {
		dir := writeTree(t, map[string]string{c.name: c.content})
		ev := LoadFiles(context.Background(), []string{filepath.Join(dir, c.name)}, LoadOptions{})
		var got []js
		for _, s := range ev.Scripts {
			got = append(got, js{s.Source, s.Line, s.Col})
		}
		if !slices.Equal(got, c.want) || len(ev.Errors) > 0 {
			t.Errorf("%s:\n got %+v %v\nwant %+v", c.sentence, got, ev.Errors, c.want)
		}
	}
}

func TestLintReadsSourcesSeveralAtATimeAndKeepsTheWalkOrder(t *testing.T) {
	files := map[string]string{}
	var wantScripts, wantErrors []string
	for i := range 60 {
		name := fmt.Sprintf("src/m%02d.js", i)
		if i%7 == 3 {
			files[name] = "\x00binary"
			wantErrors = append(wantErrors, name)
			continue
		}
		files[name] = fmt.Sprintf("document.cookie = 'c%d=1'", i)
		wantScripts = append(wantScripts, name)
	}
	files["src/m30.http"] = "HTTP/1.1 200 OK\nSet-Cookie: a=1\n\n"
	dir := writeTree(t, files)
	var mu sync.Mutex
	handed := map[*evidence.Script]int{}
	ev := LoadFiles(context.Background(), []string{dir}, LoadOptions{Scripts: func(s *evidence.Script) {
		mu.Lock()
		defer mu.Unlock()
		handed[s]++
	}})
	if got := scriptFiles(ev, dir); !slices.Equal(got, wantScripts) {
		t.Errorf("scripts from\n%v\nwant\n%v", got, wantScripts)
	}
	var gotErrors []string
	for _, e := range ev.Errors {
		rel, _ := filepath.Rel(dir, e.Target)
		gotErrors = append(gotErrors, filepath.ToSlash(rel))
	}
	if !slices.Equal(gotErrors, wantErrors) {
		t.Errorf("errors on %v, want %v", gotErrors, wantErrors)
	}
	if len(handed) != len(ev.Scripts) {
		t.Errorf("%d scripts handed over, %d read", len(handed), len(ev.Scripts))
	}
	for _, s := range ev.Scripts {
		if handed[s] != 1 {
			t.Errorf("%s handed over %d times", s.File, handed[s])
		}
	}
	if len(ev.Responses) != 1 || ev.Stats.Files != 61 {
		t.Errorf("%d responses from %d files", len(ev.Responses), ev.Stats.Files)
	}
}

// A source file slow to analyse (a bundle) must not keep the other worker
// from the many small files walked after it: its analysis here waits
// until every small file has been analysed, which deadlocks (and synctest
// reports it) if the files read ahead are held to a few.
func TestLintKeepsReadingSmallSourcesWhileALargeOneIsAnalysed(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	const small = 200
	files := map[string]string{"a/bundle.js": "document.cookie = 'big=1'"}
	for i := range small {
		files[fmt.Sprintf("b/m%03d.js", i)] = fmt.Sprintf("document.cookie = 'c%d=1'", i)
	}
	dir := writeTree(t, files)
	synctest.Test(t, func(t *testing.T) {
		var mu sync.Mutex
		analysed := 0
		smallDone := make(chan struct{})
		ev := LoadFiles(context.Background(), []string{dir}, LoadOptions{Scripts: func(s *evidence.Script) {
			if filepath.Base(s.File) == "bundle.js" {
				<-smallDone
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if analysed++; analysed == small {
				close(smallDone)
			}
		}})
		if len(ev.Scripts) != small+1 || len(ev.Errors) != 0 {
			t.Errorf("%d scripts, errors %v; want %d scripts", len(ev.Scripts), ev.Errors, small+1)
		}
		if got := scriptFiles(ev, dir); len(got) == 0 || got[0] != "a/bundle.js" {
			t.Errorf("scripts not in walk order: %v", got[:min(len(got), 3)])
		}
	})
}
