// Command cookiescan finds cookie security problems in HAR captures, HTTP
// response dumps and Set-Cookie headers, judging them as browsers do.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/cookiescan/cookiescan/rules"
)

// Exit codes a pipeline can gate on.
const (
	exitClean    = 0 // nothing at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitError    = 2 // usage, input or scan error
)

func main() {
	ctx := notifySignals(os.Stderr, os.Exit)
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// notifySignals returns a context that the first SIGINT or SIGTERM cancels,
// with an *interruption as its cause: the command stops acquiring, judges
// what it gathered and writes its reports marked partial. A second signal
// calls exit at once with 128 plus its number (130, 143), as shells report
// a process a signal killed.
func notifySignals(stderr io.Writer, exit func(int)) context.Context {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		first := (<-sigs).(syscall.Signal)
		fmt.Fprintf(stderr, "\ncookiescan: %s: writing the report of what was gathered; send it again to stop at once\n", signalName(first))
		cancel(&interruption{first})
		second := (<-sigs).(syscall.Signal)
		exit(128 + int(second))
	}()
	return ctx
}

// interruption is the cause of a run's cancellation by a signal.
type interruption struct{ sig syscall.Signal }

func (i *interruption) Error() string { return "interrupted by " + signalName(i.sig) }

func signalName(s syscall.Signal) string {
	switch s {
	case syscall.SIGINT:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return s.String()
}

// run executes one command line, reading stdin from the process, and returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return runWithInput(ctx, args, os.Stdin, stdout, stderr)
}

// runWithInput executes one command line and returns the exit code.
func runWithInput(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if err := rules.Validate(rules.All); err != nil {
		fmt.Fprintf(stderr, "cookiescan: internal error: %v\n", err)
		return exitError
	}
	a := &app{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCommand()
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	var ue usageError
	switch {
	case err == nil:
		return a.code
	case errors.As(err, &ue) || !a.ran:
		// Errors met before a command ran are cobra's: unknown commands and flags.
		if cmd.Name() == "help" {
			cmd = cmd.Root()
		}
		fmt.Fprintf(stderr, "cookiescan: %v\nRun '%s --help' for usage.\n", strings.TrimSpace(err.Error()), cmd.CommandPath())
	default:
		fmt.Fprintf(stderr, "cookiescan: %v\n", err)
	}
	return exitError
}

// usageError is a mistake in the command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }

// version is the module version the binary was built from, or "dev".
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

// versionLine is what --version prints: the module version and, when the
// build recorded them, the VCS revision, its time and whether the work
// tree had changes.
func versionLine(info *debug.BuildInfo) string {
	v := "dev"
	if info == nil {
		return "cookiescan " + v
	}
	if info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	var vcs []string
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		vcs = append(vcs, "revision "+rev)
	}
	if t := settings["vcs.time"]; t != "" {
		vcs = append(vcs, t)
	}
	if settings["vcs.modified"] == "true" {
		vcs = append(vcs, "modified")
	}
	line := "cookiescan " + v
	if len(vcs) > 0 {
		line += " (" + strings.Join(vcs, ", ") + ")"
	}
	if info.GoVersion != "" {
		line += " " + info.GoVersion
	}
	return line
}
