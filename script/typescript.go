package script

import (
	"slices"
	"strings"
)

// StripTypeScript turns TypeScript (and TSX, and JSX) into JavaScript the
// parser accepts without moving any line or column: what is TypeScript only
// is overwritten with spaces (line breaks kept). It removes type
// annotations (parameters, variables, class fields, return types), type
// arguments and parameters (f<T>(), class C<T>, defineProps<{...}>()),
// `as T`, `satisfies T`, non-null `x!`, optional `x?:`, access modifiers,
// `implements`, decorators, interfaces, type aliases, enums, `declare`
// statements, `import type`/`export type`, and overload signatures without
// a body. A JSX element becomes an array of its embedded expressions, `{e}`
// turned into `(e)`: `<b onClick={f}>x</b>` reads `[         (f)     ]`,
// so handlers written inline are still analysed. It is best effort: it
// reports false when it met something it could not follow (an unbalanced
// element, an unterminated string), and the result may then not parse.
func StripTypeScript(src string) (string, bool) {
	s := &stripper{src: src, out: []byte(src), ok: true, budget: 8*len(src) + 1<<16}
	s.code(0, false)
	return string(s.out), s.ok
}

type stripper struct {
	src    string
	out    []byte
	ok     bool
	depth  int // nesting of code inside JSX inside code
	budget int // bytes JSX may scan looking for a closing tag
}

// blank overwrites src[from:to] with spaces, keeping line breaks.
func (s *stripper) blank(from, to int) {
	for i := max(from, 0); i < to && i < len(s.out); i++ {
		if s.out[i] != '\n' && s.out[i] != '\r' {
			s.out[i] = ' '
		}
	}
}

// sctx is an open bracket of the code being stripped.
type sctx struct {
	kind    byte // '(', '[', '{', 'c' (class body), '`' (template substitution)
	ternary int  // '?' waiting for their ':'
	decl    bool // after let/const/var, before '=': a ':' starts a type
	inDecls bool // in a declaration list: ',' starts another binding
	sig     int  // for a parameter list: where the signature started, else -1
	member  int  // class body: where the current member started, -1 between members, -2 in an initializer
	imports bool // braces of an import/export clause
}

// keywords are the reserved words that are not an expression's end.
var keywords = map[string]bool{
	"break": true, "case": true, "catch": true, "class": true, "const": true, "continue": true,
	"debugger": true, "default": true, "delete": true, "do": true, "else": true, "export": true,
	"extends": true, "finally": true, "for": true, "function": true, "if": true, "import": true,
	"in": true, "instanceof": true, "new": true, "return": true, "switch": true, "throw": true,
	"try": true, "typeof": true, "var": true, "void": true, "while": true, "with": true,
	"yield": true, "let": true, "await": true, "static": true, "enum": true,
}

var modifiers = map[string]bool{
	"public": true, "private": true, "protected": true, "readonly": true,
	"abstract": true, "override": true, "declare": true,
}

func isP(l *lexer, t token, p string) bool {
	return t.kind == tkPunct && l.text(t) == p
}

func isWord(l *lexer, t token, w string) bool {
	return t.kind == tkIdent && l.text(t) == w
}

// peek returns the next token without consuming it.
func (l *lexer) peek() token {
	c := *l
	c.tmpl = slices.Clip(l.tmpl)
	return c.next()
}

