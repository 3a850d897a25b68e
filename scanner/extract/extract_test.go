package extract

import (
	"bytes"
	"fmt"
	"maps"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func extract(t testing.TB, page []byte, pageURL string) *Page {
	t.Helper()
	u, err := url.Parse(pageURL)
	if err != nil {
		t.Fatal(err)
	}
	p, err := HTML(bytes.NewReader(page), u)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// offsetAt turns a 1-based line and byte column back into an offset, with
// its own reading of line ends ("\n", "\r\n", "\r"), so that positions are
// checked independently of the code under test; -1 if the position is not
// on a line of data.
func offsetAt(data []byte, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexAny(data[off:], "\r\n")
		if i < 0 {
			return -1
		}
		off += i + 1
		if data[off-1] == '\r' && off < len(data) && data[off] == '\n' {
			off++
		}
	}
	end := off + col - 1
	if col < 1 || end >= len(data) || bytes.ContainsAny(data[off:end], "\r\n") {
		return -1
	}
	return end
}

// checkAt checks that script i's position is where the page holds at.
func checkAt(t *testing.T, data []byte, s Script, at string) {
	t.Helper()
	off := offsetAt(data, s.Line, s.Col)
	if off < 0 {
		t.Errorf("%s script %q at %d:%d: not in the page", s.Kind, s.Source, s.Line, s.Col)
		return
	}
	if !bytes.HasPrefix(data[off:], []byte(at)) {
		t.Errorf("%s script %q at %d:%d: page has %q there, want %q", s.Kind, s.Source, s.Line, s.Col,
			data[off:min(len(data), off+len(at))], at)
	}
}

func checkLinks(t *testing.T, what string, got, want []Link) {
	t.Helper()
	for i := 0; i < max(len(got), len(want)); i++ {
		switch {
		case i >= len(got):
			t.Errorf("%s[%d]: missing %+v", what, i, want[i])
		case i >= len(want):
			t.Errorf("%s[%d]: unexpected %+v", what, i, got[i])
		case got[i] != want[i]:
			t.Errorf("%s[%d]:\n got %+v\nwant %+v", what, i, got[i], want[i])
		}
	}
}

// scriptAt is an expected script and the raw page text at its position.
type scriptAt struct {
	Script
	at string
}

func checkScripts(t *testing.T, data []byte, got []Script, want []scriptAt) {
	t.Helper()
	for i := 0; i < max(len(got), len(want)); i++ {
		switch {
		case i >= len(got):
			t.Errorf("Scripts[%d]: missing %+v", i, want[i].Script)
		case i >= len(want):
			t.Errorf("Scripts[%d]: unexpected %+v", i, got[i])
		default:
			if got[i] != want[i].Script {
				t.Errorf("Scripts[%d]:\n got %+v\nwant %+v", i, got[i], want[i].Script)
			}
			checkAt(t, data, got[i], want[i].at)
		}
	}
}

const loginURL = "https://shop.example.com/login?return=%2Faccount#top"

func TestLoginPage(t *testing.T) {
	data := readFixture(t, "login.html")
	p := extract(t, data, loginURL)

	t.Run("the base href is the base and the first meta refresh is noted", func(t *testing.T) {
		if p.Base != "https://shop.example.com/app/" {
			t.Errorf("Base %q", p.Base)
		}
		if p.MetaRefresh != "https://shop.example.com/session/expired?from=home" {
			t.Errorf("MetaRefresh %q", p.MetaRefresh)
		}
		if p.Truncated {
			t.Error("Truncated")
		}
	})

	t.Run("links are absolute, without fragment, once each, in page order", func(t *testing.T) {
		checkLinks(t, "Links", p.Links, []Link{
			{URL: "https://shop.example.com/session/expired?from=home", Kind: LinkMetaRefresh, Line: 7},
			{URL: "https://shop.example.com/static/site.css", Kind: LinkLink, Line: 8},
			{URL: "https://shop.example.com/app/feed.xml", Kind: LinkLink, Line: 11},
			{URL: "https://shop.example.com/static/app.js", Kind: LinkScript, Line: 12},
			{URL: "https://cdn.example.net/lib/jquery.min.js", Kind: LinkScript, Line: 13},
			{URL: "https://shop.example.com/", Kind: LinkA, Text: "Home", Line: 23},
			{URL: "https://shop.example.com/app/catalogue/", Kind: LinkA, Text: "Catalogue", Line: 24},
			{URL: "https://blog.example.com/posts?page=2", Kind: LinkA, Text: "Blog", Line: 25},
			{URL: "https://help.example.org/faq", Kind: LinkA, Text: "Help", Line: 26},
			{URL: "https://shop.example.com/account/orders", Kind: LinkA, Text: "Orders", Line: 31},
			{URL: "https://shop.example.com/account/logout?next=%2F", Kind: LinkA, Text: "Sign out", Logout: true, Line: 32},
			{URL: "https://shop.example.com/search", Kind: LinkForm, Text: "Search", Line: 41},
			{URL: "https://shop.example.com/stores/north", Kind: LinkArea, Text: "North", Line: 57},
			{URL: "https://shop.example.com/widgets/cart?embed=1", Kind: LinkIframe, Line: 58},
		})
	})

	t.Run("the POST logout form is reported apart and the POST login form not at all", func(t *testing.T) {
		checkLinks(t, "LogoutForms", p.LogoutForms, []Link{
			{URL: "https://shop.example.com/session/destroy", Kind: LinkFormPost, Text: "Log out", Logout: true, Line: 49},
		})
	})

	t.Run("scripts sit where the page says, with context and logout flags", func(t *testing.T) {
		checkScripts(t, data, p.Scripts, []scriptAt{
			{Script{Kind: ScriptExternal, URL: "https://shop.example.com/static/app.js", Line: 12, Col: 14,
				Context: "<script>"}, "/static/app.js"},
			{Script{Kind: ScriptExternal, URL: "https://cdn.example.net/lib/jquery.min.js", Line: 13, Col: 14,
				Context: "<script>"}, "https://cdn.example.net/"},
			{Script{Kind: ScriptInline, Source: "\n  document.cookie = \"theme=dark; path=/; SameSite=Lax\";\n",
				Line: 15, Col: 9, Context: "<script>"}, "\n  document.cookie = \"theme=dark;"},
			{Script{Kind: ScriptHandler, Source: "initConsent()", Line: 20, Col: 28, Event: "onload",
				Context: `<body class="home" onload> "Home Catalogue Blog Help Back to top Mail us Call us Reload Orders Sign out Acce"`},
				"initConsent()\""},
			{Script{Kind: ScriptJavaScriptURL, Source: "void(0)", Line: 35, Col: 25,
				Context: `<a id="consent" href> "Accept cookies"`}, "void(0)\""},
			{Script{Kind: ScriptHandler, Source: "document.cookie='consent=yes; Max-Age=31536000'", Line: 35, Col: 56,
				Event: "onclick", Context: `<a id="consent" onclick> "Accept cookies"`}, "document.cookie='consent=yes; Max-Age=31536000'\""},
			{Script{Kind: ScriptJavaScriptURL, Source: "logout()", Line: 36, Col: 37,
				Context: `<a class="nav" href> "Log off"`, Logout: true}, "logout()\""},
			{Script{Kind: ScriptInline, Source: `document.cookie = "lang=fr";`, Line: 40, Col: 33,
				Context: "<script>"}, `document.cookie = "lang=fr";</script>`},
			{Script{Kind: ScriptHandler, Source: "document.cookie='sid=; Max-Age=0'; location='/'", Line: 54, Col: 20,
				Event: "onclick", Context: `<button class="btn" onclick> "Log out"`, Logout: true},
				"document.cookie='sid=; Max-Age=0'; location='/'\""},
			{Script{Kind: ScriptHandler, Source: `document.cookie="a=b"`, Line: 55, Col: 20,
				Event: "onclick", Context: `<button onclick> "Set a"`}, "document.cookie=&quot;a=b&quot;\""},
			{Script{Kind: ScriptInline, Source: "\n    var s = \"", Line: 60, Col: 11,
				Context: "<script>"}, "\n    var s = \"</script>"},
		})
	})

	t.Run("CRLF line endings give the same lines, columns and sources", func(t *testing.T) {
		crlf := bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
		q := extract(t, crlf, loginURL)
		if !reflect.DeepEqual(p, q) {
			t.Errorf("LF page:\n%+v\nCRLF page:\n%+v", p, q)
		}
	})
}

// page is a small page of a table-driven test.
type page struct {
	name        string
	html        string
	links       []Link
	logoutForms []Link
	scripts     []scriptAt
}

func runPages(t *testing.T, pages []page) {
	t.Helper()
	for _, tc := range pages {
		t.Run(tc.name, func(t *testing.T) {
			p := extract(t, []byte(tc.html), "https://example.com/dir/page?x=1")
			checkLinks(t, "Links", p.Links, tc.links)
			checkLinks(t, "LogoutForms", p.LogoutForms, tc.logoutForms)
			checkScripts(t, []byte(tc.html), p.Scripts, tc.scripts)
		})
	}
}

func TestMarkup(t *testing.T) {
	runPages(t, []page{{
		name: "uppercase tags and unquoted attributes read like lowercase quoted ones",
		html: "<HTML><BODY><A HREF=/a ONCLICK=go()>A</A><SCRIPT>x=1</SCRIPT>",
		links: []Link{
			{URL: "https://example.com/a", Kind: LinkA, Text: "A", Line: 1},
		},
		scripts: []scriptAt{
			{Script{Kind: ScriptHandler, Source: "go()", Line: 1, Col: 32, Event: "onclick", Context: `<a onclick> "A"`}, "go()>"},
			{Script{Kind: ScriptInline, Source: "x=1", Line: 1, Col: 50, Context: "<script>"}, "x=1</SCRIPT>"},
		},
	}, {
		name: "a tag split over lines has the line of its '<' and each value its own line",
		html: "<p>\n<a\n  href=\"/x\"\n  onclick='f()'\n>X</a>",
		links: []Link{
			{URL: "https://example.com/x", Kind: LinkA, Text: "X", Line: 2},
		},
		scripts: []scriptAt{
			{Script{Kind: ScriptHandler, Source: "f()", Line: 4, Col: 12, Event: "onclick", Context: `<a onclick> "X"`}, "f()'"},
		},
	}, {
		name: "CRLF and a lone CR each end one line",
		html: "<p>\r\n<a href=/x onclick=f()>X</a>\r\n\r<script>y()</script>",
		links: []Link{
			{URL: "https://example.com/x", Kind: LinkA, Text: "X", Line: 2},
		},
		scripts: []scriptAt{
			{Script{Kind: ScriptHandler, Source: "f()", Line: 2, Col: 20, Event: "onclick", Context: `<a onclick> "X"`}, "f()>"},
			{Script{Kind: ScriptInline, Source: "y()", Line: 4, Col: 9, Context: "<script>"}, "y()<"},
		},
	}, {
		name: "columns count bytes, so multibyte text before a script counts in full",
		html: "<p>日本語 – €</p><script>a()</script>",
		scripts: []scriptAt{
			{Script{Kind: ScriptInline, Source: "a()", Line: 1, Col: 33, Context: "<script>"}, "a()<"},
		},
	}, {
		name: "a script inside a comment is no script",
		html: "<!-- <script>bad()</script> --><script>good()</script>",
		scripts: []scriptAt{
			{Script{Kind: ScriptInline, Source: "good()", Line: 1, Col: 40, Context: "<script>"}, "good()"},
		},
	}, {
		name: "</script> inside a string ends the script, as in browsers",
		html: `<script id=s>var s = "</script>"; evil()</script>`,
		scripts: []scriptAt{
			{Script{Kind: ScriptInline, Source: `var s = "`, Line: 1, Col: 14, Context: `<script id="s">`}, `var s = "</script>`},
		},
	}, {
		name: "an entity-encoded handler runs decoded and points at its raw value",
		html: `<button onclick="document.cookie=&quot;a=b&quot;">Set</button>`,
		scripts: []scriptAt{
			{Script{Kind: ScriptHandler, Source: `document.cookie="a=b"`, Line: 1, Col: 18, Event: "onclick",
				Context: `<button onclick> "Set"`}, "document.cookie=&quot;"},
		},
	}, {
		name: "an obfuscated javascript: URL is decoded and points just after the scheme",
		html: "<a href=\"&#106;ava&Tab;script&colon;alert(%22x%22)\">x</a>\n" +
			"<iframe src=' JAVA\nSCRIPT:go()'></iframe>",
		scripts: []scriptAt{
			{Script{Kind: ScriptJavaScriptURL, Source: `alert("x")`, Line: 1, Col: 37, Context: `<a href> "x"`}, "alert(%22x%22)"},
			{Script{Kind: ScriptJavaScriptURL, Source: "go()", Line: 3, Col: 8, Context: `<iframe src>`}, "go()'"},
		},
	}, {
		name: "a javascript: form action is a script, not a link",
		html: `<form action="javascript:submitIt()"><button>Go</button></form>`,
		scripts: []scriptAt{
			{Script{Kind: ScriptJavaScriptURL, Source: "submitIt()", Line: 1, Col: 26, Context: `<form action> "Go"`}, "submitIt()"},
		},
	}, {
		name: "what a crawler cannot fetch is skipped",
		html: `<a href="mailto:a@example.com">m</a><a href="tel:1">t</a><a href="data:text/html,x">d</a>` +
			`<a href="blob:https://example.com/1">b</a><a href="about:blank">a</a><a href="ftp://example.com/">f</a>` +
			`<a href="">e</a><a href="  ">s</a><a href="#">h</a><a href="#top">f</a><a href="javascript:">j</a><a>none</a>` +
			`<link rel="preconnect" href="https://cdn.example.net"><link rel="DNS-Prefetch" href="//cdn.example.net">` +
			`<a href="http://[::1">bad</a><a href="http:">nohost</a>`,
	}, {
		name: "relative, protocol-relative, dot-segment and backslash URLs resolve like browsers",
		html: `<a href="next">1</a><a href="../up?q=a b">2</a><a href="//cdn.example.net/x#f">3</a>` +
			`<a href="HTTPS://Other.Example.ORG/Path">4</a><a href="/a\b?c\d">5</a><a href="?only">6</a>` +
			"<a href=\" /t\tab\n \">7</a><a href=\"/100%\">8</a>",
		links: []Link{
			{URL: "https://example.com/dir/next", Kind: LinkA, Text: "1", Line: 1},
			{URL: "https://example.com/up?q=a%20b", Kind: LinkA, Text: "2", Line: 1},
			{URL: "https://cdn.example.net/x", Kind: LinkA, Text: "3", Line: 1},
			{URL: "https://other.example.org/Path", Kind: LinkA, Text: "4", Line: 1},
			{URL: `https://example.com/a/b?c\d`, Kind: LinkA, Text: "5", Line: 1},
			{URL: "https://example.com/dir/page?only", Kind: LinkA, Text: "6", Line: 1},
			{URL: "https://example.com/tab", Kind: LinkA, Text: "7", Line: 1},
			{URL: "https://example.com/100%25", Kind: LinkA, Text: "8", Line: 2},
		},
	}, {
		name: "a link repeated is reported once, as a logout if any copy is",
		html: "<a href=/exit>Bye</a>\n<a href=/exit#now id=logout>x</a>",
		links: []Link{
			{URL: "https://example.com/exit", Kind: LinkA, Text: "Bye", Logout: true, Line: 1},
		},
	}, {
		name: "misnested markup copies an element, which is still reported once",
		html: `<p><a href="/x" onclick="f()">one<p>two</a>`,
		links: []Link{
			{URL: "https://example.com/x", Kind: LinkA, Text: "one", Line: 1},
		},
		scripts: []scriptAt{
			{Script{Kind: ScriptHandler, Source: "f()", Line: 1, Col: 26, Event: "onclick", Context: `<a onclick> "one"`}, "f()"},
		},
	}, {
		name: "repeated body tags merge and the first value of each attribute wins",
		html: "<body onload=\"a()\">\n<body onload=\"b()\" onunload=\"c()\">",
		scripts: []scriptAt{
			{Script{Kind: ScriptHandler, Source: "a()", Line: 1, Col: 15, Event: "onload", Context: "<body onload>"}, "a()"},
			{Script{Kind: ScriptHandler, Source: "c()", Line: 2, Col: 30, Event: "onunload", Context: "<body onunload>"}, "c()"},
		},
	}, {
		name: "broken markup is repaired as browsers do",
		html: "<div><a href=/a>one<a href=/b>two</div><p>1 < 2 <b <a href=\"/c\">c</b>\n<table><a href=/d>d</a><tr><td>x</table><a href=\"/e",
		links: []Link{
			{URL: "https://example.com/a", Kind: LinkA, Text: "one", Line: 1},
			{URL: "https://example.com/b", Kind: LinkA, Text: "two", Line: 1},
			{URL: "https://example.com/d", Kind: LinkA, Text: "d", Line: 2},
		},
	}, {
		name: "SVG links and scripts count, and SVG's <style> is markup, not raw text",
		html: `<svg onload="s()"><a xlink:href="/svg-link"><text>t</text></a>` +
			`<style><a href="/in-style">x</a></style><script>svg()</script></svg>`,
		links: []Link{
			{URL: "https://example.com/svg-link", Kind: LinkA, Text: "t", Line: 1},
			{URL: "https://example.com/in-style", Kind: LinkA, Text: "x", Line: 1},
		},
		scripts: []scriptAt{
			{Script{Kind: ScriptHandler, Source: "s()", Line: 1, Col: 14, Event: "onload", Context: `<svg onload> "t"`}, "s()"},
			{Script{Kind: ScriptInline, Source: "svg()", Line: 1, Col: 111, Context: "<script>"}, "svg()"},
		},
	}, {
		name: "template contents count: frameworks stamp them into the page",
		html: `<template><a href="/t" onclick="t()">T</a></template>`,
		links: []Link{
			{URL: "https://example.com/t", Kind: LinkA, Text: "T", Line: 1},
		},
		scripts: []scriptAt{
			{Script{Kind: ScriptHandler, Source: "t()", Line: 1, Col: 33, Event: "onclick", Context: `<a onclick> "T"`}, "t()"},
		},
	}, {
		name: "data blocks are skipped, JavaScript types and modules kept",
		html: `<script type="application/json">{"a":1}</script><script type="text/x-template">x</script>` +
			`<script type="module">m()</script><script type=" TEXT/JAVASCRIPT ">c()</script>` +
			`<script language="vbscript">v</script><script language="JavaScript">l()</script><script type="">e()</script>` +
			`<script type="text/javascript; charset=utf-8">p()</script><script type="text/template" src="/t.js"></script>` +
			"<script>  \n </script>",
		scripts: []scriptAt{
			{Script{Kind: ScriptInline, Source: "m()", Line: 1, Col: 112, Context: "<script>"}, "m()"},
			{Script{Kind: ScriptInline, Source: "c()", Line: 1, Col: 157, Context: "<script>"}, "c()"},
			{Script{Kind: ScriptInline, Source: "l()", Line: 1, Col: 237, Context: "<script>"}, "l()"},
			{Script{Kind: ScriptInline, Source: "e()", Line: 1, Col: 265, Context: "<script>"}, "e()"},
		},
	}, {
		name: "a GET form submits to its page by default; POST forms are left out unless they log out",
		html: "<form><button>Go</button></form>\n<form action=#res><input type=submit value=Find></form>\n" +
			"<form method=post action=/save><button>Save</button></form>\n<form method=dialog><button>Close</button></form>\n" +
			"<form method=Post action=/bye><input name=x><button type=button>Help</button><input type=image alt=\"Sign out\"></form>",
		links: []Link{
			{URL: "https://example.com/dir/page?x=1", Kind: LinkForm, Text: "Go", Line: 1},
		},
		logoutForms: []Link{
			{URL: "https://example.com/bye", Kind: LinkFormPost, Text: "Sign out", Logout: true, Line: 5},
		},
	}, {
		name: "invalid UTF-8 stays in sources and becomes U+FFFD in texts",
		html: "<a href=\"/\xff\" class=\"x\xfe\" onclick=\"a='\xff'\">\xff ok</a><script>s=\"\xff\"</script>",
		links: []Link{
			{URL: "https://example.com/%FF", Kind: LinkA, Text: "\uFFFD ok", Line: 1},
		},
		scripts: []scriptAt{
			{Script{Kind: ScriptHandler, Source: "a='\xff'", Line: 1, Col: 34, Event: "onclick",
				Context: "<a class=\"x\uFFFD\" onclick> \"\uFFFD ok\""}, "a='\xff'"},
			{Script{Kind: ScriptInline, Source: "s=\"\xff\"", Line: 1, Col: 57, Context: "<script>"}, "s=\"\xff\""},
		},
	}, {
		name: "a logout is recognised from text, id, class, name, URL and image alt",
		html: `<a href="/a" class="btn signOut">1</a><a href="/b">Log Out</a><a href="/c" name="do_logoff">3</a>` +
			`<a href="/wp-login.php?action=logout">4</a><a href="/d"><img alt="Sign out"></a><a href="/catalogue">blogout</a>` +
			`<div onclick="x()" class="menu"><a href="/logout">bye</a> and a long text that is a region rather than a label</div>`,
		links: []Link{
			{URL: "https://example.com/a", Kind: LinkA, Text: "1", Logout: true, Line: 1},
			{URL: "https://example.com/b", Kind: LinkA, Text: "Log Out", Logout: true, Line: 1},
			{URL: "https://example.com/c", Kind: LinkA, Text: "3", Logout: true, Line: 1},
			{URL: "https://example.com/wp-login.php?action=logout", Kind: LinkA, Text: "4", Logout: true, Line: 1},
			{URL: "https://example.com/d", Kind: LinkA, Text: "Sign out", Logout: true, Line: 1},
			{URL: "https://example.com/catalogue", Kind: LinkA, Text: "blogout", Line: 1},
			{URL: "https://example.com/logout", Kind: LinkA, Text: "bye", Logout: true, Line: 1},
		},
		scripts: []scriptAt{
			{Script{Kind: ScriptHandler, Source: "x()", Line: 1, Col: 224, Event: "onclick",
				Context: `<div class="menu" onclick> "bye and a long text that is a region rather than a label"`}, "x()"},
		},
	}})
}

func TestBase(t *testing.T) {
	for _, tc := range []struct {
		name, html, base, link string
	}{
		{"the first base href counts, later ones don't",
			`<base href="/one/"><base href="/two/"><a href=x>x</a>`, "https://example.com/one/", "https://example.com/one/x"},
		{"a base without href doesn't count",
			`<base target=_top><base href="https://cdn.example.net/b/#frag"><a href=x>x</a>`, "https://cdn.example.net/b/", "https://cdn.example.net/b/x"},
		{"a javascript: base is ignored",
			`<base href="javascript:alert(1)"><a href=x>x</a>`, "https://example.com/dir/page?x=1", "https://example.com/dir/x"},
		{"without base the page URL, less its fragment, is the base",
			`<a href=x>x</a>`, "https://example.com/dir/page?x=1", "https://example.com/dir/x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := extract(t, []byte(tc.html), "https://example.com/dir/page?x=1#f")
			if p.Base != tc.base || len(p.Links) != 1 || p.Links[0].URL != tc.link {
				t.Errorf("Base %q, Links %+v; want %q, %q", p.Base, p.Links, tc.base, tc.link)
			}
		})
	}
}

