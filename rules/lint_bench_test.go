package rules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// writeFile writes content to the slash-separated name under dir.
func writeFile(tb testing.TB, dir, name, content string) {
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// writeFrontEndTree writes a tree shaped like a front-end project: many
// small modules (one in eight touching a cookie, a store logging out through
// an API module), three 1 MB bundles and some HTML pages. It returns the
// bytes written.
func writeFrontEndTree(tb testing.TB, dir string) int64 {
	var total int64
	write := func(name, content string) {
		writeFile(tb, dir, name, content)
		total += int64(len(content))
	}
	plain := func(i int) string {
		var b strings.Builder
		fmt.Fprintf(&b, "import { format } from \"../utils/format\";\n\nexport function render%d(items) {\n", i)
		for j := range 40 {
			fmt.Fprintf(&b, "  const row%d = items.map((x) => format(x.name, %d)).filter(Boolean).join(\", \");\n", j, j)
		}
		b.WriteString("  return items.length;\n}\n")
		return b.String()
	}
	for i := range 800 {
		src := plain(i)
		if i%8 == 0 {
			src += fmt.Sprintf("\nexport function remember%d(v) { Cookies.set(\"pref%d\", v, { expires: 30, secure: true, sameSite: \"lax\" }); }\n", i, i)
		}
		write(fmt.Sprintf("src/components/c%03d/View%d.js", i/20, i), src)
	}
	write("src/api/user.js", "import request from \"@/utils/request\";\nexport function logout() { return request({ url: \"/user/logout\", method: \"post\" }); }\n")
	write("src/utils/auth.js", "import Cookies from \"js-cookie\";\nexport function removeToken() { return Cookies.remove(\"Admin-Token\"); }\n")
	write("src/store/user.js", "import { logout } from \"@/api/user\";\nimport { removeToken } from \"@/utils/auth\";\nconst actions = { logout() { return logout().then(() => removeToken()); } };\nexport default { actions };\n")
	for i := range 3 {
		var b strings.Builder
		b.WriteString("(function(){\"use strict\";\n")
		for j := 0; b.Len() < 1<<20; j++ {
			fmt.Fprintf(&b, "function m%d(e,t){var n=e[%d]||{};return t.cache[\"k%d\"]=n.value+%d,n}\n", j, j%16, j, j)
			if j%2000 == 0 {
				fmt.Fprintf(&b, "function c%d(){return document.cookie.split(\"; \").find(function(x){return x.indexOf(\"lang=\")===0})}\n", j)
			}
		}
		b.WriteString("})();\n")
		write(fmt.Sprintf("public/js/bundle%d.js", i), b.String())
	}
	for i := range 40 {
		write(fmt.Sprintf("public/page%d.html", i), fmt.Sprintf("<!doctype html><html><body><h1>Page %d</h1>%s<script>document.cookie = \"seen%d=1; path=/; secure\";</script></body></html>\n", i, strings.Repeat("<p>Lorem ipsum dolor sit amet.</p>\n", 200), i))
	}
	return total
}

// BenchmarkLintTree lints a generated front-end tree end to end (walk,
// prefilter, parse, judge) as cookiescan lint does, scripts analysed as
// they are read, and reports its throughput in MB/s.
func BenchmarkLintTree(b *testing.B) {
	dir := b.TempDir()
	size := writeFrontEndTree(b, dir)
	b.SetBytes(size)
	for b.Loop() {
		j := rules.NewJudgement(b.Context(), rules.Options{Now: fixtureNow})
		ev := scanner.LoadFiles(b.Context(), []string{dir}, scanner.LoadOptions{Responses: j.Add, Scripts: j.AddScript})
		if len(ev.Errors) > 0 {
			b.Fatal(ev.Errors[0])
		}
		if out := j.Finish(ev); len(out.Findings) == 0 {
			b.Fatal("no findings")
		}
	}
}
