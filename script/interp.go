package script

import (
	"math"
	"strings"

	"github.com/tdewolff/parse/v2/js"
)

// The interpreter: statements in order, with a frame of bindings per
// function call. A condition it cannot decide runs both branches and keeps
// what they agree on; a loop body runs once (or once per element of a
// small constant array) and keeps what it did not change.

// over reports whether the budget for following helpers is spent; the
// direct pass over the script is linear and never stops.
func (a *analyzer) over() bool {
	if a.ctx.exp == nil {
		return false
	}
	a.expSteps++
	return a.expSteps > a.maxExpSteps
}

func (a *analyzer) stmts(list []js.IStmt) {
	// Function declarations are hoisted.
	for _, s := range list {
		fd, ok := s.(*js.FuncDecl)
		if e, isExport := s.(*js.ExportStmt); isExport {
			fd, ok = e.Decl.(*js.FuncDecl)
		}
		if ok && fd.Name != nil {
			f := a.fn(fd)
			a.setVar(fd.Name, value{k: vFunc, fn: f, clo: a.cur}, true)
			a.meet(f)
		}
	}
	for i, s := range list {
		a.stmt(s)
		a.interpreted(list, i)
	}
}

// meet records where a function was first met.
func (a *analyzer) meet(f *fnInfo) {
	if !f.started {
		f.start, f.started = a.cursor, true
	}
}

func (a *analyzer) stmt(s js.IStmt) {
	if a.over() {
		return
	}
	switch s := s.(type) {
	case *js.ExprStmt:
		a.expr(s.Value)
	case *js.VarDecl:
		a.varDecl(s)
	case *js.FuncDecl:
		a.funcValue(s)
	case *js.ClassDecl:
		a.class(s)
	case *js.BlockStmt:
		a.stmts(s.List)
	case *js.IfStmt:
		c := a.expr(s.Cond)
		if t, ok := truthy(c); ok {
			if t {
				a.stmt(s.Body)
			} else if s.Else != nil {
				a.stmt(s.Else)
			}
			return
		}
		a.branches(func() { a.stmt(s.Body) }, func() {
			if s.Else != nil {
				a.stmt(s.Else)
			}
		})
	case *js.WhileStmt:
		a.expr(s.Cond)
		a.branches(func() { a.stmt(s.Body) }, nil)
	case *js.DoWhileStmt:
		a.stmt(s.Body)
		a.expr(s.Cond)
	case *js.ForStmt:
		if s.Init != nil {
			a.expr(s.Init)
		}
		a.branches(func() {
			if s.Cond != nil {
				a.expr(s.Cond)
			}
			a.stmts(s.Body.List)
			if s.Post != nil {
				a.expr(s.Post)
			}
		}, nil)
	case *js.ForInStmt:
		a.expr(s.Value)
		a.branches(func() {
			a.bindLoop(s.Init, hole())
			a.stmts(s.Body.List)
		}, nil)
	case *js.ForOfStmt:
		a.forOf(s)
	case *js.SwitchStmt:
		a.expr(s.Init)
		fns := make([]func(), 0, len(s.List)+1)
		for i := range s.List {
			c := &s.List[i]
			fns = append(fns, func() {
				if c.Cond != nil {
					a.expr(c.Cond)
				}
				a.stmts(c.List)
			})
		}
		a.branches(append(fns, nil)...)
	case *js.ReturnStmt:
		v := value{k: vUndef}
		if s.Value != nil {
			v = a.expr(s.Value)
		}
		if a.rets != nil {
			*a.rets = append(*a.rets, v)
		}
	case *js.ThrowStmt:
		a.expr(s.Value)
	case *js.TryStmt:
		a.stmts(s.Body.List)
		if s.Catch != nil {
			a.branches(func() {
				if s.Binding != nil {
					a.bind(s.Binding, unknown)
				}
				a.stmts(s.Catch.List)
			}, nil)
		}
		if s.Finally != nil {
			a.stmts(s.Finally.List)
		}
	case *js.LabelledStmt:
		a.stmt(s.Value)
	case *js.WithStmt:
		a.expr(s.Cond)
		a.stmt(s.Body)
	case *js.ExportStmt:
		switch d := s.Decl.(type) {
		case nil:
		case *js.VarDecl:
			a.varDecl(d)
		case *js.FuncDecl:
			a.funcValue(d)
		case *js.ClassDecl:
			a.class(d)
		default:
			a.expr(d)
		}
	}
}

