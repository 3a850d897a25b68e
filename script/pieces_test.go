package script

import (
	"fmt"
	"strings"
	"testing"
)

// wholeOps are the operations of src parsed whole, however large.
func wholeOps(t *testing.T, src string) []Op {
	t.Helper()
	prog, perr := parseJS(src)
	if perr != nil {
		t.Fatalf("parse: %+v", perr)
	}
	res := &Result{}
	res.addOps(newAnalyzer(prog, src, Options{}).run(), src, LinesOf(src), Options{Line: 1, Col: 1})
	return res.Ops
}

// filler is about n bytes of statements declaring nothing.
func filler(n int) string {
	return strings.Repeat("x=1;", n/4)
}

func TestALargeScriptDeclaringNothingIsAnalysedInPiecesAsWhole(t *testing.T) {
	src := `theme="dark";window.App={setCookie:function(n,v){document.cookie=n+"="+v+"; path=/"}};` +
		filler(piecesAbove) + strings.Repeat(`document.cookie="sid=x; path=/";`, 1000) +
		filler(pieceBytes) + `App.setCookie("lang","en");document.cookie="theme="+theme;` + filler(pieceBytes)
	if len(pieceEnds(src)) < 3 {
		t.Fatalf("cut into %d pieces", len(pieceEnds(src)))
	}
	if _, _, ok := analyzeInPieces(src, Options{}); !ok {
		t.Fatal("not analysed in pieces")
	}
	got := Analyze(src, Options{})
	want := wholeOps(t, src)
	if !got.Parsed || len(got.Ops) != 3 || fmt.Sprint(got.Ops) != fmt.Sprint(want) {
		t.Errorf("in pieces (parsed %v) %+v\nwhole %+v", got.Parsed, got.Ops, want)
	}
	if got.Ops[0].Count != 1000 {
		t.Errorf("the repeated write counted %d times", got.Ops[0].Count)
	}
	if js := ToJavaScript(src, JavaScript); js != src || parsed.take(js) != nil {
		t.Error("ToJavaScript kept a whole parse of a script analysed in pieces")
	}
}

func TestALargeScriptWithATopLevelDeclarationIsParsedWhole(t *testing.T) {
	src := `function setCookie(n,v){document.cookie=n+"="+v}` + filler(piecesAbove+pieceBytes) + `setCookie("sid","1");`
	if _, _, ok := analyzeInPieces(src, Options{}); ok {
		t.Fatal("a script declaring a function was analysed in pieces")
	}
	r := Analyze(src, Options{})
	if len(r.Ops) != 1 || r.Ops[0].Cookie != "sid=1" {
		t.Errorf("ops %+v", r.Ops)
	}
}

func TestALargeScriptWhosePieceDoesNotParseAloneIsParsedWhole(t *testing.T) {
	// The first cut falls after the if's body, which leaves a piece
	// starting with else.
	src := filler(pieceBytes-4) + `if(a)document.cookie="a=1";else document.cookie="b=1";` + filler(piecesAbove)
	if ends := pieceEnds(src); len(ends) == 0 || !strings.HasPrefix(src[ends[0]:], "else") {
		t.Fatalf("no cut before else: %v", ends)
	}
	if _, _, ok := analyzeInPieces(src, Options{}); ok {
		t.Fatal("analysed in pieces")
	}
	r := Analyze(src, Options{})
	if !r.Parsed || len(r.Ops) != 2 {
		t.Errorf("parsed %v, ops %+v", r.Parsed, r.Ops)
	}
}
