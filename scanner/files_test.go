package scanner

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
)

// writeFiles creates files (path relative to dir → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// errorsOf maps each TargetError's target to its message, checking that
// every message is one line.
func errorsOf(t *testing.T, ev *evidence.Evidence) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, e := range ev.Errors {
		if strings.ContainsAny(e.Error(), "\r\n") {
			t.Errorf("error for %s is not one line: %q", e.Target, e.Error())
		}
		if _, dup := m[e.Target]; dup {
			t.Errorf("two errors for %s", e.Target)
		}
		m[e.Target] = e.Err.Error()
	}
	return m
}

// filesOf counts responses per file.
func filesOf(ev *evidence.Evidence) map[string]int {
	m := map[string]int{}
	for _, r := range ev.Responses {
		m[r.File]++
	}
	return m
}

func TestLoadFilesDirectoryMix(t *testing.T) {
	dir := t.TempDir()
	chrome := readFixture(t, "testdata/har/chrome.har")
	cut := chrome[:bytes.Index(chrome, []byte(`"url": "https://shop.example.com/static/app.js"`))]
	writeFiles(t, dir, map[string][]byte{
		"a/chrome.har":          chrome,
		"a/truncated.har":       cut,
		"b/redirect.http":       readFixture(t, "testdata/dumps/curl_sD_L.http"),
		"b/deep/h2.HEADERS":     readFixture(t, "testdata/dumps/curl_h2.http"),
		"b/empty.txt":           nil,
		"b/image.dump":          {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d},
		"b/notes.txt":           []byte("remember to rerun the scan\n"),
		"b/array.har":           []byte(`[{"log":{}}]`),
		"c/missing-resp.har":    []byte(harOf(entry("https://a.example/", 200, ""), `{"request":{"url":"https://a.example/b"}}`)),
		"ignored.json":          chrome,
		"README.md":             []byte("# not read\n"),
		"c/utf16.txt":           {0xFF, 0xFE, 'H', 0, 'T', 0},
		"c/latin1.txt":          []byte("caf\xe9 au lait\n"),
		"c/whitespace-only.txt": bytes.Repeat([]byte(" \n"), 400),
		"public/robots.txt":     []byte("User-agent: *\nDisallow: /admin\n"),
		"public/LICENSE.txt":    []byte("MIT License\n\nCopyright (c) 2024\n"),
		"public/data.txt":       []byte(`{"not": "a capture"}`),
	})
	ev := LoadFiles(context.Background(), []string{dir}, LoadOptions{})

	p := func(rel string) string { return filepath.Join(dir, rel) }
	// Met while walking, a file that is neither a .har nor a response dump
	// (notes, robots.txt, a licence, images, empty files) is passed over.
	wantErrs := map[string]string{
		p("a/truncated.har"):    "truncated JSON at byte " + strconv.Itoa(len(cut)),
		p("b/array.har"):        "not a HAR file: top-level value is an array",
		p("c/missing-resp.har"): "entry 1: missing response",
	}
	if got := errorsOf(t, ev); !reflect.DeepEqual(got, wantErrs) {
		t.Errorf("errors:\n got %q\nwant %q", got, wantErrs)
	}
	wantFiles := map[string]int{
		p("a/chrome.har"):       5,
		p("a/truncated.har"):    3, // what was read before the cut is kept
		p("b/redirect.http"):    2,
		p("b/deep/h2.HEADERS"):  1,
		p("c/missing-resp.har"): 1,
	}
	if got := filesOf(ev); !reflect.DeepEqual(got, wantFiles) {
		t.Errorf("responses per file:\n got %v\nwant %v", got, wantFiles)
	}
	// Lexical walk order: a/chrome.har comes first, its entries in order.
	if ev.Responses[0].File != p("a/chrome.har") || ev.Responses[0].Entry != 0 {
		t.Errorf("first response from %s entry %d", ev.Responses[0].File, ev.Responses[0].Entry)
	}
}

func TestLoadFilesNamedFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"capture.json":        readFixture(t, "testdata/har/firefox.har"),
		"response":            readFixture(t, "testdata/dumps/curl_i.http"),
		"bom.har":             append([]byte("\xEF\xBB\xBF"), readFixture(t, "testdata/har/playwright.har")...),
		"commented.log":       []byte("# fetched with curl -sSIL\n# on a Tuesday\nHTTP/1.1 204 No Content\n\n"),
		"late.har":            append(bytes.Repeat([]byte(" "), 600), harOf(entry("https://a.example/", 200, ""))...),
		"empty-dir/.keep.bin": nil,
	})
	p := func(rel string) string { return filepath.Join(dir, rel) }
	missing := p("nope.har")
	paths := []string{p("capture.json"), p("response"), p("bom.har"), p("commented.log"), p("late.har"),
		missing, p("capture.json"), p("./capture.json"), p("empty-dir")}
	ev := LoadFiles(context.Background(), paths, LoadOptions{})

	wantErrs := map[string]string{
		missing:        "no such file",
		p("empty-dir"): "no HAR, response dump or front-end source file in directory",
	}
	if got := errorsOf(t, ev); !reflect.DeepEqual(got, wantErrs) {
		t.Errorf("errors:\n got %q\nwant %q", got, wantErrs)
	}
	for _, e := range ev.Errors {
		if e.Target == missing && !errors.Is(e, fs.ErrNotExist) {
			t.Errorf("missing file error %v does not wrap fs.ErrNotExist", e)
		}
	}
	// A file named twice (also as ./capture.json) is read once.
	wantFiles := map[string]int{p("capture.json"): 4, p("response"): 1, p("bom.har"): 3, p("commented.log"): 1, p("late.har"): 1}
	if got := filesOf(ev); !reflect.DeepEqual(got, wantFiles) {
		t.Errorf("responses per file:\n got %v\nwant %v", got, wantFiles)
	}
}

