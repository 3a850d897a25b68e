package report

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/cookiescan/cookiescan/rules"
)

// Table writes findings as a table for people at a terminal, most urgent
// first, followed by a summary line, the errors and a note when the report is
// partial. Text taken from scanned sites is escaped so it cannot drive the
// terminal.
type Table struct {
	// Color adds ANSI colours to severities. The caller decides: it should be
	// on only when writing to a terminal and NO_COLOR is unset.
	Color bool
}

// Layout of the table: it must stay readable in a 100-column terminal.
const (
	tableWidth = 100
	columnGap  = 2
	// minMessage is the narrowest MESSAGE column the other columns may shrink for.
	minMessage = 32
	// minColumn is as narrow as RULE, COOKIE and WHERE get when shrinking.
	minColumn = 10
)

var (
	tableHeader = []string{"SEVERITY", "RULE", "COOKIE", "WHERE", "MESSAGE"}
	// columnCaps bound every column but MESSAGE, which takes the width left.
	columnCaps = []int{8, 28, 24, 40}
)

// severityColors are SGR sequences per severity: red for what needs action
// now, then yellow, cyan and dim.
var severityColors = map[rules.Severity]string{
	rules.Critical: "\x1b[1;31m",
	rules.High:     "\x1b[31m",
	rules.Medium:   "\x1b[33m",
	rules.Low:      "\x1b[36m",
	rules.Info:     "\x1b[2m",
}

const colorReset = "\x1b[0m"

// Write writes r as a table. The caller's findings are not reordered.
func (t Table) Write(w io.Writer, r *Result) error {
	findings := sortedFindings(r.Findings)
	var buf bytes.Buffer
	if len(findings) == 0 {
		buf.WriteString("No findings.\n")
	} else {
		if err := t.render(&buf, findings); err != nil {
			return fmt.Errorf("rendering table: %w", err)
		}
		buf.WriteString("\n")
	}
	buf.WriteString(summary(r, findings) + "\n")
	for _, e := range r.Errors {
		buf.WriteString("error: " + visible(e) + "\n")
	}
	if r.Partial {
		buf.WriteString("partial report: some targets could not be read or the scan was cut short\n")
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// render draws the table itself. Cells are wrapped here rather than by
// tablewriter, whose modes either leave long URLs unbroken or break every
// word mid-way; tablewriter only lays out the lines it is given.
func (t Table) render(buf *bytes.Buffer, findings []*rules.Finding) error {
	rows := make([][]string, len(findings))
	for i, f := range findings {
		rows[i] = []string{f.Severity.String(), visible(f.Rule), cookieName(f), where(f), message(f)}
	}
	widths := columnWidths(rows)

	var out bytes.Buffer
	table := tablewriter.NewTable(&out,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Borders: tw.BorderNone,
			Symbols: tw.NewSymbols(tw.StyleLight),
			Settings: tw.Settings{
				Lines:      tw.Lines{ShowHeaderLine: tw.On},
				Separators: tw.Separators{ShowHeader: tw.Off, BetweenRows: tw.Off, BetweenColumns: tw.Off},
			},
		})),
		tablewriter.WithHeaderConfig(cellConfig()),
		tablewriter.WithRowConfig(cellConfig()),
	)
	table.Header(tableHeader)
	for i, row := range rows {
		cells := make([]string, len(row))
		for c, text := range row {
			cells[c] = strings.Join(wrap(text, widths[c]), "\n")
		}
		if t.Color {
			cells[0] = severityColors[findings[i].Severity] + cells[0] + colorReset
		}
		if err := table.Append(cells); err != nil {
			return err
		}
	}
	if err := table.Render(); err != nil {
		return err
	}
	// Padding leaves trailing blanks on every line; they only get in the way
	// of copying and diffing.
	for line := range strings.Lines(out.String()) {
		buf.WriteString(strings.TrimRight(line, " \n") + "\n")
	}
	return nil
}

// cellConfig lays cells out as given: left-aligned, no wrapping, no case
// changes, and a gap between columns but none before the first or after the
// last, so the header rule is exactly as wide as the table.
func cellConfig() tw.CellConfig {
	padding := make([]tw.Padding, len(tableHeader))
	for c := range padding[:len(padding)-1] {
		padding[c] = tw.Padding{Right: strings.Repeat(" ", columnGap), Overwrite: true}
	}
	padding[len(padding)-1] = tw.PaddingNone
	return tw.CellConfig{
		Formatting: tw.CellFormatting{AutoWrap: tw.WrapNone, AutoFormat: tw.Off},
		Alignment:  tw.CellAlignment{Global: tw.AlignLeft},
		Padding:    tw.CellPadding{PerColumn: padding},
	}
}

