package script

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/js"
)

// fnInfo is what is known of one function of the script.
type fnInfo struct {
	node   js.INode // *js.FuncDecl, *js.ArrowFunc or *js.MethodDecl
	idx    int      // its place in analyzer.fnList
	params *js.Params
	body   *js.BlockStmt
	parent *fnInfo // the lexically enclosing function
	name   string
	// weakName is a name a bound event handler may replace ("onclick").
	weakName bool
	// relevant: the function mentions a cookie, or calls or passes on a
	// function that does. Other functions are never interpreted for
	// their operations, which keeps a large bundle cheap.
	relevant bool
	size     int // syntax nodes, to tell small helpers
	maxOff   int // the offset of its last token seen, for positions
	// start is the cursor when the function was first met: analyses of
	// its body start from there.
	start   int
	started bool
	// doneUnbound: analysed once with unknown parameters.
	doneUnbound bool
	expanded    bool // followed from at least one call
	// logoutBound: bound to an element whose selector says logout.
	logoutBound bool
	calls       []*fnInfo // functions it calls (for Logout reachability)
	logoutReach bool
	// requests: its own code sends a request to the server; requestReach:
	// a function that does calls it.
	requests     bool
	requestReach bool
	// promiseStep: an executor or .then/.catch/.finally callback, whose
	// requests are part of the enclosing function's flow.
	promiseStep bool
}

// chain returns the names of f and its enclosing functions, innermost first.
func (f *fnInfo) chain() string {
	var names []string
	for g := f; g != nil; g = g.parent {
		if g.name != "" {
			names = append(names, g.name)
		}
	}
	return strings.Join(names, "<")
}

// logoutChain reports whether f or an enclosing function says logout.
func (f *fnInfo) logoutChain() bool {
	for g := f; g != nil; g = g.parent {
		if g.logoutBound || g.logoutReach || isLogoutName(g.name) {
			return true
		}
	}
	return false
}

// rawOp is an operation with what is needed to place and filter it.
type rawOp struct {
	Op
	site     int // offset of the operation itself
	pos      int // offset where it is reported (a call site when expanded)
	expanded bool
	owner    *fnInfo // the function whose code holds the operation
	caller   *fnInfo // the function it is reported in
	// content is a key of everything but the position, for comparisons;
	// see contentKey.
	content string
	// more are the positions where the same operation is reported again
	// (see emit), in order after finish.
	more []int
}

// repeatKey tells apart the writes and deletes that emit counts as one:
// what they do, in which function and flow, and for a followed call the
// code it reached.
type repeatKey struct {
	kind                    OpKind
	api                     API
	name, value, attributes string
	nameKnown, logout       bool
	owner, caller           *fnInfo
	expanded                bool
	site                    int
}

// from is o with only its positions at or after offset, nil when none is.
func (o *rawOp) from(offset int) *rawOp {
	var at []int
	for _, p := range append([]int{o.pos}, o.more...) {
		if p >= offset {
			at = append(at, p)
		}
	}
	if len(at) == 0 {
		return nil
	}
	c := *o
	c.pos, c.more = at[0], at[1:]
	return &c
}

// expansion is a call into a helper being followed.
type expansion struct {
	pos     int     // the outermost call followed: where ops are reported
	caller  *fnInfo // the function that call sits in
	callees []*fnInfo
}

// ctx is where the interpreter is.
type ctx struct {
	fn    *fnInfo
	exp   *expansion
	depth int
}

type varKey struct {
	v    *js.Var
	name string // for undeclared (global) variables
}

type frame struct {
	vars   smallMap[varKey, value]
	parent *frame
}

// newFrame returns a frame for the bindings of a body of statements, sized
// for what they declare: a bundle's body declares thousands of functions,
// and growing the map one rehash at a time costs more than the analysis.
func newFrame(parent *frame, body []js.IStmt) *frame {
	return &frame{vars: newSmallMap[varKey, value](declarations(body)), parent: parent}
}

// declarations counts the statements of a body that declare: functions,
// variables and classes, exported or not.
func declarations(body []js.IStmt) int {
	n := 0
	for _, s := range body {
		if e, ok := s.(*js.ExportStmt); ok {
			s, _ = e.Decl.(js.IStmt)
		}
		switch s.(type) {
		case *js.FuncDecl, *js.VarDecl, *js.ClassDecl:
			n++
		}
	}
	return n
}

type undo struct {
	f   *frame
	k   varKey
	old value
	had bool
}

