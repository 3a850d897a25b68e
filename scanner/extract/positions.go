package extract

import (
	"bytes"
	"encoding/binary"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cookiescan/cookiescan/script"
)

// x/net/html's tree does not record where a node came from, so a
// second pass with the same tokenizer the parser uses records every start tag
// and its attribute values, and elements of the tree are matched back to
// those records.

// tagRec is where one start tag sits in the page.
type tagRec struct {
	start, end int       // offsets of its '<' and of the byte after its '>'
	attrs      []tagAttr // sorted by key
}

// tagAttr is where the raw value of one attribute sits.
type tagAttr struct {
	key  string // as the tokenizer gives it: "xlink:href", "viewbox"
	span [2]int
}

// value returns the span of the raw value of attribute key.
func (t tagRec) value(key string) ([2]int, bool) {
	i := sort.Search(len(t.attrs), func(i int) bool { return t.attrs[i].key >= key })
	if i < len(t.attrs) && t.attrs[i].key == key {
		return t.attrs[i].span, true
	}
	return [2]int{}, false
}

// tagIndex finds the start tag of a tree element and converts offsets to
// lines and columns.
type tagIndex struct {
	data  []byte
	tags  []tagRec
	lines script.Lines

	// bySig holds, for each element signature (name and attributes), the
	// tags not yet claimed by an element, in page order.
	bySig map[string][]int
	// merged maps "html\x00key" and "body\x00key" to the value of the
	// first tag carrying the attribute: the parser merges repeated
	// <html>/<body> tags into one element, first value wins.
	merged map[string][2]int
	// mergeCost is the work x/net/html spends merging those tags: it
	// copies the attributes merged so far for each one, which is quadratic.
	mergeCost int
	nMerged   map[string]int // distinct attributes merged per name

	cursor lineCursor // replaces lines for a tree built by directTree

	// direct, for a tree built by directTree, holds the elements to report
	// with their start tags, and replaces the matching by signature.
	direct *directTags
}

// index tokenizes data once, recording every start tag.
func index(data []byte) *tagIndex {
	ix := &tagIndex{
		data:    data,
		lines:   script.LinesOf(data),
		bySig:   map[string][]int{},
		merged:  map[string][2]int{},
		nMerged: map[string]int{},
	}
	var sig []byte
	var pairs []pair
	scan(data, attrsMayMatter, func(_ *html.Tokenizer, tt html.TokenType, start, end int, name string, attrs []rawAttr) {
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken || !mayMatter(name, attrs) {
			return
		}
		rec, spans, ok := tagRecord(data, start, end, attrs)
		if !ok {
			return
		}
		if (name == "html" || name == "body") && len(attrs) > 0 {
			ix.mergeCost += ix.nMerged[name]
		}
		pairs = pairs[:0]
		for i, a := range attrs {
			pairs = append(pairs, pair{a.key, string(a.val)})
			if name == "html" || name == "body" {
				if _, ok := ix.merged[name+"\x00"+a.key]; !ok {
					ix.merged[name+"\x00"+a.key] = spans[i]
					ix.nMerged[name]++
				}
			}
		}
		sig = signature(sig[:0], name, pairs)
		ix.bySig[string(sig)] = append(ix.bySig[string(sig)], len(ix.tags))
		ix.tags = append(ix.tags, rec)
	})
	return ix
}

// tagRecord locates the start tag data[start:end] and the raw values of
// its attributes (spans, in attrs' order); false when attrSpans cannot
// mirror the tokenizer, and the element then goes unreported rather than
// misplaced.
func tagRecord(data []byte, start, end int, attrs []rawAttr) (tagRec, [][2]int, bool) {
	spans := attrSpans(data[start:end], start, len(attrs))
	if len(spans) != len(attrs) {
		return tagRec{}, nil, false
	}
	rec := tagRec{start: start, end: end, attrs: make([]tagAttr, len(attrs))}
	fillTagAttrs(rec.attrs, attrs, spans)
	return rec, spans, true
}

// fillTagAttrs sets dst to the attributes with their spans, sorted by key.
func fillTagAttrs(dst []tagAttr, attrs []rawAttr, spans [][2]int) {
	for i, a := range attrs {
		dst[i] = tagAttr{a.key, spans[i]}
	}
	slices.SortFunc(dst, func(a, b tagAttr) int { return strings.Compare(a.key, b.key) })
}

