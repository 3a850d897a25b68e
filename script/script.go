// Package script finds every read, write and delete of a cookie in JavaScript, with a real parser.
//
// Sources are parsed with github.com/tdewolff/parse/v2/js and the syntax
// tree is interpreted abstractly, statement by statement: constants are
// folded through bindings (flow-sensitively: a condition that cannot be
// decided runs both branches and keeps what they agree on), string
// concatenation and template literals (partly known strings keep their
// known parts), simple arithmetic, Date values and their setters, and calls
// into functions of the same script. The package knows nothing of rules or
// severities; it says what the code does.
//
// Recognised:
//
//   - document.cookie, also through window/self/globalThis/top/parent,
//     aliases (var d = document; const doc = window.document),
//     document["cookie"] and +=: an assignment is a write, or a delete when
//     the folded string has max-age <= 0 or (without max-age) an Expires in
//     the past; any other use is a read;
//   - the Cookie Store API: cookieStore.set/get/getAll/delete, with names or
//     option objects, also as window.cookieStore (defaults Path=/, Secure,
//     SameSite=Strict rendered);
//   - js-cookie: Cookies.set/get/remove, the instances withAttributes(...)
//     and withConverter(...) make (their attributes under the call's), an import or
//     require of 'js-cookie', a global Cookies, or a variable named Cookies
//     a bundler filled (expires in days rendered as Max-Age; default Path=/);
//   - jquery-cookie: $.cookie / jQuery.cookie (read, write, delete with a
//     null value), $.removeCookie;
//   - universal-cookie and react-cookie: new Cookies().set/get/remove,
//     useCookies() with its cookies object, setCookie and removeCookie
//     (also useCookies of @vueuse/integrations or its useCookies entry);
//   - tiny-cookie, ngx-cookie-service (an injected cookieService), vue-cookies
//     ($cookies, this.$cookies, VueCookies), cookies-next, nookies (the
//     context argument skipped) and typescript-cookie: set/setCookie,
//     get/getCookie/parseCookies, remove/delete/deleteCookie/destroyCookie;
//     ngx-cookie-service's and vue-cookies' positional attributes
//     (set(name, value, expires, path, domain, secure, sameSite)) and
//     ngx-cookie-service's deleteAll.
//
// Reads of document.cookie are named from the idioms that look for a
// cookie in the string: split/find/startsWith/indexOf/includes with
// "name=", match/replace/exec with a pattern or a RegExp built from
// constants ("(^| )name=([^;]+)"), comparisons of a part with a constant,
// and property reads of a parsed jar (Object.fromEntries(...).name).
//
// A function of the script called with at least one known argument is
// followed: its operations are reported at the call, in the caller's
// function, with the arguments bound; what it returns is folded too (a
// small helper returning a date string, say). So setCookie("theme", "dark",
// 7) is a write of theme with max-age=604800 where it is called, and a
// logout() calling eraseCookie("sid") is a delete of sid in "logout". The
// helper's own sighting of the operation is dropped when the calls made its
// name known; it stays when no call did (getCookie(name) only ever called
// with a variable is an unnamed read in getCookie). The quirksmode
// `if (days) { ... expires = "; expires=" + date.toUTCString() }` is
// followed literally: days=7 gives max-age=604800, days=-1 a delete, days=0
// no expiry at all (a session cookie, as the code does). An expiry computed
// from the current time is rendered as max-age, which means the same and
// keeps the output stable. Constant arrays iterated with for-of or forEach
// are followed element by element.
//
// Not handled: values that come from outside the script (the DOM, the
// network, storage), methods reached through this, computed property names
// of unknown values, getters and setters, eval and Function, HTTP headers.
// Work is bounded: helpers are followed four deep, under a step budget
// proportional to the script, folded strings stop at 8 KB.
// A script over 4 MB declaring nothing at its top level is parsed and
// interpreted 1 MB at a time, so that its top-level statements are never
// held at once (the functions they define are kept to the end).
//
// Properties of the global object are global variables: a helper put on
// it (window.App.setCookie = function ..., CKEDITOR.tools = { setCookie:
// ... }) is followed when called through it (App.setCookie("sid", v, 30)).
// When it is called from another script, or imported from another file,
// Tree.HelperPreludes names the scripts defining it, and Analyze with them
// as Options.Preludes follows the call.
//
// A Tree of the scripts of a source tree follows a logout flow from one
// module into another (imports, requires, store dispatches), so that a
// deletion whose request to the server sits in another file is cleanup too.
//
// Analyze reads JavaScript only. ToJavaScript turns TypeScript, TSX and JSX
// into it first, without moving any line or column, and LanguageOfType tells
// which <script> elements hold code at all.
package script

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
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
	// ServerRequest is set when the flow around the operation sends a
	// request to the server: its function, a function enclosing it (a
	// .then callback), or a function calling into it calls fetch, axios,
	// XMLHttpRequest, $.ajax/$.post, submits a form, navigates to a
	// logout URL or calls a function imported from an API module; for an
	// operation outside any function, the script's own top level does.
	// A deletion in such a flow is cleanup after the server's logout.
	ServerRequest bool
	// Snippet is the source text of the operation, whitespace runs folded
	// to one space, trimmed to 120 bytes.
	Snippet string
	// Count is how many times the script does this operation: identical
	// operations (same kind, API, cookie, value, attributes and function)
	// are one Op, at the first of them; 0 counts as 1.
	Count int
	// Positions are where the first MaxPositions of them are, Line and Col
	// first; nil when the operation occurs once.
	Positions []Position
}

