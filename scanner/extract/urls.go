package extract

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// IsHTML reports whether a response is an HTML page: its Content-Type is
// text/html or application/xhtml+xml, or, when it has none (or one of the
// placeholders browsers sniff past), its first bytes sniff as HTML.
func IsHTML(contentType string, sniff []byte) bool {
	mt, _, _ := strings.Cut(contentType, ";")
	switch strings.ToLower(strings.TrimSpace(mt)) {
	case "text/html", "application/xhtml+xml":
		return true
	case "", "unknown/unknown", "application/unknown", "*/*":
		return strings.HasPrefix(http.DetectContentType(sniff), "text/html")
	}
	return false
}

// cleanURL prepares an attribute value for url.Parse the way browsers'
// URL parser reads it: surrounding C0 controls and spaces dropped, tabs and
// newlines removed, "\" read as "/" before the query, other controls and
// stray "%" escaped (Go rejects both, browsers keep them), and spaces
// escaped (Go would keep them in the query, making a bad request line).
func cleanURL(s string) string {
	i, j := 0, len(s)
	for i < j && s[i] <= ' ' {
		i++
	}
	for j > i && s[j-1] <= ' ' {
		j--
	}
	s = s[i:j]
	if clean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	path := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\t' || c == '\n' || c == '\r':
		case c == '?' || c == '#':
			path = false
			b.WriteByte(c)
		case c == '\\' && path:
			b.WriteByte('/')
		case c <= ' ' || c == 0x7f:
			fmt.Fprintf(&b, "%%%02X", c)
		case c == '%' && !(i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])):
			b.WriteString("%25")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// clean reports whether cleanURL keeps every byte of s, trimmed, as it is.
func clean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c == 0x7f || c == '\\' || c == '%' && !(i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])) {
			return false
		}
	}
	return true
}

// parseRef resolves a cleaned reference against base, dropping the fragment.
func parseRef(base *url.URL, ref string) (*url.URL, bool) {
	if ref == "" {
		return nil, false
	}
	u, err := url.Parse(ref)
	if err != nil {
		return nil, false
	}
	u = base.ResolveReference(u)
	u.Fragment, u.RawFragment = "", ""
	u.Host = strings.ToLower(u.Host)
	return u, true
}

// resolver resolves a page's links against its base URL.
type resolver struct {
	base *url.URL
	// origin is what parseRef and String give the base's root, "/", less
	// that slash: "https://example.com". A path from the root resolves to
	// origin followed by the path. "" when the root is not an http or https
	// URL with a host.
	origin string
}

func newResolver(base *url.URL) resolver {
	r := resolver{base: base}
	if (base.Scheme == "http" || base.Scheme == "https") && base.User == nil && plainHost(base.Host) {
		// What parsing gives, as the root's host and scheme are the base's.
		r.origin = base.Scheme + "://" + base.Host
	} else if root, ok := parseRef(base, "/"); ok && (root.Scheme == "http" || root.Scheme == "https") && root.Host != "" {
		r.origin, _ = strings.CutSuffix(root.String(), "/")
	}
	return r
}

// resolve returns the absolute URL, without fragment, that the cleaned
// reference ref names, if it is an http or https URL with a host.
func (r resolver) resolve(ref string) (string, bool) {
	if u, ok := resolvePlain(r.origin, ref); ok {
		return u, true
	}
	u, ok := parseRef(r.base, ref)
	if !ok || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", false
	}
	return u.String(), true
}

// resolvePlain resolves, without parsing them, the references most links
// are: a path from the root ("/p/1?a=b") against origin (see resolver), or
// an http or https URL ("https://example.com/p"), written in the form
// String gives, so that the URL is the reference less its fragment. The
// result is what resolve gives by parsing; false for any other reference.
func resolvePlain(origin, ref string) (string, bool) {
	ref, fragment, _ := strings.Cut(ref, "#")
	if strings.IndexByte(fragment, '%') >= 0 {
		return "", false // an escape the parser may reject
	}
	prefix, rest := "", ref
	switch {
	case strings.HasPrefix(ref, "/") && !strings.HasPrefix(ref, "//"):
		if origin == "" {
			return "", false
		}
		prefix = origin
	case strings.HasPrefix(ref, "https://"):
		rest = ref[len("https://"):]
	case strings.HasPrefix(ref, "http://"):
		rest = ref[len("http://"):]
	default:
		return "", false
	}
	if prefix == "" {
		end := 0
		for end < len(rest) && rest[end] != '/' && rest[end] != '?' {
			end++
		}
		if !plainHost(rest[:end]) {
			return "", false
		}
		rest = rest[end:]
	}
	path, query, _ := strings.Cut(rest, "?")
	if !plainPath(path) || !plainQuery(query) {
		return "", false
	}
	return prefix + ref, true
}

