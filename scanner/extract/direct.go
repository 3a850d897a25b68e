package extract

import (
	"bytes"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Most pages are written the way they are meant to be read: every element
// closed by its own end tag, in order, with nothing the HTML parser has to
// repair. For those, one tokenizer pass builds the very tree x/net/html
// would, and records each start tag as it goes, so neither the parser's
// pass nor the matching of elements to tags is needed. directTree takes
// that path and gives up, for the two-pass one, on the first token after
// which the trees could differ.

// ordinary lists the HTML elements the direct path builds: those the
// parser inserts where they are written, with the start tags that close an
// open <p> (closesP), the list items and headings that close their
// like, and the raw-text elements the tokenizer reads as the parser does.
// Anything else — tables, select, template, pre, textarea, SVG, MathML,
// frames — sends the page down the two-pass path.
var ordinary = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range strings.Fields(`a abbr address article aside audio b bdi bdo blockquote body br
		button canvas cite code data dfn div em embed fieldset figcaption figure font footer form h1 h2 h3
		h4 h5 h6 head header hgroup hr html i iframe img input kbd label legend li link main map mark meta
		meter nav noscript ol output p picture progress q s samp script search section small source span
		strong style sub summary sup time title track u ul var video wbr area base details dialog menu center`) {
		m[name] = true
	}
	return m
}()

// headOnly lists what a <head> may hold on the direct path.
var headOnly = map[string]bool{"base": true, "link": true, "meta": true, "noscript": true, "script": true, "style": true, "title": true}

// closesP lists the start tags before which the parser closes an open <p>.
var closesP = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "center": true, "details": true,
	"dialog": true, "div": true, "fieldset": true, "figcaption": true, "figure": true, "footer": true,
	"form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true,
	"hgroup": true, "hr": true, "li": true, "main": true, "menu": true, "nav": true, "ol": true, "p": true,
	"search": true, "section": true, "summary": true, "ul": true,
}

// formatting lists the elements whose attributes the parser sorts.
var formatting = map[string]bool{
	"a": true, "b": true, "big": true, "code": true, "em": true, "font": true, "i": true, "nobr": true,
	"s": true, "small": true, "strike": true, "strong": true, "tt": true, "u": true,
}

// special lists the ordinary elements x/net/html counts as special (its
// isSpecialElementMap, which leaves out <dialog> and <search>), which stop
// the parser's search for an open <li>.
var special = map[string]bool{
	"address": true, "area": true, "article": true, "aside": true, "base": true, "blockquote": true,
	"body": true, "br": true, "button": true, "center": true, "details": true, "div": true,
	"embed": true, "fieldset": true, "figcaption": true, "figure": true, "footer": true, "form": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "head": true, "header": true,
	"hgroup": true, "hr": true, "html": true, "iframe": true, "img": true, "input": true, "li": true,
	"link": true, "main": true, "menu": true, "meta": true, "nav": true, "noscript": true, "ol": true,
	"p": true, "section": true, "script": true, "source": true, "style": true,
	"summary": true, "title": true, "track": true, "ul": true, "wbr": true,
}

// traits says in one lookup which of the lists above, and void, hold an
// element.
var traits = func() map[string]trait {
	m := map[string]trait{}
	for t, names := range map[trait]map[string]bool{
		isOrdinary: ordinary, isHeadOnly: headOnly, isClosingP: closesP, isFormatting: formatting,
		isSpecial: special, isVoid: void,
	} {
		for name := range names {
			m[name] |= t
		}
	}
	return m
}()

// trait is one of the lists of elements above.
type trait uint8

const (
	isOrdinary trait = 1 << iota
	isHeadOnly
	isClosingP
	isFormatting
	isSpecial
	isVoid
)

func isHeading(name string) bool {
	return len(name) == 2 && name[0] == 'h' && '1' <= name[1] && name[1] <= '6'
}