// mayMatter reports whether a start tag can make an element that yields a
// link or a script (see linkKind and hasScript), so that only those are
// recorded; it must hold for every element that does.
func mayMatter(name string, attrs []rawAttr) bool {
	switch name {
	case "a", "area", "link", "iframe", "frame", "form", "meta", "script", "html", "body":
		return true
	}
	for _, a := range attrs {
		if len(a.key) > 2 && strings.HasPrefix(a.key, "on") {
			return true
		}
		switch a.key {
		case "href", "xlink:href", "src", "action", "formaction":
			if bytes.IndexByte(a.val, ':') > 0 {
				if _, _, ok := jsURL(string(a.val)); ok {
					return true
				}
			}
		}
	}
	return false
}

// attrsMayMatter reports, before a start tag's attributes are read, whether
// mayMatter could hold for it: its name matters, or its raw bytes could
// hold a handler (an "on" where an attribute name can start) or a
// javascript: URL (a ':' written, or a character reference that may
// decode to one). It must hold wherever mayMatter does.
func attrsMayMatter(name string, raw []byte) bool {
	if mayMatter(name, nil) || bytes.IndexByte(raw, ':') >= 0 || bytes.IndexByte(raw, '&') >= 0 {
		return true
	}
	for i := 1; i+1 < len(raw); i++ {
		if raw[i]|0x20 == 'o' && raw[i+1]|0x20 == 'n' && !isAlnum(raw[i-1]) {
			return true
		}
	}
	return false
}

// rawAttr is an attribute as the tokenizer gives it.
type rawAttr struct {
	key string
	val []byte
	// span is where val is written in the page, when located is set (for
	// values read from the page's bytes).
	span    [2]int
	located bool
}

// scan runs the tokenizer over data the way the parser runs it (see
// foreign) and calls f with each token and its offsets [start, end); tags
// come with their name. A start tag's attributes are read (into attrs,
// reused between calls) only when attrsOf(name, raw tag) asks for them, as
// reading them may cost a copy of each: other tags come with none. Their
// values may be slices of data, and are not to be written.
func scan(data []byte, attrsOf func(name string, raw []byte) bool, f func(z *html.Tokenizer, tt html.TokenType, start, end int, name string, attrs []rawAttr)) {
	scanWhile(data, attrsOf, func(z *html.Tokenizer, tt html.TokenType, start, end int, name string, attrs []rawAttr) bool {
		f(z, tt, start, end, name, attrs)
		return true
	})
}

// scanWhile is scan stopping as soon as f returns false.
func scanWhile(data []byte, attrsOf func(name string, raw []byte) bool, f func(z *html.Tokenizer, tt html.TokenType, start, end int, name string, attrs []rawAttr) bool) {
	z := html.NewTokenizer(bytes.NewReader(data))
	var fc foreign
	var attrs []rawAttr
	var names tagNames
	end := 0
	for {
		z.AllowCDATA(fc.in())
		tt := z.Next()
		raw := z.Raw()
		start := end
		end += len(raw)
		var name string
		switch tt {
		case html.ErrorToken:
			return
		case html.EndTagToken:
			name = names.of(z, raw, 2)
			fc.end(name)
		case html.StartTagToken, html.SelfClosingTagToken:
			name = names.of(z, raw, 1)
			attrs = attrs[:0]
			breakout := false
			// <font> with these leaves SVG/MathML like a block element.
			if name == "font" && fc.in() || attrsOf(name, raw) {
				plain := false
				// The page's bytes, unlike raw, stay as they are while f runs.
				if attrs, plain = plainAttrs(attrs, data[start:end], start); !plain {
					for more := true; more; {
						var k, v []byte
						k, v, more = z.TagAttr()
						if k == nil {
							break // a tag without attributes
						}
						attrs = append(attrs, rawAttr{key: internedName(k), val: v}) // v is a copy the tokenizer made
					}
				}
				for _, a := range attrs {
					breakout = breakout || name == "font" && (a.key == "color" || a.key == "face" || a.key == "size")
				}
			}
			fc.start(z, name, tt == html.SelfClosingTagToken, breakout)
		}
		if !f(z, tt, start, end, name, attrs) {
			return
		}
	}
}

// allAttrs reads the attributes of every start tag.
func allAttrs(string, []byte) bool { return true }

// tagNames reads the names of a page's tags.
type tagNames struct {
	buf []byte // scratch
	// recent holds names already read, by length and first byte: a page
	// repeats a few names, found here without hashing.
	recent [16]string
}

