// Package extract finds links, forms and scripts in HTML pages, and the script blocks of Vue and Svelte components, with their positions.
//
// A page written as meant, each element closed in order, is read in one
// pass of x/net/html's tokenizer that builds the tree the parser would and
// records where each element and attribute was written (see direct.go).
// Any other page is parsed by x/net/html (so broken markup ends up as
// browsers build it), which decides what the page holds, and a second
// tokenizer pass over the same bytes finds the positions (see
// positions.go). Components are read with the same tokenizer pass (see
// component.go).
package extract

import (
	"bytes"
	"errors"
	"io"
	"net/url"
	"slices"
	"strings"
	"sync"

	"golang.org/x/net/html"

	"github.com/cookiescan/cookiescan/script"
)

// Caps per page, so that one hostile page can't flood the crawler.
const (
	maxLinks   = 10000
	maxScripts = 2000
)

// LinkKind is the element a link comes from.
type LinkKind string

// Link kinds. LinkFormPost is only used in Page.LogoutForms.
const (
	LinkA           LinkKind = "a"
	LinkArea        LinkKind = "area"
	LinkLink        LinkKind = "link"
	LinkIframe      LinkKind = "iframe"
	LinkFrame       LinkKind = "frame"
	LinkForm        LinkKind = "form"
	LinkFormPost    LinkKind = "form-post"
	LinkMetaRefresh LinkKind = "meta-refresh"
	LinkScript      LinkKind = "script"
)

// Link is a URL the page points to that a crawler can fetch with GET.
type Link struct {
	// URL is absolute (resolved against the page URL and any <base href>),
	// http or https, without fragment.
	URL  string
	Kind LinkKind
	// Text is the label a person sees: the text of an a element, the alt of
	// an area, the submit button of a form; whitespace collapsed, at most
	// 200 bytes.
	Text string
	// Logout is set when the element looks like a logout (IsLogout on its
	// text, id, class, name, action or URL): a crawler must not follow it.
	Logout bool
	// Line is the 1-based line of the element's start tag.
	Line int
}

// ScriptKind is where a piece of JavaScript comes from.
type ScriptKind string

// Script kinds.
const (
	ScriptInline        ScriptKind = "inline"         // a <script> element's text
	ScriptHandler       ScriptKind = "handler"        // an on… attribute
	ScriptJavaScriptURL ScriptKind = "javascript-url" // a javascript: URL in href, src, action or formaction
	ScriptExternal      ScriptKind = "external"       // <script src>
)

// Script is a piece of JavaScript in the page, or a reference to one.
type Script struct {
	Kind ScriptKind
	// Source is the code as the browser runs it: attribute values with
	// character references decoded, javascript: URLs percent-decoded,
	// newlines normalized to "\n". Empty for external scripts.
	Source string
	// URL is the absolute src of an external script, else "".
	URL string
	// Line and Col (1-based, Col in bytes) locate in the page where Source
	// starts: the byte after the <script> tag's '>', the first byte of the
	// handler's raw value, the first byte after "javascript:". For external
	// scripts, the first byte of the src value.
	Line, Col int
	// Context describes the element the script is bound to, for people and
	// for rules: `<a id="logout" class="nav" onclick> "Sign out"` (name, id,
	// class, bound attribute, visible text cut to 80 bytes).
	Context string
	// Event is the handler attribute ("onclick"), "" for other kinds.
	Event string
	// Logout is set when the bound element looks like a logout (as
	// Link.Logout); always false for inline scripts.
	Logout bool
	// Lang is the language of Source: JavaScript in a page, which runs
	// only that; TypeScript for a component's block in TypeScript or JSX.
	Lang script.Language
}

// Page is what a crawler takes from one HTML page.
type Page struct {
	// Links lists the distinct (by Kind and URL) links in document order:
	// a, area, link (except preconnect and dns-prefetch), iframe, frame,
	// script src, GET forms and meta refresh. A link repeated keeps its
	// first position and text; it is Logout if any copy is.
	Links []Link
	// LogoutForms lists POST forms that look like a logout (Kind
	// "form-post"): never submit them, but do report them. Other POST forms
	// are left out.
	LogoutForms []Link
	// Scripts lists inline scripts, handlers, javascript: URLs and external
	// scripts in document order.
	Scripts []Script
	// Base is the URL relative links resolve against.
	Base string
	// MetaRefresh is the absolute URL of the first <meta http-equiv=refresh>
	// that names one, else "". It is also in Links.
	MetaRefresh string
	// Truncated is set when Links (or LogoutForms) reached 10 000 entries or
	// Scripts 2 000, and more were dropped.
	Truncated bool
}

