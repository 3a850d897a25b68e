package script

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestMentions(t *testing.T) {
	for src, want := range map[string]bool{
		"document.cookie = 1":         true,
		"Cookies.set('a')":            true,
		"cookieStore.get('a')":        true,
		"$.removeCookie('x')":         true,
		"useCookies(['a'])":           true,
		"COOKIE":                      true,
		"cOoKiE":                      true,
		"var cook = 1; kie()":         false,
		"":                            false,
		"cookiE":                      true,
		"ookie":                       false,
		"cooki":                       false,
		strings.Repeat("k", 1000):     false,
		strings.Repeat("x", 99) + "K": false,
	} {
		if got := Mentions(src); got != want {
			t.Errorf("Mentions(%.40q) = %v, want %v", src, got, want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { Mentions("let a = 1; document.title = 'kk'") }); n != 0 {
		t.Errorf("Mentions allocates %v times", n)
	}
}

func TestSkipped(t *testing.T) {
	r := Analyze("function f(a, b) { return a + b }", Options{})
	if !r.Skipped || r.Parsed || len(r.Ops) != 0 || r.Err != nil {
		t.Errorf("got %+v", r)
	}
}

func TestOptionsPlaceOps(t *testing.T) {
	src := "document.cookie = 'a=1';\n  document.cookie = 'b=2';"
	r := Analyze(src, Options{Line: 40, Col: 9, Logout: true})
	if len(r.Ops) != 2 {
		t.Fatalf("got %+v", r.Ops)
	}
	if op := r.Ops[0]; op.Line != 40 || op.Col != 9 || !op.Logout {
		t.Errorf("first op at %d:%d logout=%v, want 40:9 logout", op.Line, op.Col, op.Logout)
	}
	if op := r.Ops[1]; op.Line != 41 || op.Col != 3 || !op.Logout {
		t.Errorf("second op at %d:%d logout=%v, want 41:3 logout", op.Line, op.Col, op.Logout)
	}
}

func TestParseErrorPlaced(t *testing.T) {
	src := "document.cookie = 'a=1';\nvar = ;"
	r := Analyze(src, Options{Line: 10, Col: 5})
	var pe *ParseError
	if r.Parsed || !errors.As(r.Err, &pe) {
		t.Fatalf("want a parse error, got %+v", r)
	}
	if pe.Line != 11 || pe.Col != 5 {
		t.Errorf("error at %d:%d, want 11:5 (%v)", pe.Line, pe.Col, pe)
	}
	if len(r.Ops) != 1 || r.Ops[0].Line != 10 || r.Ops[0].Col != 5 {
		t.Errorf("ops %+v", r.Ops)
	}
}

func TestUnrecoverable(t *testing.T) {
	r := Analyze("document.cookie = 'a=1' +;", Options{})
	if r.Parsed || r.Err == nil {
		t.Fatalf("got %+v", r)
	}
}

func TestToJavaScriptStripsOnlyWhatIsNotJavaScript(t *testing.T) {
	jsx := "const B = () => <button onClick={() => { document.cookie = 'x=; max-age=0'; }}>Log out</button>;"
	for _, c := range []struct {
		sentence string
		src      string
		lang     Language
		want     string
	}{
		{"JavaScript that parses is kept as it is",
			"let a = b < c > (d); document.cookie = 'a=1'", JavaScript, "let a = b < c > (d); document.cookie = 'a=1'"},
		{"JSX handed over as JavaScript is stripped",
			jsx, JavaScript, "const B = () => [               (() => { document.cookie = 'x=; max-age=0'; })                ];"},
		{"TypeScript is stripped",
			"let c: string = document.cookie", TypeScript, "let c         = document.cookie"},
		{"a syntax error stripping does not help is kept",
			"document.cookie = 'a=1' +;", JavaScript, "document.cookie = 'a=1' +;"},
		{"code without cookies is left unparsed",
			"let c: string = x", TypeScript, "let c: string = x"},
	} {
		if got := ToJavaScript(c.src, c.lang); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.sentence, got, c.want)
		}
	}
	if r := Analyze(jsx, Options{}); r.Parsed || len(r.Ops) != 0 {
		t.Errorf("Analyze read JSX: %+v", r)
	}
	r := Analyze(ToJavaScript(jsx, JavaScript), Options{})
	if !r.Parsed || r.Err != nil || len(r.Ops) != 1 || r.Ops[0].Kind != Delete || r.Ops[0].Col != 42 {
		t.Errorf("got %+v", r)
	}
}

