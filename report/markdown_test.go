package report

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/rules"
)

func TestMarkdownGolden(t *testing.T) {
	for _, tc := range []struct {
		file   string
		result *Result
	}{
		{"markdown.md", withRules(fixture())},
		{"empty-markdown.md", withRules(emptyFixture())},
	} {
		t.Run(tc.file, func(t *testing.T) {
			compareGolden(t, tc.file, []byte(writeMarkdown(t, MarkdownWriter(rules.High), tc.result)))
		})
	}
}

// writeMarkdown writes r with w and checks what any report must hold.
func writeMarkdown(t *testing.T, w Writer, r *Result) string {
	t.Helper()
	var buf bytes.Buffer
	if err := w.Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	checkMarkdown(t, out)
	return out
}

// checkMarkdown checks what must hold of any report: within GitHub's
// comment limit, no raw control characters, every table row with exactly
// its cells, every <details> closed, and every code fence closed by a
// fence of its own length.
func checkMarkdown(t *testing.T, out string) {
	t.Helper()
	if n := mdLen(out); n > markdownLimit {
		t.Errorf("report is %d characters, over GitHub's %d", n, markdownLimit)
	}
	for _, r := range out {
		if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f {
			t.Errorf("report holds the control character %U", r)
		}
	}
	prose := outsideCode(out)
	if open, closed := strings.Count(prose, "<details>"), strings.Count(prose, "</details>"); open != closed {
		t.Errorf("%d <details> but %d </details> outside code", open, closed)
	}
	fence := ""
	for line := range strings.Lines(out) {
		line = strings.TrimSuffix(line, "\n")
		ticks := len(line) - len(strings.TrimLeft(line, "`"))
		switch {
		case fence == "" && ticks >= 3:
			fence = line[:ticks]
		case fence != "" && ticks >= len(fence):
			if line != fence {
				t.Errorf("line %q inside a %d-backtick code block would close it", line, len(fence))
			}
			fence = ""
		case fence == "" && strings.HasPrefix(line, "| "):
			if cells := unescapedPipes(line) - 1; cells != 5 {
				t.Errorf("table row has %d cells, want 5: %q", cells, line)
			}
		}
	}
	if fence != "" {
		t.Errorf("code block opened with %s is never closed", fence)
	}
}

// outsideCode is md without its code blocks and code spans, whose text
// Markdown shows verbatim, and with each <summary>'s text, which must hold
// no tag, replaced by "…".
func outsideCode(md string) string {
	var b strings.Builder
	fence := ""
	for line := range strings.Lines(md) {
		ticks := len(line) - len(strings.TrimLeft(line, "`"))
		switch {
		case fence == "" && ticks >= 3:
			fence = line[:ticks]
			continue
		case fence != "":
			if strings.TrimSuffix(line, "\n") == fence {
				fence = ""
			}
			continue
		}
		if head, rest, ok := strings.Cut(line, "<summary>"); ok {
			text, tail, _ := strings.Cut(rest, "</summary>")
			if strings.ContainsAny(text, "<>") {
				head += "<tag in summary>"
			}
			line = head + "<summary>…</summary>" + tail
		}
		b.WriteString(withoutCodeSpans(line))
	}
	return b.String()
}

// withoutCodeSpans drops the code spans from a line as CommonMark finds
// them: a run of n backticks, not escaped, up to the next run of exactly n.
func withoutCodeSpans(line string) string {
	var b strings.Builder
	for i := 0; i < len(line); {
		if line[i] == '\\' && i+1 < len(line) {
			b.WriteString(line[i : i+2])
			i += 2
			continue
		}
		if line[i] != '`' {
			b.WriteByte(line[i])
			i++
			continue
		}
		n := len(line[i:]) - len(strings.TrimLeft(line[i:], "`"))
		end := -1
		for j := i + n; j < len(line); {
			m := len(line[j:]) - len(strings.TrimLeft(line[j:], "`"))
			if m == n {
				end = j + m
				break
			}
			j += max(m, 1)
		}
		if end < 0 {
			b.WriteString(line[i : i+n])
			i += n
			continue
		}
		i = end
	}
	return b.String()
}

// unescapedPipes counts the | that GitHub reads as cell borders: those not
// preceded by a backslash.
func unescapedPipes(line string) int {
	n := 0
	for i := range len(line) {
		if line[i] == '|' && (i == 0 || line[i-1] != '\\') {
			n++
		}
	}
	return n
}

