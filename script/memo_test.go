package script

import (
	"fmt"
	"strings"
	"testing"
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
