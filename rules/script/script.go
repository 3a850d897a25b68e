// Package script finds every read, write and delete of a cookie in JavaScript, with a real parser.
//
// Sources are parsed with github.com/tdewolff/parse/v2/js and the syntax tree
// is interpreted abstractly: constants are folded through bindings, string
// concatenation, template literals, small arithmetic, dates and calls into
// helper functions of the same script, so that a cookie's name and attributes
// are reported wherever the code makes them knowable. The package knows
// nothing of rules or severities; it only says what the code does.
//
// What is recognised:
//
//   - document.cookie (also through window/self/globalThis/top/parent,
//     aliases such as `var d = document`, `document["cookie"]`): assignments
//     are writes (or deletes when the folded string expires in the past or
//     has max-age <= 0), any other use is a read;
//   - the Cookie Store API (cookieStore.set/get/getAll/delete);
//   - js-cookie (Cookies.set/get/remove, withAttributes);
//   - jquery-cookie ($.cookie, jQuery.cookie, $.removeCookie);
//   - universal-cookie and react-cookie (new Cookies().set/get/remove,
//     useCookies() and its setCookie/removeCookie).
//
// Reads of document.cookie get a name from the usual getCookie idioms
// (split/find/startsWith, match or RegExp with the name, indexOf('name='),
// comparisons of a split part with a constant). A helper function of the
// script called with constant arguments is followed: the operation is
// reported at the call site, in the caller's function, with the arguments
// bound (getCookie('sid') is a read of "sid" where it is called). The
// helper's own operation is then dropped when every call made its name
// known; it stays when no call did. Expansion is bounded: four levels of
// helpers, a step budget, and folded strings of at most 8 KB.
package script

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

// OpKind says what an operation does to a cookie.
type OpKind string

// The kinds of operation.
const (
	Write  OpKind = "write"
	Delete OpKind = "delete"
	Read   OpKind = "read"
)

// API names the interface through which a cookie is touched.
type API string

// The APIs recognised.
const (
	DocumentCookie  API = "document.cookie"
	CookieStore     API = "cookieStore"
	JSCookie        API = "js-cookie"
	JQueryCookie    API = "jquery-cookie"
	UniversalCookie API = "universal-cookie"
)

// Op is one cookie operation found in a script.
type Op struct {
	Kind OpKind
	API  API
	// Name is the cookie name when known ("" when unknown, e.g. a read of
	// the whole of document.cookie); NameKnown tells the two "" apart.
	Name      string
	NameKnown bool
	// Value is the written value when it is constant ("" otherwise).
	Value string
	// Attributes, for document.cookie writes, is the folded string after
	// name=value ("; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT"); for a
	// library call it is the options rendered as Set-Cookie attributes,
	// also with a leading "; " ("; Path=/; Secure; SameSite=Lax;
	// Max-Age=3600"). Either way Name + "=" + Value + Attributes is a
	// Set-Cookie value. An attribute whose value is not knowable is left
	// out, and an expiry computed from the current time is rendered as
	// max-age (same meaning, stable output).
	Attributes string
	// Cookie is Name=Value+Attributes for a write or delete with a known
	// name, "" otherwise.
	Cookie string
	// Line and Col (1-based, Col in bytes) locate the operation: the
	// assignment, or the call. For an operation inside a helper followed
	// from a call with constant arguments, they locate that call.
	Line, Col int
	// Function names the enclosing functions, innermost first, joined by
	// "<"; "" at top level. Anonymous functions take the name of what they
	// are assigned to, or "EVENT handler on SELECTOR" when given to
	// addEventListener/on/onEVENT of a resolvable element; functions with no
	// name at all are left out of the chain.
	Function string
	// Logout is set when the operation sits in (or is reached only through
	// a call from) a function or handler whose name or bound element says
	// logout, log-out, log_out, signout, sign-out or logoff, or when the
	// whole script is bound to a logout control (Options.Logout).
	Logout bool
	// Snippet is the source text of the operation, whitespace runs folded
	// to one space, trimmed to 120 bytes.
	Snippet string
}

// Result is what Analyze found in one script.
type Result struct {
	Ops []Op
	// Parsed is false when the parser stopped on an error.
	Parsed bool
	// Err is the parse error, with the line and column, when there was
	// one; the operations found before it are still in Ops.
	Err error
	// Skipped is set when the prefilter found no mention of a cookie: the
	// script was not parsed.
	Skipped bool
}