// code strips code from at; with stopAtBrace it stops at the '}' closing
// an enclosing JSX expression and returns its offset (-1 if none).
func (s *stripper) code(at int, stopAtBrace bool) int {
	s.depth++
	defer func() { s.depth-- }()
	if s.depth > 100 {
		s.ok = false
		return -1
	}
	l := newLexer(s.src, at)
	stack := []sctx{{kind: '{', sig: -1, member: -1}}
	top := func() *sctx { return &stack[len(stack)-1] }
	var prev token // last token kept
	prevText := ""
	exportAt := -1     // an export keyword that a blanked declaration takes along
	pendingSig := -1   // a signature whose body is still to come
	classHead := false // between `class` and its body
	importClause := false
	exprEnd := func() bool {
		switch prev.kind {
		case tkIdent:
			return !keywords[prevText]
		case tkNum, tkStr, tkTemplate, tkTemplateTail, tkRegex, tkPrivate:
			return true
		case tkPunct:
			return prevText == ")" || prevText == "]" || prevText == "}"
		}
		return false
	}
	keep := func(t token) {
		prev, prevText = t, l.text(t)
	}
	// blankDecl blanks a declaration from its start (or the export
	// before it) to end.
	blankDecl := func(start, end int) {
		if exportAt >= 0 {
			start = exportAt
		}
		s.blank(start, end)
		exportAt = -1
	}
	for {
		t := l.next()
		if t.kind == tkEOF {
			if stopAtBrace {
				s.ok = false
				return -1
			}
			return len(s.src)
		}
		if t.kind == tkErr {
			s.ok = false
			return -1
		}
		text := l.text(t)
		c := top()
		if pendingSig >= 0 && !(t.kind == tkPunct && text == ":") {
			// The signature's return type is behind: a body follows, or
			// this was an overload (or abstract) signature.
			switch {
			case t.kind == tkPunct && (text == "{" || text == "=>"):
			case t.kind == tkPunct && text == ";":
				s.blank(pendingSig, t.end)
			case t.nl:
				s.blank(pendingSig, prev.end)
			}
			pendingSig = -1
		}
		if t.nl && exprEnd() {
			// A statement ended without a semicolon.
			importClause = false
			if c.inDecls && text != "," {
				c.inDecls, c.decl = false, false
			}
		}
		switch t.kind {
		case tkTemplateHead:
			stack = append(stack, sctx{kind: '`', sig: -1, member: -1})
			keep(t)
			continue
		case tkTemplateMid:
			keep(t)
			continue
		case tkTemplateTail:
			if c.kind == '`' {
				stack = stack[:len(stack)-1]
			}
			keep(t)
			continue
		case tkIdent:
			if prev.kind == tkPunct && (prevText == "." || prevText == "?.") {
				keep(t)
				continue
			}
			if (text == "with" || text == "assert") && prev.kind == tkStr && importClause && !t.nl {
				// Import attributes: import x from "./a.json" with { type: "json" }.
				if n := l.peek(); isP(l, n, "{") {
					l.next()
					if end, ok := s.balanced(l, "}"); ok {
						s.blank(t.start, end)
						continue
					}
				}
			}
			if text == "import" && len(stack) == 1 {
				// import fs = require("fs"): a const of the same length.
				l2 := *l
				l2.tmpl = slices.Clip(l.tmpl)
				if n := l2.next(); n.kind == tkIdent && isP(&l2, l2.peek(), "=") {
					copy(s.out[t.start:t.end], "const ")
					keep(t)
					continue
				}
			}
			if text == "export" && isP(l, l.peek(), "=") && len(stack) == 1 {
				// export = Foo; (a CommonJS export in a declaration file).
				if end, ok := s.skipStatement(l); ok {
					s.blank(t.start, end)
					continue
				}
			}
			if end, ok := s.word(l, t, text, c, exprEnd() && !t.nl, classHead, importClause); ok {
				if end > 0 {
					blankDecl(t.start, end)
				}
				continue
			}
			switch text {
			case "export":
				exportAt = t.start
			case "import":
				importClause = true
			case "class":
				classHead = true
			case "let", "const", "var":
				if n := l.peek(); n.kind == tkIdent || isP(l, n, "{") || isP(l, n, "[") {
					c.decl, c.inDecls = true, true
				}
			case "case":
				c.ternary++
			case "function":
				// function name<T>(...): the generic goes.
				if n := l.peek(); n.kind == tkIdent {
					l.next()
					s.typeParams(l)
					if p := l.peek(); isP(l, p, "(") {
						l.next()
						stack = append(stack, sctx{kind: '(', sig: startOr(exportAt, t.start), member: -1})
						keep(p)
						continue
					}
				}
			default:
				if c.kind == 'c' && c.member == -1 {
					c.member = t.start
				}
				if c.kind == 'c' || classHead {
					s.typeParams(l)
				}
			}
			if text != "export" && text != "default" {
				exportAt = -1
			}
			keep(t)
			continue
		case tkPunct:
		default:
			if c.kind == 'c' && c.member == -1 {
				c.member = t.start
			}
			keep(t)
			continue
		}
		// Punctuators.
		switch text {
		case "<", "<<":
			if !exprEnd() {
				if end, ok := s.jsx(t.start); ok {
					l.i, l.prev, l.ptext = end, token{kind: tkPunct}, ")"
					prev, prevText = token{kind: tkPunct, start: end - 1, end: end}, ")"
					continue
				}
				// <T>(x) => x, or the assertion <T>x.
				if end, ok := s.angles(l, t, false); ok {
					s.blank(t.start, end)
					continue
				}
			} else if prev.end == t.start || prev.kind == tkIdent {
				// f<T>(x), new Map<K, V>(), extends Base<T> {
				if end, ok := s.angles(l, t, true); ok {
					s.blank(t.start, end)
					continue
				}
			}
		case "(":
			n := sctx{kind: '(', sig: -1, member: -1}
			if c.kind == 'c' && c.member >= 0 && (prev.kind == tkIdent || prev.kind == tkStr || prevText == "]") {
				n.sig = c.member // a method's parameters
			}
			stack = append(stack, n)
		case "[":
			if c.kind == 'c' && c.member == -1 {
				// An index signature, [key: string]: T;
				l2 := *l
				l2.tmpl = slices.Clip(l.tmpl)
				if l2.next().kind == tkIdent && isP(&l2, l2.next(), ":") {
					if end, ok := s.skipStatement(l); ok {
						s.blank(t.start, end)
						continue
					}
				}
			}
			stack = append(stack, sctx{kind: '[', sig: -1, member: -1})
		case "{":
			n := sctx{kind: '{', sig: -1, member: -1}
			if classHead {
				n.kind, classHead = 'c', false
			}
			n.imports = importClause || exportAt >= 0 && prevText == "export"
			stack = append(stack, n)
		case ")", "]", "}":
			if len(stack) == 1 {
				if text == "}" && stopAtBrace {
					return t.start
				}
				s.ok = false
				keep(t)
				continue
			}
			stack = stack[:len(stack)-1]
			if text == ")" && c.sig >= 0 {
				pendingSig = c.sig
			}
			if text == "}" && top().kind == 'c' {
				top().member = -1 // a method's body closed
			}
		case ";":
			c.decl, c.inDecls, c.ternary = false, false, 0
			importClause = false
			if c.kind == 'c' {
				c.member = -1
			}
		case ",":
			if c.inDecls {
				c.decl = true
			}
		case "=":
			c.decl = false
			if c.kind == 'c' && c.member >= 0 {
				c.member = -2 // a field with an initializer, not a signature
			}
		case "?":
			n := l.peek()
			if isP(l, n, ":") || isP(l, n, ")") || isP(l, n, ",") || isP(l, n, "=") || isP(l, n, ";") {
				s.blank(t.start, t.end) // optional parameter or member
				continue
			}
			c.ternary++
		case "!":
			if exprEnd() && prev.end == t.start {
				s.blank(t.start, t.end) // non-null assertion
				continue
			}
		case ":":
			if c.ternary > 0 {
				c.ternary--
				break
			}
			if s.annotation(c, prev, prevText) {
				s.blank(t.start, t.end)
				if end, ok := s.skipType(l); ok {
					s.blank(t.start, end)
				} else {
					s.ok = false
				}
				continue
			}
		case "@":
			// A decorator: @name, @a.b, @name(args); a name only after the
			// @ or a dot, so that @observable foo keeps the field foo.
			end := t.end
			for wantName := true; ; wantName = !wantName {
				n := l.peek()
				if wantName && n.kind != tkIdent || !wantName && !(isP(l, n, ".") && n.start == end) {
					break
				}
				l.next()
				end = n.end
			}
			if n := l.peek(); isP(l, n, "(") && n.start == end {
				l.next()
				if e, ok := s.balanced(l, ")"); ok {
					end = e
				}
			}
			s.blank(t.start, end)
			continue
		}
		if c.kind == 'c' && c.member == -1 && text != ";" && text != "}" {
			c.member = t.start
		}
		keep(t)
	}
}