// branches runs alternative paths from the same bindings and keeps, after
// them, what every path agrees on. A nil path does nothing (a loop body
// that may not run, a missing else).
func (a *analyzer) branches(paths ...func()) {
	base := len(a.log)
	a.branching++
	type key struct {
		f *frame
		k varKey
	}
	results := make([]smallMap[key, value], len(paths))
	var order []key
	for i, p := range paths {
		if p != nil {
			p()
		}
		res := &results[i]
		for _, u := range a.log[base:] {
			k := key{u.f, u.k}
			if _, ok := res.get(k); !ok {
				v, _ := u.f.vars.get(u.k)
				res.set(k, v)
				order = append(order, k)
			}
		}
		a.rollback(base)
	}
	a.branching--
	var done smallMap[key, bool]
	for _, k := range order {
		if _, ok := done.get(k); ok {
			continue
		}
		done.set(k, true)
		before, had := k.f.vars.get(k.k)
		var merged value
		for i := range results {
			v, ok := results[i].get(k)
			if !ok {
				v = before
				if !had {
					v = value{k: vUndef}
				}
			}
			if i == 0 {
				merged = v
			} else {
				merged = join(merged, v)
			}
		}
		a.store(k.f, k.k, merged)
	}
}

func (a *analyzer) rollback(base int) {
	for i := len(a.log) - 1; i >= base; i-- {
		u := a.log[i]
		if u.had {
			u.f.vars.set(u.k, u.old)
		} else {
			u.f.vars.delete(u.k)
		}
	}
	a.log = a.log[:base]
}

func (a *analyzer) store(f *frame, k varKey, v value) {
	if a.branching > 0 {
		old, had := f.vars.get(k)
		a.log = append(a.log, undo{f, k, old, had})
	}
	f.vars.set(k, v)
}

// resolve follows a use in an inner scope to the declared variable (the
// parser links such uses to it).
func resolve(v *js.Var) *js.Var {
	for i := 0; v.Link != nil && i < 64; i++ {
		v = v.Link
	}
	return v
}

func (a *analyzer) keyOf(v *js.Var) varKey {
	v = resolve(v)
	if v.Decl == js.NoDecl {
		return varKey{name: a.p.textOf(v.Data)}
	}
	return varKey{v: v}
}

// setVar assigns a variable; declare binds it in the current frame.
func (a *analyzer) setVar(v *js.Var, val value, declare bool) {
	k := a.keyOf(v)
	if k.v == nil {
		a.store(a.global, k, val)
		return
	}
	f := a.cur
	if !declare {
		for g := a.cur; g != nil; g = g.parent {
			if _, ok := g.vars.get(k); ok {
				f = g
				break
			}
		}
	}
	a.store(f, k, val)
}

func (a *analyzer) lookup(v *js.Var) value {
	k := a.keyOf(v)
	if k.v == nil {
		if val, ok := a.global.vars.get(k); ok {
			return val
		}
		if val, ok := a.imports[k.name]; ok {
			return val
		}
		return globalName(k.name)
	}
	for f := a.cur; f != nil; f = f.parent {
		if val, ok := f.vars.get(k); ok {
			if val.k == vUnknown {
				return byName(k.v)
			}
			return val
		}
	}
	if f, _ := a.fnByVar.get(k.v); f != nil {
		return value{k: vFunc, fn: f, clo: a.global}
	}
	return byName(k.v)
}

// byName guesses an unknown variable by its name: a bundler's
// `var Cookies = n(42)` is js-cookie.
func byName(v *js.Var) value {
	switch string(v.Data) {
	case "Cookies", "jsCookie", "JsCookie":
		return hostVal(hJSCookie)
	}
	return unknown
}