func TestMetaRefresh(t *testing.T) {
	for _, tc := range []struct {
		content, want string
	}{
		{"0; url=/next", "https://example.com/next"},
		{"5;URL='/quoted?a=1'", "https://example.com/quoted?a=1"},
		{`3, Url = "/dq" trailing`, "https://example.com/dq"},
		{"0 ; /bare", "https://example.com/bare"},
		{".5; url=rel", "https://example.com/dir/rel"},
		{"1;url='/unclosed", "https://example.com/unclosed"},
		{"0", ""},
		{"0;", ""},
		{"soon; url=/x", ""},
		{"0x; url=/x", ""},
		{"0; url=javascript:alert(1)", ""},
	} {
		t.Run(fmt.Sprintf("content %q gives %q", tc.content, tc.want), func(t *testing.T) {
			html := fmt.Sprintf(`<meta http-equiv="refresh" content="%s"><meta http-equiv=REFRESH content="0;url=/second">`,
				strings.ReplaceAll(tc.content, `"`, "&quot;"))
			p := extract(t, []byte(html), "https://example.com/dir/page")
			want := tc.want
			if want == "" {
				want = "https://example.com/second"
			}
			if p.MetaRefresh != want {
				t.Errorf("MetaRefresh %q, want %q", p.MetaRefresh, want)
			}
		})
	}
}

