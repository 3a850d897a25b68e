package report

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/cookiescan/cookiescan/rules"
)

func writeTable(t *testing.T, table Table, r *Result) string {
	t.Helper()
	var buf bytes.Buffer
	if err := table.Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestTableShowsControlCharactersAsText(t *testing.T) {
	r := &Result{Findings: []*rules.Finding{{
		Rule: "malformed-cookie", Severity: rules.Medium,
		Message:     "bad\x07name\u009b31m\u202eevil",
		Cookie:      &rules.CookieRef{Name: "\x1b[2J"},
		URL:         "https://a.example/\x1b]0;pwned\x07",
		Occurrences: 1,
	}}, Errors: []string{"https://a.example/: \x1b[31mred"}}
	for _, color := range []bool{false, true} {
		out := writeTable(t, Table{Color: color}, r)
		// Colour adds SGR sequences of our own; nothing else may reach the terminal.
		stripped := regexp.MustCompile(`\x1b\[[0-9;]*m`).ReplaceAllString(out, "")
		if strings.ContainsAny(stripped, "\x1b\x07\u009b\u202e") {
			t.Errorf("color=%v: output carries a raw control character:\n%q", color, out)
		}
		for _, want := range []string{`\x1b[2J`, `bad\x07name\u009b31m\u202eevil`, `\x1b]0;pwned\x07`, `error: https://a.example/: \x1b[31mred`} {
			if !strings.Contains(out, want) {
				t.Errorf("color=%v: output lacks %s:\n%s", color, want, out)
			}
		}
	}
}

func TestTableColor(t *testing.T) {
	r := fixture()
	plain := writeTable(t, Table{}, r)
	if strings.Contains(plain, "\x1b") {
		t.Errorf("uncoloured table contains ESC:\n%q", plain)
	}
	colored := writeTable(t, Table{Color: true}, r)
	for _, want := range []string{
		"\x1b[1;31mcritical\x1b[0m", "\x1b[31mhigh\x1b[0m", "\x1b[33mmedium\x1b[0m",
		"\x1b[36mlow\x1b[0m", "\x1b[2minfo\x1b[0m",
	} {
		if !strings.Contains(colored, want) {
			t.Errorf("coloured table lacks %q:\n%q", want, colored)
		}
	}
	// Colour must not shift the layout: without the SGR sequences it is the plain table.
	if got := regexp.MustCompile(`\x1b\[[0-9;]*m`).ReplaceAllString(colored, ""); got != plain {
		t.Errorf("coloured table differs from the plain one beyond colour:\n%s\nvs\n%s", got, plain)
	}
}

func TestTableSortsWithoutReorderingCaller(t *testing.T) {
	r := &Result{Findings: []*rules.Finding{
		{Rule: "b-rule", Severity: rules.Low, Cookie: &rules.CookieRef{Name: "z"}, URL: "https://a/", Message: "m1"},
		{Rule: "a-rule", Severity: rules.Low, Cookie: &rules.CookieRef{Name: "z"}, URL: "https://a/", Message: "m2"},
		{Rule: "a-rule", Severity: rules.Low, Cookie: &rules.CookieRef{Name: "y"}, URL: "https://b/", Message: "m3"},
		{Rule: "a-rule", Severity: rules.Low, Cookie: &rules.CookieRef{Name: "y"}, URL: "https://a/", Message: "m4"},
		nil,
		{Rule: "z-rule", Severity: rules.High, URL: "https://a/", Message: "m5"},
	}}
	before := slices.Clone(r.Findings)
	out := writeTable(t, Table{}, r)
	order := regexp.MustCompile(`m\d`).FindAllString(out, -1)
	if want := []string{"m5", "m4", "m3", "m2", "m1"}; !slices.Equal(order, want) {
		t.Errorf("rows in order %v, want %v:\n%s", order, want, out)
	}
	if !slices.Equal(r.Findings, before) {
		t.Error("Write reordered the caller's findings")
	}
	if !strings.Contains(out, "\n5 findings: 1 high, 4 low · 0 responses, 0 cookies\n") {
		t.Errorf("summary does not count the non-nil findings:\n%s", out)
	}
}

func TestTableWhereAndMessage(t *testing.T) {
	for _, tc := range []struct {
		name      string
		f         rules.Finding
		where     string
		message   string
		cookieCol string
	}{
		{"url", rules.Finding{URL: "https://a.example/x", Occurrences: 1, Message: "m"}, "https://a.example/x", "m", "-"},
		{"file only", rules.Finding{URL: "https://a.example/", Location: &rules.Location{File: "a.har"}, Message: "m"}, "a.har", "m", "-"},
		{"file and line", rules.Finding{Location: &rules.Location{File: "a.har", Line: 3}, Message: "m"}, "a.har:3", "m", "-"},
		{"file line col", rules.Finding{Location: &rules.Location{File: "a.har", Line: 3, Col: 9}, Message: "m"}, "a.har:3:9", "m", "-"},
		{"empty location", rules.Finding{URL: "https://b.example/", Location: &rules.Location{}, Message: "m"}, "https://b.example/", "m", "-"},
		{"nowhere", rules.Finding{Message: "m", Cookie: &rules.CookieRef{}}, "-", "m", `""`},
		{"repeated", rules.Finding{URL: "u", Occurrences: 4, Message: "seen often", Cookie: &rules.CookieRef{Name: "sid"}}, "u", "seen often (×4)", "sid"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := where(&tc.f); got != tc.where {
				t.Errorf("where = %q, want %q", got, tc.where)
			}
			if got := message(&tc.f); got != tc.message {
				t.Errorf("message = %q, want %q", got, tc.message)
			}
			if got := cookieName(&tc.f); got != tc.cookieCol {
				t.Errorf("cookieName = %q, want %q", got, tc.cookieCol)
			}
		})
	}
}