// columnWidths picks a width per column: each column's widest cell, capped,
// with RULE, COOKIE and WHERE giving way so MESSAGE keeps room to be read.
func columnWidths(rows [][]string) []int {
	widths := make([]int, len(tableHeader))
	for c, h := range tableHeader {
		widths[c] = twwidth.Width(h)
	}
	for _, row := range rows {
		for c, cell := range row {
			widths[c] = max(widths[c], twwidth.Width(cell))
		}
	}
	for c, limit := range columnCaps {
		widths[c] = min(widths[c], limit)
	}
	last := len(widths) - 1
	budget := tableWidth - columnGap*last
	for sum(widths[:last])+minMessage > budget {
		widest := 1
		for c := 2; c < last; c++ {
			if widths[c] > widths[widest] {
				widest = c
			}
		}
		if widths[widest] <= minColumn {
			break
		}
		widths[widest]--
	}
	widths[last] = min(widths[last], budget-sum(widths[:last]))
	return widths
}

func sum(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

// wrap breaks s into lines no wider than width, at spaces where it can and
// inside words (long URLs, rule IDs) where it must.
func wrap(s string, width int) []string {
	var lines []string
	var line strings.Builder
	lineWidth := 0
	for _, word := range strings.Fields(s) {
		for _, piece := range chop(word, width) {
			pieceWidth := twwidth.Width(piece)
			if lineWidth > 0 && lineWidth+1+pieceWidth > width {
				lines = append(lines, line.String())
				line.Reset()
				lineWidth = 0
			}
			if lineWidth > 0 {
				line.WriteByte(' ')
				lineWidth++
			}
			line.WriteString(piece)
			lineWidth += pieceWidth
		}
	}
	if lineWidth > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// chop splits word into pieces no wider than width, after a URL or rule ID
// separator when one leaves the piece at least half full. Each piece is cut
// where the next character would overflow, so two pieces never fit on one
// line together and wrap keeps them on separate lines.
func chop(word string, width int) []string {
	var pieces []string
	for twwidth.Width(word) > width {
		cut := fit(word, width)
		if i := strings.LastIndexAny(word[:cut], "/?&=-_."); i >= 0 && twwidth.Width(word[:i+1]) >= width/2 {
			cut = i + 1
		}
		pieces = append(pieces, word[:cut])
		word = word[cut:]
	}
	return append(pieces, word)
}

// fit returns the length in bytes of the longest prefix of s no wider than
// width, but at least one character so that chopping always progresses.
func fit(s string, width int) int {
	used := 0
	for i, r := range s {
		used += twwidth.Width(string(r))
		if used > width && i > 0 {
			return i
		}
	}
	return len(s)
}

// sortedFindings returns the findings most urgent first, then by rule, cookie
// and place, without reordering the caller's slice.
func sortedFindings(in []*rules.Finding) []*rules.Finding {
	out := make([]*rules.Finding, 0, len(in))
	for _, f := range in {
		if f != nil {
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b *rules.Finding) int {
		return cmp.Or(
			cmp.Compare(b.Severity, a.Severity),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(cookieName(a), cookieName(b)),
			cmp.Compare(where(a), where(b)),
		)
	})
	return out
}

// cookieName is the escaped name of the finding's cookie, or "-" when the
// finding is not about one cookie.
func cookieName(f *rules.Finding) string {
	switch {
	case f.Cookie == nil:
		return "-"
	case f.Cookie.Name == "":
		return `""`
	}
	return visible(f.Cookie.Name)
}

// where is file:line[:col] when the finding has a location, else its URL.
func where(f *rules.Finding) string {
	if l := f.Location; l != nil && l.File != "" {
		s := visible(l.File)
		if l.Line > 0 {
			s += ":" + strconv.Itoa(l.Line)
			if l.Col > 0 {
				s += ":" + strconv.Itoa(l.Col)
			}
		}
		return s
	}
	if f.URL != "" {
		return visible(f.URL)
	}
	return "-"
}

// message is the finding's message, with the number of places it was seen.
func message(f *rules.Finding) string {
	m := visible(f.Message)
	if f.Occurrences > 1 {
		m += fmt.Sprintf(" (×%d)", f.Occurrences)
	}
	return m
}

// summary is the line under the table, for example
// "12 findings: 1 critical, 2 high, 9 low · 40 responses, 18 cookies · 1 error".
// Findings are counted from the table so the line agrees with it.
func summary(r *Result, findings []*rules.Finding) string {
	counts := map[rules.Severity]int{}
	for _, f := range findings {
		counts[f.Severity]++
	}
	var bySeverity []string
	for s := rules.Critical; s >= rules.Info; s-- {
		if counts[s] > 0 {
			bySeverity = append(bySeverity, fmt.Sprintf("%d %s", counts[s], s))
		}
	}
	line := plural(len(findings), "finding")
	if len(bySeverity) > 0 {
		line += ": " + strings.Join(bySeverity, ", ")
	}
	line += " · " + plural(r.Stats.Responses, "response") + ", " + plural(r.Stats.Cookies, "cookie")
	if n := len(r.Stats.InlineIgnored); n > 0 {
		line += fmt.Sprintf(" · %d silenced by cookiescan-ignore", n)
	}
	if len(r.Errors) > 0 {
		line += " · " + plural(len(r.Errors), "error")
	}
	return line
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
