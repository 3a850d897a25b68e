package script

import "strings"

// A small JavaScript tokenizer of its own, for what the parser does not
// give: where a statement can be cut when the parser stops on an error,
// where an operation's text ends (snippets), and the token stream the
// TypeScript stripper rewrites. It tells a regular expression from a
// division by the previous token, the way every editor does.

type tokKind uint8

const (
	tkEOF tokKind = iota
	tkIdent
	tkNum
	tkStr
	tkTemplate     // a whole template without substitutions
	tkTemplateHead // `...${
	tkTemplateMid  // }...${
	tkTemplateTail // }...`
	tkRegex
	tkPunct
	tkPrivate // #name
	tkErr     // unterminated string, comment, template or regex
)

type token struct {
	kind       tokKind
	start, end int
	nl         bool // a line break precedes the token
}

type lexer struct {
	src  string
	i    int
	prev token
	// ptext is the text of prev, for keywords before a regex.
	ptext string
	// tmpl holds, for each template whose substitution is open, the
	// brace depth at which its `}` resumes the template (braces counts
	// the substitution's ${ as an open brace).
	tmpl   []int
	braces int
}

func newLexer(src string, at int) *lexer {
	return &lexer{src: src, i: at}
}

func (l *lexer) text(t token) string { return l.src[t.start:t.end] }

// regexAllowed says whether a '/' here starts a regular expression.
func (l *lexer) regexAllowed() bool {
	switch l.prev.kind {
	case tkEOF:
		return true
	case tkIdent:
		return exprKeywords[l.ptext]
	case tkNum, tkStr, tkTemplate, tkTemplateTail, tkRegex, tkPrivate:
		return false
	case tkPunct:
		switch l.ptext {
		case ")", "]", "}", "++", "--":
			return false
		}
		return true
	}
	return true
}

// exprKeywords are the words after which an expression starts.
var exprKeywords = map[string]bool{
	"return": true, "typeof": true, "instanceof": true, "in": true, "of": true,
	"new": true, "delete": true, "void": true, "throw": true, "case": true,
	"do": true, "else": true, "yield": true, "await": true,
}

func isIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$' || c >= 0x80 || c == '\\'
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// skipSpace skips whitespace and comments; it reports a line break and
// whether a comment was left open.
func (l *lexer) skipSpace() (nl, bad bool) {
	s := l.src
	for l.i < len(s) {
		c := s[l.i]
		switch {
		case c > ' ' && c < 0x80 && c != '/':
			// Most often: the token, in ASCII, is there.
			return nl, false
		case c == '\n' || c == '\r':
			nl = true
			l.i++
		case isSpace(c):
			l.i++
		case c == 0xe2 && l.i+2 < len(s) && s[l.i+1] == 0x80 && (s[l.i+2] == 0xa8 || s[l.i+2] == 0xa9):
			nl = true // U+2028, U+2029
			l.i += 3
		case strings.HasPrefix(s[l.i:], "\u00a0"):
			l.i += 2
		case strings.HasPrefix(s[l.i:], "\ufeff"):
			l.i += 3
		case c == '/' && l.i+1 < len(s) && s[l.i+1] == '/':
			j := strings.IndexAny(s[l.i:], "\n\r")
			if j < 0 {
				l.i = len(s)
			} else {
				l.i += j
			}
		case c == '/' && l.i+1 < len(s) && s[l.i+1] == '*':
			j := strings.Index(s[l.i+2:], "*/")
			if j < 0 {
				l.i = len(s)
				return nl, true
			}
			if strings.ContainsAny(s[l.i:l.i+2+j], "\n\r") {
				nl = true
			}
			l.i += j + 4
		default:
			return nl, false
		}
	}
	return nl, false
}

