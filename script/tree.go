package script

import (
	"path"
	"strings"
)

// Tree follows logout flows across the modules of a source tree: a deletion
// in one file is cleanup when a function that calls into it, or that it is
// called from, asks the server, through ES module imports, CommonJS
// requires and store dispatches (dispatch("user/logout")) within the tree.
//
// Add every script of the tree, then ask ServerRequest. Files whose
// analysis was skipped (no mention of a cookie) are parsed, for their
// calls and requests alone, only when a flow may pass through them.
type Tree struct {
	files  map[string]*treeFile
	byRes  map[*Result]*treeFile
	order  []*treeFile
	byStem map[string][]*treeFile
	// reach tells, once resolved, which functions a request reaches.
	reach    map[*treeFile][]bool
	resolved bool
}

type treeFile struct {
	key     string
	src     string
	res     *Result
	mod     *Module
	loaded  bool // mod is final (analysed, or parsed on demand)
	visited bool // its calls were followed
	// callerSide: the files that call into it matter (its flows go up).
	callerSide bool
}

// NewTree returns an empty tree.
func NewTree() *Tree {
	return &Tree{files: map[string]*treeFile{}, byRes: map[*Result]*treeFile{}, byStem: map[string][]*treeFile{}}
}

// moduleExtensions are tried, in order, for an import without one.
var moduleExtensions = []string{".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx", ".vue", ".svelte"}

// Add records a script of the tree: file is its path (slash-separated),
// src the JavaScript that res was found in. A file holding several scripts
// (a page's inline scripts) is imported as its first.
func (t *Tree) Add(file, src string, res *Result) {
	key := path.Clean(file)
	f := &treeFile{key: key, src: src, res: res}
	if res.Module != nil {
		f.mod, f.loaded = res.Module, true
	}
	t.byRes[res] = f
	t.order = append(t.order, f)
	t.resolved = false
	if _, dup := t.files[key]; dup {
		return
	}
	t.files[key] = f
	stem := moduleStem(key)
	t.byStem[stem] = append(t.byStem[stem], f)
}

// moduleStem is the name an import of a file ends with: its base name
// without extension, or its folder's for an index file.
func moduleStem(key string) string {
	base := strings.TrimSuffix(path.Base(key), path.Ext(key))
	if base == "index" {
		return path.Base(path.Dir(key))
	}
	return base
}

// ServerRequest reports whether the flow of operation i of res, a Result
// added to the tree, asks the server, following calls across its modules.
func (t *Tree) ServerRequest(res *Result, i int) bool {
	f := t.byRes[res]
	if f == nil || i < 0 || i >= len(f.res.Ops) {
		return false
	}
	if f.res.Ops[i].ServerRequest {
		return true
	}
	if !t.resolved {
		t.resolve()
	}
	reach := t.reach[f]
	if f.mod == nil || reach == nil || i >= len(f.mod.ops) {
		return false
	}
	fl := f.mod.ops[i]
	return fl.caller >= 0 && reach[fl.caller] || fl.owner >= 0 && reach[fl.owner]
}

// pendingDeletion reports whether a file has a deletion no request of its
// own explains.
func (f *treeFile) pendingDeletion() bool {
	if f.res == nil {
		return false
	}
	for _, op := range f.res.Ops {
		if op.Kind == Delete && !op.ServerRequest {
			return true
		}
	}
	return false
}

// load parses a skipped file for its module facts.
func (t *Tree) load(f *treeFile) {
	if !f.loaded {
		f.loaded = true
		f.mod = moduleOf(f.src)
	}
}

// visit loads a file whose calls are to be followed; true the first time,
// when it has module facts.
func (t *Tree) visit(f *treeFile) bool {
	if f.visited {
		return false
	}
	f.visited = true
	t.load(f)
	return f.mod != nil
}

// resolve loads the files the pending deletions' flows may pass through and
// computes which functions a request reaches.
func (t *Tree) resolve() {
	t.resolved = true
	t.reach = map[*treeFile][]bool{}
	var work []*treeFile
	for _, f := range t.order {
		if f.mod != nil && f.pendingDeletion() {
			f.callerSide, f.visited = true, true
			work = append(work, f)
		}
	}
	if len(work) == 0 {
		return
	}
	// Grow the set of files that matter: what they import (callees, whose
	// requests flow up) and, for the files holding a deletion and their
	// callers, the files that may import them.
	for len(work) > 0 {
		var next []*treeFile
		for _, f := range work {
			for _, ref := range f.mod.imports {
				if g := t.lookup(f.key, ref.spec); g != nil && t.visit(g) {
					next = append(next, g)
				}
			}
			for _, fn := range f.mod.funcs {
				for _, c := range fn.ext {
					if c.action == "" {
						continue
					}
					for _, g := range t.order {
						if !g.visited && strings.Contains(g.src, c.action) && strings.Contains(g.src, "actions") && t.visit(g) {
							next = append(next, g)
						}
					}
				}
			}
			if !f.callerSide {
				continue
			}
			stem := moduleStem(f.key)
			if len(stem) < 2 {
				continue
			}
			for _, g := range t.order {
				if g == f || g.callerSide || g.loaded && g.mod == nil || !strings.Contains(g.src, stem) {
					continue
				}
				t.load(g)
				if g.mod != nil && t.importsFrom(g, f) {
					g.callerSide, g.visited = true, true
					next = append(next, g)
				}
			}
		}
		work = next
	}
	t.computeReach()
}

// importsFrom reports whether g imports f.
func (t *Tree) importsFrom(g, f *treeFile) bool {
	for _, ref := range g.mod.imports {
		if t.lookup(g.key, ref.spec) == f {
			return true
		}
	}
	return false
}