type deferredFn struct {
	fn  *fnInfo
	clo *frame
	ctx ctx
}

// Bounds on following helpers.
const (
	maxDepth    = 4   // helpers followed inside one another
	smallFnSize = 200 // syntax nodes of a non-cookie helper followed for its result
	maxIter     = 8   // elements of a constant array iterated one by one
)

type analyzer struct {
	p      *program
	text   string // the parsed text
	opts   Options
	fns    smallMap[js.INode, *fnInfo]
	fnList []*fnInfo // fns in the order first met
	// fnChunk is where the next fnInfos are made, a chunk at a time: a
	// bundle has thousands of functions.
	fnChunk []fnInfo
	// fnChunkSize is the length of each new fnChunk, from the estimate
	// of the script's functions.
	fnChunkSize int
	// rawCalls are the calls in functions the prepass saw, for the
	// module facts.
	rawCalls []rawCall
	// facts are the module facts, gathered before interpreting.
	facts   *Module
	fnByVar smallMap[*js.Var, *fnInfo]
	imports map[string]value
	// apiImports are the names imported from modules of server calls.
	apiImports map[string]bool
	// globalDefs are the functions the script puts on the global object.
	globalDefs []globalDef
	// topGlobalCalls are the paths of the global functions top-level code
	// calls with an argument, each once: a script repeating one call
	// keeps one entry.
	topGlobalCalls []string
	topGlobalSeen  smallMap[string, bool]
	// topRequests: code outside any function sends a request.
	topRequests bool
	global      *frame
	cur         *frame
	ctx         ctx
	deferred    []deferredFn
	rets        *[]value
	ops         []*rawOp
	// repeats finds the record of a write or delete seen before.
	repeats smallMap[repeatKey, *rawOp]
	// cursor is the offset of the last token passed, for placing nodes
	// the tree gives no offset (identifiers).
	cursor int
	// expSteps counts work spent following helpers, against maxExpSteps.
	expSteps, maxExpSteps int
	log                   []undo
	branching             int
	iterating             bool
}

func newAnalyzer(p *program, src string, opts Options) *analyzer {
	fns := functionsIn(p.text)
	var fnList []*fnInfo
	if fns > 0 {
		fnList = make([]*fnInfo, 0, fns)
	}
	a := &analyzer{
		fnList:      fnList,
		p:           p,
		text:        p.text,
		opts:        opts,
		fns:         newSmallMap[js.INode, *fnInfo](fns),
		fnChunkSize: min(max(fns, 1), 256),
		fnByVar:     newSmallMap[*js.Var, *fnInfo](fns),
		global:      newFrame(nil, p.ast.BlockStmt.List),
		maxExpSteps: 200000 + 4*len(src),
	}
	a.cur = a.global
	return a
}

// run analyses the program and returns its operations in source order.
func (a *analyzer) run() []*rawOp {
	a.prepass()
	a.facts = a.moduleFacts()
	a.body(a.p.ast.BlockStmt.List)
	return a.finish()
}

// interpreted lets go of a top-level statement once interpreted: nothing
// comes back to it but to the functions it defines, which are kept.
func (a *analyzer) interpreted(list []js.IStmt, i int) {
	if top := a.p.ast.BlockStmt.List; len(top) > 0 && &list[0] == &top[0] {
		list[i] = nil
	}
}

// fn returns the info of a function node, made on first sight.
func (a *analyzer) fn(n js.INode) *fnInfo {
	if f, ok := a.fns.get(n); ok {
		return f
	}
	if len(a.fnChunk) == 0 {
		a.fnChunk = make([]fnInfo, a.fnChunkSize)
	}
	f := &a.fnChunk[0]
	a.fnChunk = a.fnChunk[1:]
	*f = fnInfo{node: n, idx: len(a.fnList)}
	a.fnList = append(a.fnList, f)
	switch n := n.(type) {
	case *js.FuncDecl:
		f.params, f.body = &n.Params, &n.Body
		if n.Name != nil {
			f.name = a.p.textOf(n.Name.Data)
			// Analyses of the body start from its name (the cursor
			// is elsewhere when a hoisted function is met).
			f.start, f.started = a.p.offset(n.Name.Data)
		}
	case *js.ArrowFunc:
		f.params, f.body = &n.Params, &n.Body
	case *js.MethodDecl:
		f.params, f.body = &n.Params, &n.Body
		f.name = propName(&n.Name.PropertyName)
		f.start, f.started = a.p.offset(n.Name.Literal.Data)
		if n.Name.Private != nil {
			f.name = a.p.textOf(n.Name.Private.Data)
		}
	}
	a.fns.set(n, f)
	return f
}

