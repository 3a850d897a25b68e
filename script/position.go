package script

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/tdewolff/parse/v2/js"
)

// The syntax tree has no positions, but its literals, property names and
// template parts are slices of the parsed buffer, which gives their
// offsets. An operation's start is found from such an anchor inside it,
// walking back over the source ("cookie" of document.cookie: back over
// '.', then "document"). With no anchor, the first token with the name of
// its leftmost identifier after the last anchor passed is taken.

// startOf returns the offset where expression e starts; c0 is the cursor
// before it was evaluated.
func (a *analyzer) startOf(e js.IExpr, c0 int) int {
	if s, ok := a.start(e); ok {
		return s
	}
	if name := headName(e); name != "" {
		if off, ok := findIdent(a.text, name, c0); ok {
			return off
		}
	}
	return min(c0, len(a.p.buf))
}

func (a *analyzer) start(e js.IExpr) (int, bool) {
	switch e := e.(type) {
	case *js.LiteralExpr:
		return a.p.offset(e.Data)
	case js.LiteralExpr:
		return a.p.offset(e.Data)
	case *js.TemplateExpr:
		if e.Tag != nil {
			return a.start(e.Tag)
		}
		if len(e.List) > 0 {
			return a.p.offset(e.List[0].Value)
		}
		return a.p.offset(e.Tail)
	case *js.DotExpr:
		if s, ok := a.start(e.X); ok {
			return s, true
		}
		// (a.#b's name is the variable's, which sits where it was
		// declared: no anchor.)
		if _, private := e.Y.(*js.Var); !private {
			if off, ok := a.p.offset(dotData(e)); ok {
				return a.before(e.X, off, ".")
			}
		}
	case *js.IndexExpr:
		if s, ok := a.start(e.X); ok {
			return s, true
		}
		if off, ok := a.start(e.Y); ok {
			return a.before(e.X, off, "[")
		}
	case *js.CallExpr:
		if s, ok := a.start(e.X); ok {
			return s, true
		}
		if len(e.Args.List) > 0 {
			if off, ok := a.start(e.Args.List[0].Value); ok {
				return a.before(e.X, off, "(")
			}
		}
	case *js.NewExpr:
		if s, ok := a.start(e.X); ok {
			return a.backWord(s, "new")
		}
	case *js.BinaryExpr:
		return a.start(e.X)
	case *js.CondExpr:
		return a.start(e.Cond)
	case *js.GroupExpr:
		if s, ok := a.start(e.X); ok {
			return a.backWord(s, "(")
		}
	case *js.UnaryExpr:
		if s, ok := a.start(e.X); ok {
			switch e.Op {
			case js.PostIncrToken, js.PostDecrToken:
				return s, true
			case js.NotToken, js.NegToken, js.PosToken, js.BitNotToken:
				i := skipBack(a.p.buf, s)
				if i > 0 {
					return i - 1, true
				}
			}
			return s, true // close enough: the operand
		}
	}
	return 0, false
}

// before finds the start of x, which ends just before sep, itself just
// before the anchor at off (whitespace allowed between them).
func (a *analyzer) before(x js.IExpr, off int, sep string) (int, bool) {
	buf := a.p.buf
	i := skipBack(buf, off)
	if !bytes.HasSuffix(buf[:i], []byte(sep)) {
		return 0, false
	}
	i -= len(sep)
	if bytes.HasSuffix(buf[:i], []byte("?.")) {
		i -= 2 // a?.[0], f?.()
	}
	return a.ending(x, skipBack(buf, i))
}

// ending finds the start of x given where it ends.
func (a *analyzer) ending(x js.IExpr, end int) (int, bool) {
	buf := a.p.buf
	switch x := x.(type) {
	case *js.Var:
		n := len(x.Data)
		if end-n >= 0 && bytes.Equal(buf[end-n:end], x.Data) && (end-n == 0 || !isIdentByte(buf[end-n-1])) {
			return end - n, true
		}
	case *js.CallExpr, *js.IndexExpr, *js.GroupExpr:
		if s, ok := a.start(x); ok {
			return s, true
		}
		open := matchBack(buf, end)
		if open < 0 {
			return 0, false
		}
		switch x := x.(type) {
		case *js.CallExpr:
			return a.ending(x.X, skipBack(buf, open))
		case *js.IndexExpr:
			return a.ending(x.X, skipBack(buf, open))
		}
		return open, true
	default:
		return a.start(x)
	}
	return 0, false
}

// backWord steps back from s over whitespace and the word w.
func (a *analyzer) backWord(s int, w string) (int, bool) {
	i := skipBack(a.p.buf, s)
	if bytes.HasSuffix(a.p.buf[:i], []byte(w)) {
		return i - len(w), true
	}
	return s, true
}

func skipBack(buf []byte, i int) int {
	for i > 0 && isSpace(buf[i-1]) {
		i--
	}
	return i
}

// matchBack returns the offset of the bracket opening the one that ends
// at end, ignoring strings (good enough for f(...) and a[...]).
func matchBack(buf []byte, end int) int {
	if end <= 0 || end > len(buf) {
		return -1
	}
	depth := 0
	for i := end - 1; i >= 0 && end-i < 4096; i-- {
		switch buf[i] {
		case ')', ']', '}':
			depth++
		case '(', '[', '{':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// headName is the name of the leftmost identifier of e.
func headName(e js.IExpr) string {
	for {
		switch x := e.(type) {
		case *js.Var:
			return string(x.Data)
		case *js.DotExpr:
			e = x.X
		case *js.IndexExpr:
			e = x.X
		case *js.CallExpr:
			e = x.X
		case *js.BinaryExpr:
			e = x.X
		case *js.GroupExpr:
			e = x.X
		case *js.NewExpr:
			return "new"
		default:
			return ""
		}
	}
}

// findIdent finds the identifier name at or after from, outside comments
// and strings, looking at most 64 KB ahead.
func findIdent(text, name string, from int) (int, bool) {
	if from < 0 || from > len(text) {
		return 0, false
	}
	l := newLexer(text, from)
	for {
		t := l.next()
		if t.kind == tkEOF || t.kind == tkErr || t.start-from > 64<<10 {
			return 0, false
		}
		if t.kind == tkIdent && l.text(t) == name {
			return t.start, true
		}
	}
}

// snippetLen bounds a snippet, in bytes.
const snippetLen = 120

// snippetShareMax is the largest script whose snippets are slices of it.
const snippetShareMax = 64 << 10

// folded reports whether s is ASCII text whose whitespace is single spaces
// between words, which folding its whitespace leaves as it is.
func folded(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c != ' ' && isSpace(c):
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// snippet returns the source text of the operation at off, whitespace runs
// folded, cut to snippetLen bytes on a character boundary.
func snippet(src string, off int) string {
	if off < 0 || off >= len(src) {
		return ""
	}
	end := snippetEnd(src, off, 4*snippetLen)
	text := src[off:end]
	if !folded(text) {
		text = strings.Join(strings.Fields(text), " ")
	} else if len(src) > snippetShareMax {
		// A snippet of a large script is copied rather than left holding
		// all of it.
		text = strings.Clone(text[:min(len(text), snippetLen)])
	}
	if len(text) > snippetLen {
		cut := snippetLen
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	return text
}
