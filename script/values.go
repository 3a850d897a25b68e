package script

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The abstract values the interpreter computes. Anything it cannot know is
// vUnknown; strings may be partly known (a concatenation with holes), which
// is what lets "sid=" + token + "; path=/" report the name and the path.

type vkind uint8

const (
	vUnknown vkind = iota
	vUndef
	vNull
	vBool
	vNum
	vStr
	vRegexp
	vDate
	vObj
	vArr
	vFunc
	vHost
	vTaint // a value computed from the cookie jar (a read)
)

// relUnit says what a number counts relative to the current time, for
// expiry arithmetic: Date.now() is {0, relMs}; d.getDate() is {0, relDay}.
type relUnit uint8

const (
	relNone relUnit = iota
	relMs
	relSec
	relMin
	relHour
	relDay
	relMonth
	relYear
)

var relUnitMs = [...]float64{relMs: 1, relSec: 1e3, relMin: 6e4, relHour: 36e5, relDay: 864e5, relMonth: 30 * 864e5, relYear: 365 * 864e5}

// part is a piece of a partly known string.
type part struct {
	text string
	hole bool
	// rel marks a date rendered from the current time: ms after now.
	rel bool
	ms  float64
}

// dateVal is a Date object; Date objects are mutable (setTime), so values
// share it by pointer.
type dateVal struct {
	known bool
	rel   bool    // ms counts from the current time
	ms    float64 // since the epoch, or since now when rel
}

// objVal is an object or array literal.
type objVal struct {
	keys  []string
	props map[string]value
	elems []value
	// partial: spread of something unknown, or a computed key: an absent
	// property may exist.
	partial bool
}

type host uint8

const (
	hWindow host = iota + 1
	hDocument
	hCookieStore
	hJSCookie       // js-cookie's Cookies (or an instance from withAttributes)
	hJQuery         // $ / jQuery
	hUniversalClass // universal-cookie's class
	hUniversal      // an instance of it
	hUseCookies     // react-cookie's hook
	hReactCookies   // the cookies object the hook returns
	hReactSet       // setCookie from the hook
	hReactRemove    // removeCookie from the hook
	hElement        // a DOM element (or a jQuery selection) with a selector
	hDateClass      // Date
	hRegExpClass    // RegExp
	hMath           // Math
	hObjectClass    // Object
	hRequire        // require
	hModule         // the exports of a module (s: module name)
	hGlobalFunc     // a function of the global object (s: name)
	hCookieLib      // the object of another cookie library (s: its API)
	hCookieFunc     // a function of another cookie library (s: API NUL name)
)

// value is copied everywhere: its one-byte fields sit together, which keeps
// it small.
type value struct {
	k     vkind
	b     bool
	rel   relUnit
	h     host
	n     float64
	parts []part // vStr (empty: "")
	s     string // vRegexp source; vHost selector, module or name
	d     *dateVal
	o     *objVal
	fn    *fnInfo
	clo   *frame
	attrs *objVal // hJSCookie: attributes from withAttributes
	taint *rawOp
}

var unknown = value{}

func str(s string) value {
	if s == "" {
		return value{k: vStr}
	}
	return value{k: vStr, parts: []part{{text: s}}}
}

func num(n float64) value { return value{k: vNum, n: n} }

func hostVal(h host) value { return value{k: vHost, h: h} }

func hole() value { return value{k: vStr, parts: []part{{hole: true}}} }

// known reports whether the whole string is known, and returns it.
func (v value) known() (string, bool) {
	if v.k != vStr {
		return "", false
	}
	if len(v.parts) == 1 && !v.parts[0].hole && !v.parts[0].rel {
		return v.parts[0].text, true
	}
	var sb strings.Builder
	for _, p := range v.parts {
		if p.hole || p.rel {
			return "", false
		}
		sb.WriteString(p.text)
	}
	return sb.String(), true
}

// Bounds on folding, so that no script makes it exponential.
const (
	maxFoldLen   = 8 << 10
	maxFoldParts = 64
)

// concat joins two strings (or string parts), merging adjacent text.
func concat(a, b value) value {
	if a.k != vStr || b.k != vStr {
		return hole()
	}
	if len(a.parts)+len(b.parts) > maxFoldParts {
		return hole()
	}
	out := make([]part, 0, len(a.parts)+len(b.parts))
	n := 0
	for _, ps := range [2][]part{a.parts, b.parts} {
		for _, p := range ps {
			n += len(p.text)
			if k := len(out) - 1; k >= 0 && !p.hole && !p.rel && !out[k].hole && !out[k].rel {
				out[k].text += p.text
				continue
			}
			if k := len(out) - 1; k >= 0 && p.hole && out[k].hole {
				continue
			}
			out = append(out, p)
		}
	}
	if n > maxFoldLen {
		return hole()
	}
	return value{k: vStr, parts: out}
}