// of returns the name of the tag token raw, whose name starts at offset
// from, as the tokenizer's TagName gives it (ASCII lowered), read from raw
// so as to spare TagName's copy.
func (t *tagNames) of(z *html.Tokenizer, raw []byte, from int) string {
	buf := t.buf[:0]
	for i := from; i < len(raw); i++ {
		c := raw[i]
		if isTagSpace(c) || c == '/' || c == '>' {
			break
		}
		if c == 0 {
			n, _ := z.TagName() // the tokenizer replaces NUL with U+FFFD
			return string(n)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	t.buf = buf
	if len(buf) == 0 {
		return ""
	}
	slot := &t.recent[(len(buf)+int(buf[0]))%len(t.recent)]
	if *slot != string(buf) {
		*slot = internedName(buf)
	}
	return *slot
}

// internedName returns name as a string; the names of HTML, SVG and
// MathML elements and attributes come from x/net/html/atom's table,
// without an allocation.
func internedName(name []byte) string {
	if a := atom.Lookup(name); a != 0 {
		return a.String()
	}
	return string(name)
}

// maxDepth is how deep x/net/html nests elements before refusing a page.
const maxDepth = 512

// void elements have no content and no end tag.
var void = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "image": true,
	"input": true, "keygen": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// shallowTree builds a tree straight from the tokens, for the pages
// x/net/html refuses because they nest deeper than 512 elements, or would
// take quadratic time on: an end tag closes the innermost open element of
// its name, void elements stay empty, repeated <html> and <body> tags
// merge, and elements past the depth limit replace the deepest one. It
// finds the same links and scripts as a browser on such pages; only texts
// may differ.
func shallowTree(data []byte) *html.Node {
	doc := &html.Node{Type: html.DocumentNode}
	open := []*html.Node{doc}
	merged := map[string]*html.Node{}
	has := map[string]bool{} // name+"\x00"+key of the merged attributes
	scan(data, allAttrs, func(z *html.Tokenizer, tt html.TokenType, _, _ int, name string, attrs []rawAttr) {
		switch tt {
		case html.TextToken:
			open[len(open)-1].AppendChild(&html.Node{Type: html.TextNode, Data: string(z.Text())})
		case html.StartTagToken, html.SelfClosingTagToken:
			n := merged[name]
			if n == nil {
				n = &html.Node{Type: html.ElementNode, Data: name}
			}
			for _, a := range attrs {
				if name == "html" || name == "body" {
					if has[name+"\x00"+a.key] {
						continue
					}
					has[name+"\x00"+a.key] = true
				}
				n.Attr = append(n.Attr, html.Attribute{Key: a.key, Val: string(a.val)})
			}
			if merged[name] != nil {
				return
			}
			if name == "html" || name == "body" {
				merged[name] = n
			}
			opens := tt == html.StartTagToken && !void[name]
			if opens && len(open) == maxDepth {
				open = open[:maxDepth-1] // a sibling of the deepest element
			}
			open[len(open)-1].AppendChild(n)
			if opens {
				open = append(open, n)
			}
		case html.EndTagToken:
			for i := len(open) - 1; i > 0; i-- {
				if open[i].Data == name {
					open = open[:i]
					break
				}
			}
		}
	})
	return doc
}

// pair is an attribute for a signature.
type pair struct{ key, val string }

// signature identifies an element by its name and attributes, in any order
// (the parser sorts the attributes of <a>, <b> and other formatting
// elements). <image> is renamed <img> by the parser, and SVG's <image>
// must match either way. It sorts attrs.
func signature(dst []byte, name string, attrs []pair) []byte {
	for _, c := range []byte(name) {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A' // SVG's camelCase names: the tokenizer gave them lowered
		}
		dst = append(dst, c)
	}
	if string(dst) == "image" {
		dst = append(dst[:0], "img"...)
	}
	dst = append(dst, 0)
	slices.SortFunc(attrs, func(a, b pair) int { return strings.Compare(a.key, b.key) })
	for _, a := range attrs {
		dst = binary.AppendUvarint(dst, uint64(len(a.key)))
		dst = append(dst, a.key...)
		dst = binary.AppendUvarint(dst, uint64(len(a.val)))
		dst = append(dst, a.val...)
	}
	return dst
}

// tokenKey returns the attribute's name as the tokenizer gave it, before
// the parser split off a namespace (xlink:href) or camelCased it (viewBox).
func tokenKey(a html.Attribute) string {
	k := a.Key
	if a.Namespace != "" {
		k = a.Namespace + ":" + k
	}
	if !strings.ContainsFunc(k, func(r rune) bool { return 'A' <= r && r <= 'Z' }) {
		return k
	}
	return strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}, k)
}