// globalName is what a name of the global object is.
func globalName(name string) value {
	switch name {
	case "window", "self", "globalThis", "top", "parent", "frames":
		return hostVal(hWindow)
	case "document":
		return hostVal(hDocument)
	case "cookieStore":
		return hostVal(hCookieStore)
	case "Cookies":
		return hostVal(hJSCookie)
	case "$", "jQuery":
		return hostVal(hJQuery)
	case "useCookies":
		return hostVal(hUseCookies)
	case "UniversalCookie":
		return hostVal(hUniversalClass)
	case "Date":
		return hostVal(hDateClass)
	case "RegExp":
		return hostVal(hRegExpClass)
	case "Math":
		return hostVal(hMath)
	case "Object":
		return hostVal(hObjectClass)
	case "require":
		return hostVal(hRequire)
	case "undefined":
		return value{k: vUndef}
	case "$cookies", "VueCookies":
		return value{k: vHost, h: hCookieLib, s: string(VueCookies)}
	case "NaN":
		return num(math.NaN())
	case "Infinity":
		return num(math.Inf(1))
	case "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI", "escape", "unescape",
		"String", "Number", "parseInt", "parseFloat", "Boolean", "JSON":
		return value{k: vHost, h: hGlobalFunc, s: name}
	}
	return unknown
}

func (a *analyzer) varDecl(d *js.VarDecl) {
	for i := range d.List {
		el := &d.List[i]
		if el.Default == nil {
			if _, isVar := el.Binding.(*js.Var); isVar && d.TokenType == js.VarToken {
				continue // var x; keeps x
			}
			a.bind(el.Binding, value{k: vUndef})
			continue
		}
		a.bind(el.Binding, a.expr(el.Default))
	}
}

// bind binds a declaration's pattern to a value.
func (a *analyzer) bind(b js.IBinding, v value) {
	switch b := b.(type) {
	case *js.Var:
		a.setVar(b, v, true)
	case *js.BindingArray:
		for i := range b.List {
			el := &b.List[i]
			if el.Binding == nil {
				continue
			}
			a.bind(el.Binding, a.withDefault(elementOf(v, i), el.Default))
		}
		if b.Rest != nil {
			a.bind(b.Rest, unknown)
		}
	case *js.BindingObject:
		for i := range b.List {
			it := &b.List[i]
			var key string
			if it.Key != nil && it.Key.IsComputed() {
				kv, _ := a.expr(it.Key.Computed).known()
				key = kv
			} else if it.Key != nil {
				key = propName(it.Key)
			} else if v, ok := it.Value.Binding.(*js.Var); ok {
				key = string(v.Data)
			}
			pv := unknown
			if key != "" {
				pv = a.member(v, key, nil, a.cursor)
			}
			if it.Value.Binding != nil {
				a.bind(it.Value.Binding, a.withDefault(pv, it.Value.Default))
			}
		}
		if b.Rest != nil {
			a.setVar(b.Rest, unknown, true)
		}
	}
}

func (a *analyzer) withDefault(v value, def js.IExpr) value {
	if def != nil && v.k == vUndef {
		return a.expr(def)
	}
	return v
}

// bindParams binds a function's parameters to the arguments of a call;
// nil args leaves them unknown.
func (a *analyzer) bindParams(p *js.Params, args []value) {
	for i := range p.List {
		el := &p.List[i]
		v := unknown
		if args != nil {
			v = value{k: vUndef}
			if i < len(args) {
				v = args[i]
			}
		}
		if el.Binding != nil {
			a.bind(el.Binding, a.withDefault(v, el.Default))
		}
	}
	if p.Rest != nil {
		a.bind(p.Rest, unknown)
	}
}

func elementOf(v value, i int) value {
	switch v.k {
	case vArr:
		if i < len(v.o.elems) {
			return v.o.elems[i]
		}
		if !v.o.partial {
			return value{k: vUndef}
		}
	case vTaint:
		return v
	}
	return unknown
}

// bindLoop binds the variable of a for-in/of loop.
func (a *analyzer) bindLoop(init js.IExpr, v value) {
	switch x := init.(type) {
	case *js.VarDecl:
		if len(x.List) > 0 {
			a.bind(x.List[0].Binding, v)
		}
	case *js.Var:
		a.setVar(x, v, false)
	}
}