// lookup finds the file an import names: a relative path from the
// importer, or an aliased or base-relative one ("@/api/user", "~/store",
// "utils/auth") matched by its end, the match nearest the importer first.
// Packages (no folder) are never in the tree.
func (t *Tree) lookup(importer, spec string) *treeFile {
	if spec == "" {
		return nil
	}
	if strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") {
		return t.candidateFile(path.Join(path.Dir(importer), spec))
	}
	rest := spec
	if i := strings.IndexByte(rest, '/'); i > 0 && strings.Trim(rest[:i], "@~#$") == "" {
		rest = rest[i+1:]
	} else if i < 0 {
		return nil
	}
	rest = path.Clean(rest)
	var best *treeFile
	bestShared := -1
	for _, f := range t.byStem[moduleStem(rest+".js")] {
		if !matchesEnd(f.key, rest) {
			continue
		}
		if n := sharedPrefix(importer, f.key); n > bestShared {
			best, bestShared = f, n
		}
	}
	return best
}

// candidateSuffixes end the names of the files an import of a target may
// mean, in the order tried: the target itself, the target with a module
// extension, the index module of the target folder.
var candidateSuffixes = func() []string {
	out := []string{""}
	out = append(out, moduleExtensions...)
	for _, ext := range moduleExtensions {
		out = append(out, "/index"+ext)
	}
	return out
}()

// candidateFile returns the file of the tree an import of target means.
// The names tried are built in one buffer: imports are resolved for every
// module of a tree, many times over.
func (t *Tree) candidateFile(target string) *treeFile {
	var room [128]byte
	name := room[:0]
	for _, suffix := range candidateSuffixes {
		name = append(append(name[:0], target...), suffix...)
		if f := t.files[string(name)]; f != nil {
			return f
		}
	}
	return nil
}

// matchesEnd reports whether key is the file rest names at its end.
func matchesEnd(key, rest string) bool {
	for _, suffix := range candidateSuffixes {
		stem, ok := strings.CutSuffix(key, suffix)
		if !ok {
			continue
		}
		if dir, ok := strings.CutSuffix(stem, rest); ok && (dir == "" || strings.HasSuffix(dir, "/")) {
			return true
		}
	}
	return false
}

func sharedPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// node is one function of one file of the tree.
type node struct {
	f  *treeFile
	fn int
}

// computeReach marks the functions a request reaches: a function that
// asks the server, or calls (through any number of functions and modules)
// one that does, sends; everything inside a sending function, and every
// function such a function calls, is reached.
func (t *Tree) computeReach() {
	var files []*treeFile
	for _, f := range t.order {
		if f.mod != nil {
			files = append(files, f)
		}
	}
	callees := map[node][]node{}
	callers := map[node][]node{}
	edge := func(from, to node) {
		callees[from] = append(callees[from], to)
		callers[to] = append(callers[to], from)
	}
	for _, f := range files {
		for i, fn := range f.mod.funcs {
			from := node{f, i}
			for _, c := range fn.calls {
				edge(from, node{f, c})
			}
			if fn.promiseStep && fn.parent >= 0 {
				callers[from] = append(callers[from], node{f, fn.parent})
			}
			for _, c := range fn.ext {
				for _, to := range t.targets(f, c) {
					edge(from, to)
				}
			}
		}
	}
	sends := map[node]bool{}
	var work []node
	for _, f := range files {
		for i, fn := range f.mod.funcs {
			if fn.requests {
				n := node{f, i}
				sends[n] = true
				work = append(work, n)
			}
		}
	}
	for len(work) > 0 {
		n := work[len(work)-1]
		work = work[:len(work)-1]
		for _, c := range callers[n] {
			if !sends[c] {
				sends[c] = true
				work = append(work, c)
			}
		}
	}
	for _, f := range files {
		reach := make([]bool, len(f.mod.funcs))
		t.reach[f] = reach
		for i := range f.mod.funcs {
			for g := i; g >= 0; g = f.mod.funcs[g].parent {
				if sends[node{f, g}] {
					reach[i] = true
					work = append(work, node{f, i})
					break
				}
			}
		}
	}
	for len(work) > 0 {
		n := work[len(work)-1]
		work = work[:len(work)-1]
		for _, c := range callees[n] {
			if r := t.reach[c.f]; !r[c.fn] {
				r[c.fn] = true
				work = append(work, c)
			}
		}
	}
}

// targets are the functions an outgoing call of f may land in.
func (t *Tree) targets(f *treeFile, c extCall) []node {
	if c.action != "" {
		var out []node
		for _, g := range t.order {
			if g.mod == nil {
				continue
			}
			for p, fn := range g.mod.exports {
				if p == "actions."+c.action || strings.HasSuffix(p, ".actions."+c.action) {
					out = append(out, node{g, fn})
				}
			}
		}
		return out
	}
	ref := f.mod.imports[c.binding]
	g := t.lookup(f.key, ref.spec)
	if g == nil || g.mod == nil {
		return nil
	}
	full := c.path
	if ref.name != "*" {
		full = joinPath(ref.name, c.path)
	}
	// The longest exported prefix of the path: api.logout.call(...) is
	// a call of api.logout; a default import of a CommonJS module names
	// module.exports itself.
	for _, p := range []string{full, strings.TrimPrefix(strings.TrimPrefix(full, "default"), ".")} {
		for q := p; ; {
			if fn, ok := g.mod.exports[q]; ok {
				return []node{{g, fn}}
			}
			i := strings.LastIndexByte(q, '.')
			if i < 0 {
				break
			}
			q = q[:i]
		}
	}
	return nil
}

func joinPath(a, b string) string {
	if b == "" {
		return a
	}
	return a + "." + b
}