// functionsIn estimates the functions of a script from its function
// keywords and arrows, to size what holds them.
func functionsIn(text string) int {
	return strings.Count(text, "function") + strings.Count(text, "=>")
}

// funcNode returns the function an expression is, through parentheses.
func funcNode(e js.IExpr) js.INode {
	for {
		switch n := e.(type) {
		case *js.GroupExpr:
			e = n.X
		case *js.FuncDecl, *js.ArrowFunc:
			return n
		default:
			return nil
		}
	}
}

// propName returns a property's name when it is not computed.
func propName(n *js.PropertyName) string {
	if n == nil || n.IsComputed() {
		return ""
	}
	if n.Literal.TokenType == js.StringToken {
		s, _ := decodeString(string(n.Literal.Data))
		return s
	}
	return string(n.Literal.Data)
}

// prepass walks the whole tree once: it makes every function's info,
// names functions by what they are assigned to, marks the functions that
// mention a cookie and propagates that through calls, and records imports.
func (a *analyzer) prepass() {
	v := &prewalk{a: a}
	v.stack = v.stackRoom[:0]
	js.Walk(v, a.p.ast)
	// A function that calls (or hands on) a cookie function is relevant
	// too: worklist over the reversed call edges.
	callers := map[*fnInfo][]*fnInfo{}
	var work []*fnInfo
	for _, e := range v.edges {
		callee, _ := a.fnByVar.get(resolve(e.callee))
		if callee == nil {
			continue
		}
		if e.caller != nil {
			e.caller.calls = append(e.caller.calls, callee)
			callers[callee] = append(callers[callee], e.caller)
		}
	}
	for _, f := range a.fnList {
		if f.relevant {
			work = append(work, f)
		}
	}
	for len(work) > 0 {
		f := work[len(work)-1]
		work = work[:len(work)-1]
		for _, c := range callers[f] {
			for g := c; g != nil && !g.relevant; g = g.parent {
				g.relevant = true
				work = append(work, g)
			}
		}
	}
}

type callEdge struct {
	caller *fnInfo
	callee *js.Var
}

type prewalk struct {
	a     *analyzer
	stack []*fnInfo
	// stackRoom holds the stack of functions as deep as most scripts nest.
	stackRoom [8]*fnInfo
	edges     []callEdge
}

func (w *prewalk) top() *fnInfo {
	if len(w.stack) == 0 {
		return nil
	}
	return w.stack[len(w.stack)-1]
}

// request notes that the code being walked sends a request to the server.
func (w *prewalk) request() {
	if f := w.top(); f != nil {
		f.requests = true
		return
	}
	w.a.topRequests = true
}

func (w *prewalk) mention(b []byte) {
	if f := w.top(); f != nil && !f.relevant && len(b) >= len("cookie") && mentions(b, bytes.IndexByte) {
		f.relevant = true
	}
}

func (w *prewalk) lit(b []byte) {
	if off, ok := w.a.p.offset(b); ok {
		if f := w.top(); f != nil {
			f.maxOff = max(f.maxOff, off+len(b))
		}
	}
	w.mention(b)
}

// promiseCallbacks marks the functions among args as steps of a promise.
func (w *prewalk) promiseCallbacks(args []js.Arg) {
	for _, arg := range args {
		if fn := funcNode(arg.Value); fn != nil {
			w.a.fn(fn).promiseStep = true
		}
	}
}

// name names the function e is, if it is one, by what it is bound to.
func (w *prewalk) name(e js.IExpr, name func() string, weak bool) {
	if fn := funcNode(e); fn != nil {
		if f := w.a.fn(fn); f.name == "" {
			f.name, f.weakName = name(), weak
		}
	}
}

