package main

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"time"

	"github.com/cookiescan/cookiescan/report"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/setcookie"
)

// inspect shows how a browser treats Set-Cookie headers and what it sends back.
func inspect(args []string, stdout io.Writer) (int, error) {
	fs := newFlagSet("inspect", "inspect --url URL [flags] HEADER...", stdout)
	from := fs.String("url", "", "URL the headers were received from (required)")
	check := fs.String("check-url", "", "URL of the request whose Cookie header is shown (default: --url)")
	nowUnix := fs.Int64("now", 0, "Unix time the headers were received (default: now)")
	checkAt := fs.Int64("check-at", 0, "Unix time of the request (default: --now)")
	contextName := fs.String("context", "same-site", "request context: same-site, cross-site-navigation, cross-site-post, cross-site-subresource")
	format := fs.String("format", "table", "output format: table or json")
	failOn := fs.String("fail-on", "high", "exit 1 when a finding is at or above this severity")
	showValues := fs.Bool("show-values", false, "show cookie values instead of [redacted]")
	if err := parseFlags(fs, args); err != nil {
		return exitError, err
	}
	if *from == "" || fs.NArg() == 0 {
		return exitError, usageError{errors.New("inspect needs --url and at least one Set-Cookie HEADER")}
	}
	opts := rules.InspectOptions{ShowValues: *showValues, Now: time.Now().UTC()}
	var err error
	if opts.URL, err = absoluteURL("--url", *from); err != nil {
		return exitError, usageError{err}
	}
	opts.CheckURL = opts.URL
	if *check != "" {
		if opts.CheckURL, err = absoluteURL("--check-url", *check); err != nil {
			return exitError, usageError{err}
		}
	}
	if *nowUnix != 0 {
		opts.Now = time.Unix(*nowUnix, 0).UTC()
	}
	opts.CheckAt = opts.Now
	if *checkAt != 0 {
		opts.CheckAt = time.Unix(*checkAt, 0).UTC()
	}
	if opts.Context, err = setcookie.ParseContext(*contextName); err != nil {
		return exitError, usageError{fmt.Errorf("--context: %w", err)}
	}
	threshold, err := rules.ParseSeverity(*failOn)
	if err != nil {
		return exitError, usageError{fmt.Errorf("--fail-on: %w", err)}
	}
	in := rules.Inspect(fs.Args(), opts)
	switch *format {
	case "json":
		err = report.InspectJSON(stdout, in)
	case "table":
		err = report.InspectText(stdout, in)
	default:
		return exitError, usageError{fmt.Errorf("--format %q: inspect writes table or json", *format)}
	}
	if err != nil {
		return exitError, err
	}
	return findingsExitCode(in.Findings, threshold), nil
}

func absoluteURL(flag, raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("%s %q: want an absolute http or https URL", flag, raw)
	}
	return u, nil
}