// HTML extracts the links and scripts of the page read from r, served at
// pageURL. Any bytes are accepted: broken markup is repaired as browsers
// do (pages nested deeper than x/net/html accepts are still read) and
// invalid UTF-8 is kept. The caller bounds the size of r; time and memory
// are linear in it. Errors come only from r or a nil pageURL.
func HTML(r io.Reader, pageURL *url.URL) (*Page, error) {
	buf := PageBuffer()
	defer ReleasePageBuffer(buf)
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, err
	}
	return HTMLBytes(buf.Bytes(), pageURL)
}

// HTMLBytes is HTML on a page already read. The page keeps no reference to
// data, which may be reused once it returns.
func HTMLBytes(data []byte, pageURL *url.URL) (*Page, error) {
	if pageURL == nil {
		return nil, errors.New("extract: no page URL")
	}
	doc, tags := directTree(data)
	if doc != nil {
		return extractTree(doc, directIndex(data, tags), pageURL), nil
	}
	return twoPass(data, pageURL), nil
}

// twoPass extracts a page the parser has to repair: its tree comes from
// x/net/html, its positions from a second tokenizer pass.
func twoPass(data []byte, pageURL *url.URL) *Page {
	ix := index(data)
	return extractTree(parse(data, ix), ix, pageURL)
}

// extractTree extracts the links and scripts of the page's tree.
func extractTree(doc *html.Node, ix *tagIndex, pageURL *url.URL) *Page {
	self := *pageURL
	self.Fragment, self.RawFragment = "", ""
	x := &extractor{
		ix:   ix,
		page: &Page{},
		self: &self,
		base: &self,
	}
	if ix.direct != nil {
		x.setBase(ix.direct.base)
		x.room = min(ix.direct.links, maxLinks)
		for _, e := range ix.direct.elements {
			x.element(e.n, e.tag)
		}
		return x.page
	}
	x.setBase(firstBase(doc))
	walk(doc, -1, func(n *html.Node) (bool, bool) {
		if n.Type == html.ElementNode && reported(n) {
			if tag, ok := ix.where(n); ok {
				x.element(n, tag)
			}
		}
		return n.Type == html.ElementNode, true
	})
	return x.page
}

// reported tells whether element n may have links or scripts to report.
func reported(n *html.Node) bool {
	return linkKind(n) != "" || hasScript(n)
}

// firstBase returns the first <base href> of the page, or nil.
func firstBase(doc *html.Node) *html.Node {
	var base *html.Node
	walk(doc, -1, func(n *html.Node) (bool, bool) {
		if n.Type != html.ElementNode {
			return false, true
		}
		if _, ok := attr(n, "href"); ok && n.Data == "base" && n.Namespace == "" {
			base = n
			return false, false
		}
		return true, true
	})
	return base
}

// pageBuffers holds the buffers pages are read into, so that a crawl
// reading page after page reuses a few rather than allocating each.
var pageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledPage is the largest buffer kept for reuse: a rare huge page
// should not stay in memory for the rest of the crawl.
const maxPooledPage = 1 << 20

// PageBuffer returns an empty buffer to read a page into, from a pool to
// which ReleasePageBuffer returns it once the page is extracted.
func PageBuffer() *bytes.Buffer { return pageBuffers.Get().(*bytes.Buffer) }

// ReleasePageBuffer returns buf, which the caller no longer uses, to the pool.
func ReleasePageBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooledPage {
		buf.Reset()
		pageBuffers.Put(buf)
	}
}

// parse builds the page's tree, as a browser would where x/net/html can:
// it refuses pages nested deeper than 512 elements (its only error on an
// in-memory reader), and is quadratic on many <body>/<html> tags with
// attributes.
func parse(data []byte, ix *tagIndex) *html.Node {
	if ix.mergeCost <= len(data) {
		if doc, err := html.Parse(bytes.NewReader(data)); err == nil {
			return doc
		}
	}
	return shallowTree(data)
}

type extractor struct {
	ix   *tagIndex
	page *Page
	self *url.URL // the page, without fragment
	base *url.URL
	urls resolver // against base

	// room is how many links to make room for at the first: as many as
	// elements that may be links, when known.
	room int

	// linkIndex and logoutIndex find a link in Links and LogoutForms by
	// kind and URL, once the list is too long to scan.
	linkIndex, logoutIndex map[linkKey]int
}

type linkKey struct {
	kind LinkKind
	url  string
}

// setBase applies the first <base href> (nil when there is none) as
// browsers do: later ones don't count, and one that doesn't parse or is
// data: or javascript: leaves the page URL in force.
func (x *extractor) setBase(first *html.Node) {
	if first != nil {
		href, _ := attr(first, "href")
		if u, ok := parseRef(x.self, cleanURL(href)); ok && u.Scheme != "data" && u.Scheme != "javascript" {
			x.base = u
		}
	}
	x.urls = newResolver(x.base)
	x.page.Base = x.base.String()
}

