package script

import (
	"strings"
	"unicode"
)

// words splits an identifier or selector into lower-case words: at
// non-alphanumerics, at lower-to-upper changes (logOut) and before the last
// capital of a capital run (HTMLParser: html, parser).
func words(s string) []string {
	var out []string
	rs := []rune(s)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start >= 0 && unicode.IsUpper(r) {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || unicode.IsUpper(prev) && nextLower {
				flush(i)
			}
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(rs))
	return out
}

// isLogoutName reports whether a function name, handler name or selector
// says logout: logout, log-out, log_out, logOut, signout, sign-out,
// signOut, logoff, log-off (case-insensitive, as a word or the start or end
// of one: handleLogout, logoutBtn, dologout; not catalogOutput).
func isLogoutName(s string) bool {
	if !hasFold(s, "out") && !hasFold(s, "off") {
		return false // most names: no need to split them
	}
	ws := words(s)
	for i, w := range ws {
		for _, k := range [...]string{"logout", "signout", "logoff"} {
			if strings.HasPrefix(w, k) || strings.HasSuffix(w, k) {
				return true
			}
		}
		if i+1 < len(ws) {
			next := ws[i+1]
			if w == "log" && (next == "out" || next == "off") || w == "sign" && next == "out" {
				return true
			}
		}
	}
	return false
}

// hasFold reports whether s contains the lower-case ASCII word w in any
// case, without allocating.
func hasFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// isNameByte reports whether c may be in a cookie name (a token of
// RFC 6265: no controls, spaces or separators).
func isNameByte(c byte) bool {
	if c <= ' ' || c >= 0x7f {
		return false
	}
	return !strings.ContainsRune(`()<>@,;:\"/[]?={}`, rune(c))
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isNameByte(s[i]) {
			return false
		}
	}
	return true
}

// nameFromString returns the cookie name a string the code looks for
// says: "sid=", "; sid=", "sid=abc" and "sid" all say sid.
func nameFromString(s string) string {
	s = strings.TrimLeft(s, "; \t")
	if i := strings.IndexByte(s, '='); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if !validName(s) {
		return ""
	}
	return s
}

// nameFromRegexp returns the cookie name a pattern looks for: the literal
// run of name characters before the first '=' that has one, as in
// (^| )sid=([^;]+) or (?:^|;\s*)sid\s*=\s*([^;]*).
func nameFromRegexp(src string) string {
	type atom struct {
		c   byte
		lit bool
	}
	var atoms []atom
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '\\':
			if i+1 < len(src) {
				i++
				d := src[i]
				// \s, \b, \d, \w... are classes; \. \- \= are the
				// characters.
				atoms = append(atoms, atom{d, !(d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d >= '0' && d <= '9')})
			}
		case '[':
			for i++; i < len(src) && src[i] != ']'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
			atoms = append(atoms, atom{'[', false})
		case '(', ')', '|', '^', '$', '*', '+', '?', '{', '}', '.':
			atoms = append(atoms, atom{c, false})
		default:
			atoms = append(atoms, atom{c, true})
		}
	}
	for i, at := range atoms {
		if !at.lit || at.c != '=' {
			continue
		}
		j := i
		// skip \s* or " *" between the name and '='
		for j >= 2 && !atoms[j-1].lit && (atoms[j-1].c == '*' || atoms[j-1].c == '+' || atoms[j-1].c == '?') &&
			(atoms[j-2].c == 's' && !atoms[j-2].lit || atoms[j-2].c == ' ') {
			j -= 2
		}
		k := j
		for k > 0 && atoms[k-1].lit && isNameByte(atoms[k-1].c) {
			k--
		}
		if k < j {
			name := make([]byte, 0, j-k)
			for _, x := range atoms[k:j] {
				name = append(name, x.c)
			}
			return string(name)
		}
	}
	return ""
}
