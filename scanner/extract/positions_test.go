package extract

import (
	"math/rand/v2"
	"testing"

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
