package script

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/tdewolff/parse/v2/js"
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

// TestTextOfSharesOnlySmallScripts checks that a name read from the tree is
// the script's own text when the script is small, and a copy of it when it
// is large, so that a name kept never holds a large script.
func TestTextOfSharesOnlySmallScripts(t *testing.T) {
	for _, pad := range []int{0, snippetShareMax} {
		src := "var theme = 1;" + strings.Repeat(" ", pad)
		prog, perr := parseJS(src)
		if perr != nil {
			t.Fatalf("parse: %+v", perr)
		}
		name := prog.ast.BlockStmt.List[0].(*js.VarDecl).List[0].Binding.(*js.Var).Data
		got := prog.textOf(name)
		if got != "theme" {
			t.Fatalf("textOf = %q, want theme", got)
		}
		shared := unsafe.StringData(got) == unsafe.StringData(src[4:])
		if shared != (pad == 0) {
			t.Errorf("script of %d bytes: shares its text %v", len(src), shared)
		}
	}
	if got := (&program{}).textOf([]byte("made")); got != "made" {
		t.Errorf("textOf of bytes outside the script = %q", got)
	}
}
