package extract

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/cookiescan/cookiescan/script"
)

// Component returns the <script> blocks of a Vue or Svelte single-file
// component, in file order, each with where its text starts (Kind
// ScriptInline, Lang TypeScript for lang="ts", "tsx", "jsx" or
// "typescript" and for TypeScript and JSX types). Blocks with a src, data blocks and blocks of only
// whitespace are left out. Any bytes are accepted; time and memory are
// linear in data.
func Component(data []byte) []Script {
	lines := script.LinesOf(data)
	var out []Script
	var open *Script // the block whose text comes next
	scan(data, func(name string, _ []byte) bool { return name == "script" }, func(_ *html.Tokenizer, tt html.TokenType, start, end int, name string, attrs []rawAttr) {
		switch tt {
		case html.StartTagToken:
			open = nil
			if name != "script" {
				return
			}
			if lang, ok := blockLanguage(attrs); ok {
				open = &Script{Kind: ScriptInline, Lang: lang, Context: "<script>"}
			}
		case html.TextToken:
			if open != nil {
				open.Source = string(data[start:end])
				open.Line, open.Col = lines.Position(start)
			}
		case html.EndTagToken:
			if open != nil && name == "script" && strings.TrimSpace(open.Source) != "" && len(out) < maxScripts {
				out = append(out, *open)
			}
			open = nil
		}
	})
	return out
}

// blockLanguage tells the language of a component's <script> block from its
// attributes; false for a block with a src or a data block.
func blockLanguage(attrs []rawAttr) (script.Language, bool) {
	typ, typeScript := script.JavaScript, false
	for _, a := range attrs {
		switch a.key {
		case "src":
			return script.DataBlock, false
		case "type":
			typ = script.LanguageOfType(string(a.val))
		case "lang":
			switch strings.ToLower(string(a.val)) {
			case "ts", "tsx", "jsx", "typescript":
				typeScript = true
			}
		}
	}
	switch {
	case typ == script.DataBlock:
		return script.DataBlock, false
	case typeScript:
		return script.TypeScript, true
	}
	return typ, true
}