func (w *prewalk) Enter(n js.INode) js.IVisitor {
	a := w.a
	if f := w.top(); f != nil {
		f.size++
	}
	switch n := n.(type) {
	case *js.FuncDecl, *js.ArrowFunc, *js.MethodDecl:
		f := a.fn(n)
		f.parent = w.top()
		w.stack = append(w.stack, f)
		if fd, ok := n.(*js.FuncDecl); ok && fd.Name != nil {
			a.fnByVar.set(fd.Name, f)
		}
	case *js.Var:
		w.mention(n.Data)
	case *js.LiteralExpr:
		w.lit(n.Data)
	case js.LiteralExpr:
		w.lit(n.Data)
	case *js.TemplatePart:
		w.lit(n.Value)
	case *js.TemplateExpr:
		w.lit(n.Tail)
	case *js.ImportStmt:
		a.addImport(n)
		a.addAPIImports(n)
		w.mention(n.Module)
	case *js.BindingElement:
		if v, ok := n.Binding.(*js.Var); ok {
			if fn := funcNode(n.Default); fn != nil {
				w.name(n.Default, func() string { return string(v.Data) }, false)
				a.fnByVar.set(v, a.fn(fn))
			}
		}
	case *js.NewExpr:
		if v, ok := n.X.(*js.Var); ok && string(v.Data) == "XMLHttpRequest" {
			w.request()
		}
		if v, ok := n.X.(*js.Var); ok && string(v.Data) == "Promise" && n.Args != nil {
			w.promiseCallbacks(n.Args.List)
		}
	case *js.BinaryExpr:
		if navigatesToLogout(n) {
			w.request()
		}
		if n.Op == js.EqToken {
			switch x := n.X.(type) {
			case *js.Var:
				w.name(n.Y, func() string { return string(x.Data) }, false)
				if fn := funcNode(n.Y); fn != nil {
					if f, _ := a.fnByVar.get(resolve(x)); f == nil {
						a.fnByVar.set(resolve(x), a.fn(fn))
					}
				}
			case *js.DotExpr:
				// obj.logout = function () {}; el.onclick = ... is a
				// weak name a bound element may better.
				w.name(n.Y, func() string { return string(dotData(x)) }, bytes.HasPrefix(dotData(x), []byte("on")))
				a.noteGlobalDef(x, n.Y, w.top() == nil)
			}
		}
	case *js.Property:
		w.name(n.Value, func() string { return propName(n.Name) }, false)
	case *js.Field:
		w.name(n.Init, func() string { return propName(&n.Name.PropertyName) }, false)
	case *js.CallExpr:
		if w.top() != nil {
			a.rawCalls = appendRoomy(a.rawCalls, rawCall{w.top(), n})
		} else {
			a.noteTopGlobalCall(n)
		}
		if d, ok := n.X.(*js.DotExpr); ok {
			switch string(dotData(d)) {
			case "then", "catch", "finally":
				w.promiseCallbacks(n.Args.List)
			}
		}
		if a.sendsRequest(n.X) || navigatesToLogout(n) {
			w.request()
		}
		if v, ok := n.X.(*js.Var); ok {
			w.edges = appendRoomy(w.edges, callEdge{w.top(), v})
		}
		for _, arg := range n.Args.List {
			if v, ok := arg.Value.(*js.Var); ok {
				w.edges = appendRoomy(w.edges, callEdge{w.top(), v})
			}
		}
	}
	return w
}

func (w *prewalk) Exit(n js.INode) {
	switch n.(type) {
	case *js.FuncDecl, *js.ArrowFunc, *js.MethodDecl:
		f := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		if p := w.top(); p != nil {
			p.relevant = p.relevant || f.relevant
			p.maxOff = max(p.maxOff, f.maxOff)
			p.size += f.size
		}
	}
}

// addImport records what the names an import binds are.
func (a *analyzer) addImport(n *js.ImportStmt) {
	importBindings(n, func(mod, binding, name string) {
		if name == "*" {
			name = "default"
		}
		if v, ok := moduleExport(mod, name); ok {
			if a.imports == nil {
				a.imports = map[string]value{}
			}
			a.imports[binding] = v
		}
	})
}

// importBindings calls bind with the module, each name an import binds
// and the export it names ("default", "*" for a namespace).
func importBindings(n *js.ImportStmt, bind func(mod, binding, name string)) {
	mod, _ := decodeString(string(n.Module))
	if n.Default != nil {
		bind(mod, string(n.Default), "default")
	}
	for _, al := range n.List {
		if al.Binding == nil {
			continue
		}
		name := string(al.Name)
		if name == "" {
			name = string(al.Binding)
		}
		bind(mod, string(al.Binding), name)
	}
}

// moduleExport says what an export of a cookie library is.
func moduleExport(mod, name string) (value, bool) {
	if v, ok := libraryExport(mod, name); ok {
		return v, true
	}
	switch mod {
	case "js-cookie":
		return hostVal(hJSCookie), true
	case "universal-cookie":
		return hostVal(hUniversalClass), true
	case "react-cookie":
		switch name {
		case "useCookies":
			return hostVal(hUseCookies), true
		case "Cookies", "default":
			return hostVal(hUniversalClass), true
		}
	case "@vueuse/integrations/useCookies", "@vueuse/integrations":
		// The package itself re-exports what its useCookies entry does.
		if name == "useCookies" {
			return value{k: vHost, h: hUseCookies, s: "vueuse"}, true
		}
	case "jquery":
		return hostVal(hJQuery), true
	}
	return unknown, false
}