func startOr(a, b int) int {
	if a >= 0 {
		return a
	}
	return b
}

// annotation reports whether a ':' here starts a type.
func (s *stripper) annotation(c *sctx, prev token, prevText string) bool {
	name := prev.kind == tkIdent || prev.kind == tkStr || prev.kind == tkNum || prevText == "]" || prevText == "}"
	switch {
	case prevText == ")":
		return true // a return type: (a): T =>, f(): T {
	case c.kind == '(':
		return name
	case c.kind == 'c':
		return name
	case c.decl:
		return prev.kind == tkIdent || prevText == "]" || prevText == "}"
	}
	return false
}

// word handles the TypeScript words at t; it returns the end of a
// declaration to blank (0 when the word was handled in place) and whether
// it handled the word at all.
func (s *stripper) word(l *lexer, t token, text string, c *sctx, afterExpr, classHead, importClause bool) (int, bool) {
	n := l.peek()
	switch text {
	case "interface":
		if n.kind == tkIdent && !afterExpr {
			return s.skipTo(l, "{", true)
		}
	case "type":
		if (importClause || c.imports) && n.kind == tkIdent && !isWord(l, n, "from") {
			s.blank(t.start, t.end) // import { type A }
			return 0, true
		}
		if n.kind == tkIdent && !afterExpr {
			l2 := *l
			l2.tmpl = slices.Clip(l.tmpl)
			l2.next()
			s.typeParams(&l2)
			if isP(&l2, l2.peek(), "=") {
				l2.next()
				if end, ok := s.skipType(&l2); ok {
					*l = l2
					if isP(l, l.peek(), ";") {
						end = l.next().end
					}
					return end, true
				}
			}
		}
		if (isP(l, n, "{") || isP(l, n, "*")) && !afterExpr {
			return s.skipStatement(l) // export type { A } from 'b'
		}
	case "declare":
		if n.kind == tkIdent && !afterExpr && c.kind != 'c' {
			switch l.text(n) {
			case "module", "namespace", "global":
				return s.skipTo(l, "{", true)
			}
			return s.skipStatement(l)
		}
	case "enum":
		if n.kind == tkIdent && !afterExpr {
			return s.skipTo(l, "{", true)
		}
	case "const":
		if isWord(l, n, "enum") && !afterExpr {
			return s.skipTo(l, "{", true)
		}
	case "this":
		if c.kind == '(' && isP(l, n, ":") {
			// function f(this: Window, a): the this parameter goes.
			l.next()
			end, ok := s.skipType(l)
			if !ok {
				return 0, false
			}
			if m := l.peek(); isP(l, m, ",") {
				end = l.next().end
			}
			s.blank(t.start, end)
			return 0, true
		}
	case "abstract":
		if isWord(l, n, "class") {
			s.blank(t.start, t.end)
			return 0, true
		}
	case "implements":
		if classHead {
			end := t.end
			for {
				m := l.peek()
				if m.kind == tkEOF || isP(l, m, "{") {
					break
				}
				l.next()
				end = m.end
			}
			s.blank(t.start, end)
			return 0, true
		}
	case "as", "satisfies":
		if afterExpr && !importClause && !c.imports && !t.nl {
			if end, ok := s.skipType(l); ok {
				s.blank(t.start, end)
				return 0, true
			}
		}
	case "import":
		if isWord(l, n, "type") {
			l2 := *l
			l2.tmpl = slices.Clip(l.tmpl)
			l2.next()
			if m := l2.peek(); m.kind == tkIdent && !isWord(&l2, m, "from") || isP(&l2, m, "{") || isP(&l2, m, "*") {
				return s.skipStatement(l)
			}
		}
	}
	if modifiers[text] && (c.kind == 'c' || c.kind == '(') {
		// public x, private readonly y, constructor(private z)
		if n.kind == tkIdent || n.kind == tkStr || n.kind == tkPrivate || isP(l, n, "[") || isP(l, n, "*") {
			s.blank(t.start, t.end)
			return 0, true
		}
	}
	return 0, false
}

