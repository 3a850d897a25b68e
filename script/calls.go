package script

import (
	"math"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/tdewolff/parse/v2/js"
)

// Calls: the cookie APIs, the DOM calls that name event handlers, the few
// builtins folding needs (Date, Math, encodeURIComponent, string methods),
// and the script's own functions, followed when called with constants.

func (a *analyzer) args(list js.Args) []value {
	out := make([]value, 0, len(list.List))
	for _, arg := range list.List {
		v := a.expr(arg.Value)
		if arg.Rest {
			if v.k == vArr && !v.o.partial {
				out = append(out, v.o.elems...)
				continue
			}
			v = unknown
		}
		out = append(out, v)
	}
	return out
}

func arg(args []value, i int) value {
	if i < len(args) {
		return args[i]
	}
	return value{k: vUndef}
}

func (a *analyzer) call(e *js.CallExpr) value {
	c0 := a.cursor
	switch x := e.X.(type) {
	case *js.DotExpr:
		recv := a.expr(x.X)
		name := a.dotName(x)
		return a.method(recv, name, a.args(e.Args), e, c0)
	case *js.IndexExpr:
		recv := a.expr(x.X)
		if name, ok := toStr(a.expr(x.Y)).known(); ok {
			return a.method(recv, name, a.args(e.Args), e, c0)
		}
		return taintOf(a.args(e.Args))
	}
	callee := a.expr(e.X)
	args := a.args(e.Args)
	if callee.k == vFunc && funcNode(e.X) != nil {
		// An immediately invoked function runs here, once.
		return a.inline(callee, args)
	}
	return a.apply(callee, args, e, c0)
}

// taintOf returns the first cookie-derived value among args, or unknown:
// an unknown function of the cookie string is still about the cookie.
func taintOf(args []value) value {
	for _, v := range args {
		if v.taint != nil {
			return value{k: vTaint, taint: v.taint}
		}
	}
	return unknown
}

// inline runs a function in place with its arguments (an IIFE, an array
// callback), in the current context.
func (a *analyzer) inline(fv value, args []value) value {
	if a.ctx.exp == nil {
		fv.fn.doneUnbound = true
	}
	var rets []value
	a.callFn(fv.fn, fv.clo, a.ctx, args, &rets)
	return joinAll(rets)
}

func joinAll(vs []value) value {
	if len(vs) == 0 {
		return value{k: vUndef}
	}
	r := vs[0]
	for _, v := range vs[1:] {
		r = join(r, v)
	}
	return r
}

// apply calls a function value.
func (a *analyzer) apply(callee value, args []value, e *js.CallExpr, c0 int) value {
	switch callee.k {
	case vFunc:
		if r := a.follow(callee, args, e, c0); r.k != vUnknown {
			return r
		}
	case vHost:
		switch callee.h {
		case hJQuery:
			return a.jqueryWrap(arg(args, 0))
		case hUseCookies:
			if callee.s == "vueuse" {
				return hostVal(hUniversal)
			}
			return value{k: vArr, o: &objVal{elems: []value{hostVal(hReactCookies), hostVal(hReactSet), hostVal(hReactRemove)}}}
		case hReactSet:
			a.libWrite(UniversalCookie, args, e, c0)
			return unknown
		case hReactRemove:
			a.libRemove(UniversalCookie, args, e, c0)
			return unknown
		case hRequire:
			if mod, ok := arg(args, 0).known(); ok {
				switch mod {
				case "react-cookie", "@vueuse/integrations/useCookies", "@vueuse/integrations":
					return value{k: vHost, h: hModule, s: mod}
				}
				if v, ok := moduleExport(mod, "default"); ok {
					return v
				}
			}
		case hGlobalFunc:
			return globalCall(callee.s, args)
		case hCookieFunc:
			api, name, _ := strings.Cut(callee.s, "\x00")
			return a.libraryCall(API(api), name, args, e, c0)
		case hRegExpClass:
			return newRegExp(args)
		case hDateClass:
			return hole() // Date() is the current time as a string
		}
	}
	return taintOf(args)
}

