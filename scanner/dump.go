package scanner

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/cookiescan/cookiescan/evidence"
)

// maxHeaderLine is the longest header line ReadDump accepts. Servers reject
// far shorter ones (8 to 64 KiB); the bound keeps a body without newlines
// from being held in memory.
const maxHeaderLine = 1 << 20

// ReadDump reads HTTP responses as dumped by curl (curl -i, curl -sD -,
// curl -sSIL; with or without -L, so one file may hold a whole redirect
// chain) from r and calls fn with each, in file order.
//
// A response starts at a line such as "HTTP/1.1 200 OK", "HTTP/2 200" or
// "HTTP/3 302" (HTTP/, a version, a space and three digits). Its header lines
// follow up to a blank line; what comes after, up to the next status line, is
// a body and is skipped without being held. Lines may end in CRLF or LF;
// header names are case-insensitive, values are trimmed, and a line starting
// with a space or tab (obsolete folding) continues the previous header.
// Interim responses (1xx other than 101) and a proxy's
// "200 Connection established" are skipped.
//
// A dump does not say which URL was requested. Lines before the first status
// line may be blank or comments starting with '#', and the comment
//
//	# url: https://host/path
//
// gives the request URL of the first response; without it URL is "" (and so
// TLS is false). The same comment after a response's body gives the URL of
// the next response, so that one file can hold a whole browsing session. The Location header of a 3xx response gives the URL of the
// next response in the file (resolved against the current URL when that is
// known), which gets Hop one more than the current one and From its URL; a
// response after any other response starts a new chain with URL "".
//
// Each Response has Line set to the line of its status line and
// SetCookieLine to the line of each Set-Cookie header (1-based), File set to
// name and Entry -1. A response with a malformed header line, or one longer
// than 1 MiB, is skipped and reported, and reading goes on: the returned
// error lists those problems by line, followed by any error that stopped the
// reading. An error returned by fn stops the reading and is returned (joined
// with those). Errors do not name the file: callers add that.
func ReadDump(r io.Reader, name string, fn func(*evidence.Response) error) error {
	body, _, err := skipBOM(r)
	if err != nil {
		return fmt.Errorf("reading line 1: %w", err)
	}
	d := &dumpReader{
		lr:   lineReader{br: bufio.NewReaderSize(body, 64<<10)},
		name: name,
		fn:   fn,
		errs: errList{noun: "problems"},
	}
	return d.errs.join(d.read())
}

// dumpReader holds the state of one ReadDump call.
type dumpReader struct {
	lr   lineReader
	name string
	fn   func(*evidence.Response) error
	errs errList

	// What the next final response continues: set by a 3xx with Location.
	nextURL  string
	nextHop  int
	nextFrom string

	cur      *dumpResponse // the response whose headers are being read
	sawReply bool          // a status line was seen
}

// dumpResponse is a response being read.
type dumpResponse struct {
	resp    *evidence.Response
	skip    bool // interim or proxy response: read but not reported
	headers []dumpHeader
	err     error // the first problem; the response is then not reported
}

type dumpHeader struct {
	name, value string
	line        int
}

func (d *dumpReader) read() error {
	const (
		preamble = iota
		inHeaders
		inBody
	)
	state := preamble
	sawText := false
	for {
		line, long, err := d.lr.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("reading line %d: %w", d.lr.n+1, err)
		}
		n := d.lr.n
		blank := len(bytes.Trim(line, " \t")) == 0 && !long
		sawText = sawText || !blank
		if code, reason, ok := parseStatusLine(line); ok {
			if err := d.finish(); err != nil {
				return err
			}
			d.start(n, code, reason, long)
			state = inHeaders
			continue
		}
		switch state {
		case preamble:
			if blank {
				continue
			}
			if line[0] == '#' {
				d.comment(n, line)
				continue
			}
			return fmt.Errorf("line %d: expected an HTTP status line such as \"HTTP/1.1 200 OK\"", n)
		case inHeaders:
			if blank {
				if err := d.finish(); err != nil {
					return err
				}
				state = inBody
				continue
			}
			d.header(n, line, long)
		case inBody:
			if len(line) > 0 && line[0] == '#' {
				d.comment(n, line)
			}
		}
	}
	if err := d.finish(); err != nil {
		return err
	}
	if !d.sawReply {
		if !sawText {
			return errors.New("empty file")
		}
		return errors.New("no HTTP response found: no line such as \"HTTP/1.1 200 OK\"")
	}
	return nil
}