func TestIsLogout(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"logout", true},
		{"Log out", true},
		{"LOG-OUT", true},
		{"log_out", true},
		{"signout", true},
		{"Sign out", true},
		{"sign-out", true},
		{"/users/sign_out", true},
		{"logoff", true},
		{"Log-Off", true},
		{"btnLogout", true},
		{"doSignOut()", true},
		{"logoutButton", true},
		{"logout2", true},
		{"index.php?action=logout&x=1", true},
		{"catalogue", false},
		{"blogout", false},
		{"logouts", false},
		{"login", false},
		{"logo", false},
		{"signoff", false},
		{"sign in", false},
		{"dialogout", false},
		{"", false},
	} {
		t.Run(fmt.Sprintf("%q is a logout: %v", tc.s, tc.want), func(t *testing.T) {
			if got := IsLogout(tc.s); got != tc.want {
				t.Errorf("IsLogout(%q) = %v", tc.s, got)
			}
		})
	}
}

func TestIsHTML(t *testing.T) {
	for _, tc := range []struct {
		name, contentType, sniff string
		want                     bool
	}{
		{"text/html is HTML", "text/html", "", true},
		{"parameters and case don't matter", "Text/HTML; charset=UTF-8", "{}", true},
		{"XHTML is HTML", "application/xhtml+xml", "", true},
		{"JSON is not HTML even if it looks like it", "application/json", "<html>", false},
		{"plain text is not sniffed", "text/plain", "<!DOCTYPE html>", false},
		{"without Content-Type the body is sniffed", "", "  <!DOCTYPE html><p>", true},
		{"without Content-Type other bodies are not HTML", "", "%PDF-1.7", false},
		{"unknown/unknown is sniffed too", "unknown/unknown", "<html>", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsHTML(tc.contentType, []byte(tc.sniff)); got != tc.want {
				t.Errorf("IsHTML(%q, %q) = %v", tc.contentType, tc.sniff, got)
			}
		})
	}
}

