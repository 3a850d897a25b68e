package script

import (
	"slices"
	"strings"

	"github.com/tdewolff/parse/v2/js"
)

// Scripts of a page, and the files of a tree a page loads, share one
// global object: a helper one of them puts there (window.App.setCookie =
// function (name, value, days) {...}, or a function declared at the top
// of a classic script) is called from another (App.setCookie("sid", v,
// 30)). GlobalPreludes finds such calls, and Analyze follows them when
// given the defining scripts as Options.Preludes.

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

// globalPath returns the member path of e from the global object when e is
// one: App.setCookie, window.App.setCookie and CKEDITOR.tools.setCookie on
// an undeclared App or CKEDITOR give "App.setCookie" and
// "CKEDITOR.tools.setCookie"; false for a path from a declared variable,
// unless declared is allowed.
func globalPath(e js.IExpr, declared bool) (string, bool) {
	var members []string
	for range 8 {
		switch n := e.(type) {
		case *js.DotExpr:
			members = append(members, string(dotData(n)))
			e = n.X
		case *js.Var:
			if d := resolve(n).Decl; d != js.NoDecl && !(declared && (d == js.VariableDecl || d == js.FunctionDecl)) {
				return "", false
			}
			if root := string(n.Data); !slices.Contains(globalRoots, root) || len(members) == 0 {
				members = append(members, root)
			}
			slices.Reverse(members)
			return strings.Join(members, "."), true
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
// touch a cookie, and the global functions it calls with an argument
// without defining them.
func (a *analyzer) globalFacts(m *Module) {
	classic := len(m.imports) == 0 && len(m.exports) == 0
	defs := a.globalDefs
	if classic {
		// Its top-level functions are global.
		for _, st := range a.p.ast.BlockStmt.List {
			if d, ok := st.(*js.FuncDecl); ok && d.Name != nil {
				defs = append(defs, globalDef{string(d.Name.Data), d, true})
			}
		}
	}
	own := map[string]bool{}
	for _, d := range defs {
		if d.declared && !classic {
			continue
		}
		own[d.path] = true
		if f := a.fns[d.fn]; f != nil && f.relevant && !slices.Contains(m.globalDefs, d.path) {
			m.globalDefs = append(m.globalDefs, d.path)
		}
	}
	for _, c := range a.rawCalls {
		if len(c.call.Args.List) == 0 {
			continue
		}
		path, ok := globalPath(c.call.X, false)
		root, _, _ := strings.Cut(path, ".")
		if _, imported := m.imports[root]; ok && !imported && !own[path] && !slices.Contains(m.globalCalls, path) {
			m.globalCalls = append(m.globalCalls, path)
		}
	}
}

// Bounds on the scripts given as preludes to one script.
const (
	maxPreludes     = 8
	maxPreludeBytes = 4 << 20
)

// GlobalPreludes returns, for the scripts srcs of one page or tree (in
// the order they run) with their results, the scripts each should be
// analysed after (Options.Preludes): those defining a global function
// touching a cookie that it calls, at most 8 and 4 MB of them, in order.
// Scripts calling no such function are left out.
func GlobalPreludes(srcs []string, results []*Result) map[int][]string {
	definers := map[string][]int{}
	for i, r := range results {
		if r == nil || r.Module == nil {
			continue
		}
		for _, p := range r.Module.globalDefs {
			definers[p] = append(definers[p], i)
		}
	}
	if len(definers) == 0 {
		return nil
	}
	out := map[int][]string{}
	for i, r := range results {
		if r == nil || r.Module == nil {
			continue
		}
		var from []int
		for _, p := range r.Module.globalCalls {
			for _, j := range definers[p] {
				if j != i && !slices.Contains(from, j) {
					from = append(from, j)
				}
			}
		}
		slices.Sort(from)
		size := 0
		for _, j := range from {
			if len(out[i]) == maxPreludes || size+len(srcs[j]) > maxPreludeBytes {
				break
			}
			size += len(srcs[j])
			out[i] = append(out[i], srcs[j])
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
func analyzeAfter(src string, opts Options) *Result {
	prelude := strings.Join(opts.Preludes, preludeSeparator) + preludeSeparator
	shift := strings.Count(prelude, "\n")
	whole := opts
	whole.Preludes, whole.Line, whole.Col = nil, 1, 1
	res := Analyze(prelude+src, whole)
	alone := opts
	alone.Preludes = nil
	if !res.Parsed || res.Module == nil || len(res.Module.ops) != len(res.Ops) {
		return Analyze(src, alone)
	}
	kept := &Result{Parsed: true, Module: res.Module}
	var flows []opFlow
	for i, op := range res.Ops {
		if op.Line <= shift {
			continue // an operation of a prelude, reported with it
		}
		op.Line, op.Col = place(alone, op.Line-shift, op.Col)
		kept.Ops = append(kept.Ops, op)
		flows = append(flows, res.Module.ops[i])
	}
	kept.Module.ops = flows
	return kept
}