func (a *analyzer) forOf(s *js.ForOfStmt) {
	iter := a.expr(s.Value)
	if iter.k == vArr && !iter.o.partial && len(iter.o.elems) <= maxIter && !a.iterating {
		a.iterating = true
		paths := make([]func(), 0, len(iter.o.elems))
		for _, el := range iter.o.elems {
			paths = append(paths, func() {
				a.bindLoop(s.Init, el)
				a.stmts(s.Body.List)
			})
		}
		a.branches(paths...)
		a.iterating = false
		return
	}
	el := unknown
	if iter.k == vTaint {
		el = iter
	}
	a.branches(func() {
		a.bindLoop(s.Init, el)
		a.stmts(s.Body.List)
	}, nil)
}

// funcValue makes the value of a function expression or declaration and
// schedules its body, which runs at the end of the enclosing body.
func (a *analyzer) funcValue(n js.INode) value {
	f := a.fn(n)
	a.meet(f)
	v := value{k: vFunc, fn: f, clo: a.cur}
	if f.relevant {
		a.deferred = append(a.deferred, deferredFn{f, a.cur, a.ctx})
	}
	a.cursor = max(a.cursor, f.maxOff)
	return v
}

func (a *analyzer) class(c *js.ClassDecl) {
	if c.Extends != nil {
		a.expr(c.Extends)
	}
	for _, el := range c.List {
		switch {
		case el.StaticBlock != nil:
			a.stmts(el.StaticBlock.List)
		case el.Method != nil:
			a.funcValue(el.Method)
		case el.Field.Init != nil:
			a.expr(el.Field.Init)
		}
	}
}

// touch moves the cursor past a token of the tree.
func (a *analyzer) touch(b []byte) {
	if off, ok := a.p.offset(b); ok {
		a.cursor = max(a.cursor, off+len(b))
	}
}

func (a *analyzer) expr(e js.IExpr) value {
	if e == nil {
		return value{k: vUndef}
	}
	if a.over() {
		return unknown
	}
	switch e := e.(type) {
	case *js.Var:
		return a.lookup(e)
	case *js.LiteralExpr:
		return a.literal(e)
	case js.LiteralExpr:
		return a.literal(&e)
	case *js.TemplateExpr:
		return a.template(e)
	case *js.GroupExpr:
		return a.expr(e.X)
	case *js.CommaExpr:
		v := unknown
		for _, x := range e.List {
			v = a.expr(x)
		}
		return v
	case *js.CondExpr:
		c := a.expr(e.Cond)
		if t, ok := truthy(c); ok {
			if t {
				return a.expr(e.X)
			}
			return a.expr(e.Y)
		}
		return join(a.expr(e.X), a.expr(e.Y))
	case *js.UnaryExpr:
		return a.unary(e)
	case *js.BinaryExpr:
		return a.binary(e)
	case *js.DotExpr:
		c0 := a.cursor
		obj := a.expr(e.X)
		return a.member(obj, a.dotName(e), e, c0)
	case *js.IndexExpr:
		c0 := a.cursor
		obj := a.expr(e.X)
		key := a.expr(e.Y)
		if k, ok := toStr(key).known(); ok && key.k != vUnknown {
			return a.member(obj, k, e, c0)
		}
		if obj.k == vTaint {
			return obj
		}
		return unknown
	case *js.CallExpr:
		return a.call(e)
	case *js.NewExpr:
		return a.newExpr(e)
	case *js.ArrayExpr:
		o := &objVal{}
		for _, el := range e.List {
			v := a.expr(el.Value)
			if el.Spread {
				if v.k == vArr && !v.o.partial {
					o.elems = append(o.elems, v.o.elems...)
				} else {
					o.partial = true
				}
				continue
			}
			o.elems = append(o.elems, v)
		}
		return value{k: vArr, o: o}
	case *js.ObjectExpr:
		return a.object(e)
	case *js.FuncDecl:
		return a.funcValue(e)
	case *js.ArrowFunc:
		return a.funcValue(e)
	case *js.ClassDecl:
		a.class(e)
	case *js.YieldExpr:
		a.expr(e.X)
	case *js.VarDecl:
		a.varDecl(e)
		return value{k: vUndef}
	}
	return unknown
}

