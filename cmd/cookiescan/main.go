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
	"syscall"

	"github.com/cookiescan/cookiescan/rules"
)

// Exit codes a pipeline can gate on.
const (
	exitClean    = 0 // nothing at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitError    = 2 // usage, input or scan error
)

const usage = `cookiescan finds cookie security problems, judging cookies as browsers do.

Usage:
  cookiescan demo [--serve]             scan an embedded, deliberately vulnerable site
  cookiescan scan [flags] URL...        crawl live sites (staging) and judge their cookies
  cookiescan lint [flags] PATH...       HAR captures and HTTP response dumps
  cookiescan inspect [flags] HEADER...  how a browser treats Set-Cookie headers
  cookiescan merge [flags] REPORT...    combine JSON reports (the shards of one scan)
  cookiescan rules                      the rule catalog
  cookiescan explain RULE-ID            one rule's documentation and examples
  cookiescan version

Run 'cookiescan COMMAND --help' for a command's flags.
Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 errors.
`

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

// run executes one command line and returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if err := rules.Validate(rules.All); err != nil {
		fmt.Fprintf(stderr, "cookiescan: internal error: %v\n", err)
		return exitError
	}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError
	}
	var err error
	code := exitClean
	switch args[0] {
	case "demo":
		code, err = runDemo(ctx, args[1:], stdout, stderr)
	case "scan":
		code, err = scan(ctx, args[1:], os.Stdin, stdout, stderr)
	case "lint":
		code, err = lint(ctx, args[1:], stdout, stderr)
	case "inspect":
		code, err = inspect(args[1:], stdout)
	case "merge":
		code, err = merge(args[1:], stdout, stderr)
	case "rules":
		err = listRules(args[1:], stdout)
	case "explain":
		err = explain(args[1:], stdout)
	case "version", "--version":
		fmt.Fprintf(stdout, "cookiescan %s\n", version())
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
	default:
		err = usageError{fmt.Errorf("unknown command %q", args[0])}
	}
	var ue usageError
	switch {
	case err == nil:
	case errors.As(err, &ue) && ue.err == nil:
		return exitClean
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "cookiescan: %v\nRun 'cookiescan --help' for usage.\n", ue.err)
		return exitError
	default:
		fmt.Fprintf(stderr, "cookiescan: %v\n", err)
		return exitError
	}
	return code
}

// usageError is a mistake in the command line; a nil err means help was
// asked for and already printed.
type usageError struct{ err error }

func (e usageError) Error() string {
	if e.err == nil {
		return "help requested"
	}
	return e.err.Error()
}

func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}