// comment handles a comment line before a response: "# url:" sets its URL.
func (d *dumpReader) comment(n int, line []byte) {
	rest := bytes.TrimLeft(line[1:], " \t")
	if len(rest) < 4 || !bytes.EqualFold(rest[:4], []byte("url:")) {
		return
	}
	raw := string(bytes.Trim(rest[4:], " \t"))
	u, err := url.Parse(raw)
	if err != nil || !u.IsAbs() || u.Host == "" {
		d.errs.add(fmt.Errorf("line %d: invalid URL in \"# url:\" comment: %s", n, quoteShort(raw)))
		d.nextURL = ""
		return
	}
	if raw != d.nextURL {
		// Not where the last redirect pointed: a new chain starts here.
		d.nextHop, d.nextFrom = 0, ""
	}
	d.nextURL = raw
}

// start begins a response at status line n.
func (d *dumpReader) start(n, code int, reason string, long bool) {
	d.sawReply = true
	resp := &evidence.Response{
		URL:           d.nextURL,
		Status:        code,
		TLS:           isSecureURL(d.nextURL),
		Header:        http.Header{},
		SetCookie:     []string{},
		SetCookieLine: []int{},
		Hop:           d.nextHop,
		From:          d.nextFrom,
		File:          d.name,
		Line:          n,
		Entry:         -1,
	}
	d.cur = &dumpResponse{
		resp: resp,
		skip: code >= 100 && code < 200 && code != http.StatusSwitchingProtocols ||
			code == http.StatusOK && strings.EqualFold(reason, "Connection established"),
	}
	switch {
	case long:
		d.cur.fail(fmt.Errorf("line %d: status line longer than %d bytes", n, maxHeaderLine))
	case code < 100:
		d.cur.fail(fmt.Errorf("line %d: invalid status code %03d", n, code))
	}
}

// header adds header line n to the current response.
func (d *dumpReader) header(n int, line []byte, long bool) {
	c := d.cur
	if long {
		c.fail(fmt.Errorf("line %d: header line longer than %d bytes", n, maxHeaderLine))
		return
	}
	if line[0] == ' ' || line[0] == '\t' {
		if len(c.headers) == 0 {
			c.fail(fmt.Errorf("line %d: continuation line before any header", n))
			return
		}
		last := &c.headers[len(c.headers)-1]
		last.value = strings.TrimSpace(last.value + " " + string(bytes.Trim(line, " \t")))
		return
	}
	colon := bytes.IndexByte(line, ':')
	if colon < 0 {
		c.fail(fmt.Errorf("line %d: malformed header line: no colon", n))
		return
	}
	name := bytes.TrimRight(line[:colon], " \t")
	if len(name) == 0 || bytes.ContainsAny(name, " \t") {
		c.fail(fmt.Errorf("line %d: malformed header name %s", n, quoteShort(string(name))))
		return
	}
	c.headers = append(c.headers, dumpHeader{
		name:  string(name),
		value: string(bytes.Trim(line[colon+1:], " \t")),
		line:  n,
	})
}

// fail records the first problem of a response.
func (c *dumpResponse) fail(err error) {
	if c.err == nil {
		c.err = err
	}
}