// directTree builds the page's tree in one tokenizer pass, with the start
// tag of every element that may matter, or returns nil when the page
// needs the parser's repairs.
func directTree(data []byte) (*html.Node, *directTags) {
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, nil // the parser drops NUL from text
	}
	b := &directBuilder{tags: &directTags{}}
	// Room for a node for each tag and each text between tags: the whole
	// tree of most pages in one block.
	b.nodes.free = make([]html.Node, min(bytes.Count(data, []byte("<"))+1, maxBlock))
	b.doc = b.node(html.DocumentNode, "")
	b.open = append(b.mostOpen[:0], b.doc)
	b.tags.elements = b.tags.most[:0]
	// Once the page needs the parser's repairs the rest is not read.
	asMeant := true
	scanWhile(data, attrsRead, func(z *html.Tokenizer, tt html.TokenType, start, end int, name string, attrs []rawAttr) bool {
		asMeant = b.token(z, data, tt, start, end, name, attrs)
		return asMeant
	})
	if !asMeant {
		return nil, nil
	}
	return b.doc, b.tags
}

// directTags is what extractTree reads of a tree built by directTree,
// gathered while it is built, so that extractTree need not walk the tree
// nor match its elements to their tags.
type directTags struct {
	// elements lists, in document order, the elements extractTree reports
	// (see reported) whose start tag could be located.
	elements []taggedElement
	links    int        // how many of them may be links
	base     *html.Node // the first <base href>, or nil

	most [16]taggedElement // room for the elements of most pages
}

// taggedElement is an element with its start tag.
type taggedElement struct {
	n   *html.Node
	tag tagRec
}

// attrsRead tells which elements of the one-pass tree get their
// attributes: those that may matter, and those whose attributes the text
// of an element that matters reads (images and controls, see elemText and
// submitButton), and <base>. Reading the others' would only cost a copy.
func attrsRead(name string, raw []byte) bool {
	switch name {
	case "img", "input", "button", "base":
		return true
	}
	return attrsMayMatter(name, raw)
}

type directBuilder struct {
	doc  *html.Node
	open []*html.Node // the stack of open elements, the document first
	tags *directTags

	mostOpen [16]*html.Node // room for the open elements of most pages

	inHead, headSeen, bodyStarted, bodyEnded bool

	// The tree lives only as long as the page's extraction: its parts are
	// allocated a block at a time.
	nodes    slab[html.Node]
	attrs    slab[html.Attribute]
	tagAttrs slab[tagAttr]
	spans    [][2]int // scratch for tagRecord
}

func (b *directBuilder) node(typ html.NodeType, data string) *html.Node {
	n := &b.nodes.take(1)[0]
	n.Type, n.Data = typ, data
	return n
}

// tagRecord is the package's tagRecord, with the parts from b's blocks.
func (b *directBuilder) tagRecord(data []byte, start, end int, attrs []rawAttr) (tagRec, bool) {
	b.spans = b.spans[:0]
	for _, a := range attrs {
		if !a.located {
			b.spans = appendAttrSpans(b.spans[:0], data[start:end], start, len(attrs))
			break
		}
		b.spans = append(b.spans, a.span) // what attrSpans finds, as the fuzz targets check
	}
	if len(b.spans) != len(attrs) {
		return tagRec{}, false
	}
	rec := tagRec{start: start, end: end, attrs: b.tagAttrs.take(len(attrs))}
	fillTagAttrs(rec.attrs, attrs, b.spans)
	return rec, true
}

// slab hands out small slices of a larger block, to allocate many with one.
type slab[T any] struct {
	free  []T
	block int // the size of the last block
}

// maxBlock is the most elements a block holds but for one large slice: a
// page's tree may take many blocks, none of them much larger than needed.
const maxBlock = 1024

// take returns n zero elements.
func (s *slab[T]) take(n int) []T {
	if n > len(s.free) {
		s.block = min(max(2*s.block, 16), maxBlock)
		s.free = make([]T, max(n, s.block))
	}
	t := s.free[:n:n]
	s.free = s.free[n:]
	return t
}

func (b *directBuilder) top() *html.Node { return b.open[len(b.open)-1] }

