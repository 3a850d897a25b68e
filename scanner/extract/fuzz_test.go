package extract

import (
	"bytes"
	"net/url"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/cookiescan/cookiescan/script"
)

func FuzzHTML(f *testing.F) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil || len(paths) == 0 {
		f.Fatalf("no seeds: %v", err)
	}
	for _, p := range paths {
		f.Add(readFixture(f, filepath.Base(p)))
	}
	for _, s := range []string{
		"<a href=x onclick=y>",
		"<svg><style><a href=/s></style><script><![CDATA[x()]]></script></svg>",
		"<body onload=a><body onload=b onunload=c>",
		"<p><a href=/x onclick=f()>1<p>2</a>",
		"<a href=\"&#106;avascript&colon;&Tab;x()\">",
		"<form method=post action=/logout><button>Log out</button></form>",
		"<table><a href=/t onclick=t()><tr><td>x</table>",
		"<meta http-equiv=refresh content=\"0;url='/r'\">",
		"\x00<a\x00 href=\"\x00\r\n\">\xff\xfe",
		strings.Repeat("<div onclick=d()>", 600),
		"<BR/><Img\tsrc=x><a/href=/y></A\n><svg/onload=z()></SVG/><p class=icon title=\"turn on\"/>",
	} {
		f.Add([]byte(s))
	}
	f.Add([]byte(directSeed))
	f.Add(shopPage(2 << 10))
	base, _ := url.Parse("https://example.com/dir/page?q=1")
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSpans(t, data)
		p, err := HTML(bytes.NewReader(data), base)
		if err != nil {
			t.Fatal(err)
		}
		checkPage(t, data, p)
		if doc, _ := directTree(data); doc != nil {
			if want := twoPass(data, base); !reflect.DeepEqual(p, want) {
				t.Fatalf("the one-pass extraction differs from the parser's:\n got %+v\nwant %+v", p, want)
			}
		}
		for _, s := range Component(data) {
			if off := offsetAt(data, s.Line, s.Col); off < 0 || !bytes.HasPrefix(data[off:], []byte(s.Source)) {
				t.Fatalf("component block %q at %d:%d: not in the file", s.Source, s.Line, s.Col)
			}
		}
	})
}

// FuzzResolve checks that the shortcut of resolve gives what parsing gives.
func FuzzResolve(f *testing.F) {
	for i, base := range resolveBases {
		for _, ref := range []string{"/p/1", "/a/./b?x#y", "https://h.example:8080/p?q", "http://H/", "/%41", "//h/p", "/p#%zz"} {
			f.Add(base, ref[:len(ref)-i%2])
		}
	}
	f.Fuzz(func(t *testing.T, base, ref string) {
		u, err := url.Parse(base)
		if err != nil {
			return
		}
		checkOrigin(t, u)
		checkResolvePlain(t, newResolver(u), ref)
	})
}

// checkPage checks what holds for any page: caps, absolute http(s) links
// without fragment on lines of the page, scripts positioned inside the
// page and, where nothing is encoded, holding their source verbatim.
func checkPage(t *testing.T, data []byte, p *Page) {
	t.Helper()
	if len(p.Links) > maxLinks || len(p.LogoutForms) > maxLinks || len(p.Scripts) > maxScripts {
		t.Fatalf("%d links, %d logout forms, %d scripts", len(p.Links), len(p.LogoutForms), len(p.Scripts))
	}
	lines := script.LinesOf(data).Count()
	for _, l := range append(p.Links, p.LogoutForms...) {
		u, err := url.Parse(l.URL)
		if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || strings.Contains(l.URL, "#") {
			t.Errorf("link URL %q: %v", l.URL, err)
		}
		if l.Line < 1 || l.Line > lines || len(l.Text) > maxText {
			t.Errorf("link %+v", l)
		}
	}
	verbatim := !bytes.ContainsAny(data, "&\r\x00") && !bytes.Contains(bytes.ToLower(data), []byte("svg")) &&
		!bytes.Contains(bytes.ToLower(data), []byte("math"))
	for _, s := range p.Scripts {
		off := offsetAt(data, s.Line, s.Col)
		if off < 0 {
			t.Fatalf("%s script %q at %d:%d: not in the page", s.Kind, s.Source, s.Line, s.Col)
		}
		if (s.Kind == ScriptHandler) != (s.Event != "") || (s.Kind == ScriptExternal) != (s.URL != "") ||
			(s.Kind == ScriptExternal) != (s.Source == "") || s.Kind == ScriptInline && s.Logout {
			t.Errorf("script %+v", s)
		}
		exact := verbatim
		if s.Kind == ScriptJavaScriptURL {
			exact = exact && !bytes.ContainsAny(data, "%\t\n")
		}
		if exact && s.Kind != ScriptExternal && !bytes.HasPrefix(data[off:], []byte(s.Source)) {
			t.Errorf("%s script %q at %d:%d: page has %q", s.Kind, s.Source, s.Line, s.Col,
				data[off:min(len(data), off+len(s.Source))])
		}
	}
}

// checkSpans checks attrSpans and rawOffset against the tokenizer: every
// start tag has a span per attribute, and each raw value decodes to as many
// bytes as the tokenizer's value. It also checks the shortcuts of scan:
// tag names read from the raw bytes are the tokenizer's, and the raw bytes
// of every tag that matters are judged worth reading attributes of.
func checkSpans(t *testing.T, data []byte) {
	scan(data, allAttrs, func(z *html.Tokenizer, tt html.TokenType, start, end int, name string, attrs []rawAttr) {
		// scan has not asked the tokenizer for the name unless it holds a NUL.
		if n, _ := z.TagName(); n != nil && string(n) != name {
			t.Fatalf("tag %q: name %q, the tokenizer says %q", data[start:end], name, n)
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			return
		}
		if mayMatter(name, attrs) && !attrsMayMatter(name, data[start:end]) {
			t.Fatalf("tag %q matters, but its attributes would not be read", data[start:end])
		}
		if _, plain := plainAttrs(nil, data[start:end], start); plain {
			// The tokenizer's attributes are left unread: they must be attrs.
			var read []rawAttr
			for more := true; more; {
				var k, v []byte
				if k, v, more = z.TagAttr(); k != nil {
					read = append(read, rawAttr{key: string(k), val: v})
				}
			}
			if !sameAttrs(read, attrs) {
				t.Fatalf("tag %q: attributes %q, the tokenizer reads %q", data[start:end], attrs, read)
			}
		}
		spans := attrSpans(data[start:end], start, len(attrs))
		if len(spans) != len(attrs) {
			t.Fatalf("tag %q: %d spans for %d attributes", data[start:end], len(spans), len(attrs))
		}
		for i, a := range attrs {
			if a.located && a.span != spans[i] {
				t.Fatalf("tag %q: attribute %q at %v, attrSpans finds %v", data[start:end], a.key, a.span, spans[i])
			}
		}
		for i, a := range attrs {
			raw := data[spans[i][0]:spans[i][1]]
			if n := rawOffset(raw, len(a.val)); n != len(raw) {
				t.Fatalf("attribute %q=%q from raw %q: rawOffset = %d, want %d", a.key, a.val, raw, n, len(raw))
			}
		}
	})
}
