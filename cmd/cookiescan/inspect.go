package main

import (
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/spf13/cobra"

	"github.com/cookiescan/cookiescan/report"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/setcookie"
)

// inspectCommand shows how a browser treats Set-Cookie headers and what it sends back.
func (a *app) inspectCommand() *cobra.Command {
	var from, check, contextName string
	var nowUnix, checkAt int64
	cmd := a.command("inspect --url URL [flags] HEADER...", "show how a browser treats Set-Cookie headers (--format table or json)", inspectFlags)
	cmd.RunE = a.runE(func(cmd *cobra.Command, args []string) (int, error) {
		if from == "" || len(args) == 0 {
			return exitError, usageError{errors.New("inspect needs --url and at least one Set-Cookie HEADER")}
		}
		opts := rules.InspectOptions{ShowValues: a.out.showValues, Now: time.Now().UTC()}
		var err error
		if opts.URL, err = absoluteURL("--url", from); err != nil {
			return exitError, usageError{err}
		}
		opts.CheckURL = opts.URL
		if check != "" {
			if opts.CheckURL, err = absoluteURL("--check-url", check); err != nil {
				return exitError, usageError{err}
			}
		}
		if nowUnix != 0 {
			opts.Now = time.Unix(nowUnix, 0).UTC()
		}
		opts.CheckAt = opts.Now
		if checkAt != 0 {
			opts.CheckAt = time.Unix(checkAt, 0).UTC()
		}
		if opts.Context, err = setcookie.ParseContext(contextName); err != nil {
			return exitError, usageError{fmt.Errorf("--context: %w", err)}
		}
		threshold, err := rules.ParseSeverity(a.out.failOn)
		if err != nil {
			return exitError, usageError{fmt.Errorf("--fail-on: %w", err)}
		}
		in := rules.Inspect(args, opts)
		switch a.out.format {
		case "json":
			err = report.InspectJSON(a.stdout, in)
		case "table":
			err = report.InspectText(a.stdout, in)
		default:
			return exitError, usageError{fmt.Errorf("--format %q: inspect writes table or json", a.out.format)}
		}
		if err != nil {
			return exitError, err
		}
		return findingsExitCode(in.Findings, threshold), nil
	})
	fs := cmd.Flags()
	fs.StringVar(&from, "url", "", "URL the headers were received from (required)")
	fs.StringVar(&check, "check-url", "", "URL of the request whose Cookie header is shown (default: --url)")
	fs.Int64Var(&nowUnix, "now", 0, "Unix time the headers were received (default: now)")
	fs.Int64Var(&checkAt, "check-at", 0, "Unix time of the request (default: --now)")
	fs.StringVar(&contextName, "context", "same-site", "request context: same-site, cross-site-navigation, cross-site-post, cross-site-subresource")
	return cmd
}

func absoluteURL(flag, raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("%s %q: want an absolute http or https URL", flag, raw)
	}
	return u, nil
}
