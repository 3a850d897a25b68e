package script

import (
	"strings"
	"unsafe"
)

// Language is what the code of a script is written in, as far as analysing
// it goes.
type Language int

// The languages. The zero value is JavaScript.
const (
	JavaScript Language = iota
	// TypeScript stands for TypeScript, TSX and JSX: StripTypeScript
	// turns each into JavaScript.
	TypeScript
	// DataBlock is a <script> a browser keeps as data (JSON, an import map,
	// a template): no code.
	DataBlock
)

// javaScriptTypes are the JavaScript MIME type essences of the HTML standard.
var javaScriptTypes = map[string]bool{
	"application/ecmascript": true, "application/javascript": true,
	"application/x-ecmascript": true, "application/x-javascript": true,
	"text/ecmascript": true, "text/javascript": true, "text/javascript1.0": true,
	"text/javascript1.1": true, "text/javascript1.2": true, "text/javascript1.3": true,
	"text/javascript1.4": true, "text/javascript1.5": true, "text/jscript": true,
	"text/livescript": true, "text/x-ecmascript": true, "text/x-javascript": true,
}

// typeScriptTypes name TypeScript and JSX, which a build step or a compiler
// in the page (Babel) turns into JavaScript; browsers do not run them.
var typeScriptTypes = map[string]bool{
	"text/typescript": true, "application/typescript": true, "text/jsx": true, "text/babel": true,
}

// LanguageOfType tells what a <script> element of type attribute typ holds,
// as the HTML standard decides: an empty type, "module" and the JavaScript
// MIME types (without parameters, whitespace around and case aside) are
// JavaScript. TypeScript and JSX types are TypeScript; any other type is a
// data block.
func LanguageOfType(typ string) Language {
	if typ == "" || strings.EqualFold(typ, "module") {
		return JavaScript
	}
	essence := strings.ToLower(strings.Trim(typ, "\t\n\f\r "))
	switch {
	case javaScriptTypes[essence]:
		return JavaScript
	case typeScriptTypes[essence]:
		return TypeScript
	}
	return DataBlock
}

// ToJavaScript returns src, written in lang, as the JavaScript Analyze
// reads, every line and column where src has them. TypeScript is stripped
// (see StripTypeScript). JavaScript that does not parse is stripped too when
// the stripped text parses further: JSX or TypeScript handed over as
// JavaScript, a React component in a .js file. Code that does not mention
// cookies is returned as it is, unparsed: Analyze skips it. The parse of
// a source returned as it is waits, for a while, for Analyze of the string
// returned, so that a scanner analysing what it read parses it once.
func ToJavaScript(src string, lang Language) (js string) {
	return toJavaScript(src, nil, lang)
}

// ToJavaScriptOwning is ToJavaScript of the text in buf, which it takes
// over: buf must not change afterwards, as the string returned may be buf
// itself. Given a spare byte of capacity past its end, JavaScript is
// parsed where it lies, and a large file is held once rather than three
// times (as read, as a string, as the parser's input).
func ToJavaScriptOwning(buf []byte, lang Language) string {
	if len(buf) == 0 || cap(buf) == len(buf) {
		return ToJavaScript(string(buf), lang)
	}
	return toJavaScript(unsafe.String(unsafe.SliceData(buf), len(buf)), buf, lang)
}

// toJavaScript is ToJavaScript of src; buf, when not nil, holds src's
// bytes with a spare byte of capacity, to be parsed in place.
func toJavaScript(src string, buf []byte, lang Language) (js string) {
	if !Mentions(src) {
		return src
	}
	defer func() {
		// As in Analyze, a last resort: the source is then analysed as given.
		if recover() != nil {
			js = src
		}
	}()
	if lang == TypeScript {
		if out, ok := StripTypeScript(src); ok && out != src {
			src, buf = out, nil
		}
	}
	if parsesInPieces(src) {
		return src // Analyze parses it a piece at a time again
	}
	var prog *program
	var perr *parseErr
	if buf != nil {
		prog, perr = parseBuffer(buf, src)
	} else {
		prog, perr = parseJS(src)
	}
	if perr == nil {
		parsed.put(src, prog)
		return src
	}
	stripped, ok := StripTypeScript(src)
	if !ok || stripped == src {
		return src
	}
	if _, err := parseJS(stripped); err == nil || err.line > perr.line || err.line == perr.line && err.col > perr.col {
		return stripped
	}
	return src
}