// dotName returns the property name of a.b, moving the cursor past it.
func (a *analyzer) dotName(e *js.DotExpr) string {
	d := dotData(e)
	a.touch(d)
	return a.p.textOf(d)
}

// dotData returns the property name of a.b (a.#b has a *js.Var).
func dotData(e *js.DotExpr) []byte {
	switch y := e.Y.(type) {
	case js.LiteralExpr:
		return y.Data
	case *js.LiteralExpr:
		return y.Data
	case *js.Var:
		return y.Data
	}
	return nil
}

func (a *analyzer) literal(l *js.LiteralExpr) value {
	a.touch(l.Data)
	switch tt := l.TokenType; {
	case tt == js.StringToken:
		if s, ok := decodeString(a.p.textOf(l.Data)); ok {
			return str(s)
		}
		return hole()
	case js.IsNumeric(tt):
		if f, ok := parseNumber(string(l.Data)); ok {
			return num(f)
		}
	case tt == js.TrueToken:
		return value{k: vBool, b: true}
	case tt == js.FalseToken:
		return value{k: vBool}
	case tt == js.NullToken:
		return value{k: vNull}
	case tt == js.RegExpToken:
		d := string(l.Data)
		if i := strings.LastIndexByte(d, '/'); i > 0 {
			return value{k: vRegexp, s: d[1:i]}
		}
	}
	return unknown
}

func (a *analyzer) template(t *js.TemplateExpr) value {
	if t.Tag != nil {
		a.expr(t.Tag)
		for _, p := range t.List {
			a.touch(p.Value)
			a.expr(p.Expr)
		}
		a.touch(t.Tail)
		return hole()
	}
	out := str("")
	var jar *rawOp // `; ${document.cookie}` is still the cookie jar's
	for _, p := range t.List {
		a.touch(p.Value)
		out = concat(out, templateText(string(p.Value)))
		v := a.expr(p.Expr)
		if jar == nil {
			jar = v.taint
		}
		out = concat(out, toStr(v))
	}
	a.touch(t.Tail)
	out = concat(out, templateText(string(t.Tail)))
	out.taint = jar
	return out
}

// templateText decodes the text of a template part: the raw text between
// ` or } and ${ or `.
func templateText(raw string) value {
	raw = strings.TrimPrefix(raw, "`")
	raw = strings.TrimPrefix(raw, "}")
	raw = strings.TrimSuffix(raw, "${")
	raw = strings.TrimSuffix(raw, "`")
	if s, ok := decodeEscapes(raw); ok {
		return str(s)
	}
	return hole()
}

func (a *analyzer) unary(e *js.UnaryExpr) value {
	switch e.Op {
	case js.NotToken:
		if t, ok := truthy(a.expr(e.X)); ok {
			return value{k: vBool, b: !t}
		}
	case js.NegToken:
		if n, ok := toNum(a.expr(e.X)); ok && n.rel == relNone {
			return num(-n.n)
		}
	case js.PosToken:
		if n, ok := toNum(a.expr(e.X)); ok {
			return n
		}
	case js.TypeofToken:
		if t := typeOf(a.expr(e.X)); t != "" {
			return str(t)
		}
	case js.VoidToken:
		a.expr(e.X)
		return value{k: vUndef}
	case js.DeleteToken:
	case js.PreIncrToken, js.PreDecrToken, js.PostIncrToken, js.PostDecrToken:
		if v, ok := e.X.(*js.Var); ok {
			a.setVar(v, unknown, false)
		} else {
			a.expr(e.X)
		}
	default: // await, ~
		v := a.expr(e.X)
		if e.Op == js.AwaitToken {
			return v
		}
	}
	return unknown
}

func typeOf(v value) string {
	switch v.k {
	case vUndef:
		return "undefined"
	case vNull, vObj, vArr, vRegexp, vDate:
		return "object"
	case vBool:
		return "boolean"
	case vNum:
		return "number"
	case vStr:
		return "string"
	case vFunc:
		return "function"
	}
	return ""
}

