package scanner

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strings"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/scanner/extract"
)

// redirectWindow is how many entries after a 3xx entry may hold the request
// that followed the redirect: browsers list entries by start time, so other
// requests of the page can come between a redirect and its follow-up.
const redirectWindow = 64

// ReadHAR reads a HAR 1.2 file (as exported by Chrome, Firefox, Playwright
// and others) from r and calls fn with one Response per entry, in file order.
//
// The file is streamed: entries are decoded one at a time and bodies
// (response.content) are never kept, so memory stays bounded by the largest
// single entry rather than by the file.
//
// Each Response has Entry set to its index in log.entries, File set to name,
// Line 0 and one 0 in SetCookieLine per SetCookie value. Set-Cookie values
// that Chrome folds into one header with newlines are split. A request that
// follows a 3xx entry to its redirect target (the response's redirectURL, or
// its Location header, resolved against the request URL), within the next
// redirectWindow entries, gets Hop one more than that entry and From its URL.
//
// Entries for which no response was received (status 0 from Chrome and
// Firefox, -1 from Playwright: blocked, cancelled or failed requests) are
// skipped silently. Entries that lack what a response needs are skipped too
// and reported: the rest of the file is still read, and the returned error
// names the bad entries (numbered from 0, as in log.entries[N]) followed by
// any error that stopped the reading. An error returned by fn stops the
// reading and is returned (joined with those). Errors do not name the file:
// callers add that.
func ReadHAR(r io.Reader, name string, fn func(*evidence.Response) error) error {
	_, err := readHAR(r, name, fn, nil)
	return err
}

// readHAR is ReadHAR, also returning what the reader saw of the capture.
func readHAR(r io.Reader, name string, fn func(*evidence.Response) error, bodies *harBodies) (*harReader, error) {
	cr := &countingReader{r: r}
	h := &harReader{
		cr:     cr,
		name:   name,
		fn:     fn,
		errs:   errList{noun: "bad entries"},
		bodies: bodies,
	}
	body, bom, err := skipBOM(cr)
	if err != nil {
		return h, fmt.Errorf("reading at byte %d: %w", cr.n, err)
	}
	h.dec, h.bom = json.NewDecoder(body), bom
	return h, h.errs.join(h.read())
}

// sanitizedWarning is given for a HAR with requests but no cookie anywhere.
const sanitizedWarning = "has requests but no Cookie or Set-Cookie header: probably a sanitized export " +
	"(Chrome 130 and later leave cookies out by default); in DevTools' Network panel, export with " +
	"\"Save all as HAR (with sensitive data)\", after enabling \"Allow to generate HAR with sensitive data\" in Settings > Preferences > Network"

// harReader holds the state of one ReadHAR call.
type harReader struct {
	dec  *json.Decoder
	cr   *countingReader
	bom  int64 // bytes of byte order mark that the decoder did not see
	name string
	fn   func(*evidence.Response) error

	sawEntries bool
	index      int  // index of the next entry in log.entries
	requests   int  // entries with a request
	sawCookies bool // a Cookie or Set-Cookie header, or a cookies list, in any entry
	pending    []pendingRedirect
	// bodies, when set, reads the HTML and JavaScript response bodies.
	bodies *harBodies
	errs   errList
}

// pendingRedirect is a 3xx response whose follow-up request has not been seen yet.
type pendingRedirect struct {
	target string // normalised by redirectKey
	resp   *evidence.Response
}

// harEntry holds only what ReadHAR needs from an entry: encoding/json skips
// the other fields without allocating them. The body (content.text) is
// decoded one entry at a time, each string already cut at the size bound,
// and dropped once its scripts are taken.
type harEntry struct {
	Request *struct {
		Method  string      `json:"method"`
		URL     *string     `json:"url"`
		Headers []harHeader `json:"headers"`
		Cookies []struct{}  `json:"cookies"`
	} `json:"request"`
	Response *struct {
		Status      *int        `json:"status"`
		Headers     []harHeader `json:"headers"`
		Cookies     []struct{}  `json:"cookies"`
		RedirectURL string      `json:"redirectURL"`
		Content     *harContent `json:"content"`
	} `json:"response"`
}

// mentionsCookies reports whether the entry carries any cookie.
func (e *harEntry) mentionsCookies() bool {
	named := func(hs []harHeader) bool {
		return slices.ContainsFunc(hs, func(h harHeader) bool {
			return h.Name != nil && (strings.EqualFold(strings.TrimSpace(*h.Name), "cookie") || isSetCookie(strings.TrimSpace(*h.Name)))
		})
	}
	return e.Request != nil && (len(e.Request.Cookies) > 0 || named(e.Request.Headers)) ||
		e.Response != nil && (len(e.Response.Cookies) > 0 || named(e.Response.Headers))
}

type harHeader struct {
	Name  *string `json:"name"`
	Value string  `json:"value"`
}