// skipTo consumes tokens through the next open (and, with balance, to its
// matching close), returning the end.
func (s *stripper) skipTo(l *lexer, open string, balance bool) (int, bool) {
	for {
		t := l.next()
		switch {
		case t.kind == tkEOF || t.kind == tkErr:
			s.ok = false
			return t.start, true
		case isP(l, t, open):
			if !balance {
				return t.end, true
			}
			end, ok := s.balanced(l, "}")
			if !ok {
				s.ok = false
			}
			return end, true
		}
	}
}

// skipStatement consumes a statement through its ';' (or its last token on
// the line, or its braces).
func (s *stripper) skipStatement(l *lexer) (int, bool) {
	end := l.i
	for {
		t := l.peek()
		if t.kind == tkEOF || t.kind == tkErr || t.nl && end > 0 && !isP(l, t, "{") && !isP(l, t, "|") && !isP(l, t, "&") {
			return end, true
		}
		l.next()
		end = t.end
		switch {
		case isP(l, t, ";"):
			return end, true
		case isP(l, t, "{"), isP(l, t, "("), isP(l, t, "["):
			cl := map[string]string{"{": "}", "(": ")", "[": "]"}[l.text(t)]
			e, ok := s.balanced(l, cl)
			if !ok {
				s.ok = false
				return e, true
			}
			end = e
		}
	}
}

