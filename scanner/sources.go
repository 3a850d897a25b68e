package scanner

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/scanner/extract"
	"github.com/cookiescan/cookiescan/script"
)

// sourceExtensions are the front-end source files lint reads as scripts.
var sourceExtensions = []string{".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".html", ".htm", ".vue", ".svelte"}

// typeScriptExtensions are the source files in TypeScript, TSX or JSX.
var typeScriptExtensions = []string{".ts", ".tsx", ".jsx"}

// vendorDirs hold code a project does not write; walks skip them unless asked.
var vendorDirs = []string{"node_modules", "vendor", "dist", "build"}

// testDirs hold tests, examples and stories: code that never runs on the
// site, whose cookies are made up. Walks skip them unless asked.
var testDirs = []string{"test", "tests", "__tests__", "spec", "e2e", "cypress", "examples", "stories", "fixtures"}

// testFileMarks are the second extensions of test files: login.test.js,
// auth.spec.ts, Button.stories.tsx.
var testFileMarks = []string{".test", ".spec", ".stories"}

// isTestFile reports whether a file name (without its directory) names a
// test, a spec or a story.
func isTestFile(name string) bool {
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	return slices.Contains(testFileMarks, strings.ToLower(filepath.Ext(stem)))
}

// maxSourceBytes bounds one source file: a bundle larger than this is not read.
const maxSourceBytes = 20 << 20

// isSource reports whether path names a front-end source file.
func isSource(path string) bool {
	return slices.Contains(sourceExtensions, strings.ToLower(filepath.Ext(path)))
}

// skipDir reports whether a walk leaves out the directory named name.
func (l *loader) skipDir(name string) bool {
	return name == ".git" || !l.opts.IncludeVendor && slices.Contains(vendorDirs, name) ||
		!l.opts.IncludeTests && slices.Contains(testDirs, strings.ToLower(name))
}

// source reads one front-end source file into l.ev.Scripts, as JavaScript
// with the positions of the file: JavaScript and TypeScript files whole
// (TypeScript, TSX and JSX stripped), HTML files as their inline scripts,
// event handlers and javascript: URLs, Vue and Svelte files as their script
// blocks.
func (l *loader) source(p string) {
	f, stop, err := openInterruptible(l.ctx, p)
	if err != nil {
		l.fail(p, osReason(err))
		return
	}
	defer f.Close()
	defer stop()
	// Sized once from the file's size, the buffer is not grown and copied
	// as the file is read.
	var buf bytes.Buffer
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		buf.Grow(int(min(fi.Size(), maxSourceBytes)) + bytes.MinRead)
	}
	_, err = buf.ReadFrom(io.LimitReader(ctxReader{ctx: l.ctx, r: f}, maxSourceBytes+1))
	src := buf.Bytes()
	l.sourceBytes += int64(len(src))
	switch {
	case err != nil:
		l.fail(p, osReason(err))
		return
	case len(src) > maxSourceBytes:
		l.fail(p, fmt.Errorf("larger than %d MB, not analysed", maxSourceBytes>>20))
		return
	case bytes.IndexByte(src, 0) >= 0:
		l.fail(p, errors.New("binary file, not source code"))
		return
	}
	ext := strings.ToLower(filepath.Ext(p))
	switch ext {
	case ".html", ".htm":
		abs, _ := filepath.Abs(p)
		page, err := extract.HTML(bytes.NewReader(src), &url.URL{Scheme: "file", Path: filepath.ToSlash(abs)})
		if err != nil {
			l.fail(p, err)
			return
		}
		for _, s := range page.Scripts {
			if s.Kind == extract.ScriptExternal {
				continue // a file of its own, linted when it is named or walked
			}
			l.fileScript(p, scriptOf(s))
		}
	case ".vue", ".svelte":
		for _, s := range extract.Component(src) {
			l.fileScript(p, scriptOf(s))
		}
	default:
		lang := script.JavaScript
		if slices.Contains(typeScriptExtensions, ext) {
			lang = script.TypeScript
		}
		// src is not used again: its text becomes the script's, not copied.
		l.fileScript(p, &evidence.Script{Source: script.ToJavaScriptOwning(src, lang), Line: 1, Col: 1, Kind: "file"})
	}
}

