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
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
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