func TestMarkdownVerdict(t *testing.T) {
	for _, tc := range []struct {
		name   string
		failOn rules.Severity
		result *Result
		want   string
	}{
		{"failing", rules.High, fixture(), "❌ 2 findings at or above high · 5 in total · 40 responses, 18 cookies · 1 error\n"},
		{"all failing", rules.Info, fixture(), "❌ 5 findings at or above info · 40 responses, 18 cookies · 1 error\n"},
		{"none failing", rules.Critical, withoutCritical(fixture()), "✅ No findings at or above critical · 4 findings below · 40 responses, 18 cookies · 1 error\n"},
		{"fail-on none", 0, fixture(), "✅ 5 findings, none failing (fail-on: none) · 40 responses, 18 cookies · 1 error\n"},
		{"clean", rules.High, emptyFixture(), "✅ No findings · 1 response, 0 cookies\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := writeMarkdown(t, MarkdownWriter(tc.failOn), tc.result)
			if !strings.HasPrefix(out, "## cookiescan report\n\n"+tc.want) {
				t.Errorf("report starts\n%s\nwant the verdict %q", firstLines(out, 3), tc.want)
			}
		})
	}
}

// withoutCritical drops the fixture's critical finding.
func withoutCritical(r *Result) *Result {
	r.Findings = r.Findings[:3]
	r.Findings = append(r.Findings, fixture().Findings[4])
	return r
}

// firstLines is the first n lines of s.
func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}

func TestMarkdownEmpty(t *testing.T) {
	out := writeMarkdown(t, MarkdownWriter(rules.High), emptyFixture())
	if !strings.Contains(out, "\nNo findings.\n") || strings.Contains(out, "| Severity |") || strings.Contains(out, "<details>") {
		t.Errorf("clean report:\n%s", out)
	}
}

func TestMarkdownSections(t *testing.T) {
	out := writeMarkdown(t, MarkdownWriter(rules.High), withRules(fixture()))
	for _, part := range []string{
		"\n> ⚠️ Partial report: some targets could not be read or the scan was cut short.\n",
		"\n| critical | high | medium | low | info |\n|---:|---:|---:|---:|---:|\n| 1 | 1 | 1 | 1 | 1 |\n",
		"| **high** | [`missing-httponly`](https://github.com/cookiescan/cookiescan/blob/main/docs/rules.md#missing-httponly) | `sid` | `https://app.example.com/login/callback?next=%2Fdashboard&state=af81c2` | Session cookie sid is readable by JavaScript, so any cross-site scripting flaw on the origin can steal the session. (×3) |",
		"| medium | [`malformed-cookie`]",
		"<details><summary>high · missing-httponly · sid @ https://app.example.com/login/callback?next=%2Fdashboard&amp;state=af81c2</summary>\n\n",
		"\n```http\nSet-Cookie: sid=[redacted]; Path=/; Secure\n```\n",
		"<details><summary>1 error</summary>\n\n```\nhttps://down.example.com/: dial tcp 192.0.2.7:443: connect: connection refused\n```\n\n</details>\n",
	} {
		if !strings.Contains(out, part) {
			t.Errorf("report lacks %q\n%s", part, out)
		}
	}
}

// Text from hostile sites cannot add cells, links, HTML or mentions-bearing
// markup, nor escape its code span or code block.
func TestMarkdownHostileText(t *testing.T) {
	name := "a|b`c``d<img src=x onerror=alert(1)>[x](https://evil.example/)*_~&amp;\\\x1b[2J\nnext"
	evidence := "Set-Cookie: x=1\n```\n````\n</details>\n<script>alert(1)</script>"
	r := withRules(emptyFixture())
	r.Errors = []string{"```\n</details><img src=x>"}
	r.Findings = []*rules.Finding{{
		Rule: "not a rule)|", Severity: rules.High, Title: name, Message: name, Evidence: evidence,
		Cookie: &rules.CookieRef{Name: name, Domain: name, Path: name, Value: "s3cr3t-cookie-value", Class: rules.ClassSession},
		URL:    "https://app.example.com/" + name, Occurrences: 2, URLs: []string{name}, Fingerprint: name,
	}}
	out := writeMarkdown(t, MarkdownWriter(rules.High), r)
	if strings.Contains(out, "s3cr3t-cookie-value") {
		t.Error("the report holds a cookie value")
	}
	prose := outsideCode(out)
	for _, bad := range []string{"<img", "<script", "<tag in summary>", "\x1b"} {
		if strings.Contains(prose, bad) {
			t.Errorf("report holds %q outside code:\n%s", bad, prose)
		}
	}
	if regexp.MustCompile(`[^\\]\]\(https://evil`).MatchString(prose) {
		t.Errorf("report links to the site's URL:\n%s", prose)
	}
	// The evidence's longest backtick run is 4, so its fence is 5 long.
	if !strings.Contains(out, "\n`````http\nSet-Cookie: x=1\n```\n````\n</details>\n<script>alert(1)</script>\n`````\n") {
		t.Errorf("evidence is not fenced verbatim by five backticks:\n%s", out)
	}
	// The cookie name holds runs of 1 and 2 backticks: its code span uses 3.
	if !regexp.MustCompile("\\| ```a\\\\\\|b`c``d<img").MatchString(out) {
		t.Errorf("cookie cell is not a three-backtick code span with | escaped:\n%s", out)
	}
	if !strings.Contains(out, `a\|b\`+"`"+`c\`+"`"+`\`+"`"+`d&lt;img src=x onerror=alert(1)&gt;\[x\](https://evil.example/)\*\_\~&amp;amp;\\\\x1b\[2J next`) {
		t.Errorf("message is not escaped as expected:\n%s", out)
	}
	if strings.Contains(out, "](https://github.com/cookiescan/cookiescan/blob/main/docs/rules.md#not a rule") {
		t.Error("an ID that is no rule's got a documentation link")
	}
}

