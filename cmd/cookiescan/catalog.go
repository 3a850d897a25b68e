package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/cookiescan/cookiescan/report"
	"github.com/cookiescan/cookiescan/rules"
)

// rulesCommand prints the catalog: ID, default severity and title.
func (a *app) rulesCommand() *cobra.Command {
	var markdown bool
	cmd := a.command("rules [--markdown]", "list the rule catalog", noReport)
	cmd.RunE = a.runE(func(cmd *cobra.Command, args []string) (int, error) {
		if len(args) > 0 {
			return exitError, usageError{fmt.Errorf("rules takes no arguments; 'cookiescan explain %s' shows one rule", args[0])}
		}
		if markdown {
			_, err := io.WriteString(a.stdout, catalogMarkdown())
			return exitClean, err
		}
		tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tSEVERITY\tCWE\tTITLE")
		for _, r := range rules.All {
			fmt.Fprintf(tw, "%s\t%s\tCWE-%d\t%s\n", r.ID, r.Severity, r.CWE, r.Title)
		}
		return exitClean, tw.Flush()
	})
	cmd.Flags().BoolVar(&markdown, "markdown", false, "print the catalog as a Markdown table")
	return cmd
}

// explainCommand prints one rule's documentation with the examples it
// reports and those it does not. Rule IDs are matched ignoring case.
func (a *app) explainCommand() *cobra.Command {
	cmd := a.command("explain RULE-ID", "show one rule's documentation and examples", noReport)
	cmd.RunE = a.runE(func(cmd *cobra.Command, args []string) (int, error) {
		if len(args) != 1 {
			return exitError, usageError{errors.New("explain needs exactly one rule ID; 'cookiescan rules' lists them")}
		}
		r := ruleByIDFold(args[0])
		if r == nil {
			if s := nearest(args[0], ruleIDs()); s != "" {
				return exitError, usageError{fmt.Errorf("no rule %q: did you mean %s?", args[0], s)}
			}
			return exitError, usageError{fmt.Errorf("no rule %q; 'cookiescan rules' lists them", args[0])}
		}
		_, err := fmt.Fprintf(a.stdout, "%s  (%s, default severity %s, CWE-%d)\n\n%s%s\n", r.ID, r.Title, r.Severity, r.CWE, r.Doc, report.ExamplesText(r))
		return exitClean, err
	})
	cmd.ValidArgsFunction = func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var ids []cobra.Completion
		for _, r := range rules.All {
			ids = append(ids, cobra.CompletionWithDesc(r.ID, r.Title))
		}
		return ids, cobra.ShellCompDirectiveNoFileComp
	}
	return cmd
}

// ruleByIDFold is the rule whose ID is id, ignoring case, or nil.
func ruleByIDFold(id string) *rules.Rule {
	for _, r := range rules.All {
		if strings.EqualFold(r.ID, id) {
			return r
		}
	}
	return nil
}

func ruleIDs() []string {
	ids := make([]string, len(rules.All))
	for i, r := range rules.All {
		ids[i] = r.ID
	}
	return ids
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