// finish completes the current response, if any: reports it (or its
// problem) and sets where the next response continues the chain.
func (d *dumpReader) finish() error {
	c := d.cur
	if c == nil {
		return nil
	}
	d.cur = nil
	resp := c.resp
	for _, h := range c.headers {
		resp.Header.Add(h.name, h.value)
		if isSetCookie(h.name) {
			resp.SetCookie = append(resp.SetCookie, h.value)
			resp.SetCookieLine = append(resp.SetCookieLine, h.line)
		}
	}
	if c.skip {
		if c.err != nil {
			d.errs.add(c.err)
		}
		return nil
	}
	// The chain goes on past a bad response: its hop did happen.
	d.nextURL, d.nextHop, d.nextFrom = "", 0, ""
	if loc := resp.Header.Get("Location"); loc != "" && resp.Status >= 300 && resp.Status <= 399 {
		d.nextURL, d.nextHop, d.nextFrom = resolveLocation(resp.URL, loc), resp.Hop+1, resp.URL
	}
	if c.err != nil {
		d.errs.add(c.err)
		return nil
	}
	return d.fn(resp)
}

// resolveLocation returns the URL a Location header leads to from base, or
// "" when that is unknown: a relative Location with no base, or one that
// does not parse.
func resolveLocation(base, loc string) string {
	ref, err := url.Parse(loc)
	if err != nil {
		return ""
	}
	ref.Fragment, ref.RawFragment = "", "" // never part of a request URL
	if base == "" {
		if !ref.IsAbs() || ref.Host == "" {
			return ""
		}
		return ref.String()
	}
	b, err := url.Parse(base)
	if err != nil {
		return ""
	}
	return b.ResolveReference(ref).String()
}

// isSecureURL reports whether a request to raw went over TLS; false when raw is unknown.
func isSecureURL(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && secureScheme(u.Scheme)
}

// parseStatusLine recognises a status line, `HTTP/\d(\.\d)? \d{3}` followed
// by the end of the line or whitespace and a reason phrase.
func parseStatusLine(line []byte) (code int, reason string, ok bool) {
	rest, found := bytes.CutPrefix(line, []byte("HTTP/"))
	if !found || len(rest) == 0 || !isDigit(rest[0]) {
		return 0, "", false
	}
	rest = rest[1:]
	if len(rest) >= 2 && rest[0] == '.' && isDigit(rest[1]) {
		rest = rest[2:]
	}
	if len(rest) < 4 || rest[0] != ' ' || !isDigit(rest[1]) || !isDigit(rest[2]) || !isDigit(rest[3]) {
		return 0, "", false
	}
	code = int(rest[1]-'0')*100 + int(rest[2]-'0')*10 + int(rest[3]-'0')
	rest = rest[4:]
	if len(rest) > 0 && rest[0] != ' ' && rest[0] != '\t' {
		return 0, "", false
	}
	return code, string(bytes.Trim(rest, " \t")), true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// lineReader reads lines of at most maxHeaderLine bytes, whatever their
// real length, counting them.
type lineReader struct {
	br  *bufio.Reader
	n   int // lines returned so far
	buf []byte
}

// next returns the next line without its line ending. long reports that the
// line was longer than maxHeaderLine: line then holds only its start, and the
// rest was read and dropped. After the last line next returns io.EOF.
func (l *lineReader) next() (line []byte, long bool, err error) {
	l.buf = l.buf[:0]
	for {
		chunk, err := l.br.ReadSlice('\n')
		if room := maxHeaderLine - len(l.buf); len(chunk) > room {
			chunk, long = chunk[:room], true
		}
		l.buf = append(l.buf, chunk...)
		switch {
		case err == nil:
			l.n++
			return trimEOL(l.buf), long, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(l.buf) == 0 {
				return nil, false, io.EOF
			}
			l.n++
			return trimEOL(l.buf), long, nil
		default:
			return nil, false, err
		}
	}
}

// trimEOL drops a trailing LF or CRLF.
func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}
