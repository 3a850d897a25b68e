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

// Table writes findings for people at a terminal, most urgent first,
// followed by a summary line, the errors and a note when the report is
// partial. Text taken from scanned sites is escaped so it cannot drive the
// terminal. A rule ID, a cookie name, a URL or a file:line:col is never
// broken across lines, so it can be pasted into explain or clicked.
type Table struct {
	// Color adds ANSI colours to severities. The caller decides: it should be
	// on only when writing to a terminal and NO_COLOR is unset.
	Color bool
	// Width is the terminal's width in columns. From StackBelow columns up
	// the findings are a table whose MESSAGE column takes the width left;
	// below it, or when the other columns leave MESSAGE too little room,
	// each finding is a block of its own. Zero means no terminal: one
	// layout whatever the reader, a table sized for 100 columns, for logs.
	Width int
	// OmitErrors leaves the error lines out, for a caller that writes them
	// to stderr so that they stay apart from the report.
	OmitErrors bool
}

// Layout of the table.
const (
	// tableWidth is the width laid out for when there is no terminal.
	tableWidth = 100
	// StackBelow is the terminal width under which findings are stacked.
	StackBelow = 100
	columnGap  = 2
	// minMessage is the narrowest MESSAGE column a table is drawn with.
	minMessage = 32
	// stackIndent indents the lines of a stacked finding under its heading.
	stackIndent = "    "
)

var tableHeader = []string{"SEVERITY", "RULE", "COOKIE", "WHERE", "MESSAGE"}

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

// Write writes r as a table, or as stacked findings on a narrow terminal.
// The caller's findings are not reordered.
func (t Table) Write(w io.Writer, r *Result) error {
	findings := sortedFindings(r.Findings)
	var buf bytes.Buffer
	if len(findings) == 0 {
		buf.WriteString("No findings.\n")
	} else {
		rows := make([][]string, len(findings))
		for i, f := range findings {
			rows[i] = []string{f.Severity.String(), visible(f.Rule), cookieName(f), where(f), message(f)}
		}
		width := cmp.Or(t.Width, tableWidth)
		widths, fits := columnWidths(rows, width)
		if t.Width > 0 && (t.Width < StackBelow || !fits) {
			t.stack(&buf, findings, rows, width)
		} else if err := t.render(&buf, findings, rows, widths); err != nil {
			return fmt.Errorf("rendering table: %w", err)
		} else {
			buf.WriteString("\n")
		}
	}
	buf.WriteString(summary(r, findings) + "\n")
	if !t.OmitErrors {
		for _, e := range r.Errors {
			buf.WriteString("error: " + visible(e) + "\n")
		}
	}
	if r.Partial {
		buf.WriteString("partial report: some targets could not be read or the scan was cut short\n")
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// WriteErrors writes a report's errors one a line, escaped, as the table
// would have: for a caller that keeps them on stderr.
func WriteErrors(w io.Writer, r *Result) error {
	var buf bytes.Buffer
	for _, e := range r.Errors {
		buf.WriteString("error: " + visible(e) + "\n")
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// stack writes one block per finding: severity, rule and cookie on one
// line, where on the next, then the message wrapped to the width.
func (t Table) stack(buf *bytes.Buffer, findings []*rules.Finding, rows [][]string, width int) {
	for i, row := range rows {
		severity := row[0]
		if t.Color {
			severity = severityColors[findings[i].Severity] + severity + colorReset
		}
		if i > 0 {
			buf.WriteString("\n")
		}
		heading := severity + "  " + row[1]
		if row[2] != "-" {
			heading += "  cookie " + row[2]
		}
		buf.WriteString(heading + "\n")
		buf.WriteString(stackIndent + row[3] + "\n")
		for _, line := range wrap(row[4], width-len(stackIndent)) {
			buf.WriteString(stackIndent + line + "\n")
		}
	}
	buf.WriteString("\n")
}

// render draws the table itself. Cells are wrapped here rather than by
// tablewriter, whose modes either leave long URLs unbroken or break every
// word mid-way; tablewriter only lays out the lines it is given.
func (t Table) render(buf *bytes.Buffer, findings []*rules.Finding, rows [][]string, widths []int) error {
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
		cells := slices.Clone(row)
		cells[len(cells)-1] = strings.Join(wrap(row[len(row)-1], widths[len(widths)-1]), "\n")
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

// columnWidths picks a width per column: SEVERITY, RULE, COOKIE and WHERE
// as wide as their widest cell, which is never broken, and MESSAGE the
// width left, at least minMessage. fits is false when the table is wider
// than width or a word of a message does not fit its column.
func columnWidths(rows [][]string, width int) (widths []int, fits bool) {
	widths = make([]int, len(tableHeader))
	for c, h := range tableHeader {
		widths[c] = twwidth.Width(h)
	}
	last := len(widths) - 1
	longestWord := 0
	for _, row := range rows {
		for c, cell := range row[:last] {
			widths[c] = max(widths[c], twwidth.Width(cell))
		}
		for _, word := range strings.Fields(row[last]) {
			longestWord = max(longestWord, twwidth.Width(word))
		}
	}
	left := width - sum(widths[:last]) - columnGap*last
	widths[last] = max(left, minMessage)
	return widths, left >= minMessage && longestWord <= widths[last]
}

func sum(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

// wrap breaks s into lines no wider than width at spaces. A word wider
// than width (a URL, a rule ID) is kept whole on a line of its own: broken,
// it could be neither pasted nor clicked.
func wrap(s string, width int) []string {
	var lines []string
	var line strings.Builder
	lineWidth := 0
	for _, word := range strings.Fields(s) {
		wordWidth := twwidth.Width(word)
		if lineWidth > 0 && lineWidth+1+wordWidth > width {
			lines = append(lines, line.String())
			line.Reset()
			lineWidth = 0
		}
		if lineWidth > 0 {
			line.WriteByte(' ')
			lineWidth++
		}
		line.WriteString(word)
		lineWidth += wordWidth
	}
	if lineWidth > 0 {
		lines = append(lines, line.String())
	}
	return lines
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
// "12 findings: 1 critical, 2 high, 9 low · 40 responses, 18 cookies · 1 error",
// with the files and scripts read when there are any.
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
	read := []string{plural(r.Stats.Responses, "response"), plural(r.Stats.Cookies, "cookie")}
	if r.Stats.Files > 0 {
		read = append([]string{plural(r.Stats.Files, "file")}, read...)
	}
	if r.Stats.Scripts > 0 {
		read = append(read, plural(r.Stats.Scripts, "script"))
	}
	line += " · " + strings.Join(read, ", ")
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
