package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Limits on the text kept and on the work spent finding it: every element
// with a link or handler asks for its text, and those elements can nest,
// so each walk is bounded to keep a page linear.
const (
	maxText        = 200
	maxContextText = 80
	maxScan        = 4096 // bytes of text read per element
	maxWalk        = 256  // nodes visited for an element's text
	maxFormWalk    = 2048 // nodes visited looking for a form's submit button
)

// IsLogout reports whether s (a text, id, class, name or URL) names a
// logout: logout, log-out, log_out, log out, logoff, log-off…, signout,
// sign-out, sign_out, sign out, in any case, as a word of its own. Word
// boundaries are non-letters and camelCase humps, so "btnLogOut" and
// "/user/sign_out" match while "blogout" and "catalogue" don't.
func IsLogout(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c != 'l' && c != 's' || i > 0 && isLetter(s[i-1]) && !(isLower(s[i-1]) && isUpper(s[i])) {
			continue
		}
		if n := logoutAt(s[i:]); n > 0 {
			if j := i + n; j == len(s) || !isLetter(s[j]) || isUpper(s[j]) && isLower(s[j-1]) {
				return true
			}
		}
	}
	return false
}

// logoutAt returns the length of the logout word at the start of s, or 0.
func logoutAt(s string) int {
	var n int
	var ends []string
	switch {
	case hasFold(s, "log"):
		n, ends = 3, []string{"out", "off"}
	case hasFold(s, "sign"):
		n, ends = 4, []string{"out"}
	default:
		return 0
	}
	if n < len(s) && (s[n] == '-' || s[n] == '_' || s[n] == ' ') {
		n++
	}
	for _, e := range ends {
		if hasFold(s[n:], e) {
			return n + len(e)
		}
	}
	return 0
}

func hasFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isLetter(c byte) bool { return isLower(c) || isUpper(c) }
func isLower(c byte) bool  { return 'a' <= c && c <= 'z' }
func isUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }

// attr returns the value of n's first attribute named key (in any
// namespace, so SVG's xlink:href counts as href).
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// textBuf collects text with whitespace collapsed, up to max bytes.
type textBuf struct {
	b       []byte
	max     int
	scanned int
	space   bool
}

func (t *textBuf) full() bool { return len(t.b) >= t.max || t.scanned >= maxScan }

func (t *textBuf) add(s string) {
	for _, r := range s {
		if t.full() {
			return
		}
		t.scanned += utf8.RuneLen(r)
		if unicode.IsSpace(r) {
			t.space = len(t.b) > 0
			continue
		}
		if t.space {
			t.b = append(t.b, ' ')
			t.space = false
		}
		t.b = utf8.AppendRune(t.b, r) // invalid UTF-8 arrives as U+FFFD
	}
}

func (t *textBuf) String() string { return clip(string(t.b), t.max) }

// clip cuts s to at most max bytes, at a rune boundary.
func clip(s string, max int) string {
	if len(s) <= max {
		return s
	}
	for max > 0 && !utf8.RuneStart(s[max]) {
		max--
	}
	return s[:max]
}

// allText is the text of every text node under n, as written: a script's source.
func allText(n *html.Node) string {
	if c := n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode {
		return c.Data // a script's one text node: no copy
	}
	var b strings.Builder
	walk(n, -1, func(c *html.Node) (bool, bool) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true, true
	})
	return b.String()
}

// walk visits up to budget (negative: all) descendants of n in document
// order; visit says whether to look inside the node and whether to go on.
func walk(n *html.Node, budget int, visit func(*html.Node) (descend, more bool)) {
	for c := n.FirstChild; c != nil && budget != 0; budget-- {
		descend, more := visit(c)
		if !more {
			return
		}
		if descend && c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != n && c.NextSibling == nil {
			c = c.Parent
		}
		if c == n {
			return
		}
		c = c.NextSibling
	}
}

