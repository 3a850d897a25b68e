package script

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

func TestAnalyzeTakesTheParseOfTheStringToJavaScriptReturned(t *testing.T) {
	src := "function logout() { document.cookie = 'sid=; max-age=0'; }"
	js := ToJavaScript(src, JavaScript)
	copied := strings.Clone(js)
	if parsed.take(copied) != nil {
		t.Fatal("an equal string of its own took the parse")
	}
	prog := parsed.take(js)
	if prog == nil {
		t.Fatal("no parse kept for the string returned")
	}
	if parsed.take(js) != nil {
		t.Error("a parse was handed over twice")
	}
	parsed.put(js, prog)
	got, want := Analyze(js, Options{}), Analyze(copied, Options{})
	if len(got.Ops) != 1 || fmt.Sprint(got.Ops) != fmt.Sprint(want.Ops) {
		t.Errorf("with the kept parse %+v, parsed again %+v", got.Ops, want.Ops)
	}
}

func TestTheParsesKeptAreBounded(t *testing.T) {
	var kept []string
	for i := range memoEntries + 3 {
		src := fmt.Sprintf("document.cookie = 'c%d=1'", i)
		kept = append(kept, ToJavaScript(src, JavaScript))
	}
	for i, js := range kept {
		if got := parsed.take(js) != nil; got != (i >= 3) {
			t.Errorf("source %d kept: %v", i, got)
		}
	}
	big := strings.Repeat(" ", memoBytes) + "document.cookie"
	if ToJavaScript(big, JavaScript); parsed.take(big) != nil {
		t.Error("a source larger than the bound was kept")
	}
}

func TestToJavaScriptOwningParsesTheBufferWhereItLies(t *testing.T) {
	src := "function logout() { document.cookie = 'sid=; max-age=0'; }\nlogout();"
	buf := make([]byte, len(src), len(src)+1)
	copy(buf, src)
	js := ToJavaScriptOwning(buf, JavaScript)
	if !sameString(js, unsafe.String(&buf[0], len(buf))) {
		t.Fatal("the script returned is a copy of the buffer")
	}
	got, want := Analyze(js, Options{}), Analyze(src, Options{})
	if js != src {
		t.Errorf("the buffer changed under the parse: %q", js)
	}
	if len(got.Ops) != 1 || fmt.Sprint(got.Ops) != fmt.Sprint(want.Ops) {
		t.Errorf("parsed in place %+v, parsed from a copy %+v", got.Ops, want.Ops)
	}
	full := []byte(src)[:len(src):len(src)]
	if js := ToJavaScriptOwning(full, JavaScript); sameString(js, unsafe.String(&full[0], len(full))) || js != src {
		t.Error("a buffer without a spare byte was not copied")
	}
}
