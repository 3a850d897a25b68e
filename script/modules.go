package script

import (
	"strings"

	"github.com/tdewolff/parse/v2/js"
)

// Module is what one script shows the other modules of a tree: its
// functions with what they call, what it imports and exports, and in which
// function each of its operations sits. Tree uses it to follow a logout flow
// from one file into another.
type Module struct {
	funcs   []modFunc
	exports map[string]int // export path ("logout", "default.actions.logout") → function
	imports map[string]importRef
	// ops holds, for each operation of the Result in order, the functions
	// it is reported in and written in (-1 for top-level code).
	ops []opFlow
	// globalDefs are the paths of the functions touching a cookie it puts
	// on the global object; globalCalls those of the global functions it
	// calls without defining them; importCalls the imported bindings it
	// calls (see Tree.HelperPreludes).
	globalDefs, globalCalls, importCalls []string
}

type modFunc struct {
	parent   int // the lexically enclosing function, -1 at top level
	requests bool
	// promiseStep: its requests count for its parent (a .then callback).
	promiseStep bool
	calls       []int
	ext         []extCall
}

// importRef is where an imported binding comes from: name is the export
// it names, "*" for a namespace import or a require.
type importRef struct {
	spec, name string
}

// extCall is a call out of the module: through an imported binding and a
// member path after it (store.actions.logout → "store", "actions.logout"),
// or a store dispatch of an action by name (dispatch("user/logout")).
type extCall struct {
	binding, path string
	action        string
}

type opFlow struct {
	caller, owner int
}

// rawCall is a call seen by the prepass, kept until imports are all known.
type rawCall struct {
	fn   *fnInfo
	call *js.CallExpr
}

// moduleOf parses src for its module facts alone, without interpreting it;
// nil when it does not parse.
func moduleOf(src string) *Module {
	prog, perr := parseJS(src)
	if perr != nil {
		return nil
	}
	a := newAnalyzer(prog, src, Options{})
	a.prepass()
	return a.moduleFacts()
}

// module hands over the module facts, with the flows of ops, the operations
// in the order of the Result; it is called once, when the analysis is done.
func (a *analyzer) module(ops []*rawOp) *Module {
	m := a.facts
	a.facts = nil
	m.ops = nil
	if len(ops) > 0 {
		m.ops = make([]opFlow, 0, len(ops))
	}
	for _, o := range ops {
		m.ops = append(m.ops, opFlow{caller: fnIdx(o.caller), owner: fnIdx(o.owner)})
	}
	return m
}

// moduleFacts gathers what the prepass and the top-level statements say
// of the module, before the statements are interpreted (and let go).
func (a *analyzer) moduleFacts() *Module {
	m := newModule()
	var top smallMap[string, js.IExpr]
	a.topFacts(m, a.p.ast.BlockStmt.List, &top)
	a.funcFacts(m)
	return m
}

// newModule returns an empty Module; its maps are made when first filled,
// as most scripts import and export nothing.
func newModule() *Module {
	return &Module{}
}

func (m *Module) addImport(binding string, ref importRef) {
	if m.imports == nil {
		m.imports = map[string]importRef{}
	}
	m.imports[binding] = ref
}

// topFacts records the imports, top-level bindings and exports of the
// top-level statements list; top holds the bindings met so far.
func (a *analyzer) topFacts(m *Module, list []js.IStmt, top *smallMap[string, js.IExpr]) {
	for _, st := range list {
		a.moduleStmt(m, st, top)
	}
	for _, st := range list {
		a.moduleExports(m, st, top)
	}
}

