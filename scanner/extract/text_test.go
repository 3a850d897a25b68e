package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// checkPlainText fails when plainText takes s as a label and gives other
// than collecting it does, and reports whether it took it.
func checkPlainText(t testing.TB, s string) bool {
	t.Helper()
	n := &html.Node{Type: html.ElementNode, Data: "a"}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: s})
	got, ok := plainText(n)
	if !ok {
		return false
	}
	collected := textBuf{max: maxText}
	visibleText(n, &collected)
	if want := collected.String(); got != want {
		t.Fatalf("%q: %q, collecting gives %q", s, got, want)
	}
	return true
}

func TestPlainTextIsWhatCollectingGives(t *testing.T) {
	pieces := []string{"a", "Sign", "out", " ", " ", "  ", "\t", "\n", "\u00a0", "\u0085", "é", "\xff", "~", "\x7f", "&", "<",
		strings.Repeat("x", 99)}
	rng := rand.New(rand.NewPCG(5, 6))
	taken := 0
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if checkPlainText(t, b.String()) {
			taken++
		}
	}
	if taken < 1000 {
		t.Errorf("plainText took %d labels: the test no longer tests it", taken)
	}
}

func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"Page 12", " x", "x ", "a  b", "a\tb", strings.Repeat("y", maxText), "caf\u00e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPlainText(t, s) })
}

func TestElementTextTakesPlainLabels(t *testing.T) {
	for _, s := range []string{"Page 121", "Home", "Sign out", strings.Repeat("z", maxText)} {
		if !checkPlainText(t, s) {
			t.Errorf("%q: not taken", s)
		}
	}
}