// Options places a script in its file or page and says what it is bound to.
type Options struct {
	// Line and Col are where the source starts in its file or page
	// (1-based); 0 means 1. An inline script whose text starts at line 40,
	// column 9 of a page yields operations with page positions.
	Line, Col int
	// Logout says the whole script is bound to a logout control (the
	// onclick of a "Log out" button): every operation is Logout.
	Logout bool
}

// ParseError is a syntax error, positioned like the operations.
type ParseError struct {
	Line, Col int
	Msg       string
}

// Error implements error.
func (e *ParseError) Error() string {
	return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
}

// Mentions is the prefilter: it reports whether "cookie" appears in src in
// any ASCII case, which covers document.cookie, Cookies, cookieStore,
// $.cookie, removeCookie and useCookies. It does not allocate.
func Mentions(src string) bool {
	return mentions(src, strings.IndexByte)
}

// mentions finds "cookie" by its k, which is rare in code, with the
// vectorised IndexByte of strings or bytes.
func mentions[T string | []byte](src T, indexByte func(T, byte) int) bool {
	for _, k := range [2]byte{'k', 'K'} {
		for base := 0; base < len(src); {
			i := indexByte(src[base:], k)
			if i < 0 {
				break
			}
			p := base + i
			if p >= 3 && p+2 < len(src) &&
				lowerIs(src[p-3], 'c') && lowerIs(src[p-2], 'o') && lowerIs(src[p-1], 'o') &&
				lowerIs(src[p+1], 'i') && lowerIs(src[p+2], 'e') {
				return true
			}
			base = p + 1
		}
	}
	return false
}

func lowerIs(c, want byte) bool { return c|0x20 == want }

// Analyze finds the cookie operations of one script. It never panics and its
// work is bounded by the size of src.
func Analyze(src string, opts Options) (res *Result) {
	res = &Result{}
	if !Mentions(src) {
		res.Skipped = true
		return res
	}
	defer func() {
		// A last resort: every panic found is fixed, but a scanner must
		// not take its caller down with it.
		if r := recover(); r != nil {
			res.Ops = nil
			res.Parsed = false
			res.Err = fmt.Errorf("%w: %v", errInternal, r)
		}
	}()
	if opts.Line <= 0 {
		opts.Line = 1
	}
	if opts.Col <= 0 {
		opts.Col = 1
	}
	lines := lineStarts(src)
	text := src
	prog, perr := parseJS(text)
	if perr != nil {
		// JSX or TypeScript handed over as JavaScript: strip it and
		// try again before giving up on a full parse.
		if stripped, ok := StripTypeScript(src); ok && stripped != src {
			if p2, err2 := parseJS(stripped); err2 == nil {
				text, prog, perr = stripped, p2, nil
			}
		}
	}
	if perr != nil {
		line, col := perr.line, perr.col
		pl, pc := place(opts, line, col)
		res.Err = &ParseError{Line: pl, Col: pc, Msg: perr.msg}
		prog = recoverPrefix(text, offsetOf(lines, src, line, col))
	} else {
		res.Parsed = true
	}
	if prog == nil {
		return res
	}
	a := newAnalyzer(prog, src, opts)
	ops := a.run()
	res.Ops = make([]Op, 0, len(ops))
	for _, o := range ops {
		op := o.Op
		l, c := lineCol(lines, src, o.pos)
		op.Line, op.Col = place(opts, l, c)
		op.Snippet = snippet(src, o.pos)
		res.Ops = append(res.Ops, op)
	}
	return res
}

// place turns a position in the script into one in its file or page.
func place(opts Options, line, col int) (int, int) {
	if line == 1 {
		col += opts.Col - 1
	}
	return line + opts.Line - 1, col
}

// errInternal marks a panic turned into an error (a bug, never a property
// of the script).
var errInternal = errors.New("script: internal error")

// now is the reference for "an expiry in the past".
var now = time.Now

// sortOps orders operations by where they are reported, keeping the order
// of discovery for operations reported at the same call.
func sortOps(ops []*rawOp) {
	sort.SliceStable(ops, func(i, j int) bool { return ops[i].pos < ops[j].pos })
}
