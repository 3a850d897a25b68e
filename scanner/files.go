package scanner

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/cookiescan/cookiescan/evidence"
)

// walkExtensions are the file name endings that LoadFiles reads when it
// walks a directory; a file named directly is read whatever its name.
var walkExtensions = []string{".har", ".http", ".txt", ".dump", ".headers"}

// sniffLen is how much of a file LoadFiles looks at to tell its format.
const sniffLen = 512

// LoadFiles reads the HAR files and HTTP response dumps (see ReadHAR and
// ReadDump) named by paths, in order, and returns the responses they hold,
// and the front-end sources (.js, .mjs, .cjs, .jsx, .ts, .tsx, .html, .htm,
// .vue, .svelte) as scripts.
//
// A directory is walked recursively, in lexical order, for files ending in
// .har, .http, .txt, .dump or .headers and the source endings
// (case-insensitively), leaving out .git, node_modules, vendor, dist and
// build (unless opts.IncludeVendor), test code (unless opts.IncludeTests)
// and what git ignores. A source file is
// told by its ending; any other file named directly is read whatever its
// name, its format told from the content: a file whose first non-blank byte
// is '{' (or '[') is read as HAR, one whose first line other than '#'
// comments ("# url: ...") is an HTTP status line as a dump. Met while
// walking, a file not ending in .har that is no dump (robots.txt, a
// licence) is passed over silently. A file named twice is read once.
//
// Each file that cannot be read completely, and each path that cannot be
// read at all, gets one TargetError with a one-line reason ("no such file",
// "empty file", "binary file, not a HAR or HTTP response dump",
// "entry 3: missing response; ...", ...); the responses read from a file
// before its problem are kept, and the other files are still read. When ctx
// is cancelled, reading stops, and the file being read and every path not
// yet read get a TargetError wrapping ctx's error. The path "-" is
// opts.Stdin, when set, read as one HAR capture or dump named StdinName.
func LoadFiles(ctx context.Context, paths []string, opts LoadOptions) *evidence.Evidence {
	l := &loader{ctx: ctx, opts: opts, ev: &evidence.Evidence{}, seen: map[string]bool{}, workers: make(chan struct{}, runtime.GOMAXPROCS(0))}
	for _, p := range paths {
		l.path(p)
	}
	l.settle()
	return l.ev
}

// LoadOptions change what LoadFiles reads.
type LoadOptions struct {
	// IncludeVendor walks into node_modules, vendor, dist and build too.
	IncludeVendor bool
	// Responses, when set, receives each response as it is read, in order,
	// instead of Evidence.Responses: a capture of any size is then read in
	// bounded memory.
	Responses func(*evidence.Response)
	// MaxBodyBytes bounds every string of a HAR file (a body in
	// content.text above all): longer ones are cut, and a limit says how
	// many. Zero means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// IncludeTests walks into test, tests, __tests__, spec, e2e, cypress,
	// examples, stories and fixtures, and reads *.test.*, *.spec.* and
	// *.stories.* files, which a walk otherwise leaves out.
	IncludeTests bool
	// Stdin is read, as one HAR capture or response dump, for the path "-".
	Stdin io.Reader
	// Scripts, when set, receives each script of a source file as soon as
	// it is read, from the goroutine that read it: source files are read
	// several at a time, so it must be safe for concurrent use. The scripts
	// are in Evidence.Scripts too, in order.
	Scripts func(*evidence.Script)
}

// loader holds the state of one LoadFiles call.
type loader struct {
	ctx  context.Context
	opts LoadOptions
	ev   *evidence.Evidence
	seen map[string]bool // cleaned paths of the files read
	// reading are the source files being read, in the order met; what
	// each gives joins ev in that order (see readSource).
	reading []*sourceRead
	// workers holds a token for each source file being read at once.
	workers chan struct{}
	// readAhead counts the bytes of the source files read but not yet
	// joined to ev.
	readAhead atomic.Int64
	// sourceBytes counts the bytes of the source files this loader read.
	sourceBytes int64
}

func (l *loader) fail(target string, err error) {
	l.settle()
	l.ev.Errors = append(l.ev.Errors, &evidence.TargetError{Target: target, Err: err})
}

