package script

import (
	"errors"
	"unicode/utf8"
	"unsafe"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

// program is a parsed script and the buffer its syntax tree points into.
type program struct {
	ast *js.AST
	// buf is the parsed text; the tree's literals, names and template
	// parts are slices of it, which is how their offsets are known.
	buf []byte
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
	return &program{ast: ast, buf: buf}, nil
}

// offset returns where b, a token slice of the tree, starts in the buffer;
// false for bytes the parser made up (a copied key, an "import" keyword).
func (p *program) offset(b []byte) (int, bool) {
	if len(b) == 0 || len(p.buf) == 0 {
		return 0, false
	}
	// The parser clips its slices' capacity, so only their address says
	// where they are; the address is compared, never turned back into a
	// pointer.
	d := uintptr(unsafe.Pointer(unsafe.SliceData(b))) - uintptr(unsafe.Pointer(unsafe.SliceData(p.buf)))
	if d >= uintptr(len(p.buf)) {
		return 0, false
	}
	off := int(d)
	if off+len(b) > len(p.buf) || &p.buf[off] != &b[0] {
		return 0, false
	}
	return off, true
}

// lineStarts returns the offset of the first byte of each line; lines end
// at \n, \r\n or a lone \r.
func lineStarts(s string) []int {
	ls := []int{0}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '\r' && (i+1 == len(s) || s[i+1] != '\n') {
			ls = append(ls, i+1)
		}
	}
	return ls
}

// lineCol converts an offset to a 1-based line and byte column.
func lineCol(lines []int, s string, off int) (int, int) {
	off = max(0, min(off, len(s)))
	lo, hi := 0, len(lines)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if lines[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo + 1, off - lines[lo] + 1
}

// offsetOf converts a 1-based line and byte column back to an offset.
func offsetOf(lines []int, s string, line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(lines) {
		return len(s)
	}
	return min(len(s), lines[line-1]+col-1)
}

// runeColToByte converts the parser's column, counted in characters, to
// bytes.
func runeColToByte(s string, line, col int) int {
	lines := lineStarts(s)
	if line < 1 || line > len(lines) {
		return col
	}
	i := lines[line-1]
	for n := 1; n < col && i < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i - lines[line-1] + 1
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
