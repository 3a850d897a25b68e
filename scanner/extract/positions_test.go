package extract

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/cookiescan/cookiescan/script"
)

// checkLineCursor asks a lineCursor over data the offsets in turn and fails
// when it gives other than script.Lines.
func checkLineCursor(t testing.TB, data []byte, offsets []int) {
	t.Helper()
	lines := script.LinesOf(data)
	c := lineCursor{data: data, line: 1}
	for _, off := range offsets {
		gotLine, gotCol := c.pos(off)
		if line, col := lines.Position(off); gotLine != line || gotCol != col {
			t.Fatalf("%q at %d after %v: %d:%d, script.Lines gives %d:%d", data, off, offsets, gotLine, gotCol, line, col)
		}
	}
}

func TestLineCursorIsWhatLinesGive(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 5000 {
		data := make([]byte, rng.IntN(40))
		for i := range data {
			data[i] = "ab\r\n"[rng.IntN(4)]
		}
		offsets := make([]int, rng.IntN(12))
		for i := range offsets {
			offsets[i] = rng.IntN(len(data)+3) - 1 // past both ends too
		}
		checkLineCursor(t, data, offsets)
	}
}

func FuzzLineCursor(f *testing.F) {
	f.Add([]byte("a\r\nb\rc\n\nd"), []byte{3, 1, 9, 4, 0, 200})
	f.Fuzz(func(t *testing.T, data, at []byte) {
		offsets := make([]int, len(at))
		for i, b := range at {
			offsets[i] = int(b)
		}
		checkLineCursor(t, data, offsets)
	})
}

// TestPlainAttrsAreWhatTheTokenizerReads tokenizes generated start tags,
// with names in any case, repeated, quoted or not, stray quotes, slashes
// and equals signs, and checks that whenever plainAttrs reads a tag it
// reads the attributes the tokenizer gives.
func TestPlainAttrsAreWhatTheTokenizerReads(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "=", "/", "'", "\"", "a", "HREF", "href", "x", "-", ":", "é", ">", "<", "&amp;", "\r", "on"}
	rng := rand.New(rand.NewPCG(9, 10))
	plain := 0
	for range 20000 {
		var b strings.Builder
		b.WriteString("<" + []string{"a", "DIV", "x-y"}[rng.IntN(3)])
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		b.WriteString(">")
		page := []byte(b.String())
		z := html.NewTokenizer(bytes.NewReader(page))
		end := 0
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			start := end
			end += len(z.Raw())
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			got, ok := plainAttrs(nil, page[start:end], start)
			if !ok {
				continue
			}
			plain++
			var want []rawAttr
			for more := true; more; {
				var k, v []byte
				if k, v, more = z.TagAttr(); k != nil {
					want = append(want, rawAttr{key: string(k), val: bytes.Clone(v)})
				}
			}
			if !sameAttrs(got, want) {
				t.Fatalf("%q: %q, the tokenizer reads %q", page[start:end], got, want)
			}
		}
	}
	if plain < 1000 {
		t.Errorf("plainAttrs read %d tags: the test no longer tests it", plain)
	}
}

// sameAttrs reports whether a and b hold the same names and values.
func sameAttrs(a, b []rawAttr) bool {
	return slices.EqualFunc(a, b, func(a, b rawAttr) bool { return a.key == b.key && bytes.Equal(a.val, b.val) })
}

func (a rawAttr) String() string { return fmt.Sprintf("%s=%q", a.key, a.val) }
