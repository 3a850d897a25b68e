package script

import (
	"strings"
	"testing"
)

// TestSnippetFoldsWhitespace checks snippets of text already folded, which
// are taken as they are, against text whose whitespace needs folding.
func TestSnippetFoldsWhitespace(t *testing.T) {
	long := "document.cookie = '" + strings.Repeat("a", 200) + "'"
	for _, c := range []struct{ src, want string }{
		{"document.cookie = 'a=1'; x()", "document.cookie = 'a=1'"},
		{"document.cookie  =\t'a=1'\n", "document.cookie = 'a=1'"},
		{"document.cookie = (\n  'a=1')", "document.cookie = ( 'a=1')"},
		{"document.cookie =\v\f'a=1'", "document.cookie = 'a=1'"},
		{"document.cookie = 'a\u00a0b'", "document.cookie = 'a b'"},
		{"document.cookie = 'a\u0085b'", "document.cookie = 'a b'"},
		{"document.cookie = 'é'", "document.cookie = 'é'"},
		{long, long[:snippetLen]},
		{long + strings.Repeat(" ", snippetShareMax), long[:snippetLen]},
		{strings.Repeat("x", 119) + "é", strings.Repeat("x", 119)},
		{strings.Repeat("x", 118) + "é", strings.Repeat("x", 118) + "é"},
	} {
		if got := snippet(c.src, 0); got != c.want {
			t.Errorf("snippet(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}