func TestRawOffset(t *testing.T) {
	for _, tc := range []struct {
		name, raw, decoded string
	}{
		{"plain bytes map one to one", "abc", "abc"},
		{"named references with semicolon", "a&quot;b&amp;c&colon;", `a"b&c:`},
		{"legacy references without semicolon", "&amp&lt&copy x", "&<© x"},
		{"a name followed by '=' is no reference", "?a=1&copy=2&amp=3", "?a=1&copy=2&amp=3"},
		{"unknown names stay as they are", "&bogus; &notit; &", "&bogus; &notit; &"},
		{"numeric references, decimal and hex, with or without semicolon", "&#106;&#x6A&#X6a;&#;&#x;", "jjj&#;&#x;"},
		{"windows-1252 and invalid code points", "&#128;&#0;&#xD800;&#x110000;", "€\uFFFD\uFFFD\uFFFD"},
		{"two-rune references", "&NotEqualTilde;", "≂̸"},
		{"CRLF and CR become LF, NUL becomes U+FFFD", "a\r\nb\rc\x00d", "a\nb\nc\uFFFDd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The tokenizer is the reference for the decoded value.
			p := extract(t, []byte(`<a href="/x" onclick="`+tc.raw+`">`), "https://example.com/")
			if len(p.Scripts) != 1 || p.Scripts[0].Source != tc.decoded {
				t.Fatalf("tokenizer decodes %q to %+v, want %q", tc.raw, p.Scripts, tc.decoded)
			}
			if got := rawOffset([]byte(tc.raw), len(tc.decoded)); got != len(tc.raw) {
				t.Errorf("rawOffset(%q, %d) = %d, want %d", tc.raw, len(tc.decoded), got, len(tc.raw))
			}
		})
	}
}

