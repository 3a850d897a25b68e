package script

import "testing"

func TestLinesMapOffsetsToLinesAndColumnsAndBack(t *testing.T) {
	for _, c := range []struct {
		sentence  string
		src       string
		off       int
		line, col int
		clamped   bool // off lies outside src: no way back to it
	}{
		{"the first byte is 1:1", "ab\ncd", 0, 1, 1, false},
		{"a line feed ends a line", "ab\ncd", 4, 2, 2, false},
		{"the line feed itself is on its line", "ab\ncd", 2, 1, 3, false},
		{"CR LF is one line break", "ab\r\ncd", 4, 2, 1, false},
		{"a lone CR is a line break", "ab\rcd\ref", 6, 3, 1, false},
		{"the end of the source is past its last byte", "ab\ncd", 5, 2, 3, false},
		{"a text ending in a break has an empty last line", "ab\n", 3, 2, 1, false},
		{"an empty source is one line", "", 0, 1, 1, false},
		{"an offset before the source is its start", "ab\ncd", -5, 1, 1, true},
		{"an offset past the source is its end", "ab\ncd", 99, 2, 3, true},
	} {
		l := LinesOf(c.src)
		if line, col := l.Position(c.off); line != c.line || col != c.col {
			t.Errorf("%s: Position(%d) = %d:%d, want %d:%d", c.sentence, c.off, line, col, c.line, c.col)
		}
		if b := LinesOf([]byte(c.src)); b.Count() != l.Count() {
			t.Errorf("%s: %d lines as bytes, %d as a string", c.sentence, b.Count(), l.Count())
		}
		if c.clamped {
			continue
		}
		if off := l.Offset(c.line, c.col); off != c.off {
			t.Errorf("%s: Offset(%d, %d) = %d, want %d", c.sentence, c.line, c.col, off, c.off)
		}
		if l.Start(c.line) != c.off-c.col+1 {
			t.Errorf("%s: line %d starts at %d", c.sentence, c.line, l.Start(c.line))
		}
	}
	l := LinesOf("ab\ncd")
	if l.Offset(0, 1) != 0 || l.Offset(9, 1) != 5 || l.Start(0) != 0 || l.Start(9) != 5 {
		t.Error("lines outside the source are not clamped to it")
	}
	var none Lines
	if line, col := none.Position(3); line != 1 || col != 1 || none.Start(1) != 0 {
		t.Errorf("Lines of no text place an offset at %d:%d", line, col)
	}
}