// linkKind returns the kind of link element n is, or "".
func linkKind(n *html.Node) LinkKind {
	switch n.Namespace {
	case "":
		switch n.Data {
		case "a", "area", "link", "iframe", "frame", "form", "script":
			return LinkKind(n.Data)
		case "meta":
			return LinkMetaRefresh
		}
	case "svg":
		switch n.Data {
		case "a", "script":
			return LinkKind(n.Data)
		}
	}
	return ""
}

// hasScript reports whether n carries a handler or a javascript: URL.
func hasScript(n *html.Node) bool {
	for _, a := range n.Attr {
		if isHandler(a) {
			return true
		}
		if isURLAttr(a.Key) {
			if _, _, ok := jsURL(a.Val); ok {
				return true
			}
		}
	}
	return false
}

func isHandler(a html.Attribute) bool {
	return len(a.Key) > 2 && strings.HasPrefix(a.Key, "on") && a.Namespace == ""
}

func isURLAttr(key string) bool {
	return key == "href" || key == "src" || key == "action" || key == "formaction"
}

// element is one element of the page, with its start tag and, computed
// when first needed, its label, logout look and context.
type element struct {
	n                *html.Node
	tag              tagRec
	label            string
	labelled, judged bool // label and logout are set
	logout           bool
	ctx              string
}

func (e *element) text() string {
	if !e.labelled {
		e.label, e.labelled = elemText(e.n), true
	}
	return e.label
}

// context describes e for Script.Context, bound to the attribute boundTo
// (with e's text) or to nothing (an inline or external script).
func (e *element) context(boundTo string) string {
	if e.ctx == "" {
		e.ctx = tagContext(e.n)
	}
	if boundTo == "" {
		return contextFor(e.ctx, "", "")
	}
	return contextFor(e.ctx, boundTo, e.text())
}

func (e *element) isLogout() bool {
	if !e.judged {
		e.logout, e.judged = looksLogout(e.n, e.text()), true
	}
	return e.logout
}

// element reports the links and scripts of an element that may have some,
// whose start tag is tag.
func (x *extractor) element(n *html.Node, tag tagRec) {
	kind := linkKind(n)
	e := &element{n: n, tag: tag}
	for _, a := range n.Attr {
		switch {
		case isHandler(a):
			if v, ok := tag.value(a.Key); ok && strings.TrimSpace(a.Val) != "" {
				x.script(e, Script{Kind: ScriptHandler, Source: a.Val, Event: a.Key}, v[0], a.Key)
			}
		case isURLAttr(a.Key):
			code, at, ok := jsURL(a.Val)
			v, found := tag.value(tokenKey(a))
			if ok && found && strings.TrimSpace(code) != "" {
				off := v[0] + rawOffset(x.ix.data[v[0]:v[1]], at)
				x.script(e, Script{Kind: ScriptJavaScriptURL, Source: code}, off, a.Key)
			}
		}
	}
	switch kind {
	case LinkA, LinkArea, LinkIframe, LinkFrame:
		key := "href"
		if kind == LinkIframe || kind == LinkFrame {
			key = "src"
		}
		if ref, ok := attr(e.n, key); ok {
			x.link(e, kind, ref)
		}
	case LinkLink:
		rel, _ := attr(e.n, "rel")
		for _, r := range strings.Fields(strings.ToLower(rel)) {
			if r == "preconnect" || r == "dns-prefetch" {
				return // an origin to warm up, not a resource
			}
		}
		if ref, ok := attr(e.n, "href"); ok {
			x.link(e, kind, ref)
		}
	case LinkForm:
		x.form(e)
	case LinkMetaRefresh:
		equiv, _ := attr(e.n, "http-equiv")
		content, _ := attr(e.n, "content")
		if !strings.EqualFold(strings.TrimSpace(equiv), "refresh") {
			return
		}
		if ref, ok := refreshURL(content); ok {
			if l, ok := x.link(e, kind, ref); ok && x.page.MetaRefresh == "" {
				x.page.MetaRefresh = l.URL
			}
		}
	case LinkScript:
		x.scriptElement(e)
	}
}

