package script

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/tdewolff/parse/v2/js"
)

// member reads obj.name; node is the access (nil in a destructuring).
func (a *analyzer) member(obj value, name string, node js.IExpr, c0 int) value {
	switch obj.k {
	case vHost:
		switch obj.h {
		case hWindow:
			if v, ok := a.global.vars.get(varKey{name: name}); ok {
				return v
			}
			return globalName(name)
		case hDocument:
			switch name {
			case "cookie":
				if node != nil {
					return a.readDocCookie(node, c0)
				}
			case "defaultView":
				return hostVal(hWindow)
			}
		case hReactCookies:
			// const [cookies] = useCookies(): cookies.token reads "token".
			if node != nil {
				o := a.emit(&rawOp{Op: Op{Kind: Read, API: UniversalCookie, Name: name, NameKnown: true}}, a.startOf(node, c0))
				return value{k: vTaint, taint: o}
			}
		case hModule:
			if v, ok := moduleExport(obj.s, name); ok {
				return v
			}
		}
	case vObj:
		return obj.o.get(name)
	case vArr:
		if name == "length" && !obj.o.partial {
			return num(float64(len(obj.o.elems)))
		}
		if i, err := strconv.Atoi(name); err == nil && i >= 0 {
			return elementOf(obj, i)
		}
	case vStr:
		if s, ok := obj.known(); ok && name == "length" {
			return num(float64(len(s)))
		}
		if obj.taint != nil {
			return a.member(value{k: vTaint, taint: obj.taint}, name, node, c0)
		}
	case vTaint:
		if name == "length" {
			return unknown
		}
		if _, err := strconv.Atoi(name); err != nil {
			// parsed.sid, parsed['sid'] of a parsed cookie string
			a.evidence(obj, str(name))
		}
		return obj
	}
	if api, ok := libraryObjects[name]; ok {
		// this.$cookies, this.cookieService: a library object injected
		// into a component, whatever holds it.
		return value{k: vHost, h: hCookieLib, s: string(api)}
	}
	return unknown
}

// readDocCookie records a read of document.cookie.
func (a *analyzer) readDocCookie(node js.IExpr, c0 int) value {
	o := a.emit(&rawOp{Op: Op{Kind: Read, API: DocumentCookie}}, a.startOf(node, c0))
	return value{k: vTaint, taint: o}
}

// evidence names the read a cookie-derived value came from when ev, a
// string or pattern the code looks for in it, says which cookie that is.
func (a *analyzer) evidence(t, ev value) {
	if t.taint == nil || t.taint.NameKnown {
		return
	}
	var name string
	switch ev.k {
	case vStr:
		s, ok := ev.known()
		if !ok {
			return
		}
		name = nameFromString(s)
	case vRegexp:
		name = nameFromRegexp(ev.s)
	}
	if name != "" {
		t.taint.Name, t.taint.NameKnown = name, true
	}
}

// writeDocCookie records an assignment to document.cookie.
func (a *analyzer) writeDocCookie(v value, e *js.BinaryExpr, c0 int) {
	a.emit(&rawOp{Op: docCookieOp(v)}, a.startOf(e, c0))
}

// docCookieOp reads a folded document.cookie string the way the browser
// does: name=value before the first ';', attributes after it.
func docCookieOp(v value) Op {
	op := Op{Kind: Write, API: DocumentCookie}
	switch v.k {
	case vStr:
	case vUnknown, vTaint, vObj, vArr, vFunc, vHost:
		return op
	default:
		v = toStr(v)
	}
	// Split at the first ';' of known text: a hole is taken to hold none.
	var pair, attrs []part
	for i, p := range v.parts {
		if j := strings.IndexByte(p.text, ';'); j >= 0 && !p.hole && !p.rel {
			pair = append(append(pair, v.parts[:i]...), part{text: p.text[:j]})
			attrs = append(append(attrs, part{text: p.text[j:]}), v.parts[i+1:]...)
			break
		}
	}
	if pair == nil {
		pair = v.parts
	}
	// The name is the known text before the first '='.
	var name strings.Builder
	eq := -1
	for i, p := range pair {
		if p.hole || p.rel {
			break
		}
		if j := strings.IndexByte(p.text, '='); j >= 0 {
			name.WriteString(p.text[:j])
			eq = i
			rest := append([]part{{text: p.text[j+1:]}}, pair[i+1:]...)
			if s, ok := (value{k: vStr, parts: rest}).known(); ok {
				op.Value = strings.TrimSpace(s)
			}
			break
		}
		name.WriteString(p.text)
	}
	switch {
	case eq >= 0:
		op.Name, op.NameKnown = strings.TrimSpace(name.String()), true
	default:
		// No '=': a nameless cookie whose value is the whole pair.
		if s, ok := (value{k: vStr, parts: pair}).known(); ok {
			op.NameKnown, op.Value = true, strings.TrimSpace(s)
		}
	}
	op.Attributes = renderAttrs(attrs)
	if docAttrsDelete(op.Attributes) {
		op.Kind = Delete
	}
	return op
}

