package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/cookiescan/cookiescan/report"
)

// app is one run of the command line: where it reads and writes, the
// report flags every reporting command shares, and the exit code the
// command chose.
type app struct {
	ctx            context.Context
	stdin          io.Reader
	stdout, stderr io.Writer
	out            outputFlags
	// ran is set once a command's own code starts: an error before it is a
	// mistake in the command line that cobra found.
	ran  bool
	code int
}

// sharedFlagsKey annotates a command with the report flags it reads; the
// others are refused rather than silently ignored.
const sharedFlagsKey = "cookiescan/shared-flags"

// Which of the report flags each kind of command reads.
var (
	everyReportFlag = []string{"format", "output", "fail-on", "show-values", "config", "baseline", "min-severity", "max-findings", "sarif-root", "no-color"}
	// A merge judges findings already redacted and bounded.
	mergeFlags   = []string{"format", "output", "fail-on", "config", "baseline", "min-severity", "sarif-root", "no-color"}
	inspectFlags = []string{"format", "fail-on", "show-values", "no-color"}
	noReport     = []string{"no-color"}
)

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "cookiescan",
		Short: "cookiescan finds cookie security problems, judging cookies as browsers do.",
		Long: `cookiescan finds cookie security problems, judging cookies as browsers do.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 errors.`,
		Version:       versionLine(buildInfo()),
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("unknown command %q for %q%s", args[0], cmd.CommandPath(), suggestion(args[0], commandNames(cmd)))
			}
			// A bare cookiescan is a mistake in a script: usage on stderr, exit 2.
			a.ran = true
			a.code = exitError
			fmt.Fprint(a.stderr, usageText(cmd))
			return nil
		},
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return refuseUnusedReportFlags(cmd)
		},
		CompletionOptions: cobra.CompletionOptions{HiddenDefaultCmd: false},
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetIn(a.stdin)
	root.SetUsageFunc(func(cmd *cobra.Command) error {
		_, err := io.WriteString(cmd.OutOrStderr(), usageText(cmd))
		return err
	})
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError{flagErrorWithSuggestion(cmd, err)}
	})
	a.out.register(root.PersistentFlags())
	root.RegisterFlagCompletionFunc("format", fixedCompletions(report.Formats()...))
	root.RegisterFlagCompletionFunc("fail-on", fixedCompletions("info", "low", "medium", "high", "critical", "none"))
	root.RegisterFlagCompletionFunc("min-severity", fixedCompletions("info", "low", "medium", "high", "critical"))

	root.AddCommand(
		a.demoCommand(),
		a.scanCommand(),
		a.lintCommand(),
		a.inspectCommand(),
		a.mergeCommand(),
		a.rulesCommand(),
		a.explainCommand(),
		a.versionCommand(),
	)
	root.SetHelpCommand(a.helpCommand(root))
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Annotations[sharedFlagsKey] == "" {
			reads(c, noReport...)
		}
	}
	return root
}

// command makes a subcommand that reads the given report flags; its RunE
// is set with runE once its flags are registered.
func (a *app) command(use, short string, shared []string) *cobra.Command {
	cmd := &cobra.Command{Use: use, Short: short}
	reads(cmd, shared...)
	return cmd
}

// runE adapts a command's run, which returns its exit code, to cobra.
func (a *app) runE(run func(cmd *cobra.Command, args []string) (int, error)) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		a.ran = true
		code, err := run(cmd, args)
		a.code = code
		return err
	}
}

func reads(cmd *cobra.Command, flags ...string) {
	if cmd.Annotations == nil {
		cmd.Annotations = map[string]string{}
	}
	cmd.Annotations[sharedFlagsKey] = strings.Join(flags, ",")
}

// readsFlag reports whether cmd reads the report flag name.
func readsFlag(cmd *cobra.Command, name string) bool {
	return slices.Contains(strings.Split(cmd.Annotations[sharedFlagsKey], ","), name)
}

// refuseUnusedReportFlags is a usage error for a report flag given to a
// command that would ignore it.
func refuseUnusedReportFlags(cmd *cobra.Command) error {
	var unused []string
	cmd.InheritedFlags().VisitAll(func(f *pflag.Flag) {
		if f.Changed && !readsFlag(cmd, f.Name) {
			unused = append(unused, "--"+f.Name)
		}
	})
	if len(unused) > 0 {
		return usageError{fmt.Errorf("%s: %s does not apply to this command", cmd.Name(), strings.Join(unused, ", "))}
	}
	return nil
}

// helpCommand is 'help [COMMAND]': a command's help, or a usage error with
// a suggestion for a command that does not exist.
func (a *app) helpCommand(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND]",
		Short: "help about any command",
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return commandNames(root), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			target, rest, err := root.Find(args)
			if err != nil || len(rest) > 0 {
				return usageError{fmt.Errorf("no help for %q: no such command%s", strings.Join(args, " "), suggestion(args[len(args)-1], commandNames(root)))}
			}
			return target.Help()
		},
	}
}