// link adds the link to ref (an attribute value), if it is one: not for
// what a crawler can't fetch (javascript:, mailto:, data: and other
// schemes, empty values) nor for jumps within the page ("#top"), though a
// form with action="#" does submit.
func (x *extractor) link(e *element, kind LinkKind, ref string) (Link, bool) {
	ref = cleanURL(ref)
	if strings.HasPrefix(ref, "#") && kind != LinkForm && kind != LinkFormPost {
		return Link{}, false
	}
	u, ok := x.urls.resolve(ref)
	if !ok {
		return Link{}, false
	}
	l := Link{URL: u, Kind: kind, Logout: e.isLogout(), Line: x.line(e.tag.start)}
	if kind == LinkA || kind == LinkArea || kind == LinkForm || kind == LinkFormPost {
		l.Text = e.text()
	}
	x.addLink(l)
	return l, true
}

func (x *extractor) addLink(l Link) {
	list, index := &x.page.Links, &x.linkIndex
	if l.Kind == LinkFormPost {
		list, index = &x.page.LogoutForms, &x.logoutIndex
	}
	if i := find(*list, index, l); i >= 0 {
		old := &(*list)[i]
		old.Logout = old.Logout || l.Logout
		if old.Text == "" {
			old.Text = l.Text
		}
		return
	}
	if len(*list) >= maxLinks {
		x.page.Truncated = true
		return
	}
	if *index != nil {
		(*index)[linkKey{l.Kind, l.URL}] = len(*list)
	}
	if *list == nil && l.Kind != LinkFormPost {
		*list = make([]Link, 0, x.room)
	}
	*list = append(*list, l)
}

// scanLinks is the longest list of links find scans rather than indexes.
const scanLinks = 16

// find returns the position in list of the link of l's kind and URL, or
// -1. A short list is scanned; a longer one gets an index, kept in *index,
// which the caller keeps up as the list grows.
func find(list []Link, index *map[linkKey]int, l Link) int {
	if *index == nil {
		if len(list) <= scanLinks {
			for i := range list {
				if list[i].Kind == l.Kind && list[i].URL == l.URL {
					return i
				}
			}
			return -1
		}
		*index = make(map[linkKey]int, 2*len(list))
		for i, o := range list {
			(*index)[linkKey{o.Kind, o.URL}] = i
		}
	}
	if i, ok := (*index)[linkKey{l.Kind, l.URL}]; ok {
		return i
	}
	return -1
}

// form adds a GET form's action as a link. POST forms are not links (a
// crawler must not submit them); those that look like a logout go to
// LogoutForms. Method "dialog" submits nowhere.
func (x *extractor) form(e *element) {
	method, _ := attr(e.n, "method")
	method = strings.ToLower(strings.TrimSpace(method))
	kind := LinkForm
	switch {
	case method == "dialog":
		return
	case method == "post":
		if !e.isLogout() {
			return
		}
		kind = LinkFormPost
	}
	action, _ := attr(e.n, "action")
	if strings.Trim(action, c0Space) == "" {
		action = x.self.String() // no action submits to the page itself, not to the base
	}
	x.link(e, kind, action)
}

// scriptElement adds a <script> that a browser runs: its text, or the
// script its src names.
func (x *extractor) scriptElement(e *element) {
	if !runs(e.n) {
		return
	}
	key := "src"
	if e.n.Namespace == "svg" {
		key = "href"
	}
	i := slices.IndexFunc(e.n.Attr, func(a html.Attribute) bool { return a.Key == key })
	if i < 0 {
		if code := allText(e.n); strings.TrimSpace(code) != "" {
			x.script(e, Script{Kind: ScriptInline, Source: code}, e.tag.end, "")
		}
		return
	}
	// With src, browsers ignore the element's text.
	src := e.n.Attr[i]
	if l, ok := x.link(e, LinkScript, src.Val); ok {
		if v, ok := e.tag.value(tokenKey(src)); ok {
			x.script(e, Script{Kind: ScriptExternal, URL: l.URL}, v[0], "")
		}
	}
}

// runs reports whether a browser runs a <script> as JavaScript (classic or
// module) rather than keeping it as a data block (JSON, templates…), from
// its type and legacy language attributes.
func runs(n *html.Node) bool {
	typ, hasType := attr(n, "type")
	lang, _ := attr(n, "language")
	switch {
	case hasType && typ == "", !hasType && lang == "":
		return true
	case !hasType:
		typ = "text/" + lang
	}
	return script.LanguageOfType(typ) == script.JavaScript
}

// script adds a script bound to e, starting at byte offset off.
func (x *extractor) script(e *element, s Script, off int, boundTo string) {
	if len(x.page.Scripts) >= maxScripts {
		x.page.Truncated = true
		return
	}
	s.Line, s.Col = x.ix.pos(off)
	s.Context = e.context(boundTo)
	s.Logout = s.Kind != ScriptInline && e.isLogout()
	x.page.Scripts = append(x.page.Scripts, s)
}

func (x *extractor) line(off int) int {
	l, _ := x.ix.pos(off)
	return l
}
