package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/cookiescan/cookiescan/rules"
)

// listRules prints the catalog: ID, default severity and title.
func listRules(args []string, stdout io.Writer) error {
	fs := newFlagSet("rules", "rules [--markdown]", stdout)
	markdown := fs.Bool("markdown", false, "print the catalog as a Markdown table")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *markdown {
		_, err := io.WriteString(stdout, catalogMarkdown())
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tCWE\tTITLE")
	for _, r := range rules.All {
		fmt.Fprintf(tw, "%s\t%s\tCWE-%d\t%s\n", r.ID, r.Severity, r.CWE, r.Title)
	}
	return tw.Flush()
}

// explain prints one rule's documentation with its bad and good examples.
func explain(args []string, stdout io.Writer) error {
	fs := newFlagSet("explain", "explain RULE-ID", stdout)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{errors.New("explain needs exactly one rule ID; 'cookiescan rules' lists them")}
	}
	r := rules.ByID(fs.Arg(0))
	if r == nil {
		return usageError{fmt.Errorf("no rule %q; 'cookiescan rules' lists them", fs.Arg(0))}
	}
	fmt.Fprintf(stdout, "%s  (%s, default severity %s, CWE-%d)\n\n%s\n", r.ID, r.Title, r.Severity, r.CWE, r.Doc)
	for _, ex := range []struct {
		label    string
		examples []rules.Example
	}{{"Bad (reported)", r.Bad}, {"Good (not reported)", r.Good}} {
		fmt.Fprintf(stdout, "\n%s:\n", ex.label)
		for _, e := range ex.examples {
			if e.Script != "" {
				fmt.Fprintf(stdout, "  script:\n    %s\n", e.Script)
				continue
			}
			if e.Logout != "" {
				fmt.Fprintf(stdout, "  earlier: Set-Cookie: %s\n  logout ", e.Logout)
			}
			fmt.Fprintf(stdout, "  from %s\n", e.RequestURL())
			if e.Location != "" {
				fmt.Fprintf(stdout, "    Location: %s\n", e.Location)
			}
			for _, c := range e.SetCookie {
				fmt.Fprintf(stdout, "    Set-Cookie: %s\n", shorten(c))
			}
		}
	}
	return nil
}

// catalogMarkdown is the rule table of the README and the docs.
func catalogMarkdown() string {
	var b strings.Builder
	b.WriteString("| ID | Default severity | CWE | What it finds |\n|---|---|---|---|\n")
	for _, r := range rules.All {
		fmt.Fprintf(&b, "| [`%s`](docs/rules.md#%s) | %s | [CWE-%d](https://cwe.mitre.org/data/definitions/%d.html) | %s |\n", r.ID, r.ID, r.Severity, r.CWE, r.CWE, r.Title)
	}
	return b.String()
}

// rulesDoc is docs/rules.md: every rule's documentation and examples.
func rulesDoc() string {
	var b strings.Builder
	b.WriteString("# Rules\n\nGenerated from the rule registry (`go test ./cmd/cookiescan -run TestDocs -update` rewrites it).\n")
	for _, r := range rules.All {
		fmt.Fprintf(&b, "\n## %s\n\n**%s** · default severity %s · CWE-%d\n\n%s\n", r.ID, r.Title, r.Severity, r.CWE, r.Doc)
		for _, ex := range []struct {
			label    string
			examples []rules.Example
		}{{"Reported", r.Bad}, {"Not reported", r.Good}} {
			lang := "http"
			if len(ex.examples) > 0 && ex.examples[0].Script != "" {
				lang = "js"
			}
			fmt.Fprintf(&b, "\n%s:\n\n```%s\n", ex.label, lang)
			for i, e := range ex.examples {
				if i > 0 {
					b.WriteString("\n")
				}
				if e.Script != "" {
					fmt.Fprintf(&b, "// script\n%s\n", e.Script)
					continue
				}
				if e.Logout != "" {
					fmt.Fprintf(&b, "# set earlier\nSet-Cookie: %s\n# logout probe\n", e.Logout)
				}
				fmt.Fprintf(&b, "# from %s\n", e.RequestURL())
				if e.Location != "" {
					fmt.Fprintf(&b, "Location: %s\n", e.Location)
				}
				for _, c := range e.SetCookie {
					fmt.Fprintf(&b, "Set-Cookie: %s\n", shorten(c))
				}
			}
			b.WriteString("```\n")
		}
	}
	return b.String()
}

// shorten keeps examples of oversized cookies readable.
func shorten(header string) string {
	if len(header) <= 160 {
		return header
	}
	return header[:100] + fmt.Sprintf("… (%d bytes)", len(header))
}