// commandNames are the names of root's commands people can run.
func commandNames(root *cobra.Command) []string {
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() || c.Name() == "help" {
			names = append(names, c.Name())
		}
	}
	return names
}

// flagErrorWithSuggestion adds the nearest flag name to an unknown flag error.
func flagErrorWithSuggestion(cmd *cobra.Command, err error) error {
	name, ok := strings.CutPrefix(err.Error(), "unknown flag: --")
	if !ok {
		return err
	}
	var names []string
	visibleFlags(cmd).VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
	if s := nearest(name, names); s != "" {
		return fmt.Errorf("%w; did you mean --%s?", err, s)
	}
	return err
}

// suggestion is "; did you mean NAME?" for the name nearest to typed, or "".
func suggestion(typed string, names []string) string {
	if s := nearest(typed, names); s != "" {
		return "; did you mean " + s + "?"
	}
	return ""
}

// visibleFlags are the flags a command reads: its own and the report flags
// it declares, without those it refuses.
func visibleFlags(cmd *cobra.Command) *pflag.FlagSet {
	fs := pflag.NewFlagSet(cmd.Name(), pflag.ContinueOnError)
	cmd.LocalFlags().VisitAll(func(f *pflag.Flag) {
		if f.Name != "version" || !cmd.HasParent() {
			fs.AddFlag(f)
		}
	})
	cmd.InheritedFlags().VisitAll(func(f *pflag.Flag) {
		if readsFlag(cmd, f.Name) {
			fs.AddFlag(f)
		}
	})
	return fs
}

// usageText is a command's usage: the synopsis, its commands, and the flags
// it reads in one list.
func usageText(cmd *cobra.Command) string {
	var b strings.Builder
	if cmd.HasParent() {
		fmt.Fprintf(&b, "Usage:\n  %s\n", cmd.UseLine())
	} else {
		fmt.Fprintf(&b, "Usage:\n  %s COMMAND [flags] [ARGS]\n", cmd.Name())
	}
	if cmd.HasAvailableSubCommands() {
		b.WriteString("\nCommands:\n")
		width := 0
		for _, c := range cmd.Commands() {
			width = max(width, len(c.Name()))
		}
		for _, c := range cmd.Commands() {
			if c.IsAvailableCommand() || c.Name() == "help" {
				fmt.Fprintf(&b, "  %-*s  %s\n", width, c.Name(), c.Short)
			}
		}
	}
	if !cmd.HasParent() {
		fmt.Fprintf(&b, "\nFlags:\n%s", flagUsages(cmd.LocalNonPersistentFlags()))
		fmt.Fprintf(&b, "\nReport flags, before or after the command (each command's help lists those it reads):\n%s", flagUsages(cmd.PersistentFlags()))
		fmt.Fprintf(&b, "\nRun '%s help COMMAND' for a command's flags.\n", cmd.Name())
		return b.String()
	}
	if flags := visibleFlags(cmd); flags.HasAvailableFlags() {
		fmt.Fprintf(&b, "\nFlags:\n%s", flagUsages(flags))
	}
	return b.String()
}

// flagUsages lists flags one a line, as pflag does, except that a boolean
// flag reads --insecure rather than --insecure[=true|false].
func flagUsages(fs *pflag.FlagSet) string {
	type line struct{ name, usage string }
	var lines []line
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name := "      --" + f.Name
		if f.Shorthand != "" {
			name = "  -" + f.Shorthand + ", --" + f.Name
		}
		varname, usage := pflag.UnquoteUsage(f)
		if varname != "" && f.Value.Type() != "bool" {
			name += " " + varname
		}
		if def := defaultText(f); def != "" {
			usage += " (default " + def + ")"
		}
		lines = append(lines, line{name, usage})
		width = max(width, len(name))
	})
	var b strings.Builder
	for _, l := range lines {
		fmt.Fprintf(&b, "%-*s   %s\n", width, l.name, l.usage)
	}
	return b.String()
}

// defaultText is a flag's default as help shows it, "" when it is the zero
// value or the usage already says it.
func defaultText(f *pflag.Flag) string {
	switch f.DefValue {
	case "", "false", "0", "0s", "[]":
		return ""
	}
	if strings.Contains(f.Usage, "(default") {
		return ""
	}
	if f.Value.Type() == "string" {
		return fmt.Sprintf("%q", f.DefValue)
	}
	return f.DefValue
}

// fixedCompletions completes a flag's value from a fixed list.
func fixedCompletions(values ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

func (a *app) versionCommand() *cobra.Command {
	cmd := a.command("version", "print the version, the VCS revision and the Go version", noReport)
	cmd.RunE = a.runE(func(cmd *cobra.Command, args []string) (int, error) {
		if len(args) > 0 {
			return exitError, usageError{errors.New("version takes no arguments")}
		}
		fmt.Fprintln(a.stdout, versionLine(buildInfo()))
		return exitClean, nil
	})
	return cmd
}

// buildInfo is the binary's build information, nil when it has none.
func buildInfo() *debug.BuildInfo {
	if info, ok := debug.ReadBuildInfo(); ok {
		return info
	}
	return nil
}
