package script

import (
	"fmt"
	"strings"

	"github.com/tdewolff/parse/v2/js"
)

// Scripts of a page, and the files of a tree a page loads, share one
// global object: a helper one of them puts there (window.App.setCookie =
// function (name, value, days) {...}, or a function declared at the top
// of a classic script) is called from another (App.setCookie("sid", v,
// 30)). Tree.HelperPreludes finds such calls, and calls of a helper
// imported from another file of a tree, and Analyze follows them when given
// the defining scripts as Options.Preludes.

// globalDef is a function put on the global object, by its member path
// ("App.setCookie").
type globalDef struct {
	path string
	fn   js.INode
	// declared: the path starts at a variable declared at the top of
	// the script, global only in a classic script.
	declared bool
}

// globalRoots are the names of the global object itself.
var globalRoots = []string{"window", "self", "globalThis"}

// isGlobalRoot reports whether name is one of globalRoots.
func isGlobalRoot(name []byte) bool {
	for _, root := range globalRoots {
		if string(name) == root {
			return true
		}
	}
	return false
}

// joinReversed joins names, last first, with dots: the names of a member
// chain gathered from its end, copied once.
func joinReversed(names [][]byte) string {
	if len(names) == 0 {
		return ""
	}
	n := len(names) - 1
	for _, name := range names {
		n += len(name)
	}
	var sb strings.Builder
	sb.Grow(n)
	for i := len(names) - 1; i >= 0; i-- {
		sb.Write(names[i])
		if i > 0 {
			sb.WriteByte('.')
		}
	}
	return sb.String()
}

// globalPath returns the member path of e from the global object when e is
// one: App.setCookie, window.App.setCookie and CKEDITOR.tools.setCookie on
// an undeclared App or CKEDITOR give "App.setCookie" and
// "CKEDITOR.tools.setCookie"; false for a path from a declared variable,
// unless declared is allowed.
func globalPath(e js.IExpr, declared bool) (string, bool) {
	var chain [8][]byte
	members := chain[:0] // last first
	for range 8 {
		switch n := e.(type) {
		case *js.DotExpr:
			members = append(members, dotData(n))
			e = n.X
		case *js.Var:
			if d := resolve(n).Decl; d != js.NoDecl && !(declared && (d == js.VariableDecl || d == js.FunctionDecl)) {
				return "", false
			}
			if !isGlobalRoot(n.Data) || len(members) == 0 {
				members = append(members, n.Data)
			}
			return joinReversed(members), true
		default:
			return "", false
		}
	}
	return "", false
}

// noteGlobalDef records target = val when it puts a function on the
// global object, or an object literal of functions (CKEDITOR.tools = {
// setCookie: function () {...} }); topLevel says it is outside any
// function, where a declared variable of a classic script is global too.
func (a *analyzer) noteGlobalDef(target js.IExpr, val js.IExpr, topLevel bool) {
	path, ok := globalPath(target, false)
	declared := false
	if !ok && topLevel {
		path, ok = globalPath(target, true)
		declared = true
	}
	if !ok || !strings.Contains(path, ".") {
		return
	}
	if fn := funcNode(val); fn != nil {
		a.globalDefs = append(a.globalDefs, globalDef{path, fn, declared})
		return
	}
	if o, isObj := val.(*js.ObjectExpr); isObj {
		for _, p := range o.List {
			if fn := funcNode(p.Value); fn != nil && p.Name != nil && propName(p.Name) != "" {
				a.globalDefs = append(a.globalDefs, globalDef{path + "." + propName(p.Name), fn, declared})
			}
		}
	}
}

// globalFacts records in m the global functions the script defines that
// touch a cookie, the global functions it calls with an argument without
// defining them, and the imported bindings it calls with one.
func (a *analyzer) globalFacts(m *Module) {
	classic := len(m.imports) == 0 && len(m.exports) == 0
	defs := a.globalDefs
	if classic {
		// Its top-level functions are global.
		for _, st := range a.p.ast.BlockStmt.List {
			if d, ok := st.(*js.FuncDecl); ok && d.Name != nil {
				defs = append(defs, globalDef{a.p.textOf(d.Name.Data), d, true})
			}
		}
	}
	// A helper defined more than once is the file's if any definition
	// touches a cookie.
	own, listed := map[string]bool{}, map[string]bool{}
	for _, d := range defs {
		if d.declared && !classic {
			continue
		}
		own[d.path] = true
		if f, _ := a.fns.get(d.fn); f != nil && f.relevant && !listed[d.path] {
			listed[d.path] = true
			m.globalDefs = append(m.globalDefs, d.path)
		}
	}
	called := map[string]bool{}
	paths := a.topGlobalCalls
	for _, c := range a.rawCalls {
		if path, ok := globalCallPath(c.call); ok {
			paths = append(paths, path)
		}
	}
	for _, path := range paths {
		if own[path] || called[path] {
			continue
		}
		called[path] = true
		root, _, _ := strings.Cut(path, ".")
		_, imported := m.imports[root]
		switch {
		case imported && root == path:
			m.importCalls = append(m.importCalls, path)
		case !imported:
			m.globalCalls = append(m.globalCalls, path)
		}
	}
}