// funcFacts records what the functions met do and call, once every
// function of the script is known.
func (a *analyzer) funcFacts(m *Module) {
	m.funcs = make([]modFunc, len(a.fnList))
	for i, f := range a.fnList {
		mf := modFunc{parent: -1, requests: f.requests, promiseStep: f.promiseStep}
		if f.parent != nil {
			mf.parent = f.parent.idx
		}
		for _, g := range f.calls {
			mf.calls = append(mf.calls, g.idx)
		}
		m.funcs[i] = mf
	}
	a.globalFacts(m)
	for _, c := range a.rawCalls {
		if name, ok := dispatchedAction(c.call); ok {
			m.funcs[c.fn.idx].ext = append(m.funcs[c.fn.idx].ext, extCall{action: name})
			continue
		}
		if len(m.imports) == 0 {
			continue // no binding to call into
		}
		root, path := calleePath(c.call.X)
		if _, ok := m.imports[root]; ok {
			m.funcs[c.fn.idx].ext = append(m.funcs[c.fn.idx].ext, extCall{binding: root, path: path})
		}
	}
}

func fnIdx(f *fnInfo) int {
	if f == nil {
		return -1
	}
	return f.idx
}

// moduleStmt records the imports and top-level bindings of a statement.
func (a *analyzer) moduleStmt(m *Module, st js.IStmt, top *smallMap[string, js.IExpr]) {
	switch n := st.(type) {
	case *js.ImportStmt:
		importBindings(n, func(spec, binding, name string) {
			m.addImport(binding, importRef{spec, name})
		})
	case *js.ExportStmt:
		if n.Decl != nil && !n.Default {
			a.moduleStmt(m, exprStmt(n.Decl), top)
		}
	case *js.FuncDecl:
		if n.Name != nil {
			top.set(a.p.textOf(n.Name.Data), n)
		}
	case *js.VarDecl:
		for _, b := range n.List {
			switch bind := b.Binding.(type) {
			case *js.Var:
				if spec, ok := requireOf(b.Default); ok {
					m.addImport(string(bind.Data), importRef{spec, "*"})
				} else if b.Default != nil {
					top.set(a.p.textOf(bind.Data), b.Default)
				}
			case *js.BindingObject:
				spec, ok := requireOf(b.Default)
				if !ok {
					continue
				}
				for _, item := range bind.List {
					v, isVar := item.Value.Binding.(*js.Var)
					if !isVar {
						continue
					}
					name := string(v.Data)
					if item.Key != nil {
						name = propName(item.Key)
					}
					m.addImport(string(v.Data), importRef{spec, name})
				}
			}
		}
	}
}

// exprStmt wraps an exported declaration as the statement it declares.
func exprStmt(e js.IExpr) js.IStmt {
	if s, ok := e.(js.IStmt); ok {
		return s
	}
	return &js.ExprStmt{Value: e}
}

// requireOf returns the module of require("m").
func requireOf(e js.IExpr) (string, bool) {
	c, ok := e.(*js.CallExpr)
	if !ok || len(c.Args.List) != 1 {
		return "", false
	}
	if v, ok := c.X.(*js.Var); !ok || string(v.Data) != "require" {
		return "", false
	}
	lit, ok := c.Args.List[0].Value.(*js.LiteralExpr)
	if !ok || lit.TokenType != js.StringToken {
		return "", false
	}
	spec, ok := decodeString(string(lit.Data))
	return spec, ok
}

// moduleExports records what a top-level statement exports: export
// declarations, export lists, export default, module.exports and exports.x.
func (a *analyzer) moduleExports(m *Module, st js.IStmt, top *smallMap[string, js.IExpr]) {
	switch n := st.(type) {
	case *js.ExportStmt:
		switch {
		case n.Default && n.Decl != nil:
			a.exportValue(m, "default", n.Decl, top, 0)
		case n.Decl != nil:
			switch d := n.Decl.(type) {
			case *js.FuncDecl:
				if d.Name != nil {
					a.exportValue(m, string(d.Name.Data), d, top, 0)
				}
			case *js.VarDecl:
				for _, b := range d.List {
					if v, ok := b.Binding.(*js.Var); ok && b.Default != nil {
						a.exportValue(m, string(v.Data), b.Default, top, 0)
					}
				}
			}
		case n.Module == nil:
			for _, al := range n.List {
				local := string(al.Name)
				if local == "" {
					local = string(al.Binding)
				}
				if e, ok := top.get(local); ok {
					a.exportValue(m, string(al.Binding), e, top, 0)
				}
			}
		}
	case *js.ExprStmt:
		as, ok := n.Value.(*js.BinaryExpr)
		if !ok || as.Op != js.EqToken || !exportsRoot(as.X) {
			return
		}
		root, path := calleePath(as.X)
		switch {
		case root == "module" && path == "exports":
			a.exportValue(m, "", as.Y, top, 0)
		case root == "module" && strings.HasPrefix(path, "exports."):
			a.exportValue(m, strings.TrimPrefix(path, "exports."), as.Y, top, 0)
		case root == "exports" && path != "":
			a.exportValue(m, path, as.Y, top, 0)
		}
	}
}