func TestTableNeverBreaksARuleIDOrURL(t *testing.T) {
	long := strings.Repeat("x", 150)
	url := "https://" + long + ".example.com/" + long + "?q=" + long
	r := &Result{Findings: []*rules.Finding{{
		Rule: "a-very-long-rule-identifier-that-goes-on-and-on", Severity: rules.Critical,
		Cookie:      &rules.CookieRef{Name: "__Host-" + long},
		URL:         url,
		Message:     strings.Repeat("word ", 60) + long,
		Occurrences: 12345,
	}}}
	for _, width := range []int{0, 80, 120} {
		out := writeTable(t, Table{Width: width}, r)
		for _, whole := range []string{url, "a-very-long-rule-identifier-that-goes-on-and-on", "__Host-" + long} {
			if !strings.Contains(out, whole) {
				t.Errorf("width %d: %q is broken:\n%s", width, whole, out)
			}
		}
	}
}

func TestTableStacksFindingsOnANarrowTerminal(t *testing.T) {
	r := fixture()
	for _, tc := range []struct {
		width   int
		stacked bool
	}{{0, false}, {80, true}, {99, true}, {160, false}} {
		out := writeTable(t, Table{Width: tc.width}, r)
		if got := !strings.Contains(out, "SEVERITY  RULE"); got != tc.stacked {
			t.Errorf("width %d: stacked %v, want %v:\n%s", tc.width, got, tc.stacked, out)
		}
		if tc.width == 0 {
			continue
		}
		for line := range strings.Lines(out) {
			if w := twwidth.Width(strings.TrimSuffix(line, "\n")); w > tc.width && !strings.Contains(line, "https://") && !strings.HasPrefix(line, "error:") && !strings.Contains(line, " findings: ") {
				t.Errorf("width %d: line is %d columns wide: %q", tc.width, w, line)
			}
		}
	}
}

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  []string
	}{
		{"", 10, nil},
		{"short", 10, []string{"short"}},
		{"one two three four", 9, []string{"one two", "three", "four"}},
		{"collapse   inner\tspace", 40, []string{"collapse inner space"}},
		{"see https://a.example.com/xyz now", 12, []string{"see", "https://a.example.com/xyz", "now"}},
		{"samesite-none-insecure", 16, []string{"samesite-none-insecure"}},
	} {
		if got := wrap(tc.in, tc.width); !slices.Equal(got, tc.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
}

func TestColumnWidths(t *testing.T) {
	got, fits := columnWidths([][]string{{"high", "r", "sid", "https://a/", "short message"}}, tableWidth)
	if want := []int{8, 4, 6, 10, 64}; !slices.Equal(got, want) || !fits {
		t.Errorf("short cells: widths %v fits %v, want %v", got, fits, want)
	}
	long := strings.Repeat("x", 200)
	got, fits = columnWidths([][]string{{"critical", long, long, long, long}}, tableWidth)
	if fits || got[4] != minMessage {
		t.Errorf("long cells: widths %v fits %v; want MESSAGE at its minimum and no fit", got, fits)
	}
}

func TestSummary(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    Result
		want string
	}{
		{"empty", Result{}, "0 findings · 0 responses, 0 cookies"},
		{"singular", Result{
			Stats:    Stats{Responses: 1, Cookies: 1},
			Findings: []*rules.Finding{{Severity: rules.High}},
			Errors:   []string{"e"},
		}, "1 finding: 1 high · 1 response, 1 cookie · 1 error"},
		{"all severities", Result{
			Stats: Stats{Responses: 40, Cookies: 18},
			Findings: []*rules.Finding{
				{Severity: rules.Info}, {Severity: rules.Low}, {Severity: rules.Critical},
				{Severity: rules.Low}, {Severity: rules.Medium},
			},
			Errors: []string{"e1", "e2"},
		}, "5 findings: 1 critical, 1 medium, 2 low, 1 info · 40 responses, 18 cookies · 2 errors"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := summary(&tc.r, tc.r.Findings); got != tc.want {
				t.Errorf("summary = %q, want %q", got, tc.want)
			}
		})
	}
}