// renderAttrs renders the attributes part of a folded cookie string: known
// attributes as written, an Expires computed from the current time as
// max-age, and attributes with unknown parts left out.
func renderAttrs(ps []part) string {
	if len(ps) == 0 {
		return ""
	}
	// Cut into attributes at every ';' of known text.
	var list [][]part
	var cur []part
	for _, p := range ps {
		if p.hole || p.rel {
			cur = append(cur, p)
			continue
		}
		first := true
		for f := range strings.SplitSeq(p.text, ";") {
			if !first {
				list = append(list, cur)
				cur = nil
			}
			first = false
			if f != "" {
				cur = append(cur, part{text: f})
			}
		}
	}
	list = append(list, cur)
	var sb strings.Builder
	for _, at := range list[1:] {
		if s, ok := (value{k: vStr, parts: at}).known(); ok {
			sb.WriteString(";" + s)
			continue
		}
		// expires=<a date from now>: the same as max-age.
		if len(at) == 2 && !at[0].hole && !at[0].rel && at[1].rel {
			k, _, hasEq := strings.Cut(at[0].text, "=")
			if hasEq && strings.EqualFold(strings.TrimSpace(k), "expires") {
				lead := at[0].text[:len(at[0].text)-len(strings.TrimLeft(at[0].text, " \t"))]
				sb.WriteString(";" + lead + "max-age=" + numString(math.Floor(at[1].ms/1000)))
			}
		}
	}
	return sb.String()
}

// docAttrsDelete reports whether attributes expire the cookie at once:
// max-age <= 0, or (without max-age) an expiry in the past.
func docAttrsDelete(attrs string) bool {
	expired, hasMaxAge := false, false
	for _, at := range strings.Split(attrs, ";") {
		k, v, _ := strings.Cut(at, "=")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		switch k {
		case "max-age":
			// As RFC 6265 §5.2.2: an optional '-' and digits, else ignored.
			digits := strings.TrimPrefix(v, "-")
			if digits == "" || strings.TrimLeft(digits, "0123456789") != "" {
				continue
			}
			if digits != v || strings.TrimLeft(digits, "0") == "" {
				return true
			}
			hasMaxAge = true
		case "expires":
			if t, ok := parseCookieDate(v); ok && t.Before(time.Now()) {
				expired = true
			}
		}
	}
	return expired && !hasMaxAge
}

// cookieAttrs are the attributes of a library call, rendered as Set-Cookie
// attributes.
type cookieAttrs struct {
	path, domain, sameSite    string
	hasPath, hasDomain        bool
	maxAge                    float64 // seconds
	hasMaxAge                 bool
	expires                   float64 // ms since the epoch
	hasExpires                bool
	secure, httpOnly, partitd bool
}

func (c *cookieAttrs) render() string {
	var sb strings.Builder
	if c.hasPath {
		sb.WriteString("; Path=" + c.path)
	}
	if c.hasDomain {
		sb.WriteString("; Domain=" + c.domain)
	}
	if c.hasMaxAge {
		sb.WriteString("; Max-Age=" + numString(math.Floor(c.maxAge)))
	}
	if c.hasExpires {
		sb.WriteString("; Expires=" + httpDate(c.expires))
	}
	if c.secure {
		sb.WriteString("; Secure")
	}
	if c.httpOnly {
		sb.WriteString("; HttpOnly")
	}
	if c.sameSite != "" {
		sb.WriteString("; SameSite=" + c.sameSite)
	}
	if c.partitd {
		sb.WriteString("; Partitioned")
	}
	return sb.String()
}