func (h *harReader) read() error {
	tok, err := h.dec.Token()
	if errors.Is(err, io.EOF) {
		return errors.New("empty file")
	}
	if err != nil {
		return h.jsonErr(err)
	}
	if tok != json.Delim('{') {
		return fmt.Errorf("not a HAR file: top-level value is %s", describeToken(tok))
	}
	sawLog := false
	for h.dec.More() {
		key, err := h.dec.Token()
		if err != nil {
			return h.jsonErr(err)
		}
		if key != "log" {
			if err := h.skip(); err != nil {
				return err
			}
			continue
		}
		sawLog = true
		if err := h.readLog(); err != nil {
			return err
		}
	}
	if _, err := h.dec.Token(); err != nil { // the closing '}'
		return h.jsonErr(err)
	}
	switch {
	case !sawLog:
		return errors.New("not a HAR file: missing log")
	case !h.sawEntries:
		return errors.New("not a HAR file: missing log.entries")
	}
	end := h.offset()
	if _, err := h.dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("unexpected data after the HAR object, which ends at byte %d", end)
	}
	return nil
}

func (h *harReader) readLog() error {
	tok, err := h.dec.Token()
	if err != nil {
		return h.jsonErr(err)
	}
	if tok != json.Delim('{') {
		return fmt.Errorf("not a HAR file: log is %s", describeToken(tok))
	}
	for h.dec.More() {
		key, err := h.dec.Token()
		if err != nil {
			return h.jsonErr(err)
		}
		if key != "entries" {
			if err := h.skip(); err != nil {
				return err
			}
			continue
		}
		h.sawEntries = true
		if err := h.readEntries(); err != nil {
			return err
		}
	}
	if _, err := h.dec.Token(); err != nil { // the closing '}'
		return h.jsonErr(err)
	}
	return nil
}

func (h *harReader) readEntries() error {
	tok, err := h.dec.Token()
	if err != nil {
		return h.jsonErr(err)
	}
	if tok != json.Delim('[') {
		return fmt.Errorf("not a HAR file: log.entries is %s", describeToken(tok))
	}
	for h.dec.More() {
		i := h.index
		h.index++
		var e *harEntry
		if err := h.dec.Decode(&e); err != nil {
			// A type error leaves the decoder after the entry: go on with the next.
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				h.errs.add(fmt.Errorf("entry %d: %s", i, describeTypeError(te)))
				continue
			}
			var se *json.SyntaxError
			if errors.As(err, &se) {
				return fmt.Errorf("invalid JSON in entry %d, which starts at byte %d: %s", i, h.valueStart(), se.Error())
			}
			return h.jsonErr(err)
		}
		if e != nil && e.Request != nil {
			h.requests++
			h.sawCookies = h.sawCookies || e.mentionsCookies()
		}
		resp, err := h.response(i, e)
		if err != nil {
			h.errs.add(err)
			continue
		}
		if resp == nil {
			continue
		}
		if h.bodies != nil {
			u, _ := url.Parse(resp.URL)
			h.bodies.entry(resp, u, e.Response.Content)
		}
		if err := h.fn(resp); err != nil {
			return err
		}
	}
	if _, err := h.dec.Token(); err != nil { // the closing ']'
		return h.jsonErr(err)
	}
	return nil
}

// response builds the Response of entry i, or returns nil for an entry
// that never got a response.
func (h *harReader) response(i int, e *harEntry) (*evidence.Response, error) {
	switch {
	case e == nil:
		return nil, fmt.Errorf("entry %d: null", i)
	case e.Request == nil:
		return nil, fmt.Errorf("entry %d: missing request", i)
	case e.Request.URL == nil:
		return nil, fmt.Errorf("entry %d: missing request.url", i)
	case e.Response == nil:
		return nil, fmt.Errorf("entry %d: missing response", i)
	case e.Response.Status == nil:
		return nil, fmt.Errorf("entry %d: missing response.status", i)
	}
	status := *e.Response.Status
	if status <= 0 {
		return nil, nil
	}
	if status < 100 || status > 999 {
		return nil, fmt.Errorf("entry %d: invalid response.status %d", i, status)
	}
	rawURL := *e.Request.URL
	u, err := url.Parse(rawURL)
	if err != nil || !u.IsAbs() {
		return nil, fmt.Errorf("entry %d: invalid request.url %s", i, quoteShort(rawURL))
	}
	if e.Response.Headers == nil {
		return nil, fmt.Errorf("entry %d: missing response.headers", i)
	}
	resp := &evidence.Response{
		URL:           rawURL,
		Method:        e.Request.Method,
		Status:        status,
		TLS:           secureScheme(u.Scheme),
		Header:        make(http.Header, len(e.Response.Headers)),
		SetCookie:     []string{},
		SetCookieLine: []int{},
		File:          h.name,
		Entry:         i,
		// A request to a logout URL is judged as the crawl's logout probe.
		Logout: extract.IsLogout(u.Path),
	}
	for j, hd := range e.Response.Headers {
		if hd.Name == nil || strings.TrimSpace(*hd.Name) == "" {
			return nil, fmt.Errorf("entry %d: response.headers[%d] has no name", i, j)
		}
		name := strings.TrimSpace(*hd.Name)
		if !isSetCookie(name) {
			resp.Header.Add(name, strings.TrimSpace(hd.Value))
			continue
		}
		// Chrome folds several Set-Cookie headers into one value joined by
		// newlines; empty pieces are artefacts of that folding.
		values := strings.Split(hd.Value, "\n")
		for _, v := range values {
			v = strings.TrimSpace(v)
			if v == "" && len(values) > 1 {
				continue
			}
			resp.Header.Add(name, v)
			resp.SetCookie = append(resp.SetCookie, v)
			resp.SetCookieLine = append(resp.SetCookieLine, 0)
		}
	}
	h.link(i, u, resp, e.Response.RedirectURL)
	return resp, nil
}