func TestAnyBytes(t *testing.T) {
	garbage := make([]byte, 64<<10)
	rand.NewChaCha8([32]byte{1}).Read(garbage)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"an empty page", nil},
		{"binary garbage", garbage},
		{"a PNG image", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10<a href=/x onclick=y()>")},
		{"invalid UTF-8 everywhere", []byte("<a\xff hr\xfeef=\"/\xc3\" on\xffclick=\"\xe2\x82\">\xf0\x9f</a><script>\xc0\xaf</script>")},
		{"NUL bytes in tags and values", []byte("<a\x00 href=\"/\x00\" onclick=\"\x00x()\">\x00</a><scr\x00ipt>y()</script>")},
		{"a stray '<' and tags cut by the end of the page", []byte("1 < 2 <a href=\"/x\" onclick=\"f()")},
		{"an unterminated comment", []byte("<!-- <a href=/x onclick=f()>")},
		{"an unterminated script", []byte("<script>document.cookie='a=1'; <a href=/x>")},
		{"a page nested deeper than x/net/html accepts", []byte(strings.Repeat("<div>", 600) + "<a href=/deep onclick=f()>deep</a>")},
	} {
		t.Run(tc.name+" is read without error", func(t *testing.T) {
			p := extract(t, tc.data, "https://example.com/")
			checkPage(t, tc.data, p)
		})
	}
	t.Run("links and scripts are still found below 600 nested elements", func(t *testing.T) {
		data := []byte(strings.Repeat("<div>", 600) + "\n<a href=/deep onclick=f()>deep</a>")
		p := extract(t, data, "https://example.com/")
		checkLinks(t, "Links", p.Links, []Link{{URL: "https://example.com/deep", Kind: LinkA, Text: "deep", Line: 2}})
		checkScripts(t, data, p.Scripts, []scriptAt{
			{Script{Kind: ScriptHandler, Source: "f()", Line: 2, Col: 23, Event: "onclick", Context: `<a onclick> "deep"`}, "f()>"},
		})
	})
}