func (l *loader) path(p string) {
	if err := l.ctx.Err(); err != nil {
		l.fail(p, err)
		return
	}
	if p == "-" && l.opts.Stdin != nil {
		if !l.seen[p] {
			l.seen[p] = true
			l.settle()
			l.read(StdinName, l.opts.Stdin, false)
		}
		return
	}
	fi, err := os.Stat(p)
	if err != nil {
		l.fail(p, osReason(err))
		return
	}
	if !fi.IsDir() {
		l.file(p, false)
		return
	}
	found, failed := false, false
	ignored := gitIgnored(l.ctx, p)
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			failed = true
			l.fail(path, osReason(err))
			return nil // WalkDir then skips what it could not read
		}
		if err := l.ctx.Err(); err != nil {
			return err
		}
		if d.IsDir() {
			if path != p && l.skipDir(d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if !slices.Contains(walkExtensions, strings.ToLower(filepath.Ext(path))) && !isSource(path) || ignored(path) ||
			!l.opts.IncludeTests && isTestFile(d.Name()) {
			return nil
		}
		if !d.Type().IsRegular() {
			// A symbolic link to a file is read; sockets, devices and links
			// to directories are not.
			fi, err := os.Stat(path)
			if err != nil || !fi.Mode().IsRegular() {
				return nil
			}
		}
		if l.file(path, true) {
			found = true
		}
		return nil
	})
	switch {
	case err != nil:
		l.fail(p, fmt.Errorf("directory not fully read: %w", err))
	case !found && !failed:
		l.fail(p, errors.New("no HAR, response dump or front-end source file in directory"))
	}
}

// file reads one file into l.ev and reports whether it was taken as
// evidence. A file named directly is read whatever its name; a file met while
// walking a directory and not ending in .har is read only when it is a
// response dump, so that robots.txt or LICENSE.txt in a web folder is passed
// over without a word.
func (l *loader) file(p string, walked bool) bool {
	if l.seen[filepath.Clean(p)] {
		return true
	}
	l.seen[filepath.Clean(p)] = true
	if err := l.ctx.Err(); err != nil {
		l.fail(p, err)
		return true
	}
	if isSource(p) {
		l.ev.Stats.Files++
		l.readSource(p)
		return true
	}
	l.settle()
	f, stop, err := openInterruptible(l.ctx, p)
	if err != nil {
		l.fail(p, osReason(err))
		return true
	}
	defer f.Close()
	defer stop()
	return l.read(p, f, walked)
}

// StdinName names standard input, read for the path "-", in findings and errors.
const StdinName = "stdin"

// read takes the content of one file, named p, as evidence and reports
// whether it was taken (see file).
func (l *loader) read(p string, r io.Reader, walked bool) bool {
	br := bufio.NewReaderSize(ctxReader{ctx: l.ctx, r: r}, 64<<10)
	format, err := sniff(br)
	if walked && format != dumpFormat && !strings.EqualFold(filepath.Ext(p), ".har") && l.ctx.Err() == nil {
		return false
	}
	if err != nil {
		l.fail(p, err)
		return true
	}
	l.ev.Stats.Files++
	var src io.Reader = br
	var cut *jsonStringCap
	if format != dumpFormat {
		cut = &jsonStringCap{r: br, max: cmp.Or(l.opts.MaxBodyBytes, DefaultMaxBodyBytes)}
		src = cut
	}
	capped := 0
	keep := func(r *evidence.Response) error {
		// As in a crawl, the lines of one response past the bound are left out.
		if len(r.SetCookie) > maxSetCookieLines {
			capped++
			r.SetCookie = r.SetCookie[:maxSetCookieLines]
			r.SetCookieLine = r.SetCookieLine[:min(len(r.SetCookieLine), maxSetCookieLines)]
		}
		if l.opts.Responses != nil {
			l.opts.Responses(r)
		} else {
			l.ev.Responses = append(l.ev.Responses, r)
		}
		return nil
	}
	if format == dumpFormat {
		err = ReadDump(src, p, keep)
	} else {
		var h *harReader
		// Scripts of the capture are placed by their URLs, as crawled ones are.
		bodies := newHARBodies(func(sc *evidence.Script) { l.ev.Scripts = append(l.ev.Scripts, sc) })
		h, err = readHAR(src, p, keep, bodies)
		if h.requests > 0 && !h.sawCookies {
			l.ev.Warnings = append(l.ev.Warnings, p+": "+sanitizedWarning)
		}
		if bodies.dropped > 0 {
			l.ev.Limits = append(l.ev.Limits, fmt.Sprintf("max script text: %s: %d scripts past the first %d MB of script text were not analysed", p, bodies.dropped, maxHARScriptBytes>>20))
		}
	}
	if err != nil {
		l.fail(p, err)
	}
	if capped > 0 {
		l.ev.Limits = append(l.ev.Limits, fmt.Sprintf("max Set-Cookie lines: %s: %d responses had more than %d, the rest were left out", p, capped, maxSetCookieLines))
	}
	if cut != nil && cut.cut > 0 {
		l.ev.Limits = append(l.ev.Limits, fmt.Sprintf("max body: %s: %d strings longer than %d bytes were cut", p, cut.cut, cut.max))
	}
	return true
}

