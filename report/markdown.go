package report

import (
	"cmp"
	"fmt"
	"html"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/cookiescan/cookiescan/rules"
)

// Markdown writes GitHub-flavoured Markdown for a pull-request comment or a
// job summary ($GITHUB_STEP_SUMMARY): a title, a one-line verdict against
// FailOn, the count of findings per severity, a table of the findings most
// urgent first, each finding's details in a collapsed section, and the
// scan's errors, collapsed too.
//
// Text from scanned sites cannot change the layout: table cells escape
// Markdown and HTML, cookies and places are code spans, summaries are
// HTML-escaped, and evidence sits in a code fence longer than any run of
// backticks inside it. Control characters are shown as \xNN.
//
// GitHub refuses comments over 65 536 characters. A longer report drops
// details, then table rows, from the least urgent end, and says how many
// findings the JSON or SARIF report has in full.
type Markdown struct {
	// FailOn is the least severity the verdict counts as failing; 0 counts none.
	FailOn rules.Severity
}

// MarkdownWriter returns the Markdown writer for a --fail-on threshold. The
// "markdown" entry of the format list fails at high and above.
func MarkdownWriter(failOn rules.Severity) Writer {
	return Markdown{FailOn: failOn}
}

// Sizes the Markdown report keeps to.
const (
	// markdownLimit is GitHub's limit on a comment, in characters; see mdLen.
	markdownLimit = 65536
	// Caps on single pieces of text, so one huge value cannot crowd out
	// the other findings.
	mdMaxCell     = 300
	mdMaxPlace    = 150
	mdMaxMessage  = 2000
	mdMaxEvidence = 4000
	mdMaxURLs     = 5
	// mdMaxErrors bounds the errors section, a quarter of the limit.
	mdMaxErrors = markdownLimit / 4
)

// Write writes r as Markdown.
func (m Markdown) Write(w io.Writer, r *Result) error {
	findings := sortedFindings(r.Findings)
	head := m.head(r, findings)
	tail := errorsSection(r.Errors)
	var rows, details []string
	for _, f := range findings {
		rows = append(rows, m.row(f))
		details = append(details, m.details(f))
	}
	_, err := io.WriteString(w, withinLimit(head, rows, details, tail))
	return err
}

// head is the title, the verdict, the partial-report warning and the
// counts per severity, or "No findings.".
func (m Markdown) head(r *Result, findings []*rules.Finding) string {
	var b strings.Builder
	b.WriteString("## cookiescan report\n\n")
	b.WriteString(m.verdict(r, findings) + "\n")
	if r.Partial {
		b.WriteString("\n> ⚠️ Partial report: some targets could not be read or the scan was cut short.\n")
	}
	if len(findings) == 0 {
		b.WriteString("\nNo findings.\n")
		return b.String()
	}
	counts := map[rules.Severity]int{}
	for _, f := range findings {
		counts[f.Severity]++
	}
	var names, aligns, cells []string
	for s := rules.Critical; s >= rules.Info; s-- {
		names = append(names, s.String())
		aligns = append(aligns, "---:")
		cells = append(cells, fmt.Sprint(counts[s]))
	}
	fmt.Fprintf(&b, "\n| %s |\n|%s|\n| %s |\n", strings.Join(names, " | "), strings.Join(aligns, "|"), strings.Join(cells, " | "))
	return b.String()
}

// verdict is the one-line summary: whether any finding reaches the
// threshold, then what the scan covered and how many errors it met.
func (m Markdown) verdict(r *Result, findings []*rules.Finding) string {
	failed := 0
	for _, f := range findings {
		if failing(f, m.FailOn) {
			failed++
		}
	}
	var line string
	switch {
	case len(findings) == 0:
		line = "✅ No findings"
	case m.FailOn == 0:
		line = fmt.Sprintf("✅ %s, none failing (fail-on: none)", plural(len(findings), "finding"))
	case failed == 0:
		line = fmt.Sprintf("✅ No findings at or above %s · %s below", m.FailOn, plural(len(findings), "finding"))
	default:
		line = fmt.Sprintf("❌ %s at or above %s", plural(failed, "finding"), m.FailOn)
		if failed < len(findings) {
			line += fmt.Sprintf(" · %d in total", len(findings))
		}
	}
	line += " · " + plural(r.Stats.Responses, "response") + ", " + plural(r.Stats.Cookies, "cookie")
	if len(r.Errors) > 0 {
		line += " · " + plural(len(r.Errors), "error")
	}
	return line
}

