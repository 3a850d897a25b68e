package script

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzAnalyze: no panic (Analyze recovers, so a recovered panic fails
// here), no hang, every operation inside the source, and stripping keeps
// its promises on any input.
func FuzzAnalyze(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "js", "*"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil && len(data) < 64<<10 {
			f.Add(string(data))
		}
	}
	for _, s := range []string{
		"document.cookie = 'a=' + b + ';path=/'",
		"function s(n,v,d){var e='';if(d){var t=new Date;t.setTime(t.getTime()+d*864e5);e='; expires='+t.toUTCString()}document.cookie=n+'='+v+e}s('a','b',1);s(s,s,s)",
		"function f(n){f(n+'x'); document.cookie=n+'=1'} f('a')",
		"var a=[];a.push(a);document.cookie=a.join(a)",
		"`${document.cookie}`.split(`; ${'x'}=`)",
		"<a onClick={() => { document.cookie = 'x=1' }}>",
		"let x: number = document.cookie as any",
		"document.cookie = 'a=1'; if (",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		start := time.Now()
		r := Analyze(ToJavaScript(src, JavaScript), Options{})
		if errors.Is(r.Err, errInternal) {
			t.Fatalf("panic: %v", r.Err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("took %v", d)
		}
		lines := LinesOf(src)
		for _, op := range r.Ops {
			if op.Line < 1 || op.Line > lines.Count() {
				t.Fatalf("line %d outside 1..%d", op.Line, lines.Count())
			}
			end := len(src)
			if op.Line < lines.Count() {
				end = lines.Start(op.Line + 1)
			}
			if op.Col < 1 || lines.Start(op.Line)+op.Col-1 > end {
				t.Fatalf("col %d outside line %d", op.Col, op.Line)
			}
			if len(op.Snippet) > snippetLen {
				t.Fatalf("snippet of %d bytes", len(op.Snippet))
			}
		}
		out, _ := StripTypeScript(src)
		if len(out) != len(src) || strings.Count(out, "\n") != strings.Count(src, "\n") {
			t.Fatalf("stripping moved text")
		}
	})
}
