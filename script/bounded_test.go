package script

import (
	"strings"
	"testing"
	"time"
)

// TestBounded feeds scripts made to blow up folding or following helpers.
func TestBounded(t *testing.T) {
	fan := func(name, next string) string {
		return "function " + name + "(x){" + strings.Repeat(next+"(x+'1');", 8) + "document.cookie=x+'=1'}\n"
	}
	cases := map[string]string{
		"doubling":  "var s='cookie';" + strings.Repeat("s=s+s;", 60) + "document.cookie=s;",
		"fan-out":   fan("a", "b") + fan("b", "c") + fan("c", "d") + fan("d", "e") + fan("e", "f") + "function f(x){document.cookie=x}\na('z');",
		"recursion": "function r(n){ r(n+'x'); r(n+'y'); document.cookie = n + '=1'; } r('a');",
		"long sum":  "document.cookie = 'a=' + " + strings.Repeat("b + ", 900) + "'c';",
		"nesting":   "document.cookie = " + strings.Repeat("(", 900) + "'a=1'" + strings.Repeat(")", 900) + ";",
		"loops":     "for(const a of ['cookie1','b','c','d','e','f','g','h']){for(const b of [1,2,3,4,5,6,7,8]){document.cookie=a+b}}",
		"templates": "var t='cookie';" + strings.Repeat("t=`${t}${t}`;", 40) + "document.cookie=t",
		"many ops":  strings.Repeat("document.cookie='a=1';", 20000),
	}
	for name, src := range cases {
		start := time.Now()
		r := Analyze(src, Options{})
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
		for _, op := range r.Ops {
			if len(op.Cookie) > 2*maxFoldLen+200 {
				t.Errorf("%s: a cookie of %d bytes", name, len(op.Cookie))
			}
		}
		if len(r.Ops) == 0 {
			t.Errorf("%s: no ops (err %v)", name, r.Err)
		}
	}
}