func TestLoadFilesNamedNonDumpGetsOneError(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"robots.txt": []byte("User-agent: *\nDisallow: /admin\n"),
		"notes.txt":  []byte("# url: https://a.example/\nno status line follows\n"),
		"empty.txt":  nil,
	})
	p := func(rel string) string { return filepath.Join(dir, rel) }
	ev := LoadFiles(context.Background(), []string{p("robots.txt"), p("notes.txt"), p("empty.txt")}, LoadOptions{})
	want := map[string]string{
		p("robots.txt"): "not a HAR file or HTTP response dump",
		p("notes.txt"):  "not a HAR file or HTTP response dump",
		p("empty.txt"):  "empty file",
	}
	if got := errorsOf(t, ev); !reflect.DeepEqual(got, want) {
		t.Errorf("errors:\n got %q\nwant %q", got, want)
	}
	if len(ev.Errors) != len(want) {
		t.Errorf("%d errors, want one a file: %v", len(ev.Errors), ev.Errors)
	}
}

// countdownCtx is a context whose Err turns to Canceled after a number of
// calls, to cancel at a chosen point without timing.
type countdownCtx struct {
	context.Context
	left atomic.Int64
}

func (c *countdownCtx) Err() error {
	if c.left.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

func TestLoadFilesCancel(t *testing.T) {
	dir := t.TempDir()
	var big bytes.Buffer
	if err := writeSyntheticHAR(&big, 200, 8<<10); err != nil { // about 1.7 MB: many reads
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string][]byte{
		"1.http": readFixture(t, "testdata/dumps/curl_i.http"),
		"2.har":  big.Bytes(),
		"3.http": readFixture(t, "testdata/dumps/curl_h2.http"),
	})
	p := func(rel string) string { return filepath.Join(dir, rel) }

	t.Run("before start", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		ev := LoadFiles(ctx, []string{p("1.http"), dir}, LoadOptions{})
		if len(ev.Responses) != 0 || len(ev.Errors) != 2 {
			t.Fatalf("%d responses, errors %v", len(ev.Responses), ev.Errors)
		}
		for _, e := range ev.Errors {
			if !errors.Is(e, context.Canceled) {
				t.Errorf("%v is not context.Canceled", e)
			}
		}
	})

	t.Run("halfway through a file", func(t *testing.T) {
		ctx := &countdownCtx{Context: context.Background()}
		// Enough checks for 1.http (a few) and a part of the reads of 2.har (dozens).
		ctx.left.Store(16)
		ev := LoadFiles(ctx, []string{p("1.http"), p("2.har"), p("3.http")}, LoadOptions{})
		files := filesOf(ev)
		if files[p("1.http")] != 1 || files[p("2.har")] == 0 || files[p("2.har")] >= 200 || files[p("3.http")] != 0 {
			t.Fatalf("responses per file %v: want 1.http whole, 2.har in part, 3.http not read", files)
		}
		errs := errorsOf(t, ev)
		if len(errs) != 2 || errs[p("2.har")] == "" || errs[p("3.http")] == "" {
			t.Fatalf("errors %q, want 2.har and 3.http", errs)
		}
		for _, e := range ev.Errors {
			if !errors.Is(e, context.Canceled) {
				t.Errorf("%v is not context.Canceled", e)
			}
		}
	})
}

func TestSniff(t *testing.T) {
	tests := []struct {
		head string
		want string // "har", "dump" or the error
	}{
		{"{", "har"},
		{"\r\n\t {\"log\"", "har"},
		{"HTTP/2 200", "dump"},
		{"\n\nHTTP/1.1 200 OK\r\n", "dump"},
		{"# url: https://a.example/\nHTTP/1.1 200 OK\n", "dump"},
		{"#URL:https://a.example/\nHTTP/2 302\n", "dump"},
		{"# note\n# url: https://a.example/\n\nHTTP/1.0 200 OK", "dump"},
		{"# note\nHTTP/1.1 200 OK\n", "dump"},
		// Comments past the first window are read through to the status line.
		{strings.Repeat("# a long note\n", 100) + "HTTP/1.1 200 OK\n", "dump"},
		// The first line that is not a comment decides: a status line or nothing.
		{"# url: https://a.example/\n", "not a HAR file or HTTP response dump"},
		{"User-agent: *\nDisallow: /admin\n", "not a HAR file or HTTP response dump"},
		{"MIT License\n\nHTTP/1.1 200 OK\n", "not a HAR file or HTTP response dump"},
		{"HTTP/1.1 is the protocol this text is about\n", "not a HAR file or HTTP response dump"},
		{"# just a comment\n", "not a HAR file or HTTP response dump"},
		{"#!/bin/sh\necho hi\n", "not a HAR file or HTTP response dump"},
		{"http/1.1 200 ok", "not a HAR file or HTTP response dump"},
		{"[]", "har"},
		{"", "empty file"},
		{"a\x00b", "binary file, not a HAR or HTTP response dump"},
		{"\xFE\xFF\x00{", "UTF-16 text, not a HAR or HTTP response dump: convert the file to UTF-8"},
		// A multi-byte character cut by the 512-byte window is not binary.
		{strings.Repeat("a", sniffLen-1) + "é and more", "not a HAR file or HTTP response dump"},
	}
	for _, tt := range tests {
		format, err := sniff(bufio.NewReaderSize(strings.NewReader(tt.head), 64<<10))
		var got string
		switch {
		case err != nil:
			got = err.Error()
		case format == harFormat:
			got = "har"
		case format == dumpFormat:
			got = "dump"
		}
		if got != tt.want {
			t.Errorf("sniff(%.40q) = %q, want %q", tt.head, got, tt.want)
		}
	}
}