// jsonStringCap passes JSON through, cutting every string at max bytes, so
// that decoding a HAR entry whose body is of any size holds at most max
// bytes of it. It never cuts inside an escape sequence, so the JSON stays
// valid; byte offsets past a cut are those of the shortened stream.
type jsonStringCap struct {
	r   io.Reader
	max int64
	cut int // strings cut

	inString bool
	escape   int   // bytes left of an escape sequence
	n        int64 // bytes of the current string kept
	dropping bool  // past max in the current string
	buf      []byte
}

func (c *jsonStringCap) Read(p []byte) (int, error) {
	if cap(c.buf) < len(p) {
		c.buf = make([]byte, len(p))
	}
	for {
		n, err := c.r.Read(c.buf[:len(p)])
		out := 0
		for _, b := range c.buf[:n] {
			if c.step(b) {
				p[out] = b
				out++
			}
		}
		if out > 0 || err != nil {
			return out, err
		}
	}
}

// step reads one byte and reports whether to pass it on.
func (c *jsonStringCap) step(b byte) bool {
	if !c.inString {
		if b == '"' {
			c.inString, c.n, c.dropping = true, 0, false
		}
		return true
	}
	switch {
	case c.escape > 0:
		c.escape--
		if c.escape == 0 && b == 'u' {
			c.escape = 4
		}
	case b == '\\':
		c.escape = 1
	case b == '"':
		c.inString = false
		return true
	case c.n >= c.max && !c.dropping:
		c.dropping = true
		c.cut++
	}
	if c.dropping {
		return false
	}
	c.n++
	return true
}

// fileFormat is what sniff finds a file to be.
type fileFormat int

const (
	unknownFormat fileFormat = iota
	harFormat
	dumpFormat
)

// sniff tells the format of a file from its start, without consuming it.
func sniff(br *bufio.Reader) (fileFormat, error) {
	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) {
		return unknownFormat, fmt.Errorf("reading: %w", err)
	}
	full := len(head) == sniffLen
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return unknownFormat, errors.New("UTF-16 text, not a HAR or HTTP response dump: convert the file to UTF-8")
	}
	text := leadingText(head)
	if len(text) == 0 && full {
		// Only whitespace so far: look further before calling the file empty.
		head, err = br.Peek(br.Size())
		if err != nil && !errors.Is(err, io.EOF) {
			return unknownFormat, fmt.Errorf("reading: %w", err)
		}
		text = leadingText(head)
		full = len(head) == br.Size()
	}
	switch {
	case len(text) == 0 && !full:
		return unknownFormat, errors.New("empty file")
	case len(text) > 0 && (text[0] == '{' || text[0] == '['):
		// A JSON array is no HAR either, but ReadHAR says so precisely.
		return harFormat, nil
	case isDump(br, text, full):
		return dumpFormat, nil
	case isBinary(head, full):
		return unknownFormat, errors.New("binary file, not a HAR or HTTP response dump")
	}
	return unknownFormat, errors.New("not a HAR file or HTTP response dump")
}

// isDump reports whether the file whose start is text is a response dump,
// looking further into br when the start is all comments.
func isDump(br *bufio.Reader, text []byte, full bool) bool {
	dump, decided := looksLikeDump(text)
	if decided || !full {
		return dump
	}
	head, _ := br.Peek(br.Size())
	dump, _ = looksLikeDump(leadingText(head))
	return dump
}

// leadingText is head less a byte order mark and leading whitespace.
func leadingText(head []byte) []byte {
	return bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
}

// looksLikeDump reports whether text, the start of a file less leading
// whitespace, is '#' comment lines and then an HTTP status line; decided is
// false when text ends before a line other than a comment.
func looksLikeDump(text []byte) (dump, decided bool) {
	for len(text) > 0 {
		line, rest, complete := bytes.Cut(text, []byte("\n"))
		line = bytes.TrimSpace(line)
		switch {
		case len(line) == 0 || line[0] == '#':
			if !complete {
				return false, false
			}
		default:
			_, _, ok := parseStatusLine(line)
			return ok, true
		}
		text = rest
	}
	return false, false
}