// where returns the start tag of the tree element n, or false for elements
// the parser made without a tag of their own (copies of formatting elements
// such as <a> made while repairing misnested markup: they repeat an element
// that is reported already).
func (ix *tagIndex) where(n *html.Node) (tagRec, bool) {
	if n.Namespace == "" && (n.Data == "html" || n.Data == "body") {
		var rec tagRec
		for _, a := range n.Attr {
			span, ok := ix.merged[n.Data+"\x00"+a.Key]
			if !ok {
				return tagRec{}, false
			}
			rec.attrs = append(rec.attrs, tagAttr{a.Key, span})
		}
		slices.SortFunc(rec.attrs, func(a, b tagAttr) int { return strings.Compare(a.key, b.key) })
		return rec, true
	}
	attrs := make([]pair, len(n.Attr))
	for i, a := range n.Attr {
		attrs[i] = pair{tokenKey(a), a.Val}
	}
	sig := signature(nil, n.Data, attrs)
	q := ix.bySig[string(sig)]
	if len(q) == 0 {
		return tagRec{}, false
	}
	ix.bySig[string(sig)] = q[1:]
	return ix.tags[q[0]], true
}

// pos converts a byte offset to a 1-based line and byte column.
func (ix *tagIndex) pos(off int) (line, col int) {
	if ix.direct != nil {
		return ix.cursor.pos(off) // the one-pass tree asks in page order
	}
	return ix.lines.Position(off)
}

// lineCursor converts offsets to lines and columns as script.Lines does,
// counting the line breaks between the offset asked and the one asked
// before: offsets asked in about page order read the page about once, and
// need no table of lines.
type lineCursor struct {
	data []byte
	// off is the offset asked last, line its line (1 before any is asked),
	// start where that line starts.
	off, line, start int
}

// breakAt reports whether a line starts after data[p], as script.LinesOf
// reads line breaks.
func (c *lineCursor) breakAt(p int) bool {
	switch c.data[p] {
	case '\n':
		return true
	case '\r':
		return p+1 == len(c.data) || c.data[p+1] != '\n'
	}
	return false
}

func (c *lineCursor) pos(off int) (line, col int) {
	off = max(0, min(off, len(c.data)))
	if off >= c.off {
		c.forward(off)
	} else if crossed := c.breaks(off, c.off); crossed > 0 {
		c.line -= crossed
		c.start = 0
		for p := off - 1; p >= 0; p-- {
			if c.breakAt(p) {
				c.start = p + 1
				break
			}
		}
	}
	c.off = off
	return c.line, off - c.start + 1
}

// forward moves the cursor ahead to off.
func (c *lineCursor) forward(off int) {
	ahead := c.data[c.off:off]
	if bytes.IndexByte(ahead, '\r') < 0 {
		// Without CR, every LF is a break, and the last one starts the line.
		if last := bytes.LastIndexByte(ahead, '\n'); last >= 0 {
			c.line += bytes.Count(ahead, []byte{'\n'})
			c.start = c.off + last + 1
		}
		return
	}
	for p := c.off; p < off; p++ {
		if c.breakAt(p) {
			c.line++
			c.start = p + 1
		}
	}
}

// breaks counts the line breaks in data[from:to].
func (c *lineCursor) breaks(from, to int) int {
	n := 0
	for p := from; p < to; p++ {
		if c.breakAt(p) {
			n++
		}
	}
	return n
}