// balanced consumes tokens after an open bracket through its close.
func (s *stripper) balanced(l *lexer, close string) (int, bool) {
	depth := 1
	for {
		t := l.next()
		switch {
		case t.kind == tkEOF || t.kind == tkErr:
			return t.start, false
		case isP(l, t, "(") || isP(l, t, "[") || isP(l, t, "{"):
			depth++
		case isP(l, t, ")") || isP(l, t, "]") || isP(l, t, "}"):
			depth--
			if depth == 0 {
				return t.end, l.text(t) == close
			}
		}
	}
}

// typeParams blanks the <T, U extends X> after a declared name.
func (s *stripper) typeParams(l *lexer) {
	n := l.peek()
	if !isP(l, n, "<") {
		return
	}
	l2 := *l
	l2.tmpl = slices.Clip(l.tmpl)
	l2.next()
	if end, ok := s.angleBody(&l2); ok {
		*l = l2
		s.blank(n.start, end)
	}
}

// angles tries <...> at t as type arguments; with call set it must be
// followed by '(' or a template (f<T>(), tag<T>“) or '{' (a class's
// heritage), else by the start of an expression (the assertion <T>x) or
// '(' (<T>(x) => x). It consumes them from l when they are.
func (s *stripper) angles(l *lexer, t token, call bool) (int, bool) {
	l2 := *l
	l2.tmpl = slices.Clip(l.tmpl)
	end, ok := s.angleBody(&l2)
	if !ok {
		return 0, false
	}
	n := l2.peek()
	switch {
	case isP(&l2, n, "("), n.kind == tkTemplate, n.kind == tkTemplateHead:
	case call && isP(&l2, n, "{"):
	case !call && (n.kind == tkIdent || n.kind == tkStr || n.kind == tkNum || isP(&l2, n, "[") || isP(&l2, n, "{")):
	default:
		return 0, false
	}
	*l = l2
	return end, true
}

// angleBody consumes type arguments after '<' through the matching '>'.
func (s *stripper) angleBody(l *lexer) (int, bool) {
	depth := 1
	for {
		t := l.next()
		switch {
		case t.kind == tkEOF || t.kind == tkErr:
			return 0, false
		case t.kind == tkPunct:
			text := l.text(t)
			switch {
			case strings.Trim(text, ">") == "":
				depth -= len(text)
				if depth <= 0 {
					return t.end, depth == 0
				}
			case text == "<":
				depth++
			case text == "(" || text == "[" || text == "{":
				cl := map[string]string{"{": "}", "(": ")", "[": "]"}[text]
				if _, ok := s.balanced(l, cl); !ok {
					return 0, false
				}
			case text == "," || text == "." || text == "|" || text == "&" || text == "=>" || text == "=" ||
				text == "?" || text == ":" || text == "-" || text == "...":
			default:
				return 0, false
			}
		case t.kind == tkIdent, t.kind == tkStr, t.kind == tkNum, t.kind == tkTemplate:
		default:
			return 0, false
		}
	}
}