// elemText is what a person sees as n's label: the text of a link or
// button, the value of an input button, the alt of an image or area, the
// submit button of a form; else its aria-label or title.
func elemText(n *html.Node) string {
	t := textBuf{max: maxText}
	switch {
	case n.Namespace != "":
		visibleText(n, &t)
	case n.Data == "form":
		if b := submitButton(n); b != nil {
			return elemText(b)
		}
	case n.Data == "input":
		typ, _ := attr(n, "type")
		switch strings.ToLower(strings.TrimSpace(typ)) {
		case "submit", "button", "reset":
			v, _ := attr(n, "value")
			t.add(v)
		case "image":
			v, _ := attr(n, "alt")
			t.add(v)
		}
	case n.Data == "area" || n.Data == "img":
		v, _ := attr(n, "alt")
		t.add(v)
	default:
		if text, ok := plainText(n); ok {
			return text
		}
		visibleText(n, &t)
	}
	for _, k := range []string{"aria-label", "title"} {
		if len(t.b) == 0 {
			v, _ := attr(n, k)
			t.add(v)
		}
	}
	return t.String()
}

// plainText returns the text of n when it is one text node that collecting
// would keep as it is: printable ASCII, single spaces between words, short
// enough. Most links have such a label.
func plainText(n *html.Node) (string, bool) {
	c := n.FirstChild
	if c == nil || c != n.LastChild || c.Type != html.TextNode {
		return "", false
	}
	s := c.Data
	if s == "" || len(s) > maxText || s[0] == ' ' || s[len(s)-1] == ' ' {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' || s[i] == ' ' && s[i-1] == ' ' {
			return "", false
		}
	}
	return s, true
}

// visibleText adds the text under n, skipping what a browser doesn't show.
func visibleText(n *html.Node, t *textBuf) {
	walk(n, maxWalk, func(c *html.Node) (bool, bool) {
		switch c.Type {
		case html.TextNode:
			t.add(c.Data)
		case html.ElementNode:
			switch c.Data {
			case "script", "style", "template", "noscript", "title":
				return false, true
			case "img", "input":
				t.add(elemText(c))
			}
			return true, !t.full()
		}
		return false, !t.full()
	})
}

// submitButton returns the first submit button inside form, or nil.
func submitButton(form *html.Node) *html.Node {
	var found *html.Node
	walk(form, maxFormWalk, func(c *html.Node) (bool, bool) {
		if c.Type != html.ElementNode || c.Namespace != "" {
			return false, true
		}
		typ, _ := attr(c, "type")
		typ = strings.ToLower(strings.TrimSpace(typ))
		switch {
		case c.Data == "button" && typ != "button" && typ != "reset",
			c.Data == "input" && (typ == "submit" || typ == "image"):
			found = c
			return false, false
		}
		return true, true
	})
	return found
}

// maxLabel is the longest text still taken as an element's label: the
// text of a <body> or <nav> with a handler mentions every link inside and
// says nothing about what the element itself does.
const maxLabel = 50

// looksLogout applies IsLogout to n's label and to the attributes that name
// what it does.
func looksLogout(n *html.Node, text string) bool {
	if len(text) <= maxLabel && IsLogout(text) {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "id", "class", "name", "action", "formaction", "href", "src", "title", "aria-label":
			if IsLogout(a.Val) {
				return true
			}
		}
	}
	return false
}

// tagContext describes an element for Script.Context: `<a id="x" class="y"`,
// to be completed by contextFor.
func tagContext(n *html.Node) string {
	var b strings.Builder
	b.WriteString("<" + n.Data)
	for _, k := range []string{"id", "class"} {
		if v, ok := attr(n, k); ok {
			b.WriteString(" " + k + "=" + strconv.Quote(clip(strings.ToValidUTF8(v, "\uFFFD"), maxContextText)))
		}
	}
	return strings.ToValidUTF8(b.String(), "\uFFFD")
}

// contextFor completes a tagContext with the attribute the script is bound
// to and the element's text: `<a id="logout" class="nav" onclick> "Sign out"`.
func contextFor(tag, boundTo, text string) string {
	if boundTo != "" {
		tag += " " + boundTo
	}
	tag += ">"
	if text != "" {
		tag += " " + strconv.Quote(clip(text, maxContextText))
	}
	return tag
}
