package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// repeat builds a page of n copies of unit (a format with one %d).
func repeat(unit string, n int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><body>\n")
	for i := range n {
		fmt.Fprintf(&b, unit, i)
	}
	return b.Bytes()
}

func TestLimits(t *testing.T) {
	for _, tc := range []struct {
		name             string
		page             []byte
		links, scripts   int
		lastLink, lastJS string
	}{
		{"100 000 links are cut at 10 000, the first ones kept",
			repeat("<a href=\"/p/%d\">item</a>\n", 100000), 10000, 0, "https://example.com/p/9999", ""},
		{"10 000 scripts are cut at 2 000, the first ones kept",
			repeat("<script>document.cookie='c%d=1'</script>\n", 10000), 0, 2000, "", "document.cookie='c1999=1'"},
		{"50 000 handlers are cut at 2 000",
			repeat("<b onclick=\"f(%d)\">x</b>\n", 50000), 0, 2000, "", "f(1999)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := extract(t, tc.page, "https://example.com/")
			if len(p.Links) != tc.links || len(p.Scripts) != tc.scripts || !p.Truncated {
				t.Fatalf("%d links, %d scripts, Truncated %v", len(p.Links), len(p.Scripts), p.Truncated)
			}
			if tc.links > 0 && p.Links[tc.links-1].URL != tc.lastLink {
				t.Errorf("last link %+v", p.Links[tc.links-1])
			}
			if tc.scripts > 0 && p.Scripts[tc.scripts-1].Source != tc.lastJS {
				t.Errorf("last script %+v", p.Scripts[tc.scripts-1])
			}
		})
	}
	t.Run("exactly at the caps nothing is truncated", func(t *testing.T) {
		p := extract(t, repeat("<a href=\"/p/%[1]d\" onclick=\"f(%[1]d)\">x</a>\n", 2000), "https://example.com/")
		if len(p.Links) != 2000 || len(p.Scripts) != 2000 || p.Truncated {
			t.Errorf("%d links, %d scripts, Truncated %v", len(p.Links), len(p.Scripts), p.Truncated)
		}
	})
}

// BenchmarkHTMLShapes measures, for each page shape that could make
// per-element work grow with the page, the cost per byte at n and 4n
// elements: linear work gives the same ns/byte at both sizes, quadratic work
// four times as much. The shapes: many links, many scripts, deep nesting
// (past x/net/html's limit of 512), nested elements each needing their text,
// one tag with many attributes, long character references.
func BenchmarkHTMLShapes(b *testing.B) {
	u, _ := url.Parse("https://example.com/")
	for _, tc := range []struct {
		name string
		page func(n int) []byte
	}{
		{"links", func(n int) []byte { return repeat("<li><a href=\"/p/%d\" class=nav>Item</a>\n", n) }},
		{"scripts", func(n int) []byte { return repeat("<script>document.cookie='c%d=1'</script>\n", n) }},
		{"nested handlers", func(n int) []byte { return repeat("<div onclick=\"f(%d)\">", n) }},
		{"nested handlers around much whitespace", func(n int) []byte {
			return append(repeat("<span onclick=\"f(%d)\">", n/2), strings.Repeat(" \n", 8*n)...)
		}},
		{"nested links in templates", func(n int) []byte { return repeat("<template><a href=\"/%d\">", n) }},
		{"nested forms in templates", func(n int) []byte { return repeat("<template><form action=\"/%d\"><input>", n) }},
		{"misnested formatting elements", func(n int) []byte { return repeat("<a href=\"/%d\" onclick=x()><b><p>t</a>", n) }},
		{"many attributes", func(n int) []byte {
			var b strings.Builder
			b.WriteString("<div")
			for i := range n {
				fmt.Fprintf(&b, " on%d=x()", i)
			}
			return []byte(b.String() + ">x</div>")
		}},
		{"many attributes without values on a link", func(n int) []byte {
			var b strings.Builder
			b.WriteString("<a href=/x")
			for i := range n {
				fmt.Fprintf(&b, " a%d", i)
			}
			return []byte(b.String() + ">x</a>")
		}},
		{"many merged body attributes", func(n int) []byte { return repeat("<body on%d=x()>", n) }},
		{"long character references", func(n int) []byte {
			return []byte("<a href=\"javascript:" + strings.Repeat("&#0000000000000097;&amp", n) + "\">x</a>")
		}},
	} {
		for _, n := range []int{10000, 40000} {
			page := tc.page(n)
			b.Run(fmt.Sprintf("%s/n=%d", tc.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				for b.Loop() {
					if _, err := HTML(bytes.NewReader(page), u); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(page)), "ns/byte")
			})
		}
	}
}