// skipType consumes a type and returns where it ends.
func (s *stripper) skipType(l *lexer) (int, bool) {
	if n := l.peek(); isP(l, n, "|") || isP(l, n, "&") {
		l.next()
	}
	end := -1
	for {
		e, ok := s.typePrimary(l)
		if !ok {
			return end, false
		}
		end = e
		for {
			n := l.peek()
			if !isP(l, n, "[") || n.nl {
				break
			}
			l.next()
			if end, ok = s.balanced(l, "]"); !ok {
				return end, false
			}
		}
		n := l.peek()
		if isP(l, n, "|") || isP(l, n, "&") {
			l.next()
			continue
		}
		if isWord(l, n, "extends") && !n.nl {
			// A conditional type: T extends U ? X : Y.
			l.next()
			if _, ok := s.skipType(l); !ok {
				return end, false
			}
			if !isP(l, l.next(), "?") {
				return end, false
			}
			if _, ok := s.skipType(l); !ok {
				return end, false
			}
			if !isP(l, l.next(), ":") {
				return end, false
			}
			return s.skipType(l)
		}
		return end, true
	}
}

func (s *stripper) typePrimary(l *lexer) (int, bool) {
	t := l.next()
	text := l.text(t)
	switch t.kind {
	case tkStr, tkNum, tkTemplate:
		return t.end, true
	case tkTemplateHead:
		for {
			t = l.next()
			if t.kind == tkTemplateTail {
				return t.end, true
			}
			if t.kind == tkEOF || t.kind == tkErr {
				return t.start, false
			}
		}
	case tkPunct:
		switch text {
		case "(":
			end, ok := s.balanced(l, ")")
			if ok && isP(l, l.peek(), "=>") {
				l.next()
				return s.skipType(l)
			}
			return end, ok
		case "{":
			return s.balanced(l, "}")
		case "[":
			return s.balanced(l, "]")
		case "<":
			if _, ok := s.angleBody(l); !ok || !isP(l, l.next(), "(") {
				return t.end, false
			}
			if _, ok := s.balanced(l, ")"); !ok || !isP(l, l.next(), "=>") {
				return t.end, false
			}
			return s.skipType(l)
		case "-":
			if n := l.next(); n.kind == tkNum {
				return n.end, true
			}
		}
		return t.end, false
	case tkIdent:
		switch text {
		case "new", "abstract":
			return s.typePrimary(l)
		case "keyof", "unique", "readonly", "infer", "asserts", "typeof":
			if n := l.peek(); n.kind == tkIdent || isP(l, n, "(") || isP(l, n, "[") || isP(l, n, "{") {
				return s.typePrimary(l)
			}
		}
		end := t.end
		for {
			n := l.peek()
			if !isP(l, n, ".") {
				break
			}
			l.next()
			m := l.next()
			if m.kind != tkIdent {
				return m.start, false
			}
			end = m.end
		}
		if n := l.peek(); isP(l, n, "<") && !n.nl {
			l.next()
			e, ok := s.angleBody(l)
			if !ok {
				return end, false
			}
			end = e
		}
		if n := l.peek(); isWord(l, n, "is") && !n.nl {
			l.next() // a type predicate: x is T
			return s.skipType(l)
		}
		return end, true
	}
	return t.end, false
}

// jsx rewrites the JSX element at '<' (at) into an array of its embedded
// expressions; it returns the offset after the element.
func (s *stripper) jsx(at int) (int, bool) {
	if at+1 >= len(s.src) {
		return 0, false
	}
	if c := s.src[at+1]; c != '>' && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$') {
		return 0, false
	}
	var holes [][2]int
	end, ok := s.element(at, &holes)
	if !ok {
		return 0, false
	}
	from := at
	for _, h := range holes {
		s.blank(from, h[0])
		from = h[1] + 1
	}
	s.blank(from, end)
	s.out[at], s.out[end-1] = '[', ']'
	for _, h := range holes {
		inner := strings.TrimSpace(stripComments(s.src[h[0]+1 : h[1]]))
		if inner == "" {
			s.blank(h[0], h[1]+1)
			continue
		}
		s.out[h[0]], s.out[h[1]] = '(', ')'
		if i := strings.Index(s.src[h[0]:h[1]], "..."); i >= 0 && strings.TrimSpace(s.src[h[0]+1:h[0]+i]) == "" {
			s.blank(h[0]+i, h[0]+i+3) // {...props}
		}
	}
	return end, true
}