func TestNoPageURL(t *testing.T) {
	if _, err := HTML(strings.NewReader("<a href=/x>"), nil); err == nil {
		t.Error("no error without page URL")
	}
}

func TestOrdinaryPagesTakeTheOnePassPath(t *testing.T) {
	for name, page := range map[string][]byte{
		"shop page":                                    shopPage(4 << 10),
		"small page of a numbered site":                smallPage(12),
		"page with head, comments and custom elements": []byte(directSeed),
	} {
		if doc, _ := directTree(page); doc == nil {
			t.Errorf("%s: takes the two-pass path", name)
		}
	}
	for _, page := range []string{"<p><div>x</div>", "<table><a href=/t>t</a></table>", "<a href=/1><a href=/2>", "<b><i></b></i>", "<svg><a href=/s/></svg>"} {
		if doc, _ := directTree([]byte(page)); doc != nil {
			t.Errorf("%q: takes the one-pass path, though the parser repairs it", page)
		}
	}
}

// directSeed is a page written as meant, with what the one-pass path must
// handle: a doctype, comments, head elements, a custom element, nested
// lists, a form, handlers and a page-level handler.
const directSeed = "<!doctype html><!-- c --><html lang=en><head><meta charset=utf-8>" +
	"<title>T &amp; t</title><script src=/a.js></script><script>document.cookie='a=1'</script></head>\n" +
	"<body class=b onload=init()><my-nav><a href=/x onclick=f() class=nav>X <b>y</b></a></my-nav>" +
	"<ul><li><a href=/y>Y</a><ul><li>z</li></ul></li><li><p>p <a href=/logout>Sign out</a></p></li></ul>" +
	"<form action=/s><input name=q><button>Go</button></form><form method=post action=/bye><input type=submit value='Log out'></form>" +
	"<div><p>1</p><img src=/i.png alt=I><a href=\"javascript:go()\">j</a></div></body></html>\n"

