package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/cookiescan/cookiescan/demo"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// runDemo starts the embedded vulnerable site on loopback, scans it and
// shows the report; with --serve the site stays up for exploring.
func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) (int, error) {
	fs := newFlagSet("demo", "demo [flags]", stdout)
	var out outputFlags
	out.register(fs)
	serve := fs.Bool("serve", false, "keep the demo site up after the scan, until Ctrl-C")
	addr := fs.String("addr", "127.0.0.1:0", "loopback address for the demo site")
	if err := parseFlags(fs, args); err != nil {
		return exitError, err
	}
	dests, err := out.destinations()
	if err != nil {
		return exitError, usageError{err}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return exitError, err
	}
	if ip := ln.Addr().(*net.TCPAddr).IP; !ip.IsLoopback() {
		ln.Close()
		return exitError, usageError{fmt.Errorf("--addr %s: the demo site listens on loopback only", *addr)}
	}
	srv := &http.Server{Handler: demo.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(stderr, "cookiescan demo: scanning a deliberately vulnerable site at %s\n\n", base)

	started := time.Now()
	ev, err := scanner.Crawl(ctx, demo.CrawlConfig(base))
	if err != nil {
		return exitError, err
	}
	outcome := rules.Judge(ev, rules.Options{Now: started, ShowValues: out.showValues})
	result := newResult(ctx, []string{base}, ev, outcome, outcome.Findings, rules.All, started)
	if err := write(result, dests, stdout, rules.High); err != nil {
		return exitError, err
	}
	if *serve {
		fmt.Fprintf(stderr, "\nThe demo site is up at %s; press Ctrl-C to stop it.\n", base)
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return exitError, err
		}
		return exitClean, nil
	}
	fmt.Fprintf(stderr, "\nExplore a rule with 'cookiescan explain RULE-ID'; keep the site up with 'cookiescan demo --serve'.\n")
	return exitClean, nil
}