func (c *cookieAttrs) deletes() bool {
	if c.hasMaxAge {
		return c.maxAge <= 0
	}
	return c.hasExpires && c.expires < float64(time.Now().UnixMilli())
}

// apply sets the attributes an options object gives; days says a numeric
// expires counts days (js-cookie, jquery-cookie), else milliseconds since
// the epoch (the Cookie Store API).
func (c *cookieAttrs) apply(o value, days bool) {
	if o.k != vObj {
		return
	}
	for _, k := range o.o.keys {
		v := o.o.props[k]
		s, known := toStr(v).known()
		known = known && v.k != vUndef && v.k != vNull && v.k != vUnknown
		t, tknown := truthy(v)
		switch strings.ToLower(k) {
		case "path":
			if known {
				c.path, c.hasPath = s, s != ""
			} else if v.k == vUndef || v.k == vNull {
				c.hasPath = false
			}
		case "domain":
			if known {
				c.domain, c.hasDomain = s, s != ""
			}
		case "expires":
			c.expiry(v, days)
		case "maxage", "max-age":
			if n, ok := toNum(v); ok && n.rel == relNone {
				c.maxAge, c.hasMaxAge = n.n, true
			}
		case "secure":
			if tknown {
				c.secure = t
			}
		case "httponly":
			if tknown {
				c.httpOnly = t
			}
		case "partitioned":
			if tknown {
				c.partitd = t
			}
		case "samesite":
			switch {
			case v.k == vBool && v.b:
				c.sameSite = "Strict"
			case v.k == vBool:
				c.sameSite = ""
			case known:
				c.sameSite = sameSiteName(s)
			}
		}
	}
}

func sameSiteName(s string) string {
	switch strings.ToLower(s) {
	case "strict":
		return "Strict"
	case "lax":
		return "Lax"
	case "none":
		return "None"
	}
	return s
}

func (c *cookieAttrs) expiry(v value, days bool) {
	switch v.k {
	case vNum:
		switch {
		case days && v.rel == relNone:
			c.maxAge, c.hasMaxAge = math.Round(v.n*86400), true
		case !days && v.rel == relMs:
			c.maxAge, c.hasMaxAge = v.n/1000, true
		case !days && v.rel == relNone:
			c.expires, c.hasExpires = v.n, true
		}
	case vDate:
		switch {
		case !v.d.known:
		case v.d.rel:
			c.maxAge, c.hasMaxAge = v.d.ms/1000, true
		default:
			c.expires, c.hasExpires = v.d.ms, true
		}
	case vStr:
		if s, ok := v.known(); ok {
			if t, ok := parseDateString(s); ok {
				c.expires, c.hasExpires = float64(t.UnixMilli()), true
			}
		}
	}
}

// libOp records an operation of a cookie library.
func (a *analyzer) libOp(kind OpKind, api API, name, val value, attrs *cookieAttrs, e *js.CallExpr, c0 int) {
	o := &rawOp{Op: Op{Kind: kind, API: api}}
	if s, ok := toStr(name).known(); ok && name.k != vUnknown && name.k != vUndef {
		o.Name, o.NameKnown = s, true
	}
	if kind != Read {
		if s, ok := toStr(val).known(); ok && val.k != vUnknown && val.k != vUndef && val.k != vNull {
			o.Value = s
		}
		if attrs != nil {
			if attrs.deletes() {
				o.Kind = Delete
			}
			o.Attributes = attrs.render()
		}
	}
	a.emit(o, a.startOf(e, c0))
}

// libWrite is set(name, value, options) of js-cookie-like libraries.
func (a *analyzer) libWrite(api API, args []value, e *js.CallExpr, c0 int) {
	c := &cookieAttrs{}
	c.apply(arg(args, 2), api != UniversalCookie)
	a.libOp(Write, api, arg(args, 0), arg(args, 1), c, e, c0)
}