// fileScript adds a script read from the file p.
func (l *loader) fileScript(p string, s *evidence.Script) {
	s.File = p
	l.ev.Scripts = append(l.ev.Scripts, s)
	if l.opts.Scripts != nil {
		l.opts.Scripts(s)
	}
}

// sourceRead is a source file read by a worker, into evidence of its own.
type sourceRead struct {
	sub  *loader
	done chan struct{}
}

// Bounds on the source files read ahead of the walk's order, whose
// scripts wait to join the evidence: in bytes, so that a large bundle
// being read does not hold the small files behind it to a few (a worker
// would idle until the bundle is done), and in count.
const (
	maxReadAheadBytes = 64 << 20
	maxReadAheadFiles = 4096
)

// readSource reads the source file p on a worker of its own, as many at
// once as there are workers: parsing is what lint spends its time on, and
// files do not depend on one another. Their scripts and errors join the
// evidence in the order the files were met.
func (l *loader) readSource(p string) {
	for len(l.reading) >= maxReadAheadFiles || len(l.reading) > 0 && l.readAhead.Load() >= maxReadAheadBytes {
		l.joinOldest()
	}
	r := &sourceRead{sub: &loader{ctx: l.ctx, opts: l.opts, ev: &evidence.Evidence{}}, done: make(chan struct{})}
	l.workers <- struct{}{}
	l.reading = append(l.reading, r)
	go func() {
		defer func() {
			l.readAhead.Add(r.sub.sourceBytes)
			<-l.workers
			close(r.done)
		}()
		r.sub.source(p)
	}()
}

// joinOldest waits for the oldest source file being read and adds what it gave.
func (l *loader) joinOldest() {
	r := l.reading[0]
	<-r.done
	l.readAhead.Add(-r.sub.sourceBytes)
	l.reading[0] = nil
	l.reading = l.reading[1:]
	l.ev.Scripts = append(l.ev.Scripts, r.sub.ev.Scripts...)
	l.ev.Errors = append(l.ev.Errors, r.sub.ev.Errors...)
}

// settle waits for every source file being read, so that what comes next
// joins the evidence after them.
func (l *loader) settle() {
	for len(l.reading) > 0 {
		l.joinOldest()
	}
}

// scriptOf turns a script of a page or component into evidence, its source
// turned into JavaScript in place (see script.ToJavaScript).
func scriptOf(s extract.Script) *evidence.Script {
	return &evidence.Script{
		Inline: true, Source: script.ToJavaScript(s.Source, s.Lang), Line: s.Line, Col: s.Col,
		Kind: string(s.Kind), Context: s.Context, Event: s.Event, Logout: s.Logout,
	}
}

// gitIgnored returns a function telling whether a file under dir is ignored
// by git (.gitignore, .git/info/exclude, the global excludes file), as git
// itself decides. Outside a git work tree, or without git, nothing is ignored.
func gitIgnored(ctx context.Context, dir string) func(path string) bool {
	none := func(string) bool { return false }
	cmd := exec.CommandContext(ctx, "git", "-C", dir, "ls-files", "--cached", "--others", "--exclude-standard", "-z", "--full-name")
	out, err := cmd.Output()
	if err != nil {
		return none
	}
	top, err := exec.CommandContext(ctx, "git", "-C", dir, "rev-parse", "--show-toplevel").Output()
	if err != nil {
		return none
	}
	root := strings.TrimSpace(string(top))
	kept := map[string]bool{}
	for _, name := range bytes.Split(out, []byte{0}) {
		if len(name) > 0 {
			kept[filepath.Join(root, filepath.FromSlash(string(name)))] = true
		}
	}
	return func(path string) bool {
		abs, err := filepath.Abs(path)
		if err != nil {
			return false
		}
		if resolved, err := filepath.EvalSymlinks(abs); err == nil {
			abs = resolved
		}
		return !kept[abs]
	}
}
