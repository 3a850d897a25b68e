package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/cookiescan/cookiescan/report"
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

// explain prints one rule's documentation with the examples it reports and those it does not.
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
	_, err := fmt.Fprintf(stdout, "%s  (%s, default severity %s, CWE-%d)\n\n%s%s\n", r.ID, r.Title, r.Severity, r.CWE, r.Doc, report.ExamplesText(r))
	return err
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
		fmt.Fprintf(&b, "\n## %s\n\n**%s** · default severity %s · CWE-%d\n\n%s%s\n", r.ID, r.Title, r.Severity, r.CWE, r.Doc, report.ExamplesMarkdown(r))
	}
	return b.String()
}