// findingsTableHead is the findings table's header.
const findingsTableHead = "| Severity | Rule | Cookie | Where | Message |\n|---|---|---|---|---|\n"

// row is a finding's line in the findings table; severities that fail are bold.
func (m Markdown) row(f *rules.Finding) string {
	severity := f.Severity.String()
	if failing(f, m.FailOn) {
		severity = "**" + severity + "**"
	}
	msg := mdText(clipText(f.Message, mdMaxCell))
	if f.Occurrences > 1 {
		msg += fmt.Sprintf(" (×%d)", f.Occurrences)
	}
	return fmt.Sprintf("| %s | %s | %s | %s | %s |\n",
		severity, ruleLink(f.Rule, cellCode), cellCode(clipText(cookieName(f), mdMaxCell)),
		cellCode(clipText(where(f), mdMaxPlace)), msg)
}

// details is a finding's collapsed section: its message, where it was seen,
// the cookie, and its evidence.
func (m Markdown) details(f *rules.Finding) string {
	summary := fmt.Sprintf("%s · %s · %s @ %s", f.Severity, visible(f.Rule), junitCookie(f), clipText(where(f), mdMaxPlace))
	var b strings.Builder
	fmt.Fprintf(&b, "<details><summary>%s</summary>\n\n", html.EscapeString(summary))
	fmt.Fprintf(&b, "- **Message:** %s\n", mdText(clipText(f.Message, mdMaxMessage)))
	fmt.Fprintf(&b, "- **Rule:** %s %s\n", ruleLink(f.Rule, codeSpan), mdText(clipText(f.Title, mdMaxCell)))
	fmt.Fprintf(&b, "- **Where:** %s\n", codeSpan(clipText(where(f), mdMaxMessage)))
	if len(f.URLs) > 0 {
		shown := f.URLs[:min(len(f.URLs), mdMaxURLs)]
		spans := make([]string, len(shown))
		for i, u := range shown {
			spans[i] = codeSpan(clipText(u, mdMaxMessage))
		}
		more := ""
		if n := len(f.URLs) - len(shown); n > 0 {
			more = fmt.Sprintf(" and %d more", n)
		}
		fmt.Fprintf(&b, "- **URLs:** %s%s\n", strings.Join(spans, ", "), more)
	}
	if f.Occurrences > 1 {
		fmt.Fprintf(&b, "- **Seen:** %d times\n", f.Occurrences)
	}
	if c := f.Cookie; c != nil {
		fmt.Fprintf(&b, "- **Cookie:** %s (%s), domain %s, path %s\n", codeSpan(clipText(cookieName(f), mdMaxCell)),
			mdText(cmp.Or(string(c.Class), "unknown")), codeSpan(clipText(c.Domain, mdMaxCell)), codeSpan(clipText(c.Path, mdMaxCell)))
	}
	var facts []string
	if f.Confidence != "" {
		facts = append(facts, "**Confidence:** "+mdText(string(f.Confidence)))
	}
	if f.CWE > 0 {
		facts = append(facts, fmt.Sprintf("**CWE:** [CWE-%d](https://cwe.mitre.org/data/definitions/%d.html)", f.CWE, f.CWE))
	}
	facts = append(facts, "**Fingerprint:** "+codeSpan(clipText(f.Fingerprint, mdMaxCell)))
	b.WriteString("- " + strings.Join(facts, " · ") + "\n")
	if f.Evidence != "" {
		lang := ""
		if strings.HasPrefix(f.Evidence, "Set-Cookie:") {
			lang = "http"
		}
		var ev strings.Builder
		for line := range strings.Lines(clipText(f.Evidence, mdMaxEvidence)) {
			ev.WriteString(visible(strings.TrimRight(line, "\r\n")) + "\n")
		}
		b.WriteString("\n" + codeBlock(ev.String(), lang))
	}
	b.WriteString("\n</details>\n")
	return b.String()
}