func TestLanguageOfTypeFollowsTheHTMLStandard(t *testing.T) {
	for typ, want := range map[string]Language{
		"":                               JavaScript,
		"module":                         JavaScript,
		"MODULE":                         JavaScript,
		" TEXT/JAVASCRIPT ":              JavaScript,
		"application/x-javascript":       JavaScript,
		"text/javascript1.5":             JavaScript,
		"text/livescript":                JavaScript,
		"text/javascript; charset=utf-8": DataBlock,
		" module":                        DataBlock,
		"application/json":               DataBlock,
		"application/ld+json":            DataBlock,
		"importmap":                      DataBlock,
		"text/template":                  DataBlock,
		"text/typescript":                TypeScript,
		"application/typescript":         TypeScript,
		"text/babel":                     TypeScript,
		"Text/JSX":                       TypeScript,
	} {
		if got := LanguageOfType(typ); got != want {
			t.Errorf("LanguageOfType(%q) = %v, want %v", typ, got, want)
		}
	}
}

func TestOpFields(t *testing.T) {
	src := `function logout() {
  document.cookie = "sid=; Path=/; Max-Age=0; Secure";
}`
	r := Analyze(src, Options{})
	if len(r.Ops) != 1 {
		t.Fatalf("got %+v", r.Ops)
	}
	want := Op{Kind: Delete, API: DocumentCookie, Name: "sid", NameKnown: true, Value: "",
		Attributes: "; Path=/; Max-Age=0; Secure", Cookie: "sid=; Path=/; Max-Age=0; Secure",
		Line: 2, Col: 3, Function: "logout", Logout: true,
		Snippet: `document.cookie = "sid=; Path=/; Max-Age=0; Secure"`, Count: 1}
	if !reflect.DeepEqual(r.Ops[0], want) {
		t.Errorf("got  %+v\nwant %+v", r.Ops[0], want)
	}
}

func TestSnippetBounded(t *testing.T) {
	src := "document.cookie = 'a=" + strings.Repeat("é", 200) + "';"
	r := Analyze(src, Options{})
	if len(r.Ops) != 1 || len(r.Ops[0].Snippet) > 120 || !strings.HasPrefix(r.Ops[0].Snippet, "document.cookie = 'a=") {
		t.Fatalf("got %+v", r.Ops)
	}
	if s := r.Ops[0].Snippet; !strings.HasSuffix(s, "é") {
		t.Errorf("cut inside a character: %q", s[len(s)-3:])
	}
}