// body interprets the statements of a function body (or the script), then
// the functions it defined: those run later, when the body's bindings are
// final.
func (a *analyzer) body(list []js.IStmt) {
	saved := a.deferred
	a.deferred = nil
	a.stmts(list)
	a.runDeferred()
	a.deferred = saved
}

// runDeferred analyses the functions deferred to the end of a body.
func (a *analyzer) runDeferred() {
	for i := 0; i < len(a.deferred); i++ {
		d := a.deferred[i]
		if d.ctx.exp == nil {
			if d.fn.doneUnbound {
				continue
			}
			d.fn.doneUnbound = true
		}
		a.callFn(d.fn, d.clo, d.ctx, nil, nil)
	}
}

// callFn interprets a function with its parameters bound to args (unknown
// when nil), collecting return values into rets when not nil.
func (a *analyzer) callFn(f *fnInfo, clo *frame, c ctx, args []value, rets *[]value) {
	savedCur, savedCtx, savedRets, savedCursor := a.cur, a.ctx, a.rets, a.cursor
	a.cur = newFrame(clo, f.body.List)
	a.cursor = f.start
	a.ctx = ctx{fn: f, exp: c.exp, depth: c.depth}
	a.rets = rets
	a.bindParams(f.params, args)
	a.body(f.body.List)
	a.cur, a.ctx, a.rets, a.cursor = savedCur, savedCtx, savedRets, savedCursor
}

// emit records an operation found at offset site.
func (a *analyzer) emit(o *rawOp, site int) *rawOp {
	o.site, o.pos, o.owner = site, site, a.ctx.fn
	o.caller = a.ctx.fn
	logout := a.opts.Logout || a.ctx.fn.logoutChain()
	if e := a.ctx.exp; e != nil {
		o.pos, o.caller, o.expanded = e.pos, e.caller, true
		logout = logout || e.caller.logoutChain()
		for _, c := range e.callees {
			logout = logout || c.logoutChain()
		}
	}
	o.Function = o.caller.chain()
	o.Logout = logout
	// A write or delete done again in the same function and flow is
	// counted on its first record, so that a script repeating one write
	// costs its positions, not an operation each. Reads are named after
	// they are recorded, so they are told apart in finish.
	if o.Kind != Read {
		k := repeatKey{kind: o.Kind, api: o.API, name: o.Name, value: o.Value, attributes: o.Attributes,
			nameKnown: o.NameKnown, logout: o.Logout, owner: o.owner, caller: o.caller, expanded: o.expanded, site: -1}
		if o.expanded {
			k.site = o.site
		}
		if first, _ := a.repeats.get(k); first != nil {
			first.more = append(first.more, o.pos)
			return first
		}
		a.repeats.set(k, o)
	}
	a.ops = appendRoomy(a.ops, o)
	return o
}

// finish settles names found late, drops what following helpers made
// redundant and orders the operations.
func (a *analyzer) finish() []*rawOp {
	a.propagateLogout()
	a.propagateRequests()
	places := make([]placement, 0, len(a.ops))
	for i, o := range a.ops {
		o.content = ""
		if o.Kind != Read {
			o.Cookie = ""
			if o.NameKnown {
				o.Cookie = o.Name + "=" + o.Value + o.Attributes
			}
		}
		if !o.Logout && o.caller.logoutChain() {
			o.Logout = true
		}
		o.ServerRequest = o.caller.requestChain() || o.owner.requestChain() || o.caller == nil && a.topRequests
		places = append(places, placement{site: o.site, op: i, pos: o.pos})
		for _, p := range o.more {
			site := p // a direct sighting is reported where it is
			if o.expanded {
				site = o.site
			}
			places = append(places, placement{site: site, op: i, pos: p})
		}
	}
	// The sightings of one site are settled together, in the order they
	// were found.
	slices.SortStableFunc(places, func(x, y placement) int { return cmp.Compare(x.site, y.site) })
	// What settle keeps of each site is moved to the front of places,
	// behind the sites settled before it.
	n := 0
	for start := 0; start < len(places); {
		end := start + 1
		for end < len(places) && places[end].site == places[start].site {
			end++
		}
		n += copy(places[n:], settle(a.ops, places[start:end]))
		start = end
	}
	kept := places[:n]
	// Each operation kept is reported at its positions kept, in order and
	// each once.
	slices.SortFunc(kept, func(x, y placement) int { return cmp.Or(cmp.Compare(x.op, y.op), cmp.Compare(x.pos, y.pos)) })
	out := make([]*rawOp, 0, len(a.ops))
	for start := 0; start < len(kept); {
		end := start + 1
		for end < len(kept) && kept[end].op == kept[start].op {
			end++
		}
		o := a.ops[kept[start].op]
		o.pos, o.more = kept[start].pos, nil
		for _, p := range kept[start+1 : end] {
			if p.pos != o.pos && (len(o.more) == 0 || p.pos != o.more[len(o.more)-1]) {
				o.more = append(o.more, p.pos)
			}
		}
		out = append(out, o)
		start = end
	}
	sortOps(out)
	return out
}

