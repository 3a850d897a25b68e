package script

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// Block is the content of one <script> element of a page or component,
// with where it starts in its file.
type Block struct {
	Source    string
	Line, Col int    // 1-based; Col in bytes
	Lang      string // "ts" for lang="ts" (or a TypeScript type), else ""
}

// ScriptBlocks returns the <script> blocks of a .vue, .svelte, .html or
// .htm file (ext with or without its dot), with the position of their
// first byte, found with x/net/html's tokenizer. Blocks with a src, or whose
// type is not JavaScript (JSON, templates, import maps), are left out.
func ScriptBlocks(src string, ext string) []Block {
	switch strings.ToLower(strings.TrimPrefix(ext, ".")) {
	case "vue", "svelte", "html", "htm", "xhtml":
	default:
		return nil
	}
	lines := lineStarts(src)
	z := html.NewTokenizer(strings.NewReader(src))
	var out []Block
	off := 0
	inScript := false
	var cur Block
	for {
		tt := z.Next()
		raw := z.Raw()
		start := off
		off += len(raw)
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			name, more := z.TagName()
			if string(name) != "script" {
				continue
			}
			inScript, cur = true, Block{}
			lang, typ, external := "", "", false
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "lang":
					lang = strings.ToLower(string(v))
				case "type":
					typ = strings.ToLower(strings.TrimSpace(string(v)))
				case "src":
					external = true
				}
			}
			if external || !jsType(typ) {
				inScript = false
				continue
			}
			if lang == "ts" || lang == "tsx" || lang == "typescript" || strings.Contains(typ, "typescript") {
				cur.Lang = "ts"
			}
		case html.TextToken:
			if inScript {
				cur.Source = string(raw)
				l, c := lineCol(lines, src, start)
				cur.Line, cur.Col = l, c
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); inScript && bytes.Equal(name, []byte("script")) {
				if strings.TrimSpace(cur.Source) != "" {
					out = append(out, cur)
				}
				inScript = false
			}
		}
	}
}

// jsType reports whether a script type attribute names JavaScript (or
// TypeScript or JSX, which the caller strips).
func jsType(typ string) bool {
	typ, _, _ = strings.Cut(typ, ";")
	switch strings.TrimSpace(typ) {
	case "", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript",
		"application/x-javascript", "text/x-javascript", "text/jsx", "text/babel", "text/typescript", "application/typescript":
		return true
	}
	return false
}
