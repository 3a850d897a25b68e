package scanner

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
)

// addSeeds adds every file matching pattern as a seed.
func addSeeds(f *testing.F, pattern string) {
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		f.Fatalf("no seeds for %s: %v", pattern, err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// checkCommon checks what holds for every response and error of either reader.
func checkCommon(t *testing.T, r *evidence.Response) {
	if len(r.SetCookie) != len(r.SetCookieLine) {
		t.Fatalf("SetCookie %q but SetCookieLine %v", r.SetCookie, r.SetCookieLine)
	}
	if r.Status < 100 || r.Status > 999 {
		t.Fatalf("status %d", r.Status)
	}
	if r.Header == nil || r.Hop < 0 || r.File != "f" {
		t.Fatalf("Header %v Hop %d File %q", r.Header, r.Hop, r.File)
	}
	if len(r.Header.Values("Set-Cookie")) != len(r.SetCookie) {
		t.Fatalf("Header Set-Cookie %q, SetCookie %q", r.Header.Values("Set-Cookie"), r.SetCookie)
	}
	// Header values lose their optional whitespace, which HTTP defines as
	// spaces and tabs only: a form feed is part of the value, as browsers
	// keep it.
	for _, c := range r.SetCookie {
		if c != strings.Trim(c, " \t") {
			t.Fatalf("untrimmed Set-Cookie %q", c)
		}
	}
}

func checkErr(t *testing.T, err error) {
	if err != nil && strings.ContainsAny(err.Error(), "\r\n") {
		t.Fatalf("error is not one line: %q", err)
	}
}

func FuzzReadHAR(f *testing.F) {
	addSeeds(f, "testdata/har/*.har")
	for _, s := range []string{
		"", "[]", `{"log":{}}`, `{"log":{"entries":[null]}}`, "\xEF\xBB\xBF{}",
		harOf(entry("https://a.example/", 302, `,{"name":"Location","value":"/b"}`), entry("https://a.example/b", 200, "")),
		harOf(`{"request":{"url":"https://a.example/"},"response":{"status":200,"headers":[{"name":"set-cookie","value":"a=1\nb=2"}]}}`),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		err := ReadHAR(bytes.NewReader(data), "f", func(r *evidence.Response) error {
			checkCommon(t, r)
			if r.Entry < n || r.Line != 0 || r.URL == "" || (r.Hop > 0) != (r.From != "") {
				t.Fatalf("entry %d (after %d) Line %d URL %q Hop %d From %q", r.Entry, n, r.Line, r.URL, r.Hop, r.From)
			}
			for _, l := range r.SetCookieLine {
				if l != 0 {
					t.Fatalf("SetCookieLine %v in a HAR", r.SetCookieLine)
				}
			}
			n = r.Entry + 1
			return nil
		})
		checkErr(t, err)
		// Whatever is not JSON must be reported.
		if err == nil && !json.Valid(bytes.TrimPrefix(data, utf8BOM)) {
			t.Fatalf("no error for invalid JSON")
		}
	})
}

func FuzzReadDump(f *testing.F) {
	addSeeds(f, "testdata/dumps/*.http")
	for _, s := range []string{
		"", "HTTP/1.1 200 OK\n\n", "# url: https://a.example/\nHTTP/2 302\nlocation: /x\n\nHTTP/2 200\n",
		"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\n b=2\r\n\r\n",
		"HTTP/1.1 200 Connection established\n\nHTTP/1.1 200 OK\nbad\n\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lastLine := 0
		n := 0
		err := ReadDump(bytes.NewReader(data), "f", func(r *evidence.Response) error {
			checkCommon(t, r)
			if r.Entry != -1 || r.Line <= lastLine {
				t.Fatalf("Entry %d Line %d after line %d", r.Entry, r.Line, lastLine)
			}
			prev := r.Line
			for _, l := range r.SetCookieLine {
				if l <= prev {
					t.Fatalf("Set-Cookie lines %v for status line %d", r.SetCookieLine, r.Line)
				}
				prev = l
			}
			if r.Hop == 0 && r.From != "" {
				t.Fatalf("Hop 0 with From %q", r.From)
			}
			lastLine = prev
			n++
			return nil
		})
		checkErr(t, err)
		if n > bytes.Count(data, []byte("HTTP/")) {
			t.Fatalf("%d responses from %d status lines at most", n, bytes.Count(data, []byte("HTTP/")))
		}
	})
}

// FuzzNormalForm checks that the crawl's shortcut for links already in
// normal form agrees with parsing and normalising them.
func FuzzNormalForm(f *testing.F) {
	for _, seed := range []string{"http://example.test/p/1", "https://h:8443/a/?q=1", "http://h/./a", "http://h:80/"} {
		f.Add(seed)
	}
	f.Fuzz(checkNormalForm)
}