// stripComments removes /* */ and // comments, for telling an empty JSX
// expression.
func stripComments(s string) string {
	for {
		i := strings.Index(s, "/*")
		if i < 0 {
			break
		}
		j := strings.Index(s[i+2:], "*/")
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + s[i+2+j+2:]
	}
	if i := strings.Index(s, "//"); i >= 0 && !strings.Contains(s[i:], "\n") {
		s = s[:i]
	}
	return s
}

// element scans a JSX element at '<', recording its expressions' braces.
func (s *stripper) element(at int, holes *[][2]int) (int, bool) {
	src := s.src
	i := at + 1
	name := ""
	if i < len(src) && src[i] != '>' {
		j := i
		for j < len(src) && (isIdentByte(src[j]) || src[j] == '.' || src[j] == ':' || src[j] == '-') {
			j++
		}
		name = src[i:j]
		if name == "" {
			return 0, false
		}
		i = j
		if i < len(src) && src[i] == '<' {
			// <Select<Option> ...>: type arguments of a component.
			depth := 0
			for ; i < len(src); i++ {
				if src[i] == '<' {
					depth++
				} else if src[i] == '>' {
					if depth--; depth == 0 {
						i++
						break
					}
				}
			}
		}
		// attributes
		for {
			i = skipJSXSpace(src, i)
			if i >= len(src) {
				return 0, false
			}
			switch c := src[i]; {
			case strings.HasPrefix(src[i:], "/>"):
				return i + 2, true
			case c == '>':
			case c == '{':
				close := s.code(i+1, true)
				if close < 0 {
					return 0, false
				}
				*holes = append(*holes, [2]int{i, close})
				i = close + 1
				continue
			default:
				j := i
				for j < len(src) && (isIdentByte(src[j]) || src[j] == ':' || src[j] == '-' || src[j] == '.') {
					j++
				}
				if j == i {
					return 0, false
				}
				i = skipJSXSpace(src, j)
				if i < len(src) && src[i] == '=' {
					i = skipJSXSpace(src, i+1)
					if i >= len(src) {
						return 0, false
					}
					switch src[i] {
					case '"', '\'':
						k := strings.IndexByte(src[i+1:], src[i])
						if k < 0 {
							return 0, false
						}
						i += k + 2
					case '{':
						close := s.code(i+1, true)
						if close < 0 {
							return 0, false
						}
						*holes = append(*holes, [2]int{i, close})
						i = close + 1
					case '<':
						e, ok := s.element(i, holes)
						if !ok {
							return 0, false
						}
						i = e
					default:
						return 0, false
					}
				}
				continue
			}
			break
		}
	}
	i++ // '>'
	// children, up to the closing tag
	for i < len(src) {
		if s.budget--; s.budget < 0 {
			return 0, false
		}
		switch src[i] {
		case '<':
			j := skipJSXSpace(src, i+1)
			if j < len(src) && src[j] == '/' {
				j = skipJSXSpace(src, j+1)
				k := j
				for k < len(src) && (isIdentByte(src[k]) || src[k] == '.' || src[k] == ':' || src[k] == '-') {
					k++
				}
				if src[j:k] != name {
					return 0, false
				}
				k = skipJSXSpace(src, k)
				if k >= len(src) || src[k] != '>' {
					return 0, false
				}
				return k + 1, true
			}
			e, ok := s.element(i, holes)
			if !ok {
				return 0, false
			}
			i = e
		case '{':
			close := s.code(i+1, true)
			if close < 0 {
				return 0, false
			}
			*holes = append(*holes, [2]int{i, close})
			i = close + 1
		default:
			i++
		}
	}
	return 0, false
}

func skipJSXSpace(src string, i int) int {
	for i < len(src) && isSpace(src[i]) {
		i++
	}
	return i
}