// follow interprets a call into a function of the script whose arguments
// are (partly) known: the operations inside are reported at this call,
// with the arguments bound. It returns what the function returns.
func (a *analyzer) follow(fv value, args []value, e *js.CallExpr, c0 int) value {
	f := fv.fn
	if a.ctx.depth >= maxDepth || a.expSteps > a.maxExpSteps || !anyKnown(args) {
		return unknown
	}
	if !f.relevant && f.size > smallFnSize {
		return unknown
	}
	exp := a.ctx.exp
	if exp == nil {
		exp = &expansion{pos: a.startOf(e, c0), caller: a.ctx.fn}
	}
	if slices.Contains(exp.callees, f) {
		return unknown // recursion
	}
	next := &expansion{pos: exp.pos, caller: exp.caller, callees: append(slices.Clip(exp.callees), f)}
	if f.relevant {
		f.expanded = true
	}
	var rets []value
	a.callFn(f, fv.clo, ctx{exp: next, depth: a.ctx.depth + 1}, args, &rets)
	return joinAll(rets)
}

// anyKnown reports whether following a call can learn something.
func anyKnown(args []value) bool {
	for _, v := range args {
		switch v.k {
		case vUnknown, vFunc:
		case vStr:
			if len(v.parts) != 1 || !v.parts[0].hole {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// method calls recv.name(args).
func (a *analyzer) method(recv value, name string, args []value, e *js.CallExpr, c0 int) value {
	switch recv.k {
	case vHost:
		if r, ok := a.hostMethod(recv, name, args, e, c0); ok {
			return r
		}
	case vTaint:
		return a.taintMethod(recv, name, args)
	case vRegexp:
		if name == "exec" || name == "test" {
			a.evidence(arg(args, 0), recv)
			if name == "exec" {
				return taintOf(args)
			}
		}
		return unknown
	case vStr:
		if recv.taint != nil {
			return a.taintMethod(value{k: vTaint, taint: recv.taint}, name, args)
		}
		if r, ok := stringMethod(recv, name, args); ok {
			return r
		}
	case vDate:
		return dateMethod(recv.d, name, args)
	case vArr:
		return a.arrayMethod(recv, name, args)
	case vObj:
		if m := recv.o.get(name); m.k == vFunc {
			return a.apply(m, args, e, c0)
		}
	case vFunc:
		switch name {
		case "call":
			if len(args) > 0 {
				args = args[1:]
			}
			return a.apply(recv, args, e, c0)
		case "apply":
			if v := arg(args, 1); v.k == vArr {
				return a.apply(recv, v.o.elems, e, c0)
			}
		case "bind":
			return recv
		}
	}
	return taintOf(args)
}

// hostMethod handles the methods of the host objects: the cookie APIs
// and the DOM calls that bind event handlers.
func (a *analyzer) hostMethod(recv value, name string, args []value, e *js.CallExpr, c0 int) (value, bool) {
	switch recv.h {
	case hWindow, hDocument:
		switch name {
		case "getElementById":
			if s, ok := arg(args, 0).known(); ok {
				return element("#" + s), true
			}
			return element(""), true
		case "querySelector", "querySelectorAll", "getElementsByTagName":
			s, _ := arg(args, 0).known()
			return element(s), true
		case "getElementsByClassName":
			s, _ := arg(args, 0).known()
			return element("." + s), true
		case "addEventListener":
			a.handler(recv, arg(args, 0), arg(args, 1))
			return unknown, true
		}
		if recv.h == hWindow {
			// window.f(...) is the global f.
			if g := globalName(name); g.k == vHost {
				return a.apply(g, args, e, c0), true
			}
		}
	case hElement:
		switch name {
		case "addEventListener":
			a.handler(recv, arg(args, 0), arg(args, 1))
			return unknown, true
		case "on", "one", "bind", "delegate":
			// jQuery: .on(event, [selector,] handler)
			ev, fn := arg(args, 0), arg(args, len(args)-1)
			target := recv
			if sel, ok := arg(args, 1).known(); ok && len(args) > 2 {
				target = element(sel)
			}
			a.handler(target, ev, fn)
			return recv, true
		case "click", "submit", "dblclick":
			a.handler(recv, str(name), arg(args, 0))
			return recv, true
		case "forEach", "each":
			if fn := arg(args, 0); fn.k == vFunc {
				el := element(recv.s)
				if name == "each" {
					a.inline(fn, []value{unknown, el})
				} else {
					a.inline(fn, []value{el, unknown})
				}
			}
			return unknown, true
		case "querySelector", "querySelectorAll", "find", "closest":
			s, _ := arg(args, 0).known()
			return element(s), true
		}
		return unknown, true
	case hCookieStore:
		a.cookieStoreCall(name, args, e, c0)
		return unknown, true
	case hJSCookie:
		return a.jsCookieCall(recv, name, args, e, c0), true
	case hJQuery:
		switch name {
		case "cookie":
			return a.jqueryCookie(args, e, c0), true
		case "removeCookie":
			a.libRemove(JQueryCookie, args, e, c0)
			return unknown, true
		}
	case hUniversal:
		return a.universalCall(name, args, e, c0), true
	case hCookieLib:
		return a.libraryCall(API(recv.s), name, args, e, c0), true
	case hReactCookies:
		return unknown, true
	case hDateClass:
		switch name {
		case "now":
			return value{k: vNum, rel: relMs}, true
		case "UTC":
			return dateUTC(args), true
		case "parse":
			if s, ok := arg(args, 0).known(); ok {
				if t, ok := parseDateString(s); ok {
					return num(float64(t.UnixMilli())), true
				}
			}
		}
	case hMath:
		return mathCall(name, args), true
	case hObjectClass:
		switch name {
		case "assign":
			if t := arg(args, 0); t.k == vObj {
				for _, src := range args[1:] {
					if src.k == vObj {
						for _, k := range src.o.keys {
							t.o.set(k, src.o.props[k])
						}
					} else {
						t.o.partial = true
					}
				}
				return t, true
			}
		case "fromEntries", "entries", "values":
			return taintOf(args), true
		}
	case hGlobalFunc:
		if recv.s == "JSON" && name == "parse" {
			return taintOf(args), true
		}
	case hModule:
		if v, ok := moduleExport(recv.s, name); ok {
			return a.apply(v, args, e, c0), true
		}
	}
	return unknown, false
}

func element(sel string) value { return value{k: vHost, h: hElement, s: sel} }

// jqueryWrap is $(x): a selection of elements.
func (a *analyzer) jqueryWrap(x value) value {
	if s, ok := x.known(); ok {
		return element(s)
	}
	if x.k == vHost {
		switch x.h {
		case hElement:
			return x
		case hDocument:
			return element("document")
		case hWindow:
			return element("window")
		}
	}
	return element("")
}

// handler names a function bound to an event of a target, and marks it as
// a logout handler when the target's selector says so.
func (a *analyzer) handler(target, event, fn value) {
	if fn.k != vFunc {
		return
	}
	ev, _ := event.known()
	name := ev + " handler"
	if ev == "" {
		name = "event handler"
	}
	sel := ""
	switch target.h {
	case hElement:
		sel = target.s
	case hDocument:
		sel = "document"
	case hWindow:
		sel = "window"
	}
	if sel != "" {
		name += " on " + sel
	}
	f := fn.fn
	if f.name == "" || f.weakName && sel != "" {
		f.name, f.weakName = name, sel == ""
	}
	if isLogoutName(sel) {
		f.logoutBound = true
	}
}

// taintMethod is a method called on a value computed from the cookie jar:
// it stays one, and the arguments may say which cookie is looked for.
func (a *analyzer) taintMethod(recv value, name string, args []value) value {
	switch name {
	case "match", "matchAll", "search":
		// A string pattern is a regular expression.
		if s, ok := arg(args, 0).known(); ok {
			a.evidence(recv, value{k: vRegexp, s: s})
		} else {
			a.evidence(recv, arg(args, 0))
		}
	case "startsWith", "endsWith", "indexOf", "lastIndexOf", "includes",
		"split", "replace", "replaceAll", "get", "has", "getItem":
		a.evidence(recv, arg(args, 0))
	case "forEach", "map", "filter", "find", "findIndex", "some", "every", "flatMap":
		if fn := arg(args, 0); fn.k == vFunc {
			a.inline(fn, []value{recv, unknown})
		}
	case "reduce":
		if fn := arg(args, 0); fn.k == vFunc {
			a.inline(fn, []value{recv, recv})
		}
	}
	if name == "replace" || name == "replaceAll" {
		// c.replace(/=.*/, "=;expires=...") keeps the name and puts the
		// replacement after it: the delete-every-cookie idiom.
		if re := arg(args, 0); re.k == vRegexp && strings.HasPrefix(re.s, "=.*") {
			return concat(concat(hole(), str("=")), toStr(arg(args, 1)))
		}
	}
	return recv
}

// arrayMethod handles the array methods that matter: callbacks over a
// constant array run once per element.
func (a *analyzer) arrayMethod(recv value, name string, args []value) value {
	switch name {
	case "forEach", "map", "filter", "find", "some", "every", "flatMap":
		fn := arg(args, 0)
		if fn.k != vFunc {
			return unknown
		}
		if !recv.o.partial && len(recv.o.elems) <= maxIter && !a.iterating {
			a.iterating = true
			for i, el := range recv.o.elems {
				a.inline(fn, []value{el, num(float64(i))})
			}
			a.iterating = false
			return unknown
		}
		a.inline(fn, []value{unknown, unknown})
	case "join":
		sep := ","
		if s, ok := arg(args, 0).known(); ok {
			sep = s
		}
		out := str("")
		for i, el := range recv.o.elems {
			if i > 0 {
				out = concat(out, str(sep))
			}
			out = concat(out, toStr(el))
		}
		if recv.o.partial {
			return hole()
		}
		return out
	case "push":
		recv.o.elems = append(recv.o.elems, args...)
	}
	return unknown
}

// stringMethod folds the string methods used to build names.
func stringMethod(recv value, name string, args []value) (value, bool) {
	if name == "concat" {
		out := recv
		for _, v := range args {
			out = concat(out, toStr(v))
		}
		return out, true
	}
	s, ok := recv.known()
	if !ok {
		if name == "toString" || name == "valueOf" {
			return recv, true
		}
		return hole(), true
	}
	switch name {
	case "toLowerCase", "toLocaleLowerCase":
		return str(strings.ToLower(s)), true
	case "toUpperCase", "toLocaleUpperCase":
		return str(strings.ToUpper(s)), true
	case "trim":
		return str(strings.TrimSpace(s)), true
	case "trimStart", "trimLeft":
		return str(strings.TrimLeft(s, " \t\n\r")), true
	case "trimEnd", "trimRight":
		return str(strings.TrimRight(s, " \t\n\r")), true
	case "toString", "valueOf":
		return recv, true
	case "replace", "replaceAll":
		old, ok1 := arg(args, 0).known()
		repl, ok2 := arg(args, 1).known()
		if ok1 && ok2 && arg(args, 0).k == vStr {
			if name == "replace" {
				return str(strings.Replace(s, old, repl, 1)), true
			}
			return str(strings.ReplaceAll(s, old, repl)), true
		}
	case "split":
		sep, ok := arg(args, 0).known()
		if ok && arg(args, 0).k == vStr {
			o := &objVal{}
			for _, p := range strings.Split(s, sep) {
				o.elems = append(o.elems, str(p))
			}
			return value{k: vArr, o: o}, true
		}
	}
	return unknown, false
}

// globalCall folds the global functions used around cookies.
func globalCall(name string, args []value) value {
	x := arg(args, 0)
	if x.taint != nil {
		return value{k: vTaint, taint: x.taint}
	}
	switch name {
	case "encodeURIComponent", "escape", "encodeURI":
		if s, ok := x.known(); ok {
			if name == "encodeURI" {
				return str((&url.URL{Path: s}).EscapedPath())
			}
			return str(strings.ReplaceAll(url.QueryEscape(s), "+", "%20"))
		}
		if x.k == vStr || x.k == vUnknown {
			return hole()
		}
		return toStr(x)
	case "decodeURIComponent", "decodeURI", "unescape":
		if s, ok := x.known(); ok {
			if d, err := url.PathUnescape(s); err == nil {
				return str(d)
			}
		}
		return hole()
	case "String":
		return toStr(x)
	case "Number", "parseInt", "parseFloat":
		if n, ok := toNum(x); ok {
			if name == "parseInt" && n.rel == relNone {
				n.n = math.Trunc(n.n)
			}
			return n
		}
	case "Boolean":
		if t, ok := truthy(x); ok {
			return value{k: vBool, b: t}
		}
	}
	return unknown
}

func mathCall(name string, args []value) value {
	var ns []float64
	for _, v := range args {
		n, ok := toNum(v)
		if !ok || n.rel != relNone {
			return unknown
		}
		ns = append(ns, n.n)
	}
	if len(ns) == 0 {
		return unknown
	}
	switch name {
	case "floor":
		return num(math.Floor(ns[0]))
	case "ceil":
		return num(math.Ceil(ns[0]))
	case "round":
		return num(math.Floor(ns[0] + 0.5))
	case "trunc":
		return num(math.Trunc(ns[0]))
	case "abs":
		return num(math.Abs(ns[0]))
	case "max":
		return num(slices.Max(ns))
	case "min":
		return num(slices.Min(ns))
	}
	return unknown
}

func newRegExp(args []value) value {
	switch x := arg(args, 0); x.k {
	case vRegexp:
		return x
	case vStr:
		if s, ok := x.known(); ok {
			return value{k: vRegexp, s: s}
		}
	}
	return unknown
}

func (a *analyzer) newExpr(e *js.NewExpr) value {
	ctor := a.expr(e.X)
	var args []value
	if e.Args != nil {
		args = a.args(*e.Args)
	}
	if ctor.k == vHost {
		switch ctor.h {
		case hDateClass:
			return newDate(args)
		case hRegExpClass:
			return newRegExp(args)
		case hUniversalClass, hJSCookie:
			// new Cookies(): js-cookie is never constructed, so a
			// constructed Cookies is universal-cookie's.
			return hostVal(hUniversal)
		}
	}
	return taintOf(args)
}

// newDate is new Date(args).
func newDate(args []value) value {
	d := &dateVal{}
	switch {
	case len(args) == 0:
		d.known, d.rel = true, true
	case len(args) == 1:
		x := args[0]
		if x.k == vDate {
			*d = *x.d
			break
		}
		if s, ok := x.known(); ok {
			if t, ok := parseDateString(s); ok {
				d.known, d.ms = true, float64(t.UnixMilli())
			}
			break
		}
		if n, ok := toNum(x); ok && (n.rel == relNone || n.rel == relMs) {
			d.known, d.ms, d.rel = true, n.n, n.rel == relMs
		}
	default:
		if n := dateUTC(args); n.k == vNum {
			d.known, d.ms = true, n.n
		}
	}
	return value{k: vDate, d: d}
}

// dateUTC is Date.UTC(y, m, d, h, mi, s) (also new Date(y, m, ...), taken
// as UTC).
func dateUTC(args []value) value {
	var f [6]int
	f[2] = 1
	for i := 0; i < len(args) && i < 6; i++ {
		n, ok := toNum(args[i])
		if !ok || n.rel != relNone || math.IsNaN(n.n) || math.Abs(n.n) > 1e6 {
			return unknown
		}
		f[i] = int(n.n)
	}
	t := time.Date(f[0], time.Month(f[1]+1), f[2], f[3], f[4], f[5], 0, time.UTC)
	return num(float64(t.UnixMilli()))
}

// parseDateString parses the date strings scripts write: cookie dates
// (toUTCString) and ISO 8601.
func parseDateString(s string) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true
	}
	return parseCookieDate(s)
}

// dateUnits maps the Date getters and setters to the unit they count.
var dateUnits = map[string]relUnit{
	"Date": relDay, "FullYear": relYear, "Month": relMonth, "Hours": relHour,
	"Minutes": relMin, "Seconds": relSec, "Milliseconds": relMs,
	"UTCDate": relDay, "UTCFullYear": relYear, "UTCMonth": relMonth, "UTCHours": relHour,
	"UTCMinutes": relMin, "UTCSeconds": relSec, "UTCMilliseconds": relMs,
}

func dateMethod(d *dateVal, name string, args []value) value {
	switch name {
	case "getTime", "valueOf":
		n, _ := toNum(value{k: vDate, d: d})
		return n
	case "setTime":
		n, ok := toNum(arg(args, 0))
		d.known = ok && (n.rel == relNone || n.rel == relMs)
		d.ms, d.rel = n.n, n.rel == relMs
		return unknown
	case "toUTCString", "toGMTString", "toString", "toISOString":
		return toStr(value{k: vDate, d: d})
	}
	if u, ok := dateUnits[strings.TrimPrefix(strings.TrimPrefix(name, "get"), "set")]; ok && d.known && d.rel {
		if strings.HasPrefix(name, "get") {
			return value{k: vNum, rel: u}
		}
		// d.setDate(d.getDate() + 7): seven days from d.
		n, ok := toNum(arg(args, 0))
		if ok && n.rel == u {
			d.ms += n.n * relUnitMs[u]
		} else {
			d.known = false
		}
		return unknown
	}
	if strings.HasPrefix(name, "set") {
		d.known = false
	}
	return unknown
}