// appendLower appends s lowered the tokenizer's way: ASCII letters only.
func appendLower(dst, s []byte) []byte {
	for _, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func isTagSpace(c byte) bool { return tagSpace[c] }

// tagSpace tells the bytes HTML reads as whitespace, with one load rather
// than five comparisons: tags and text are read byte by byte.
var tagSpace = [256]bool{' ': true, '\n': true, '\r': true, '\t': true, '\f': true}

// attrSpans returns the spans (offset by base) of the attribute values of
// the start tag raw, replaying the tokenizer's readTag, readTagAttrKey and
// readTagAttrVal. want is how many attributes the tokenizer kept: when there
// are more, repeated names are dropped as the tokenizer drops them.
func attrSpans(raw []byte, base, want int) [][2]int {
	return appendAttrSpans(nil, raw, base, want)
}

// appendAttrSpans is attrSpans appending to dst.
func appendAttrSpans(dst [][2]int, raw []byte, base, want int) [][2]int {
	var few [8]writtenAttr // most tags have no more: no allocation
	all := writtenAttrs(few[:0], raw)
	spans := slices.Grow(dst, len(all))
	var seen map[string]bool
	if len(all) > want {
		seen = map[string]bool{}
	}
	for _, a := range all {
		if seen != nil {
			k := string(appendLower(nil, a.key))
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		spans = append(spans, [2]int{base + a.span[0], base + a.span[1]})
	}
	return spans
}

// writtenAttr is an attribute as written in a start tag: its name and
// the span of its raw value in the tag.
type writtenAttr struct {
	key  []byte
	span [2]int
}

// writtenAttrs appends to dst the attributes of the start tag raw, with
// names of any case and repeated ones, replaying the tokenizer's readTag,
// readTagAttrKey and readTagAttrVal.
func writtenAttrs(dst []writtenAttr, raw []byte) []writtenAttr {
	i := 1
	for i < len(raw) && !isTagSpace(raw[i]) && raw[i] != '/' && raw[i] != '>' {
		i++
	}
	skip := func(j int) int {
		for j < len(raw) && isTagSpace(raw[j]) {
			j++
		}
		return j
	}
	for {
		if i = skip(i); i >= len(raw) || raw[i] == '>' {
			return dst
		}
		ks := i
		for ; i < len(raw); i++ {
			c := raw[i]
			if c == '=' && i == ks {
				continue // a leading '=' belongs to the name
			}
			if c == '=' || c == '/' || c == '>' || isTagSpace(c) {
				break
			}
		}
		a := writtenAttr{key: raw[ks:i], span: [2]int{i, i}}
		switch j := skip(i); {
		case j < len(raw) && raw[j] == '/':
			i = j + 1
		case j < len(raw) && raw[j] == '=':
			j = skip(j + 1)
			switch {
			case j >= len(raw) || raw[j] == '>':
				i = j
			case raw[j] == '"' || raw[j] == '\'':
				e := bytes.IndexByte(raw[j+1:], raw[j])
				if e < 0 {
					e = len(raw) - j - 1
				}
				a.span = [2]int{j + 1, j + 1 + e}
				i = min(j+2+e, len(raw))
			default:
				e := j
				for e < len(raw) && !isTagSpace(raw[e]) && raw[e] != '>' {
					e++
				}
				a.span = [2]int{j, e}
				i = e
			}
		default:
			i = j
		}
		if len(a.key) > 0 {
			dst = append(dst, a)
		}
	}
}

// plainAttrs appends to dst the attributes of the start tag raw as the
// tokenizer gives them, when their values are the bytes written (the tag
// holds no character reference, CR or NUL to decode): each value is then
// a slice of raw rather than a copy, located in the page, raw starting at
// offset base. false when they are not.
func plainAttrs(dst []rawAttr, raw []byte, base int) ([]rawAttr, bool) {
	if bytes.IndexByte(raw, '&') >= 0 || bytes.IndexByte(raw, '\r') >= 0 || bytes.IndexByte(raw, 0) >= 0 {
		return dst, false
	}
	var few [8]writtenAttr
	written := writtenAttrs(few[:0], raw)
	if len(written) > len(few) {
		// Telling repeated names apart in a short list is quadratic: the
		// tokenizer's own reading does it for a tag of many attributes.
		return dst, false
	}
	var lower [32]byte
	from := len(dst)
	for _, a := range written {
		key := internedName(appendLower(lower[:0], a.key))
		// The tokenizer keeps the first of attributes of the same name.
		if !slices.ContainsFunc(dst[from:], func(d rawAttr) bool { return d.key == key }) {
			span := [2]int{base + a.span[0], base + a.span[1]}
			dst = append(dst, rawAttr{key, raw[a.span[0]:a.span[1]], span, true})
		}
	}
	return dst, true
}

// rawOffset returns the offset in raw (an attribute value as written in the
// page) of the byte that becomes byte k of the value the tokenizer decodes:
// NUL becomes U+FFFD, "\r\n" and "\r" become "\n", then character
// references are decoded with the rules for attribute values.
func rawOffset(raw []byte, k int) int {
	d := 0
	i := 0
	for i < len(raw) && d < k {
		switch raw[i] {
		case '\r':
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
			d++
		case 0:
			i++
			d += utf8.RuneLen(utf8.RuneError)
		case '&':
			n, m := charRef(raw[i:])
			i += n
			d += m
		default:
			i++
			d++
		}
	}
	return i
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// charRef returns how many bytes the character reference at the start of s
// (s[0] == '&') takes in an attribute value, and how many bytes it decodes
// to, following x/net/html's unescapeEntity in attribute mode.
func charRef(s []byte) (raw, decoded int) {
	if len(s) > 2 && s[1] == '#' {
		j := 2
		digit := func(c byte) bool { return '0' <= c && c <= '9' }
		if s[j] == 'x' || s[j] == 'X' {
			j++
			digit = isHex
		}
		d := j
		for j < len(s) && digit(s[j]) {
			j++
		}
		if j == d {
			return 1, 1
		}
		if j < len(s) && s[j] == ';' {
			j++
		}
		return j, len(html.UnescapeString(string(s[:j])))
	}
	j := 1
	for j < len(s) && isAlnum(s[j]) {
		j++
	}
	if j == 1 {
		return 1, 1
	}
	semi := j < len(s) && s[j] == ';'
	if semi {
		j++
	} else if j < len(s) && s[j] == '=' {
		return 1, 1 // "&amp=" in a URL query is not a reference
	}
	// html.UnescapeString also decodes references that merely start with a
	// known name ("&notit;" as "¬it;"); attribute values don't, so only an
	// exact decoding counts: one or two runes, none of them the name's tail.
	ref := string(s[:j])
	out := html.UnescapeString(ref)
	exact := out != ref
	if semi {
		exact = exact && (out == ";" || out[len(out)-1] != ';')
	} else {
		exact = exact && utf8.RuneCountInString(out) == 1
	}
	if !exact {
		return 1, 1
	}
	return j, len(out)
}

// foreign follows <svg> and <math> the way the parser does, because inside
// them the parser stops the tokenizer from treating <style>, <title>,
// <script>… as raw text and lets it read CDATA sections; the token streams
// must agree for tags to match elements. It keeps only the SVG/MathML roots
// and the HTML integration points inside them, which is enough for real
// pages.
type foreign struct {
	stack []frame
}

type frame struct {
	name    string
	foreign bool // false: an integration point, whose content is HTML
	svg     bool
}

func (f *foreign) in() bool {
	return len(f.stack) > 0 && f.stack[len(f.stack)-1].foreign
}

// breakout lists the HTML elements whose start tag (or, for the last two,
// end tag) ends SVG/MathML content.
var breakout = map[string]bool{
	"b": true, "big": true, "blockquote": true, "body": true, "br": true, "center": true,
	"code": true, "dd": true, "div": true, "dl": true, "dt": true, "em": true, "embed": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "head": true,
	"hr": true, "i": true, "img": true, "li": true, "listing": true, "menu": true, "meta": true,
	"nobr": true, "ol": true, "p": true, "pre": true, "ruby": true, "s": true, "small": true,
	"span": true, "strong": true, "strike": true, "sub": true, "sup": true, "table": true,
	"tt": true, "u": true, "ul": true, "var": true,
}

func (f *foreign) popForeign() {
	for f.in() {
		f.stack = f.stack[:len(f.stack)-1]
	}
}

func (f *foreign) start(z *html.Tokenizer, name string, selfClosing, fontBreakout bool) {
	if !f.in() {
		if (name == "svg" || name == "math") && !selfClosing {
			f.stack = append(f.stack, frame{name: name, foreign: true, svg: name == "svg"})
		}
		return
	}
	if breakout[name] || fontBreakout {
		f.popForeign()
		return
	}
	z.NextIsNotRawText()
	svg := f.stack[len(f.stack)-1].svg
	integration := svg && (name == "foreignobject" || name == "desc" || name == "title") ||
		!svg && (name == "mi" || name == "mo" || name == "mn" || name == "ms" || name == "mtext")
	if integration && !selfClosing {
		f.stack = append(f.stack, frame{name: name})
	}
}

func (f *foreign) end(name string) {
	switch {
	case len(f.stack) > 0 && f.stack[len(f.stack)-1].name == name:
		f.stack = f.stack[:len(f.stack)-1]
	case f.in() && breakout[name]:
		f.popForeign()
	}
}