// exportsRoot reports whether e is a member chain calleePath would read
// from module or exports, the roots of a CommonJS export.
func exportsRoot(e js.IExpr) bool {
	for range 8 {
		switch n := e.(type) {
		case *js.Var:
			return string(n.Data) == "module" || string(n.Data) == "exports"
		case *js.DotExpr:
			e = n.X
		default:
			return false
		}
	}
	return false
}

// maxExportDepth bounds the nesting of exported objects followed
// (default.actions.logout is two deep).
const maxExportDepth = 3

// exportValue records the functions that e, exported as path, holds:
// itself, or the members of an object literal, through top-level names.
func (a *analyzer) exportValue(m *Module, path string, e js.IExpr, top *smallMap[string, js.IExpr], depth int) {
	if depth > maxExportDepth {
		return
	}
	join := func(name string) string {
		if path == "" {
			return name
		}
		return path + "." + name
	}
	switch n := e.(type) {
	case *js.FuncDecl, *js.ArrowFunc, *js.MethodDecl:
		if f, ok := a.fns.get(n); ok {
			if m.exports == nil {
				m.exports = map[string]int{}
			}
			m.exports[path] = f.idx
		}
	case *js.GroupExpr:
		a.exportValue(m, path, n.X, top, depth)
	case *js.Var:
		if v, ok := top.get(a.p.textOf(n.Data)); ok {
			a.exportValue(m, path, v, top, depth+1)
		}
	case *js.ObjectExpr:
		for _, p := range n.List {
			if p.Spread || p.Name == nil && p.Value == nil {
				continue
			}
			name := ""
			switch v := p.Value.(type) {
			case *js.MethodDecl:
				name = a.fn(v).name
			case *js.Var:
				name = string(v.Data)
			}
			if p.Name != nil {
				name = propName(p.Name)
			}
			if name != "" {
				a.exportValue(m, join(name), p.Value, top, depth+1)
			}
		}
	}
}

// calleePath splits a callee into the name at its root and the member path
// after it: store.actions.logout → "store", "actions.logout".
func calleePath(e js.IExpr) (string, string) {
	var chain [8][]byte
	members := chain[:0] // last first
	for range 8 {
		switch n := e.(type) {
		case *js.Var:
			return string(n.Data), joinReversed(members)
		case *js.DotExpr:
			members = append(members, dotData(n))
			e = n.X
		default:
			return "", ""
		}
	}
	return "", ""
}

// dispatchedAction returns the action a store dispatch names:
// store.dispatch("user/logout") and dispatch("logout") give "logout".
func dispatchedAction(c *js.CallExpr) (string, bool) {
	if len(c.Args.List) == 0 {
		return "", false
	}
	switch x := c.X.(type) {
	case *js.Var:
		if string(x.Data) != "dispatch" {
			return "", false
		}
	case *js.DotExpr:
		if string(dotData(x)) != "dispatch" {
			return "", false
		}
	default:
		return "", false
	}
	lit, ok := c.Args.List[0].Value.(*js.LiteralExpr)
	if !ok || lit.TokenType != js.StringToken {
		return "", false
	}
	s, ok := decodeString(string(lit.Data))
	if !ok || s == "" {
		return "", false
	}
	return s[strings.LastIndexByte(s, '/')+1:], true
}