// Reports too long for a comment lose details first, then rows, least
// urgent first, and say how many findings are left out.
func TestMarkdownTruncation(t *testing.T) {
	many := func(n, messageLen, evidenceLen int) *Result {
		r := withRules(emptyFixture())
		for i := range n {
			r.Findings = append(r.Findings, &rules.Finding{
				Rule: "missing-httponly", Severity: rules.Severity(1 + i%5), Title: "T",
				Message:  fmt.Sprintf("%05d %s", i, strings.Repeat("m", messageLen)),
				Evidence: strings.Repeat("e", evidenceLen), Cookie: &rules.CookieRef{Name: fmt.Sprintf("c%05d", i)},
				URL: "https://app.example.com/", Occurrences: 1, Fingerprint: fmt.Sprint(i),
			})
		}
		return r
	}
	t.Run("details", func(t *testing.T) {
		out := writeMarkdown(t, MarkdownWriter(rules.High), many(100, 50, 1500))
		if rows := strings.Count(out, "\n| "); rows != 100+3 {
			t.Errorf("%d table lines, want all 100 rows, the header and the counts", rows)
		}
		shown := strings.Count(out, "<details>")
		m := regexp.MustCompile(`_… details of (\d+) more findings in the JSON/SARIF report\._`).FindStringSubmatch(out)
		if m == nil || shown == 0 || fmt.Sprint(100-shown) != m[1] {
			t.Fatalf("%d details shown, note %v: want the rest counted", shown, m)
		}
		// The most urgent findings keep their details.
		if !strings.Contains(out, "<details><summary>critical ·") || strings.Contains(out, "<details><summary>info ·") {
			t.Error("details kept are not the most urgent")
		}
	})
	t.Run("rows", func(t *testing.T) {
		out := writeMarkdown(t, MarkdownWriter(rules.High), many(1000, 280, 10))
		rows := strings.Count(out, "\n| ") - 3
		m := regexp.MustCompile(`_… (\d+) more findings in the JSON/SARIF report\._`).FindStringSubmatch(out)
		if m == nil || rows <= 0 || fmt.Sprint(1000-rows) != m[1] || strings.Contains(out, "<details><summary>critical") {
			t.Fatalf("%d rows shown, note %v: want rows only, the rest counted", rows, m)
		}
	})
	t.Run("errors", func(t *testing.T) {
		r := many(3, 10, 10)
		for i := range 5000 {
			r.Errors = append(r.Errors, fmt.Sprintf("https://down%d.example.com/: connection refused", i))
		}
		out := writeMarkdown(t, MarkdownWriter(rules.High), r)
		if !regexp.MustCompile(`\n… \d+ more errors in the JSON/SARIF report\.\n`).MatchString(out) || strings.Count(out, "<details><summary>") != 4 {
			t.Errorf("errors are not cut short after the findings' details:\n%s", firstLines(out, 40))
		}
	})
	t.Run("fits", func(t *testing.T) {
		out := writeMarkdown(t, MarkdownWriter(rules.High), withRules(fixture()))
		if strings.Contains(out, "more findings in the JSON/SARIF report") {
			t.Error("a short report says it left findings out")
		}
	})
}

func TestCodeSpanAndBlock(t *testing.T) {
	for in, want := range map[string]string{
		"sid":    "`sid`",
		"a`b":    "``a`b``",
		"`x":     "`` `x ``",
		" x ":    "`  x  `",
		"":       "`\"\"`",
		"a\x1bb": "`a\\x1bb`",
	} {
		if got := codeSpan(in); got != want {
			t.Errorf("codeSpan(%q) = %q, want %q", in, got, want)
		}
	}
	if got := cellCode("a|b"); got != "`a\\|b`" {
		t.Errorf("cellCode(a|b) = %q", got)
	}
	if got := codeBlock("x\n", "js"); got != "```js\nx\n```\n" {
		t.Errorf("codeBlock = %q", got)
	}
	if got := codeBlock("`````\n", ""); got != "``````\n`````\n``````\n" {
		t.Errorf("codeBlock of a five-backtick line = %q", got)
	}
	if got := clipText("héllo wörld", 5); got != "héll…" {
		t.Errorf("clipText = %q", got)
	}
	if got := mdLen("a😀é"); got != 4 {
		t.Errorf("mdLen counts %d UTF-16 units, want 4", got)
	}
}
