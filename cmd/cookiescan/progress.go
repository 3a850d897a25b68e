package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"

	"golang.org/x/term"

	"github.com/cookiescan/cookiescan/scanner"
)

// progressLine draws a crawl's progress on a terminal's stderr, rewriting
// one line; with --verbose off a terminal it prints a line now and then.
type progressLine struct {
	w       io.Writer
	visible bool // anything is shown at all
	tty     bool
	mu      sync.Mutex
	last    scanner.CrawlProgress
	printed int // pages at the last line printed off a terminal
}

func newProgressLine(w io.Writer, verbose bool) *progressLine {
	tty := isTerminal(w)
	return &progressLine{w: w, tty: tty, visible: tty || verbose}
}

func (p *progressLine) update(s scanner.CrawlProgress) {
	if !p.visible {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.last = s
	requests := fmt.Sprint(s.Requests)
	if s.Lifecycle > 0 {
		requests += fmt.Sprintf(" (%d login and session)", s.Lifecycle)
	}
	line := fmt.Sprintf("%d pages, %d queued, %s requests, %d errors, %.1f req/s", s.Pages, s.Queued, requests, s.Errors, s.Rate)
	switch {
	case p.tty:
		fmt.Fprintf(p.w, "\r\x1b[K%s", line)
	case s.Pages >= p.printed+100:
		p.printed = s.Pages
		fmt.Fprintln(p.w, line)
	}
}

// done clears the progress line so that what follows starts on a clean line.
func (p *progressLine) done() {
	if p.tty {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// isTerminal reports whether w is a terminal (not a pipe, a file or /dev/null).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// terminalWidth is the width in columns of the terminal w writes to, from
// COLUMNS when it is set, else from the terminal; 0 when w is no terminal,
// so that a piped table keeps one layout for logs.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !isTerminal(w) {
		return 0
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if width, _, err := term.GetSize(int(f.Fd())); err == nil && width > 0 {
		return width
	}
	return 0
}
