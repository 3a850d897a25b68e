package script

import (
	"unsafe"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

// A large script is parsed and interpreted a piece at a time, so that its
// top-level statements are never held at once: a minified file repeating
// one statement a million times would otherwise need a tree twenty times
// its size. The functions the statements define are kept to the end, as
// calls may come back to them. The
// pieces are cut at semicolons outside any bracket and template, where a
// statement ends. As a piece reads the bindings of the pieces before it by
// name alone, a script is cut only when none of its pieces declares
// anything at its top level (no var, let, const, function, class, import
// or export there); any other script, and one whose piece does not parse
// on its own, is parsed whole.
const (
	piecesAbove = 4 << 20 // bytes of script parsed whole at most
	pieceBytes  = 1 << 20 // bytes of a piece at least
)

// pieceEnds returns where the pieces of text end, the last at its end; nil
// when text is parsed whole.
func pieceEnds(text string) []int {
	if len(text) <= piecesAbove {
		return nil
	}
	var ends []int
	last := 0
	lexed := statementEnds(text, func(c byte, end int, inTemplate bool) bool {
		if c == ';' && !inTemplate && end-last >= pieceBytes && len(text)-end >= pieceBytes {
			ends = append(ends, end)
			last = end
		}
		return true
	})
	if !lexed || len(ends) == 0 {
		return nil
	}
	return append(ends, len(text))
}

// parsePiece parses text[from:to] on its own, positioned in text; nil when
// it does not parse or declares something at its top level.
func parsePiece(text string, from, to int) *program {
	input := make([]byte, to-from, to-from+1)
	copy(input, text[from:to])
	ast, err := js.Parse(parse.NewInputBytes(input), js.Options{})
	if err != nil || len(ast.BlockStmt.Scope.Declared) > 0 {
		return nil
	}
	for _, st := range ast.BlockStmt.List {
		switch st.(type) {
		case *js.ImportStmt, *js.ExportStmt:
			return nil
		}
	}
	// The whole text is only read through buf, never written.
	whole := unsafe.Slice(unsafe.StringData(text), len(text))
	return &program{ast: ast, buf: whole, text: text, input: input, base: from}
}

// parsesInPieces reports whether text is cut into pieces that all parse.
func parsesInPieces(text string) bool {
	ends := pieceEnds(text)
	from := 0
	for _, to := range ends {
		if parsePiece(text, from, to) == nil {
			return false
		}
		from = to
	}
	return len(ends) > 0
}

// analyzeInPieces interprets src a piece at a time with one analyzer, each
// piece's tree let go once interpreted; false when src is to be parsed
// whole.
func analyzeInPieces(src string, opts Options) ([]*rawOp, *Module, bool) {
	ends := pieceEnds(src)
	if ends == nil {
		return nil, nil, false
	}
	var a *analyzer
	m := newModule()
	var top smallMap[string, js.IExpr]
	from := 0
	for _, to := range ends {
		p := parsePiece(src, from, to)
		if p == nil {
			return nil, nil, false
		}
		if a == nil {
			a = newAnalyzer(p, src, opts)
		}
		a.p = p
		a.prepass()
		a.topFacts(m, p.ast.BlockStmt.List, &top)
		a.stmts(p.ast.BlockStmt.List)
		from = to
	}
	a.runDeferred()
	a.funcFacts(m)
	a.facts = m
	ops := a.finish()
	return ops, a.module(ops), true
}