// link sets Hop and From of resp when it follows a pending redirect, and
// records resp as pending when it redirects.
func (h *harReader) link(i int, u *url.URL, resp *evidence.Response, redirectURL string) {
	for len(h.pending) > 0 && h.pending[0].resp.Entry < i-redirectWindow {
		h.pending = h.pending[1:]
	}
	key := redirectKey(u)
	for j, p := range h.pending {
		if p.target == key {
			resp.Hop = p.resp.Hop + 1
			resp.From = p.resp.URL
			resp.Logout = resp.Logout || p.resp.Logout
			h.pending = slices.Delete(h.pending, j, j+1)
			break
		}
	}
	if resp.Status < 300 || resp.Status > 399 {
		return
	}
	target := strings.TrimSpace(redirectURL)
	if target == "" {
		target = resp.Header.Get("Location")
	}
	if target == "" {
		return
	}
	ref, err := url.Parse(target)
	if err != nil {
		return
	}
	h.pending = append(h.pending, pendingRedirect{target: redirectKey(u.ResolveReference(ref)), resp: resp})
}

// redirectKey normalises a URL for matching a redirect target with a later
// request URL: browsers drop the fragment and lower-case the host.
func redirectKey(u *url.URL) string {
	c := *u
	c.Fragment, c.RawFragment = "", ""
	c.Host = strings.ToLower(c.Host)
	return c.String()
}

// skip consumes one value token by token, so that skipping a large array
// (log.pages, or a JSON file that is not a HAR) never holds more than one token.
func (h *harReader) skip() error {
	depth := 0
	for {
		tok, err := h.dec.Token()
		if err != nil {
			return h.jsonErr(err)
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
	}
}

// offset is the position in the file (byte order mark included) up to which
// the decoder has consumed input.
func (h *harReader) offset() int64 { return h.bom + h.dec.InputOffset() }

// valueStart is where the value that a failed Decode was reading begins: the
// decoder is left before it, and before the whitespace that precedes it.
func (h *harReader) valueStart() int64 {
	off := h.offset()
	buf := h.dec.Buffered()
	var b [1]byte
	for {
		if _, err := buf.Read(b[:]); err != nil {
			return off
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n':
			off++
		default:
			return off
		}
	}
}

// jsonErr turns a decoder error into a one-line error with a position in
// the file. The position of a syntax error is where the decoder stands: the
// bad byte for structural errors, the start of the value for errors inside a
// string or number, as encoding/json does not say more.
func (h *harReader) jsonErr(err error) error {
	var se *json.SyntaxError
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("truncated JSON at byte %d", h.cr.n)
	case errors.As(err, &se):
		return fmt.Errorf("invalid JSON near byte %d: %s", h.offset(), se.Error())
	}
	return fmt.Errorf("reading at byte %d: %w", h.cr.n, err)
}

// describeToken names the JSON type of a token for error messages.
func describeToken(tok json.Token) string {
	switch tok {
	case json.Delim('{'):
		return "an object"
	case json.Delim('['):
		return "an array"
	case nil:
		return "null"
	}
	switch tok.(type) {
	case string:
		return "a string"
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	}
	return fmt.Sprintf("%v", tok)
}

// describeTypeError says in JSON terms which field of an entry had the wrong type.
func describeTypeError(te *json.UnmarshalTypeError) string {
	want := "a value"
	t := te.Type
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t != nil {
		switch t.Kind() {
		case reflect.Struct:
			want = "an object"
		case reflect.Slice:
			want = "an array"
		case reflect.String:
			want = "a string"
		case reflect.Int:
			want = "an integer"
		}
	}
	if te.Field == "" {
		return fmt.Sprintf("JSON %s, want %s", te.Value, want)
	}
	return fmt.Sprintf("%s is JSON %s, want %s", te.Field, te.Value, want)
}

// quoteShort quotes s for an error message, cut so that a data: URL of
// megabytes does not become the message.
func quoteShort(s string) string {
	const max = 200
	if len(s) > max {
		return fmt.Sprintf("%q…", s[:max])
	}
	return fmt.Sprintf("%q", s)
}

// isSetCookie reports whether a header name is Set-Cookie, in ASCII case
// folding only: strings.EqualFold alone would take "Set-Coo\u212Aie" (with a
// Kelvin sign), which no browser does.
func isSetCookie(name string) bool {
	return len(name) == len("Set-Cookie") && strings.EqualFold(name, "Set-Cookie")
}

// secureScheme reports whether a URL scheme implies TLS.
func secureScheme(scheme string) bool {
	return strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "wss")
}