// isBinary reports whether head, the start of a file (full when the file
// goes on after it), has NUL bytes or is not UTF-8.
func isBinary(head []byte, full bool) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	if full {
		// The cut may fall inside a character: drop an incomplete last one.
		for i := 1; i < utf8.UTFMax && i <= len(head); i++ {
			if utf8.RuneStart(head[len(head)-i]) {
				if !utf8.FullRune(head[len(head)-i:]) {
					head = head[:len(head)-i]
				}
				break
			}
		}
	}
	return !utf8.Valid(head)
}

// osReason shortens an error from the file system to its reason: the
// TargetError already names the path.
func osReason(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &reasonError{reason: "no such file", err: err}
	case errors.Is(err, fs.ErrPermission):
		return &reasonError{reason: "permission denied", err: err}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// reasonError is an error shown as a short reason that still wraps the
// original, so that errors.Is(err, fs.ErrNotExist) holds.
type reasonError struct {
	reason string
	err    error
}

func (e *reasonError) Error() string { return e.reason }

func (e *reasonError) Unwrap() error { return e.err }

// openInterruptible opens path for reading until ctx ends. Opening a named
// pipe waits for a writer, so it runs aside; and reads of a pipe wait for
// data, so ctx's end also sets a read deadline, which ends them.
// The returned stop releases what ties the file to ctx; call it before Close.
func openInterruptible(ctx context.Context, path string) (f *os.File, stop func() bool, err error) {
	type opened struct {
		f   *os.File
		err error
	}
	done := make(chan opened)
	go func() {
		if ctx.Err() != nil {
			return // already abandoned: do not wait for a writer nobody will unblock
		}
		f, err := os.Open(path)
		select {
		case done <- opened{f, err}:
		case <-ctx.Done():
			if f != nil {
				f.Close()
			}
		}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			return nil, nil, o.err
		}
		stop := context.AfterFunc(ctx, func() { o.f.SetReadDeadline(time.Now()) })
		return o.f, stop, nil
	case <-ctx.Done():
		unblockOpen(path)
		return nil, nil, ctx.Err()
	}
}

// ctxReader fails reads once its context is done, so that a long file stops
// being read soon after cancellation, and reports a read that the context's
// end cut short (see openInterruptible) as the context's error.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := c.r.Read(p)
	if err != nil && c.ctx.Err() != nil {
		return n, c.ctx.Err()
	}
	return n, err
}

// countingReader counts the bytes read through it, for error positions.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// skipBOM returns r less a leading UTF-8 byte order mark, which Windows
// tools write and encoding/json rejects, and the length of what it dropped.
func skipBOM(r io.Reader) (io.Reader, int64, error) {
	head := make([]byte, len(utf8BOM))
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, 0, err
	}
	if bytes.Equal(head[:n], utf8BOM) {
		return r, int64(n), nil
	}
	return io.MultiReader(bytes.NewReader(head[:n]), r), 0, nil
}

// maxListedErrors caps how many problems of one file an error lists, so
// that a broken export of thousands of entries gives a readable message.
const maxListedErrors = 5

// errList collects the problems of one file that did not stop its reading.
type errList struct {
	noun string // what the problems are, for "and N more ..."
	errs []error
	more int
}

func (l *errList) add(err error) {
	if len(l.errs) < maxListedErrors {
		l.errs = append(l.errs, err)
		return
	}
	l.more++
}

// join returns the problems followed by stop, the error that stopped the
// reading (nil if none), as one error; nil if there is nothing.
func (l *errList) join(stop error) error {
	if len(l.errs) == 0 {
		return stop
	}
	return &fileErrors{errs: l.errs, more: l.more, noun: l.noun, stop: stop}
}

// fileErrors is like errors.Join but on one line, as TargetError wants.
type fileErrors struct {
	errs []error
	more int
	noun string
	stop error
}

func (e *fileErrors) Error() string {
	parts := make([]string, 0, len(e.errs)+2)
	for _, err := range e.errs {
		parts = append(parts, err.Error())
	}
	if e.more > 0 {
		parts = append(parts, fmt.Sprintf("and %d more %s", e.more, e.noun))
	}
	if e.stop != nil {
		parts = append(parts, e.stop.Error())
	}
	return strings.Join(parts, "; ")
}

func (e *fileErrors) Unwrap() []error {
	if e.stop == nil {
		return e.errs
	}
	return append(slices.Clip(e.errs), e.stop)
}