// errorsSection lists the scan's errors in a collapsed code block, as many
// as fit in mdMaxErrors.
func errorsSection(errs []string) string {
	if len(errs) == 0 {
		return ""
	}
	var lines strings.Builder
	shown, used := 0, 0
	for _, e := range errs {
		line := visible(e) + "\n"
		if used+mdLen(line) > mdMaxErrors-200 {
			break
		}
		lines.WriteString(line)
		used += mdLen(line)
		shown++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n<details><summary>%s</summary>\n\n", plural(len(errs), "error"))
	if shown > 0 {
		b.WriteString(codeBlock(lines.String(), ""))
	}
	if n := len(errs) - shown; n > 0 {
		fmt.Fprintf(&b, "\n… %d more %s in the JSON/SARIF report.\n", n, pluralNoun(n, "error"))
	}
	b.WriteString("\n</details>\n")
	return b.String()
}

// withinLimit assembles the report within markdownLimit: everything if it fits,
// else the table and as many details as fit, else as many rows as fit, with
// a note saying how many findings were left out.
func withinLimit(head string, rows, details []string, tail string) string {
	if len(rows) == 0 {
		return head + tail
	}
	table := findingsTableHead + strings.Join(rows, "")
	full := head + "\n" + table + "\n" + strings.Join(details, "\n") + tail
	if mdLen(full) <= markdownLimit {
		return full
	}
	// Room for the longest note: its number has at most as many digits as
	// the count of findings.
	budget := markdownLimit - mdLen(head) - mdLen(tail) - mdLen(truncationNote("details of ", len(rows)))
	if 1+mdLen(table) <= budget {
		var b strings.Builder
		b.WriteString(head + "\n" + table)
		used := 1 + mdLen(table)
		shown := 0
		for _, d := range details {
			if used+1+mdLen(d) > budget {
				break
			}
			b.WriteString("\n" + d)
			used += 1 + mdLen(d)
			shown++
		}
		b.WriteString(truncationNote("details of ", len(details)-shown))
		return b.String() + tail
	}
	var b strings.Builder
	b.WriteString(head + "\n" + findingsTableHead)
	used := 1 + mdLen(findingsTableHead)
	shown := 0
	for _, row := range rows {
		if used+mdLen(row) > budget {
			break
		}
		b.WriteString(row)
		used += mdLen(row)
		shown++
	}
	b.WriteString(truncationNote("", len(rows)-shown))
	return b.String() + tail
}

// truncationNote says how many findings the comment leaves out, or
// leaves the details of out.
func truncationNote(what string, n int) string {
	return fmt.Sprintf("\n_… %s%d more %s in the JSON/SARIF report._\n", what, n, pluralNoun(n, "finding"))
}

// pluralNoun is noun, in the plural unless n is 1.
func pluralNoun(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}

// mdLen measures text as GitHub's limit does, in UTF-16 code units, which
// is never fewer than characters.
func mdLen(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// ruleLink is a rule ID as code, made by span, linked to its documentation
// when it has some.
func ruleLink(id string, span func(string) string) string {
	if help := helpURI(id); help != "" {
		return "[" + span(id) + "](" + help + ")"
	}
	return span(id)
}

// mdEscaper neutralises what Markdown or HTML would read in a line of text:
// backslash escapes, code spans, emphasis, links, strikethrough, tags and
// entities, and the | that would end a table cell.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "~", `\~`, "|", `\|`,
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
)

// mdText is one line of plain text for Markdown, e.g. a table cell.
// Newlines become spaces, then control characters \xNN, so the text stays
// on its line.
func mdText(s string) string {
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
	return mdEscaper.Replace(visible(s))
}

// cellCode is codeSpan for a table cell, where GitHub needs | escaped
// even inside code.
func cellCode(s string) string {
	return codeSpan(strings.ReplaceAll(visible(s), "|", `\|`))
}

// codeSpan shows s verbatim as inline code: delimited by more backticks
// than any run inside, and padded when it starts or ends with a backtick
// or a space. Empty text shows as "".
func codeSpan(s string) string {
	s = visible(s)
	if s == "" {
		s = `""`
	}
	ticks := strings.Repeat("`", longestRun(s, '`')+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") {
		s = " " + s + " "
	}
	return ticks + s + ticks
}

// codeBlock fences text, which ends with a newline, as a code block that no
// line of it can close: the fence is longer than any run of backticks
// inside, and at least three long.
func codeBlock(text, lang string) string {
	fence := strings.Repeat("`", max(3, longestRun(text, '`')+1))
	return fence + lang + "\n" + text + fence + "\n"
}

// longestRun is the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	longest, run := 0, 0
	for i := range len(s) {
		if s[i] == c {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// clipText shortens s to at most n characters, ending it with … when cut.
func clipText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, count := 0, 0
	for i := range s {
		if count == n-1 {
			cut = i
			break
		}
		count++
	}
	return s[:cut] + "…"
}