// libRemove is remove(name, options): a write that expires at once.
func (a *analyzer) libRemove(api API, args []value, e *js.CallExpr, c0 int) {
	c := &cookieAttrs{}
	if api == JSCookie {
		c.path, c.hasPath = "/", true
	}
	c.apply(arg(args, 1), true)
	c.hasExpires = false
	c.maxAge, c.hasMaxAge = -86400, true // expires: -1 (days)
	if api == UniversalCookie {
		c.maxAge = 0
	}
	a.libOp(Delete, api, arg(args, 0), str(""), c, e, c0)
}

func (a *analyzer) cookieStoreCall(name string, args []value, e *js.CallExpr, c0 int) {
	opts := arg(args, 0)
	nameV, valV := arg(args, 0), arg(args, 1)
	if opts.k == vObj {
		nameV, valV = opts.o.get("name"), opts.o.get("value")
	} else {
		opts = unknown
	}
	// The Cookie Store API's defaults: Path=/, Secure, SameSite=Strict.
	c := &cookieAttrs{path: "/", hasPath: true, secure: true, sameSite: "Strict"}
	switch name {
	case "set":
		c.apply(opts, false)
		c.secure = true
		a.libOp(Write, CookieStore, nameV, valV, c, e, c0)
	case "delete":
		c.apply(opts, false)
		c.hasExpires, c.maxAge, c.hasMaxAge = false, 0, true
		a.libOp(Delete, CookieStore, nameV, str(""), c, e, c0)
	case "get", "getAll":
		a.libOp(Read, CookieStore, nameV, unknown, nil, e, c0)
	}
}

func (a *analyzer) jsCookieCall(recv value, name string, args []value, e *js.CallExpr, c0 int) value {
	switch name {
	case "set":
		c := &cookieAttrs{path: "/", hasPath: true} // js-cookie's default attributes
		if recv.attrs != nil {
			c.apply(value{k: vObj, o: recv.attrs}, true)
		}
		c.apply(arg(args, 2), true)
		a.libOp(Write, JSCookie, arg(args, 0), arg(args, 1), c, e, c0)
	case "get", "getJSON":
		a.libOp(Read, JSCookie, arg(args, 0), unknown, nil, e, c0)
	case "remove":
		if recv.attrs != nil {
			merged := &objVal{}
			for _, k := range recv.attrs.keys {
				merged.set(k, recv.attrs.props[k])
			}
			if o := arg(args, 1); o.k == vObj {
				for _, k := range o.o.keys {
					merged.set(k, o.o.props[k])
				}
			}
			args = []value{arg(args, 0), {k: vObj, o: merged}}
		}
		a.libRemove(JSCookie, args, e, c0)
	case "withAttributes":
		merged := &objVal{}
		if recv.attrs != nil {
			for _, k := range recv.attrs.keys {
				merged.set(k, recv.attrs.props[k])
			}
		}
		if o := arg(args, 0); o.k == vObj {
			for _, k := range o.o.keys {
				merged.set(k, o.o.props[k])
			}
		}
		return value{k: vHost, h: hJSCookie, attrs: merged}
	case "withConverter", "noConflict":
		return recv
	}
	return unknown
}

// jqueryCookie is $.cookie(): a read with one argument (or none: all of
// them), a write with two, a delete when the value is null.
func (a *analyzer) jqueryCookie(args []value, e *js.CallExpr, c0 int) value {
	if len(args) < 2 || args[1].k == vUndef {
		a.libOp(Read, JQueryCookie, arg(args, 0), unknown, nil, e, c0)
		return unknown
	}
	if args[1].k == vNull {
		a.libRemove(JQueryCookie, []value{args[0], arg(args, 2)}, e, c0)
		return unknown
	}
	c := &cookieAttrs{}
	c.apply(arg(args, 2), true)
	a.libOp(Write, JQueryCookie, args[0], args[1], c, e, c0)
	return unknown
}

func (a *analyzer) universalCall(name string, args []value, e *js.CallExpr, c0 int) value {
	switch name {
	case "set":
		a.libWrite(UniversalCookie, args, e, c0)
	case "get", "getAll":
		a.libOp(Read, UniversalCookie, arg(args, 0), unknown, nil, e, c0)
	case "remove":
		a.libRemove(UniversalCookie, args, e, c0)
	}
	return unknown
}