func (a *analyzer) binary(e *js.BinaryExpr) value {
	switch e.Op {
	case js.EqToken, js.AddEqToken, js.SubEqToken, js.MulEqToken, js.DivEqToken, js.ModEqToken, js.ExpEqToken,
		js.LtLtEqToken, js.GtGtEqToken, js.GtGtGtEqToken, js.BitAndEqToken, js.BitOrEqToken, js.BitXorEqToken,
		js.AndEqToken, js.OrEqToken, js.NullishEqToken:
		return a.assign(e)
	case js.AndToken, js.OrToken, js.NullishToken:
		l := a.expr(e.X)
		t, ok := truthy(l)
		switch {
		case e.Op == js.NullishToken && (l.k == vNull || l.k == vUndef):
			return a.expr(e.Y)
		case e.Op == js.NullishToken && l.k != vUnknown && l.k != vTaint:
			return l
		case ok && (e.Op == js.AndToken) == t:
			return a.expr(e.Y)
		case ok:
			return l
		}
		r := a.expr(e.Y)
		if _, literal := e.Y.(*js.ObjectExpr); literal && l.k == vUnknown && e.Op != js.AndToken {
			// window.App = window.App || {}: a namespace made here, or
			// one another script made with more in it.
			r.o.partial = true
			return r
		}
		return join(l, r)
	}
	l := a.expr(e.X)
	r := a.expr(e.Y)
	switch e.Op {
	case js.EqEqToken, js.EqEqEqToken, js.NotEqToken, js.NotEqEqToken:
		a.evidence(l, r)
		a.evidence(r, l)
		ls, lok := l.known()
		rs, rok := r.known()
		if lok && rok {
			eq := ls == rs
			return value{k: vBool, b: eq == (e.Op == js.EqEqToken || e.Op == js.EqEqEqToken)}
		}
		return unknown
	}
	return arith(e.Op, l, r)
}

// arith folds a binary operator over two values.
func arith(op js.TokenType, l, r value) value {
	if op == js.AddToken {
		if t := l.taint; t != nil || r.taint != nil {
			// "; " + document.cookie: a string with a hole, still
			// the cookie jar's.
			if t == nil {
				t = r.taint
			}
			v := concat(toStr(l), toStr(r))
			v.taint = t
			return v
		}
		if isStringy(l) || isStringy(r) {
			return concat(toStr(l), toStr(r))
		}
	}
	x, okx := toNum(l)
	y, oky := toNum(r)
	if !okx || !oky {
		return unknown
	}
	switch op {
	case js.AddToken:
		if x.rel != relNone && y.rel != relNone {
			return unknown
		}
		return value{k: vNum, n: x.n + y.n, rel: max(x.rel, y.rel)}
	case js.SubToken:
		switch {
		case x.rel == y.rel:
			return num(x.n - y.n)
		case y.rel == relNone:
			return value{k: vNum, n: x.n - y.n, rel: x.rel}
		}
		return unknown
	}
	if x.rel != relNone || y.rel != relNone {
		return unknown
	}
	switch op {
	case js.MulToken:
		return num(x.n * y.n)
	case js.DivToken:
		return num(x.n / y.n)
	case js.ModToken:
		return num(math.Mod(x.n, y.n))
	case js.ExpToken:
		return num(math.Pow(x.n, y.n))
	case js.LtToken:
		return value{k: vBool, b: x.n < y.n}
	case js.GtToken:
		return value{k: vBool, b: x.n > y.n}
	case js.LtEqToken:
		return value{k: vBool, b: x.n <= y.n}
	case js.GtEqToken:
		return value{k: vBool, b: x.n >= y.n}
	}
	return unknown
}

// isStringy says + with this value concatenates.
func isStringy(v value) bool {
	switch v.k {
	case vStr, vRegexp, vObj, vArr:
		return true
	case vDate:
		return v.d.known
	}
	return false
}

