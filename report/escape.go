package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// visible makes scanned text safe to print on a terminal. Cookie names,
// values, URLs and messages come from the sites being scanned, so a hostile
// site could otherwise clear the screen, move the cursor, retitle the window
// or hide text behind bidi reordering. C0 controls (tab and newline included),
// DEL and bytes that are not UTF-8 become \xNN; C1 controls and bidi controls
// become \uNNNN. Everything else is kept as is.
func visible(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0x80 && r <= 0x9f, // C1: some terminals read U+009B alone as CSI
			unicode.Is(unicode.Bidi_Control, r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