// token adds one token to the tree, or reports false when the parser
// would build it otherwise.
func (b *directBuilder) token(z *html.Tokenizer, data []byte, tt html.TokenType, start, end int, name string, attrs []rawAttr) bool {
	switch tt {
	case html.TextToken:
		text := z.Text()
		blank := isBlank(text)
		top := b.top().Data
		switch {
		case !blank && (b.bodyEnded || top == "head"):
			return false // the parser moves it into the body
		case !blank && !b.bodyStarted && len(b.open) <= 2:
			b.bodyStarted = true // text starts the body
		case blank && (b.bodyEnded || top == "head" || top == "html" || len(b.open) == 1):
			return true // the parser drops or moves blanks there; no element that matters holds them
		}
		if last := b.top().LastChild; last != nil && last.Type == html.TextNode {
			last.Data += string(text)
		} else {
			b.top().AppendChild(b.node(html.TextNode, string(text)))
		}
	case html.CommentToken:
		b.top().AppendChild(b.node(html.CommentNode, string(z.Text())))
	case html.StartTagToken, html.SelfClosingTagToken:
		return b.start(data, start, end, name, attrs)
	case html.EndTagToken:
		if len(b.open) == 1 || b.top().Data != name {
			return false
		}
		switch name {
		case "head":
			b.inHead = false
		case "body", "html":
			b.bodyEnded = true
		}
		b.open = b.open[:len(b.open)-1]
	}
	return true
}

// isBlank reports whether text is only HTML whitespace.
func isBlank(text []byte) bool {
	for _, c := range text {
		if !isTagSpace(c) {
			return false
		}
	}
	return true
}

func (b *directBuilder) start(data []byte, start, end int, name string, attrs []rawAttr) bool {
	custom := strings.Contains(name, "-") && name != "annotation-xml"
	t := traits[name]
	if t&isOrdinary == 0 && !custom || b.bodyEnded || len(b.open) >= maxDepth {
		return false
	}
	if b.inHead && t&isHeadOnly == 0 {
		return false
	}
	switch name {
	case "html":
		if len(b.open) != 1 || hasElement(b.doc) {
			return false
		}
	case "head":
		// After any element but <html>, the parser has made a head of its own.
		if b.headSeen || b.bodyStarted || len(b.open) > 2 || hasElement(b.top()) {
			return false
		}
		b.headSeen, b.inHead = true, true
	case "body":
		if b.bodyStarted || len(b.open) > 2 {
			return false
		}
		b.bodyStarted = true
	case "a", "button", "form", "li":
		for i := len(b.open) - 1; i > 0; i-- {
			n := b.open[i].Data
			switch {
			case n == name:
				return false // the parser closes the open one, or ignores a nested form
			case name == "li" && traits[n]&isSpecial != 0 && n != "address" && n != "div" && n != "p":
				i = 0 // the parser looks no further
			}
		}
	}
	if name != "head" && name != "body" && name != "html" && t&isHeadOnly == 0 {
		b.bodyStarted = true
	}
	if isHeading(name) && isHeading(b.top().Data) {
		return false
	}
	if t&isClosingP != 0 {
		for i := len(b.open) - 1; i > 0; i-- {
			n := b.open[i].Data
			if n == "p" {
				return false
			}
			if n == "button" || n == "html" {
				break
			}
		}
	}
	n := b.node(html.ElementNode, name)
	if len(attrs) > 0 {
		n.Attr = b.attrs.take(len(attrs))
		for i, a := range attrs {
			n.Attr[i] = html.Attribute{Key: a.key, Val: string(a.val)}
		}
		if name == "html" && hasScript(n) {
			return false // its text would take in the blanks the parser moves into it
		}
		if t&isFormatting != 0 {
			slices.SortFunc(n.Attr, func(a, b html.Attribute) int {
				if c := strings.Compare(a.Key, b.Key); c != 0 {
					return c
				}
				return strings.Compare(a.Val, b.Val)
			})
		}
	}
	if reported(n) {
		if rec, ok := b.tagRecord(data, start, end, attrs); ok {
			b.tags.elements = append(b.tags.elements, taggedElement{n, rec})
			if linkKind(n) != "" {
				b.tags.links++
			}
		}
	}
	if name == "base" && b.tags.base == nil {
		if _, ok := attr(n, "href"); ok {
			b.tags.base = n
		}
	}
	b.top().AppendChild(n)
	if t&isVoid == 0 {
		b.open = append(b.open, n)
	}
	return true
}

// hasElement reports whether n has an element child.
func hasElement(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return true
		}
	}
	return false
}

// directIndex is the tagIndex of a page built by directTree.
func directIndex(data []byte, tags *directTags) *tagIndex {
	return &tagIndex{data: data, cursor: lineCursor{data: data, line: 1}, direct: tags}
}