// compound is the operator of a compound assignment.
var compound = map[js.TokenType]js.TokenType{
	js.AddEqToken: js.AddToken, js.SubEqToken: js.SubToken, js.MulEqToken: js.MulToken,
	js.DivEqToken: js.DivToken, js.ModEqToken: js.ModToken, js.ExpEqToken: js.ExpToken,
}

func (a *analyzer) assign(e *js.BinaryExpr) value {
	c0 := a.cursor
	switch x := e.X.(type) {
	case *js.Var:
		r := a.expr(e.Y)
		if e.Op != js.EqToken {
			if op, ok := compound[e.Op]; ok {
				r = arith(op, a.lookup(x), r)
			} else {
				r = unknown
			}
		}
		a.setVar(x, r, false)
		return r
	case *js.DotExpr:
		obj := a.expr(x.X)
		name := a.dotName(x)
		return a.assignMember(obj, name, e, c0)
	case *js.IndexExpr:
		obj := a.expr(x.X)
		k, ok := toStr(a.expr(x.Y)).known()
		if !ok {
			a.expr(e.Y)
			return unknown
		}
		return a.assignMember(obj, k, e, c0)
	}
	r := a.expr(e.Y)
	a.forget(e.X)
	return r
}

// forget makes every variable of a destructuring assignment unknown.
func (a *analyzer) forget(target js.IExpr) {
	switch t := target.(type) {
	case *js.Var:
		a.setVar(t, unknown, false)
	case *js.ArrayExpr:
		for _, el := range t.List {
			a.forget(el.Value)
		}
	case *js.ObjectExpr:
		for _, p := range t.List {
			a.forget(p.Value)
		}
	case *js.BinaryExpr:
		a.forget(t.X)
	}
}

func (a *analyzer) assignMember(obj value, name string, e *js.BinaryExpr, c0 int) value {
	r := a.expr(e.Y)
	switch {
	case obj.k == vHost && obj.h == hDocument && name == "cookie":
		// += appends nothing to the jar: it writes the string, like =.
		a.writeDocCookie(r, e, c0)
	case obj.k == vObj:
		if op, ok := compound[e.Op]; ok {
			r = arith(op, obj.o.get(name), r)
		}
		obj.o.set(name, r)
	case obj.k == vHost && (obj.h == hElement || obj.h == hWindow || obj.h == hDocument) && strings.HasPrefix(name, "on"):
		a.handler(obj, str(name[2:]), r)
	case obj.k == vHost && obj.h == hWindow:
		// A property of the global object is a global variable.
		a.store(a.global, varKey{name: name}, r)
	}
	return r
}

func (o *objVal) get(name string) value {
	if v, ok := o.props[name]; ok {
		return v
	}
	if o.partial {
		return unknown
	}
	return value{k: vUndef}
}

func (o *objVal) set(name string, v value) {
	if o.props == nil {
		o.props = map[string]value{}
	}
	if _, ok := o.props[name]; !ok {
		o.keys = append(o.keys, name)
	}
	o.props[name] = v
}

func (a *analyzer) object(e *js.ObjectExpr) value {
	o := &objVal{}
	for i := range e.List {
		p := &e.List[i]
		if p.Spread {
			v := a.expr(p.Value)
			if v.k == vObj {
				for _, k := range v.o.keys {
					o.set(k, v.o.props[k])
				}
				o.partial = o.partial || v.o.partial
			} else if v.k != vUndef && v.k != vNull {
				o.partial = true
			}
			continue
		}
		if m, ok := p.Value.(*js.MethodDecl); ok {
			f := a.fn(m)
			o.set(f.name, a.funcValue(m))
			continue
		}
		var key string
		switch {
		case p.Name == nil:
			if v, ok := p.Value.(*js.Var); ok {
				key = string(v.Data)
			}
		case p.Name.IsComputed():
			k, ok := toStr(a.expr(p.Name.Computed)).known()
			if !ok {
				o.partial = true
			}
			key = k
		default:
			a.touch(p.Name.Literal.Data)
			key = propName(p.Name)
		}
		v := a.expr(p.Value)
		if key != "" {
			o.set(key, v)
		}
	}
	return value{k: vObj, o: o}
}