// toStr converts a value as String(v) would, as far as it is known.
func toStr(v value) value {
	switch v.k {
	case vStr:
		return v
	case vNum:
		if v.rel != relNone {
			return hole()
		}
		return str(numString(v.n))
	case vBool:
		return str(strconv.FormatBool(v.b))
	case vNull:
		return str("null")
	case vUndef:
		return str("undefined")
	case vRegexp:
		return str("/" + v.s + "/")
	case vDate:
		// Date's string forms all parse as cookie dates; the one of
		// toUTCString stands for them.
		switch {
		case !v.d.known:
		case v.d.rel:
			return value{k: vStr, parts: []part{{rel: true, ms: v.d.ms}}}
		default:
			return str(httpDate(v.d.ms))
		}
	}
	return hole()
}

// numString formats a number the way JavaScript does for the usual range.
func numString(n float64) string {
	switch {
	case math.IsNaN(n):
		return "NaN"
	case math.IsInf(n, 1):
		return "Infinity"
	case math.IsInf(n, -1):
		return "-Infinity"
	case n == math.Trunc(n) && math.Abs(n) < 1e21:
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	return strconv.FormatFloat(n, 'g', -1, 64)
}

// toNum converts a value as Number(v) would, as far as it is known; a Date
// gives its time (relative to now when it was computed from now).
func toNum(v value) (value, bool) {
	switch v.k {
	case vNum:
		return v, true
	case vBool:
		if v.b {
			return num(1), true
		}
		return num(0), true
	case vNull:
		return num(0), true
	case vStr:
		if s, ok := v.known(); ok {
			s = strings.TrimSpace(s)
			if s == "" {
				return num(0), true
			}
			if f, ok := parseNumber(s); ok {
				return num(f), true
			}
			return num(math.NaN()), true
		}
	case vDate:
		if v.d.known {
			n := num(v.d.ms)
			if v.d.rel {
				n.rel = relMs
			}
			return n, true
		}
	}
	return unknown, false
}

// truthy reports a value's truthiness when it is known.
func truthy(v value) (bool, bool) {
	switch v.k {
	case vUndef, vNull:
		return false, true
	case vBool:
		return v.b, true
	case vNum:
		if v.rel != relNone {
			return true, true // a time is never 0 in practice
		}
		return v.n != 0 && !math.IsNaN(v.n), true
	case vStr:
		for _, p := range v.parts {
			if p.rel || !p.hole && p.text != "" {
				return true, true
			}
		}
		if len(v.parts) == 0 {
			return false, true
		}
	case vRegexp, vDate, vObj, vArr, vFunc, vHost:
		return true, true
	}
	return false, false
}

// same reports whether two values are certainly equal, for merging the
// branches of a condition.
func same(a, b value) bool {
	if a.k != b.k {
		return false
	}
	switch a.k {
	case vUnknown:
		return false
	case vUndef, vNull:
		return true
	case vBool:
		return a.b == b.b
	case vNum:
		return a.n == b.n && a.rel == b.rel
	case vStr:
		if len(a.parts) != len(b.parts) {
			return false
		}
		for i := range a.parts {
			if a.parts[i] != b.parts[i] || a.parts[i].hole {
				return false
			}
		}
		return true
	case vRegexp:
		return a.s == b.s
	case vDate:
		return a.d == b.d
	case vObj, vArr:
		return a.o == b.o
	case vFunc:
		return a.fn == b.fn && a.clo == b.clo
	case vHost:
		return a.h == b.h && a.s == b.s && a.attrs == b.attrs
	case vTaint:
		return a.taint == b.taint
	}
	return false
}

// join merges the values of two paths: the value when both agree, unknown
// otherwise; a cookie-derived value stays cookie-derived.
func join(a, b value) value {
	if same(a, b) {
		return a
	}
	if a.k == vStr && b.k == vStr && a.taint == nil && b.taint == nil {
		return joinStr(a, b)
	}
	if a.taint != nil {
		return value{k: vTaint, taint: a.taint}
	}
	if b.taint != nil {
		return value{k: vTaint, taint: b.taint}
	}
	return unknown
}

// joinStr merges two strings into what they share: "a=1; path=/" and
// "a=1; Secure; path=/" give "a=1" + hole + "; path=/". The shared ends are
// cut back to a ';' so that the hole stands for whole attributes.
func joinStr(a, b value) value {
	x, okx := a.known()
	y, oky := b.known()
	if !okx || !oky {
		// Keep the leading parts both have.
		n := 0
		for n < len(a.parts) && n < len(b.parts) && a.parts[n] == b.parts[n] && !a.parts[n].hole {
			n++
		}
		return concat(value{k: vStr, parts: slices.Clip(a.parts[:n])}, hole())
	}
	p := 0
	for p < len(x) && p < len(y) && x[p] == y[p] {
		p++
	}
	q := 0
	for q < len(x)-p && q < len(y)-p && x[len(x)-1-q] == y[len(y)-1-q] {
		q++
	}
	pre, suf := x[:p], x[len(x)-q:]
	if i := strings.LastIndexByte(pre, ';'); i >= 0 {
		pre = pre[:i]
	}
	if i := strings.IndexByte(suf, ';'); i >= 0 {
		suf = suf[i:]
	} else {
		suf = ""
	}
	return concat(concat(str(pre), hole()), str(suf))
}

// decodeString decodes a JavaScript string literal with its quotes.
func decodeString(lit string) (string, bool) {
	if len(lit) < 2 {
		return "", false
	}
	return decodeEscapes(lit[1 : len(lit)-1])
}

// decodeEscapes decodes the escapes of string and template text.
func decodeEscapes(s string) (string, bool) {
	if strings.IndexByte(s, '\\') < 0 {
		return s, true
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			sb.WriteByte(c)
			continue
		}
		i++
		if i >= len(s) {
			return "", false
		}
		switch c = s[i]; c {
		case 'n':
			sb.WriteByte('\n')
		case 't':
			sb.WriteByte('\t')
		case 'r':
			sb.WriteByte('\r')
		case 'b':
			sb.WriteByte('\b')
		case 'f':
			sb.WriteByte('\f')
		case 'v':
			sb.WriteByte('\v')
		case '0':
			sb.WriteByte(0)
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case '\n':
		case 'x':
			if i+2 >= len(s) {
				return "", false
			}
			r, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if err != nil {
				return "", false
			}
			sb.WriteRune(rune(r))
			i += 2
		case 'u':
			var hex string
			if i+1 < len(s) && s[i+1] == '{' {
				j := strings.IndexByte(s[i:], '}')
				if j < 0 {
					return "", false
				}
				hex = s[i+2 : i+j]
				i += j
			} else {
				if i+4 >= len(s) {
					return "", false
				}
				hex = s[i+1 : i+5]
				i += 4
			}
			r, err := strconv.ParseUint(hex, 16, 32)
			if err != nil || r > utf8.MaxRune {
				return "", false
			}
			sb.WriteRune(rune(r))
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String(), true
}

// parseNumber parses a numeric literal or a numeric string.
func parseNumber(s string) (float64, bool) {
	s = strings.ReplaceAll(s, "_", "")
	if len(s) > 2 && s[0] == '0' {
		base := 0
		switch s[1] | 0x20 {
		case 'x':
			base = 16
		case 'o':
			base = 8
		case 'b':
			base = 2
		}
		if base != 0 {
			u, err := strconv.ParseUint(s[2:], base, 64)
			return float64(u), err == nil
		}
	}
	s = strings.TrimSuffix(s, "n") // BigInt
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return f, true
}

// httpDate renders a time like Date.prototype.toUTCString.
func httpDate(ms float64) string {
	return time.UnixMilli(int64(ms)).UTC().Format("Mon, 02 Jan 2006 15:04:05 GMT")
}

// parseCookieDate parses an Expires value the way RFC 6265 §5.1.1 says a
// user agent does: tokens for the time, day, month and year, in any order.
func parseCookieDate(s string) (time.Time, bool) {
	var hour, minute, sec, day, month, year int
	var haveTime, haveDay, haveMonth, haveYear bool
	isDelim := func(r rune) bool {
		return r == 0x09 || r >= 0x20 && r <= 0x2f || r >= 0x3b && r <= 0x40 || r >= 0x5b && r <= 0x60 || r >= 0x7b && r <= 0x7e
	}
	for _, tok := range strings.FieldsFunc(s, isDelim) {
		switch {
		case !haveTime && timeToken(tok, &hour, &minute, &sec):
			haveTime = true
		case !haveDay && digits(tok, 1, 2, &day):
			haveDay = true
		case !haveMonth && monthToken(tok, &month):
			haveMonth = true
		case !haveYear && digits(tok, 2, 4, &year):
			haveYear = true
		}
	}
	if !haveTime || !haveDay || !haveMonth || !haveYear {
		return time.Time{}, false
	}
	if year >= 70 && year <= 99 {
		year += 1900
	} else if year < 70 {
		year += 2000
	}
	if day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	return time.Date(year, time.Month(month), day, hour, minute, sec, 0, time.UTC), true
}

// digits reads min..max leading digits of tok (trailing non-digits are
// allowed, as the RFC says).
func digits(tok string, lo, hi int, out *int) bool {
	n := 0
	for n < len(tok) && tok[n] >= '0' && tok[n] <= '9' {
		n++
	}
	if n < lo || n > hi {
		return false
	}
	*out, _ = strconv.Atoi(tok[:n])
	return true
}

func timeToken(tok string, h, m, s *int) bool {
	f := strings.Split(tok, ":")
	if len(f) != 3 {
		return false
	}
	return digits(f[0], 1, 2, h) && digits(f[1], 1, 2, m) && digits(f[2], 1, 2, s)
}

func monthToken(tok string, m *int) bool {
	if len(tok) < 3 {
		return false
	}
	i := strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", strings.ToLower(tok[:3]))
	if i < 0 || i%3 != 0 {
		return false
	}
	*m = i/3 + 1
	return true
}
