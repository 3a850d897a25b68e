package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/script"
)

func TestComponentFindsScriptBlocksWhereTheyAre(t *testing.T) {
	inline := func(src string, line, col int, lang script.Language) Script {
		return Script{Kind: ScriptInline, Source: src, Line: line, Col: col, Context: "<script>", Lang: lang}
	}
	for _, c := range []struct {
		sentence string
		src      string
		want     []Script
	}{
		{"a Vue setup block in TypeScript starts after its tag",
			"<template><a/></template>\n<script setup lang=\"ts\">\nconst a: number = 1\n</script>",
			[]Script{inline("\nconst a: number = 1\n", 2, 25, script.TypeScript)}},
		{"Svelte's instance and module blocks are both read, in file order",
			"<script>\n  let a = 1\n</script>\n{#if a}<p>x</p>{/if}\n<script context=\"module\">b()</script>",
			[]Script{inline("\n  let a = 1\n", 1, 9, script.JavaScript), inline("b()", 5, 26, script.JavaScript)}},
		{"lang tsx and jsx, and TypeScript types, are stripped later",
			`<script lang="TSX">a()</script><script lang=jsx>b()</script><script type="text/typescript">c()</script>`,
			[]Script{inline("a()", 1, 20, script.TypeScript), inline("b()", 1, 49, script.TypeScript), inline("c()", 1, 92, script.TypeScript)}},
		{"data blocks, external scripts and empty blocks are left out",
			`<script type="application/json">{"cookie":1}</script><script src="a.js"></script><script> </script><script>x()</script>`,
			[]Script{inline("x()", 1, 108, script.JavaScript)}},
		{"line breaks of every kind count",
			"<p>\r\n</p>\r<script>\r\nd()</script>",
			[]Script{inline("\r\nd()", 3, 9, script.JavaScript)}},
		{"a component without script has no blocks", "<template><p>{{ a }}</p></template>", nil},
		{"an unclosed block is not read", "<script>document.cookie", nil},
	} {
		got := Component([]byte(c.src))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", c.sentence, got, c.want)
		}
		for _, s := range got {
			lines := script.LinesOf(c.src)
			if off := lines.Offset(s.Line, s.Col); !strings.HasPrefix(c.src[off:], s.Source) {
				t.Errorf("%s: block at %d:%d is not where it says", c.sentence, s.Line, s.Col)
			}
		}
	}
}