// plainHost reports whether host is a lower-case name, with a port or
// not, that the parser keeps as it is.
func plainHost(host string) bool {
	name, port, _ := strings.Cut(host, ":")
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	for i := 0; i < len(port); i++ {
		if c := port[i]; c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// plainPath reports whether path, empty or starting with "/", is made of
// characters that a path keeps unescaped, and has no segment starting with
// a dot (so none of "." and ".." to remove).
func plainPath(path string) bool {
	for i := 0; i < len(path); i++ {
		if !pathKeeps[path[i]] {
			return false
		}
	}
	return !strings.Contains(path, "/.")
}

// pathKeeps tells the bytes that a path keeps unescaped.
var pathKeeps = func() (keeps [256]bool) {
	for c := range 256 {
		keeps[c] = isAlnum(byte(c)) || strings.IndexByte("-._~/$&+,:;=@", byte(c)) >= 0
	}
	return keeps
}()

// plainQuery reports whether query is printable ASCII, which the parser
// keeps as it is.
func plainQuery(query string) bool {
	for i := 0; i < len(query); i++ {
		if c := query[i]; c <= ' ' || c >= 0x7f {
			return false
		}
	}
	return true
}

// c0Space is what the URL parser trims around a URL; tabNewline removes
// what it ignores within one.
const c0Space = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\v\f\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "

var tabNewline = strings.NewReplacer("\t", "", "\n", "", "\r", "")

// jsURL reports whether v, a decoded attribute value, is a javascript: URL
// as browsers' URL parser reads it (surrounding controls and spaces
// ignored, tabs and newlines removed anywhere, scheme in any case), and
// returns the code it runs (percent-decoded, as browsers run it) and the
// offset in v where that code starts.
func jsURL(v string) (code string, at int, ok bool) {
	const scheme = "javascript:"
	i := 0
	for i < len(v) && v[i] <= ' ' {
		i++
	}
	for j := 0; j < len(scheme); i++ {
		if i == len(v) {
			return "", 0, false
		}
		c := v[i]
		if c == '\t' || c == '\n' || c == '\r' {
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != scheme[j] {
			return "", 0, false
		}
		j++
	}
	rest := tabNewline.Replace(strings.TrimRight(v[i:], c0Space))
	return percentDecode(rest), i, true
}

// percentDecode decodes %XX escapes and keeps malformed ones as they are,
// like the URL standard (url.PathUnescape rejects them instead).
func percentDecode(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

// refreshURL returns the URL of a <meta http-equiv=refresh> content value
// such as `5; URL='/next'`, following the HTML "shared declarative refresh
// steps"; false when the value doesn't parse or names no URL (a reload).
func refreshURL(content string) (string, bool) {
	const ws = "\t\n\f\r "
	c := strings.TrimLeft(content, ws)
	i := 0
	for i < len(c) && '0' <= c[i] && c[i] <= '9' {
		i++
	}
	if i == 0 && (len(c) == 0 || c[0] != '.') {
		return "", false
	}
	for i < len(c) && ('0' <= c[i] && c[i] <= '9' || c[i] == '.') {
		i++
	}
	c = c[i:]
	if c == "" || !strings.ContainsRune(";,"+ws, rune(c[0])) {
		return "", false
	}
	c = strings.TrimLeft(c, ws)
	if c != "" && (c[0] == ';' || c[0] == ',') {
		c = strings.TrimLeft(c[1:], ws)
	}
	if len(c) >= 3 && strings.EqualFold(c[:3], "url") {
		if r := strings.TrimLeft(c[3:], ws); strings.HasPrefix(r, "=") {
			c = strings.TrimLeft(r[1:], ws)
		}
	}
	if c != "" && (c[0] == '"' || c[0] == '\'') {
		q := c[0]
		c = c[1:]
		if j := strings.IndexByte(c, q); j >= 0 {
			c = c[:j]
		}
	}
	return c, c != ""
}