// globalCallPath is the path of the global function call calls with an
// argument, when it calls one.
func globalCallPath(call *js.CallExpr) (string, bool) {
	if len(call.Args.List) == 0 || !undeclaredRoot(call.X) {
		return "", false
	}
	return globalPath(call.X, false)
}

// noteTopGlobalCall records the global function a top-level call calls.
func (a *analyzer) noteTopGlobalCall(call *js.CallExpr) {
	path, ok := globalCallPath(call)
	if !ok {
		return
	}
	if _, seen := a.topGlobalSeen.get(path); seen {
		return
	}
	a.topGlobalSeen.set(path, true)
	a.topGlobalCalls = append(a.topGlobalCalls, path)
}

// undeclaredRoot reports, without building the path, whether a member
// chain starts at a name the script does not declare.
func undeclaredRoot(e js.IExpr) bool {
	for range 8 {
		switch n := e.(type) {
		case *js.DotExpr:
			e = n.X
		case *js.Var:
			return resolve(n).Decl == js.NoDecl
		default:
			return false
		}
	}
	return false
}

// Bounds on the scripts given as preludes to one script, and on all the
// prelude text of a tree, each analysed again with every script it precedes.
const (
	maxPreludes         = 8
	maxPreludeBytes     = 4 << 20
	maxTreePreludeBytes = 64 << 20
)

// HelperPreludes returns, for each script added whose calls reach a
// helper touching a cookie that another file of the tree defines (a
// function put on the global object, or one imported under the name it is
// exported by), the scripts to analyse it after as Options.Preludes: the
// defining files in the order added, at most 8 and 4 MB of them, and 64 MB
// for the whole tree (a script whose preludes would pass it is left out).
func (t *Tree) HelperPreludes() map[*Result][]string {
	definers := map[string][]*treeFile{}
	for _, f := range t.order {
		if f.mod != nil {
			for _, p := range f.mod.globalDefs {
				definers[p] = append(definers[p], f)
			}
		}
	}
	out := map[*Result][]string{}
	total := 0
	for _, f := range t.order {
		if f.mod == nil {
			continue
		}
		from := map[*treeFile]bool{}
		for _, p := range f.mod.globalCalls {
			for _, g := range definers[p] {
				from[g] = g != f
			}
		}
		for _, name := range f.mod.importCalls {
			ref := f.mod.imports[name]
			if g := t.lookup(f.key, ref.spec); ref.name == name && g != nil && g != f && g.mod != nil && len(g.res.Ops) > 0 {
				_, exported := g.mod.exports[name]
				from[g] = from[g] || exported
			}
		}
		var preludes []string
		size := 0
		for _, g := range t.order {
			if !from[g] {
				continue
			}
			if len(preludes) == maxPreludes || size+len(g.src) > maxPreludeBytes {
				break
			}
			size += len(g.src)
			preludes = append(preludes, g.src)
		}
		if len(preludes) > 0 && total+size <= maxTreePreludeBytes {
			total += size
			out[f.res] = preludes
		}
	}
	return out
}

// preludeSeparator ends each prelude: a statement cannot run on into the
// next script.
const preludeSeparator = "\n;\n"

// analyzeAfter analyses src after the scripts opts.Preludes, as one
// script: its operations alone are kept, placed in src. When the whole
// does not parse, src is analysed alone.
func analyzeAfter(src string, opts Options) (res *Result) {
	prelude := strings.Join(opts.Preludes, preludeSeparator) + preludeSeparator
	alone := opts
	alone.Preludes = nil
	whole := prelude + src
	if !Mentions(whole) {
		return Analyze(src, alone)
	}
	prog, perr := parseJS(whole)
	if perr != nil {
		return Analyze(src, alone)
	}
	res = &Result{Parsed: true}
	defer func() {
		// As in Analyze: a scanner must not take its caller down with it.
		if r := recover(); r != nil {
			res.Ops, res.Module, res.Parsed = nil, nil, false
			res.Err = fmt.Errorf("%w: %v", errInternal, r)
		}
	}()
	together := opts
	together.Preludes, together.Line, together.Col = nil, 1, 1
	a := newAnalyzer(prog, whole, together)
	// The sightings in src of each operation, moved into src: those in a
	// prelude are reported with it, even when src repeats them.
	var kept []*rawOp
	for _, o := range a.run() {
		if o := o.from(len(prelude)); o != nil {
			o.pos -= len(prelude)
			for i := range o.more {
				o.more[i] -= len(prelude)
			}
			kept = append(kept, o)
		}
	}
	res.Module = a.module(kept)
	res.addOps(kept, src, LinesOf(src), alone)
	return res
}