// TestOnePassAgreesWithTheParser builds pages at random (with a fixed seed)
// from the elements the one-pass path knows and some it does not, nested
// and closed well or badly, and checks that whenever the one-pass path
// takes a page, it extracts exactly what the parser's tree gives.
func TestOnePassAgreesWithTheParser(t *testing.T) {
	names := []string{"a", "b", "i", "p", "div", "span", "li", "ul", "form", "button", "h1", "h2", "body", "head",
		"html", "script", "title", "img", "br", "hr", "input", "table", "td", "my-el", "nav", "label", "pre", "font"}
	// Every element the one pass builds comes up too.
	for _, name := range slices.Sorted(maps.Keys(ordinary)) {
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	attrs := []string{` href="/x"`, ` href=/y?a=1&amp;b=2`, ` onclick="f()"`, ` class="logout"`, ` method=post action=/bye`,
		` href="javascript:go()"`, ` type=submit value="Sign out"`, ` id=a`, ` alt="Log out"`, ` src=/s.js`, ``, ``}
	texts := []string{"x", " ", "\n", "Sign out", "a &amp; b", "<!-- c -->", "1 < 2"}
	base, _ := url.Parse("https://example.com/dir/page")
	// x/net/html does not count <search> and <dialog> as special, so an
	// <li> inside them closes the <li> around them.
	for _, page := range []string{
		`<ul><li><search onclick=f()><li>Log out</li></search></li></ul>`,
		`<ul><li><dialog onclick=f()><li>Log out</li></dialog></li></ul>`,
	} {
		if doc, tags := directTree([]byte(page)); doc != nil {
			got, want := extractTree(doc, directIndex([]byte(page), tags), base), twoPass([]byte(page), base)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q:\n one pass %+v\n parser   %+v", page, got, want)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	taken := 0
	for range 20000 {
		var b strings.Builder
		var open []string
		for range 1 + rng.IntN(30) {
			switch r := rng.IntN(10); {
			case r < 4:
				name := names[rng.IntN(len(names))]
				b.WriteString("<" + name + attrs[rng.IntN(len(attrs))] + attrs[rng.IntN(len(attrs))] + ">")
				open = append(open, name)
			case r < 7 && len(open) > 0:
				i := len(open) - 1
				if rng.IntN(8) == 0 {
					i = rng.IntN(len(open)) // misnested
				}
				b.WriteString("</" + open[i] + ">")
				open = append(open[:i], open[i+1:]...)
			default:
				b.WriteString(texts[rng.IntN(len(texts))])
			}
		}
		page := []byte(b.String())
		doc, tags := directTree(page)
		if doc == nil {
			continue
		}
		taken++
		got, want := extractTree(doc, directIndex(page, tags), base), twoPass(page, base)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\n one pass %+v\n parser   %+v", page, got, want)
		}
	}
	if taken < 1000 {
		t.Errorf("only %d pages took the one-pass path: the test no longer tests it", taken)
	}
}

// TestRepeatedLinksMergeInLongLists repeats links of a list longer than a
// scan covers: each repeat keeps the first position and text, is Logout if
// any copy is, and gets no entry of its own; the same holds for logout forms.
func TestRepeatedLinksMergeInLongLists(t *testing.T) {
	var b strings.Builder
	var want, wantForms []Link
	for i := range 3 * scanLinks {
		fmt.Fprintf(&b, "<a href=/p/%d></a>\n", i)
		want = append(want, Link{URL: fmt.Sprintf("https://example.com/p/%d", i), Kind: LinkA, Line: 2*i + 1})
		fmt.Fprintf(&b, "<form method=post action=/f/%d><button>Log out</button></form>\n", i)
		wantForms = append(wantForms, Link{URL: fmt.Sprintf("https://example.com/f/%d", i), Kind: LinkFormPost, Text: "Log out", Logout: true, Line: 2*i + 2})
	}
	for i := range 3 * scanLinks {
		if i%3 == 0 {
			fmt.Fprintf(&b, "<a href=/p/%d>Sign out</a><form method=post action=/f/%d><button>Log out</button></form>\n", i, i)
			want[i].Text, want[i].Logout = "Sign out", true
		}
	}
	p := extract(t, []byte(b.String()), "https://example.com/")
	checkLinks(t, "Links", p.Links, want)
	checkLinks(t, "LogoutForms", p.LogoutForms, wantForms)
}