// next returns the next token.
func (l *lexer) next() token {
	nl, bad := l.skipSpace()
	t := token{start: l.i, nl: nl}
	if bad {
		t.kind = tkErr
		t.end = l.i
		return l.emit(t)
	}
	s := l.src
	if l.i >= len(s) {
		t.kind = tkEOF
		t.end = l.i
		return t
	}
	c := s[l.i]
	switch {
	case isIdentByte(c) && !(c >= '0' && c <= '9'):
		for l.i < len(s) && isIdentByte(s[l.i]) {
			l.i++
		}
		t.kind = tkIdent
	case c >= '0' && c <= '9' || c == '.' && l.i+1 < len(s) && s[l.i+1] >= '0' && s[l.i+1] <= '9':
		l.i++
		for l.i < len(s) {
			d := s[l.i]
			if isIdentByte(d) || d == '.' {
				l.i++
			} else if (d == '+' || d == '-') && (s[l.i-1] == 'e' || s[l.i-1] == 'E') && !strings.HasPrefix(s[t.start:], "0x") && !strings.HasPrefix(s[t.start:], "0X") {
				l.i++
			} else {
				break
			}
		}
		t.kind = tkNum
	case c == '"' || c == '\'':
		t.kind = l.scanString(c)
	case c == '`':
		l.i++
		t.kind = l.scanTemplate(tkTemplate, tkTemplateHead)
	case c == '#':
		l.i++
		for l.i < len(s) && isIdentByte(s[l.i]) {
			l.i++
		}
		t.kind = tkPrivate
	case c == '}' && len(l.tmpl) > 0 && l.braces == l.tmpl[len(l.tmpl)-1]:
		l.tmpl = l.tmpl[:len(l.tmpl)-1]
		l.braces--
		l.i++
		t.kind = l.scanTemplate(tkTemplateTail, tkTemplateMid)
	case c == '/' && l.regexAllowed():
		t.kind = l.scanRegex()
	default:
		l.i += punctLen(s[l.i:])
		t.kind = tkPunct
		switch c {
		case '{':
			l.braces++
		case '}':
			l.braces--
		}
	}
	t.end = l.i
	return l.emit(t)
}

func (l *lexer) emit(t token) token {
	l.prev = t
	l.ptext = l.src[t.start:t.end]
	return t
}

func (l *lexer) scanString(q byte) tokKind {
	s := l.src
	l.i++
	for l.i < len(s) {
		switch s[l.i] {
		case q:
			l.i++
			return tkStr
		case '\\':
			l.i += 2
		case '\n', '\r':
			return tkErr
		default:
			l.i++
		}
	}
	l.i = len(s)
	return tkErr
}

// scanTemplate scans template characters after ` or }; whole is the kind
// when the template ends, open when a substitution starts.
func (l *lexer) scanTemplate(whole, open tokKind) tokKind {
	s := l.src
	for l.i < len(s) {
		switch s[l.i] {
		case '`':
			l.i++
			return whole
		case '\\':
			l.i += 2
		case '$':
			if l.i+1 < len(s) && s[l.i+1] == '{' {
				l.i += 2
				l.braces++
				l.tmpl = append(l.tmpl, l.braces)
				return open
			}
			l.i++
		default:
			l.i++
		}
	}
	l.i = len(s)
	return tkErr
}

func (l *lexer) scanRegex() tokKind {
	s := l.src
	l.i++
	class := false
	for l.i < len(s) {
		switch s[l.i] {
		case '\\':
			l.i += 2
			continue
		case '[':
			class = true
		case ']':
			class = false
		case '/':
			if !class {
				l.i++
				for l.i < len(s) && isIdentByte(s[l.i]) {
					l.i++
				}
				return tkRegex
			}
		case '\n', '\r':
			return tkErr
		}
		l.i++
	}
	l.i = len(s)
	return tkErr
}

// puncts lists multi-byte punctuators, longest first.
var puncts = []string{">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
	"=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "**"}

// punctsByFirst are the puncts by their first byte, longest first: a
// token is matched against the few that can start it.
var punctsByFirst = func() (by [256][]string) {
	for _, p := range puncts {
		by[p[0]] = append(by[p[0]], p)
	}
	return by
}()

func punctLen(s string) int {
	if s == "" {
		return 1
	}
	for _, p := range punctsByFirst[s[0]] {
		if strings.HasPrefix(s, p) {
			if p == "?." && len(s) > 2 && s[2] >= '0' && s[2] <= '9' {
				continue // a ? .5 : b
			}
			return len(p)
		}
	}
	return 1
}

// snippetEnd finds where the expression or statement starting at start
// ends: at a ';' or ',' or a closing bracket outside the brackets it opened,
// or at a line break outside them; it looks at most limit bytes ahead.
func snippetEnd(src string, start, limit int) int {
	l := newLexer(src, start)
	depth := 0
	end := start
	for {
		t := l.next()
		if t.kind == tkEOF || t.kind == tkErr || t.start-start > limit {
			return max(end, min(len(src), start+limit))
		}
		if depth == 0 && t.nl && end > start {
			return end
		}
		if t.kind == tkPunct {
			switch l.text(t) {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				if depth == 0 {
					return end
				}
				depth--
			case ";", ",":
				if depth == 0 {
					return end
				}
			}
		}
		if t.kind == tkTemplateHead {
			depth++
		} else if t.kind == tkTemplateTail {
			depth--
		}
		end = t.end
	}
}
