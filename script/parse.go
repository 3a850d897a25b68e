package script

import (
	"errors"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

// program is a parsed script and the buffer its syntax tree points into.
type program struct {
	ast *js.AST
	// buf is the text of the whole script.
	buf []byte
	// text is the same text as a string.
	text string
	// input is what the parser read, buf or a piece of the script copied
	// from base on; the tree's literals, names and template parts are
	// slices of it, which is how their offsets are known.
	input []byte
	base  int
}

type parseErr struct {
	line, col int // col in bytes
	msg       string
}

// parseJS parses text as a module (import/export allowed, which a classic
// script never trips over).
func parseJS(text string) (*program, *parseErr) {
	buf := make([]byte, len(text), len(text)+1)
	copy(buf, text)
	return parseBuffer(buf, text)
}

// parseBuffer parses buf, whose text is also text, in place: a spare byte
// of capacity past buf's end, which the parser writes its end mark into,
// spares it a copy of the whole script.
func parseBuffer(buf []byte, text string) (*program, *parseErr) {
	ast, err := js.Parse(parse.NewInputBytes(buf), js.Options{})
	if err != nil {
		pe := &parseErr{line: 1, col: 1, msg: err.Error()}
		var perr *parse.Error
		if errors.As(err, &perr) {
			pe.msg = perr.Message
			pe.line = perr.Line
			pe.col = runeColToByte(text, perr.Line, perr.Column)
		}
		return nil, pe
	}
	return &program{ast: ast, buf: buf, text: text, input: buf}, nil
}

// offset returns where b, a token slice of the tree, starts in the buffer;
// false for bytes the parser made up (a copied key, an "import" keyword).
func (p *program) offset(b []byte) (int, bool) {
	if len(b) == 0 || len(p.input) == 0 {
		return 0, false
	}
	// The parser clips its slices' capacity, so only their address says
	// where they are; the address is compared, never turned back into a
	// pointer.
	d := uintptr(unsafe.Pointer(unsafe.SliceData(b))) - uintptr(unsafe.Pointer(unsafe.SliceData(p.input)))
	if d >= uintptr(len(p.input)) {
		return 0, false
	}
	off := int(d)
	if off+len(b) > len(p.input) || &p.input[off] != &b[0] {
		return 0, false
	}
	return p.base + off, true
}

// textOf returns the text of b, a token slice of the tree: a slice of the
// script's text, without a copy, when b lies in it and the script is small
// (a string kept then never holds on to a large script); a copy otherwise.
func (p *program) textOf(b []byte) string {
	if len(p.text) <= snippetShareMax {
		if off, ok := p.offset(b); ok && off+len(b) <= len(p.text) {
			return p.text[off : off+len(b)]
		}
	}
	return string(b)
}

// runeColToByte converts the parser's column, counted in characters, to
// bytes.
func runeColToByte(s string, line, col int) int {
	lines := LinesOf(s)
	if line < 1 || line > lines.Count() {
		return col
	}
	start := lines.Start(line)
	i := start
	for n := 1; n < col && i < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i - start + 1
}

// maxRecoveryTries bounds the reparses spent on a script that does not parse.
const maxRecoveryTries = 6

// recoverPrefix parses as much of text as goes before the error at errOff:
// it cuts after a statement (a ';' or '}' before the error, latest first),
// closes the brackets still open there, and parses that. nil when no cut
// parses.
func recoverPrefix(text string, errOff int) *program {
	type cut struct {
		off     int
		closers string
	}
	var cuts []cut // the latest maxRecoveryTries candidates, oldest first
	var stack []byte
	l := newLexer(text, 0)
	for {
		t := l.next()
		if t.kind == tkEOF || t.kind == tkErr || t.start >= errOff {
			break
		}
		if t.kind != tkPunct {
			continue
		}
		switch c := text[t.start]; {
		case t.end-t.start != 1:
		case c == '(' || c == '[' || c == '{':
			stack = append(stack, c)
		case c == ')' || c == ']' || c == '}':
			if len(stack) == 0 || stack[len(stack)-1] != open(c) {
				return nil // unbalanced: nothing sensible to close
			}
			stack = stack[:len(stack)-1]
		}
		if c := text[t.start]; (c == ';' || c == '}') && t.end-t.start == 1 && len(l.tmpl) == 0 {
			cl := make([]byte, len(stack))
			for i, o := range stack {
				cl[len(stack)-1-i] = closer(o)
			}
			if len(cuts) == maxRecoveryTries {
				cuts = cuts[1:]
			}
			cuts = append(cuts, cut{t.end, string(cl)})
		}
	}
	for i := len(cuts) - 1; i >= 0; i-- {
		if p, err := parseJS(text[:cuts[i].off] + "\n" + cuts[i].closers); err == nil {
			return p
		}
	}
	return nil
}

func open(c byte) byte {
	switch c {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

func closer(c byte) byte {
	switch c {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// maxSkippedStatements bounds the top-level statements recoverStatements
// blanks out, each costing a reparse.
const maxSkippedStatements = 8

// recoverStatements parses text past the statements the parser cannot
// read: the top-level statement holding the error is blanked out (spaces,
// newlines kept, so every position stays) to where its brackets close, and
// the text is parsed again, as long as each error lies past the last. It
// returns the program and the offset ranges skipped; nil when no try parses.
func recoverStatements(text string, errOff int) (*program, [][2]int) {
	buf := []byte(text)
	var skipped [][2]int
	for range maxSkippedStatements {
		start, end := topLevelStatement(string(buf), errOff)
		for i := start; i < end; i++ {
			if buf[i] != '\n' {
				buf[i] = ' '
			}
		}
		skipped = append(skipped, [2]int{start, end})
		p, perr := parseJS(string(buf))
		if perr == nil {
			return p, skipped
		}
		next := LinesOf(string(buf)).Offset(perr.line, perr.col)
		if next <= errOff {
			return nil, nil
		}
		errOff = next
	}
	return nil, nil
}

// topLevelStatement is where the top-level statement holding offset off
// begins and ends: from just past the last ';' or '}' before it outside any
// bracket (or the start of the text) to the first such one after it, its
// brackets counted through the error; the end of the error's line when
// they never close.
func topLevelStatement(text string, off int) (start, end int) {
	found := false
	statementEnds(text, func(_ byte, at int, _ bool) bool {
		if at-1 < off {
			start = at
			return true
		}
		end, found = at, true
		return false
	})
	if found {
		return start, end
	}
	if i := strings.IndexByte(text[off:], '\n'); i >= 0 {
		return start, off + i
	}
	return start, len(text)
}

// statementEnds lexes text and calls at with every ';' and '}' outside any
// bracket, where it ends and whether it is within a template literal, as
// long as at returns true; false when the lexer stopped on an error.
func statementEnds(text string, at func(c byte, end int, inTemplate bool) bool) bool {
	depth := 0
	l := newLexer(text, 0)
	for {
		t := l.next()
		switch {
		case t.kind == tkEOF:
			return true
		case t.kind == tkErr:
			return false
		case t.kind != tkPunct || t.end-t.start != 1:
			continue
		}
		switch c := text[t.start]; c {
		case '(', '[', '{':
			depth++
		case ')', ']':
			depth = max(depth-1, 0)
		case '}', ';':
			if c == '}' {
				depth = max(depth-1, 0)
			}
			if depth == 0 && !at(c, t.end, len(l.tmpl) > 0) {
				return true
			}
		}
	}
}