// placement is one sighting of a recorded operation: the site of its code,
// the operation's index and where it is reported.
type placement struct {
	site, op, pos int
}

// contentKey returns o.content, made on first use: only operations
// sharing a site are compared.
func (o *rawOp) contentKey() string {
	if o.content == "" {
		o.content = string(o.Kind) + "\x00" + string(o.API) + "\x00" + o.Name + "\x00" + boolStr(o.NameKnown) + "\x00" + o.Value + "\x00" + o.Attributes + "\x00" + boolStr(o.Logout)
	}
	return o.content
}

func boolStr(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// settle chooses among the operations found at one site: the same code
// seen directly and through calls into it.
//   - a known name beats an unknown one (getCookie('sid') makes the
//     helper's own nameless read redundant);
//   - a followed call that found nothing new is dropped for the direct
//     sighting, which has the true position;
//   - a followed call that found more replaces the direct sighting;
//   - a nameless direct sighting in a helper that was followed, where no
//     call reached it (a branch the constants ruled out), is dropped.
func settle(ops []*rawOp, group []placement) []placement {
	if len(group) == 1 {
		// Alone at its site: only a nameless direct sighting in a
		// followed helper goes.
		if o := ops[group[0].op]; !o.expanded && !o.NameKnown && o.owner.expandedAbove() {
			return nil
		}
		return group
	}
	named := slices.ContainsFunc(group, func(p placement) bool { return ops[p.op].NameKnown })
	direct := map[string]bool{}
	for _, p := range group {
		if o := ops[p.op]; !o.expanded {
			direct[o.contentKey()] = true
		}
	}
	var kept []placement
	seen := map[string]bool{}
	for _, p := range group {
		o := ops[p.op]
		if named && !o.NameKnown || o.expanded && direct[o.contentKey()] {
			continue
		}
		key := o.contentKey() + "\x00" + strconv.Itoa(p.pos)
		if seen[key] {
			continue
		}
		seen[key] = true
		kept = append(kept, p)
	}
	reached := slices.ContainsFunc(group, func(p placement) bool { return ops[p.op].expanded })
	anyExpanded := slices.ContainsFunc(kept, func(p placement) bool { return ops[p.op].expanded })
	out := kept[:0]
	for _, p := range kept {
		if o := ops[p.op]; !o.expanded && (anyExpanded || !reached && !o.NameKnown && o.owner.expandedAbove()) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// expandedAbove reports whether f or an enclosing function was followed
// from a call.
func (f *fnInfo) expandedAbove() bool {
	for g := f; g != nil; g = g.parent {
		if g.expanded {
			return true
		}
	}
	return false
}

// propagateLogout marks the functions reached only through calls from a
// logout function (clearSession() called by logout()).
func (a *analyzer) propagateLogout() {
	var work []*fnInfo
	for _, f := range a.fnList {
		// Only functions touching cookies (or calling those that do)
		// can lead to an operation.
		if f.relevant && f.logoutChain() {
			work = append(work, f)
		}
	}
	markCalled(work, func(f *fnInfo) *bool { return &f.logoutReach })
}

// markCalled sets the flag that flag points at on every function that the
// functions of start call, directly or through others.
func markCalled(start []*fnInfo, flag func(*fnInfo) *bool) {
	work := start
	for len(work) > 0 {
		f := work[len(work)-1]
		work = work[:len(work)-1]
		for _, g := range f.calls {
			if p := flag(g); !*p {
				*p = true
				work = append(work, g)
			}
		}
	}
}