// MaxPositions caps the positions kept for an operation that repeats.
const MaxPositions = 5

// Position is a line and column (1-based, the column in bytes).
type Position struct {
	Line, Col int
}

// Times is how many times the operation occurs.
func (op *Op) Times() int {
	return max(op.Count, 1)
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
	// SkippedLines are the first and last lines of the top-level
	// statements the parser could not read and the analysis passed over;
	// the rest of the script was analysed.
	SkippedLines [][2]int
	// Module is what the script imports, exports and calls, for a Tree to
	// follow flows across files; nil when the script was not parsed.
	Module *Module
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
	// Preludes are scripts that run before this one on the same global
	// object, or the files it imports, whose functions it calls (see
	// Tree.HelperPreludes): calls
	// into them are followed. Their own operations are not reported.
	Preludes []string
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

// Analyze finds the cookie operations of one script, which is JavaScript
// (see ToJavaScript for TypeScript and JSX). It never panics and its work is
// bounded by the size of src.
func Analyze(src string, opts Options) (res *Result) {
	if len(opts.Preludes) > 0 {
		return analyzeAfter(src, opts)
	}
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
	lines := LinesOf(src)
	var perr *parseErr
	prog := parsed.take(src)
	if prog == nil {
		if ops, module, ok := analyzeInPieces(src, opts); ok {
			res.Parsed = true
			res.Module = module
			res.addOps(ops, src, lines, opts)
			return res
		}
		prog, perr = parseJS(src)
	}
	if perr == nil {
		res.Parsed = true
		a := newAnalyzer(prog, src, opts)
		ops := a.run()
		res.Module = a.module(ops)
		res.addOps(ops, src, lines, opts)
		return res
	}
	pl, pc := place(opts, perr.line, perr.col)
	res.Err = &ParseError{Line: pl, Col: pc, Msg: perr.msg}
	errOff := lines.Offset(perr.line, perr.col)
	// What comes before the error, the broken statement's start included,
	// is analysed with its brackets closed there; what comes after the
	// broken top-level statements is analysed with them blanked out.
	resumeAt := len(src)
	skipProg, skipped := recoverStatements(src, errOff)
	if skipProg != nil {
		resumeAt = skipped[0][0]
		for _, sk := range skipped {
			first := sk[0] + len(src[sk[0]:sk[1]]) - len(strings.TrimLeft(src[sk[0]:sk[1]], " \t\r\n;"))
			from, _ := lines.Position(first)
			to, _ := lines.Position(sk[1])
			from, _ = place(opts, from, 1)
			to, _ = place(opts, to, 1)
			res.SkippedLines = append(res.SkippedLines, [2]int{from, to})
		}
	}
	if prog := recoverPrefix(src, errOff); prog != nil {
		a := newAnalyzer(prog, src, opts)
		res.addOps(a.run(), src, lines, opts)
	}
	if skipProg != nil {
		a := newAnalyzer(skipProg, src, opts)
		ops := a.run()
		var after []*rawOp
		for _, o := range ops {
			if o := o.from(resumeAt); o != nil {
				after = append(after, o)
			}
		}
		// The operations before come from the prefix, without a flow of
		// their own in the module.
		var flows []opFlow
		for range res.Ops {
			flows = append(flows, opFlow{caller: -1, owner: -1})
		}
		res.Module = a.module(after)
		res.Module.ops = append(flows, res.Module.ops...)
		res.addOps(after, src, lines, opts)
	}
	return res
}

// addOps places operations found in src and adds them to the result.
func (res *Result) addOps(ops []*rawOp, src string, lines Lines, opts Options) {
	res.Ops = slices.Grow(res.Ops, len(ops))
	for _, o := range ops {
		op := o.Op
		l, c := lines.Position(o.pos)
		op.Line, op.Col = place(opts, l, c)
		op.Snippet = snippet(src, o.pos)
		op.Count = 1 + len(o.more)
		if len(o.more) > 0 {
			op.Positions = []Position{{op.Line, op.Col}}
			for _, p := range o.more[:min(len(o.more), MaxPositions-1)] {
				l, c := lines.Position(p)
				l, c = place(opts, l, c)
				op.Positions = append(op.Positions, Position{l, c})
			}
		}
		res.Ops = append(res.Ops, op)
	}
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

// sortOps orders operations by where they are reported, keeping the order
// of discovery for operations reported at the same call.
func sortOps(ops []*rawOp) {
	slices.SortStableFunc(ops, func(x, y *rawOp) int { return cmp.Compare(x.pos, y.pos) })
}