func TestIsLogoutName(t *testing.T) {
	for s, want := range map[string]bool{
		"logout": true, "logOut": true, "handleLogout": true, "onLogoutClick": true, "log-out": true,
		"log_out": true, "signOut": true, "sign-out": true, "SIGNOUT": true, "logoff": true,
		"#logout": true, ".logout-btn": true, "click handler on #log-out": true, "dologout": true,
		"catalogOutput": false, "login": false, "dialog": false, "blogOutline": false, "signup": false, "": false,
	} {
		if got := isLogoutName(s); got != want {
			t.Errorf("isLogoutName(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestNameFromRegexp(t *testing.T) {
	for src, want := range map[string]string{
		`(^| )sid=([^;]+)`: "sid",
		`(?:(?:^|.*;\s*)test2\s*\=\s*([^;]*).*$)|^.*$`: "test2",
		`(^|;)\s*XSRF-TOKEN\s*=\s*([^;]+)`:             "XSRF-TOKEN",
		`\bsession\.id=`:                               "session.id",
		`[^;]+`:                                        "",
		`(?=a)b`:                                       "",
	} {
		if got := nameFromRegexp(src); got != want {
			t.Errorf("nameFromRegexp(%q) = %q, want %q", src, got, want)
		}
	}
}

// TestStripKeepsPositions checks that stripping never moves a byte: same
// length, line breaks where they were, and the stripped fixtures parse.
func TestStripKeepsPositions(t *testing.T) {
	for _, name := range []string{"typescript.ts", "component.tsx", "react_cookies.jsx"} {
		data, err := os.ReadFile(filepath.Join("testdata", "js", name))
		if err != nil {
			t.Fatal(err)
		}
		src := string(data)
		out, ok := StripTypeScript(src)
		if !ok {
			t.Errorf("%s: not stripped", name)
		}
		samePositions(t, name, src, out)
		if _, perr := parseJS(out); perr != nil {
			t.Errorf("%s: stripped text does not parse: %d:%d %s", name, perr.line, perr.col, perr.msg)
		}
	}
	for _, src := range []string{
		"let x: number = 1, y: Array<Map<string, number>> = [];",
		"function f(this: Window) {}",
		"const a = <T,>(x: T): T => x;",
		"abstract class A<T> extends B<T> implements C, D { abstract m(): void; protected n?: number; }",
		"export default interface X { a: string }",
		"for (const [k, v] of Object.entries(o) as [string, number][]) {}",
		"label: for (;;) { break label; }",
		"x = a ? b : c; y = { a: 1, b: c ? 1 : 2 };",
		"const s = `a${b as string}c`;",
		"<div>{/* x */}</div>; <a b='c' d={e} {...f}>{g}{h}</a>",
		"<unclosed attr={1}>",
		"'unterminated",
		"@Component({ selector: 'x' }) class Y { @Input() z: string; }",
	} {
		out, _ := StripTypeScript(src)
		samePositions(t, src, src, out)
	}
}

func samePositions(t *testing.T, name, src, out string) {
	t.Helper()
	if len(out) != len(src) {
		t.Fatalf("%s: length %d, was %d", name, len(out), len(src))
	}
	for i := 0; i < len(src); i++ {
		if (src[i] == '\n' || src[i] == '\r') != (out[i] == '\n' || out[i] == '\r') {
			t.Fatalf("%s: line break moved at %d", name, i)
		}
	}
}

func TestStripTypeScriptExamples(t *testing.T) {
	for src, want := range map[string]string{
		"let x: number = 1;":                  "let x         = 1;",
		"function f(a?: string): void {}":     "function f(a         )       {}",
		"const y = z as unknown as T;":        "const y = z                ;",
		"a!.b; c![0];":                        "a .b; c [0];",
		"type A = { b: string };\nx = 1;":     "                       \nx = 1;",
		"class C { private readonly d = 1; }": "class C {                  d = 1; }",
		"f<string>(1);":                       "f        (1);",
		"import type { A } from 'a';\nf();":   "                           \nf();",
		"x = <b onClick={go}>hi</b>;":         "x = [          (go)      ];",
		"x = <><i/>{a}</>;":                   "x = [     (a)  ];",
		"enum E { A, B }\nE.A;":               "               \nE.A;",
		"function f(a: string): void;\nf(1);": "                            \nf(1);",
	} {
		got, ok := StripTypeScript(src)
		if got != want || !ok {
			t.Errorf("StripTypeScript(%q)\n got %q %v\nwant %q", src, got, ok, want)
		}
	}
}

// TestRepeatedOperationsAreOneCounted checks that the same write done again
// in the same function is one operation with a count and its first
// positions, while the same write in another function stays apart.
func TestRepeatedOperationsAreOneCounted(t *testing.T) {
	src := strings.Repeat(`document.cookie="sid=x; path=/";`, 1000) + "\nfunction logout(){document.cookie=\"sid=x; path=/\"}\n"
	r := Analyze(src, Options{Line: 10})
	if len(r.Ops) != 2 {
		t.Fatalf("got %d operations, want 2: %+v", len(r.Ops), r.Ops)
	}
	top, inFunc := r.Ops[0], r.Ops[1]
	if top.Count != 1000 || top.Times() != 1000 || top.Line != 10 || top.Col != 1 {
		t.Errorf("top level: count %d at %d:%d, want 1000 at 10:1", top.Count, top.Line, top.Col)
	}
	want := []Position{{10, 1}, {10, 33}, {10, 65}, {10, 97}, {10, 129}}
	if !reflect.DeepEqual(top.Positions, want) {
		t.Errorf("positions %v, want %v", top.Positions, want)
	}
	if inFunc.Function != "logout" || inFunc.Count != 1 || inFunc.Positions != nil || inFunc.Line != 11 {
		t.Errorf("in logout: %+v", inFunc)
	}
	if len(r.Module.ops) != len(r.Ops) {
		t.Errorf("module flows %d for %d operations", len(r.Module.ops), len(r.Ops))
	}
}

// TestRepeatedCallsOfAHelperAreOneCounted checks the same for a helper
// followed from each of its calls.
func TestRepeatedCallsOfAHelperAreOneCounted(t *testing.T) {
	src := "function set(n,v){document.cookie=n+'='+v+'; path=/'}\n" + strings.Repeat("set('sid','x');\n", 300) + "set('theme','dark');\n"
	r := Analyze(src, Options{})
	var counts []string
	for _, op := range r.Ops {
		counts = append(counts, fmt.Sprintf("%s@%d×%d", op.Name, op.Line, op.Times()))
	}
	if got, want := strings.Join(counts, " "), "sid@2×300 theme@302×1"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
