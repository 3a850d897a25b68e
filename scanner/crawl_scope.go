package scanner

import (
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Scope is how far a crawl may go from its start URLs.
type Scope int

// Scopes. Whatever the scope, only http and https URLs are requested.
const (
	// ScopeHost allows the start URLs' exact hostnames, with any scheme and port.
	ScopeHost Scope = iota
	// ScopeDomain allows every host under the start hosts' registrable
	// domains (eTLD+1, from the public suffix list).
	ScopeDomain
)

// String returns "host" or "domain".
func (s Scope) String() string {
	switch s {
	case ScopeHost:
		return "host"
	case ScopeDomain:
		return "domain"
	}
	return fmt.Sprintf("scope(%d)", int(s))
}

// crawlScope decides which URLs a crawl may request. It is read-only once
// built, so workers share it without locking.
type crawlScope struct {
	mode    Scope
	hosts   map[string]bool // ScopeHost: lowercased hostnames
	domains map[string]bool // ScopeDomain: registrable domains (or the host itself when it has none)
	include []*regexp.Regexp
	exclude []*regexp.Regexp
}

func newCrawlScope(mode Scope, starts []normURL, include, exclude []*regexp.Regexp) *crawlScope {
	s := &crawlScope{mode: mode, hosts: map[string]bool{}, domains: map[string]bool{}, include: include, exclude: exclude}
	for _, u := range starts {
		s.hosts[u.host] = true
		s.domains[crawlSite(u.host)] = true
	}
	return s
}

// crawlSite is the registrable domain of host, or host itself for IP
// addresses, single labels such as localhost and public suffixes.
func crawlSite(host string) string {
	host = strings.TrimSuffix(host, ".")
	if net.ParseIP(host) != nil {
		return host
	}
	if site, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return site
	}
	return host
}

// allows reports whether the normalised URL n is in scope.
func (s *crawlScope) allows(n normURL) bool {
	switch s.mode {
	case ScopeDomain:
		if !s.domains[crawlSite(n.host)] {
			return false
		}
	default:
		if !s.hosts[n.host] {
			return false
		}
	}
	for _, re := range s.exclude {
		if re.MatchString(n.key) {
			return false
		}
	}
	if len(s.include) == 0 {
		return true
	}
	for _, re := range s.include {
		if re.MatchString(n.key) {
			return true
		}
	}
	return false
}

// normURL is a URL in the form the crawl requests and deduplicates it.
type normURL struct {
	key    string // the whole URL
	host   string // its hostname
	origin string // scheme://host[:port], a prefix of key
}

// normaliseURL returns the form of an absolute http(s) URL under which the
// crawl requests and deduplicates it: scheme and host lowercased, default
// port removed, user info and fragment removed, empty path made "/",
// percent-encoding normalised (unreserved characters decoded, hex digits
// uppercased) and dot segments resolved (RFC 3986 §6.2.2). The query is
// kept as is. It returns false for other URLs. Dropping the user info means
// credentials written in a link are never sent.
func normaliseURL(u *url.URL) (normURL, bool) {
	scheme := strings.ToLower(u.Scheme)
	host, port := strings.ToLower(u.Hostname()), u.Port()
	if scheme != "http" && scheme != "https" || host == "" {
		return normURL{}, false
	}
	if scheme == "http" && port == "80" || scheme == "https" && port == "443" {
		port = ""
	}
	var b strings.Builder
	b.Grow(len(scheme) + len("://[]:") + len(host) + len(port) + len(u.Path) + len(u.RawPath) + len("?") + len(u.RawQuery))
	b.WriteString(scheme)
	b.WriteString("://")
	switch {
	case port != "":
		b.WriteString(net.JoinHostPort(host, port))
	case strings.Contains(host, ":"):
		b.WriteString("[" + host + "]") // IPv6 literal
	default:
		b.WriteString(host)
	}
	originEnd := b.Len()
	b.WriteString(removeDotSegments(normalisePercent(u.EscapedPath())))
	if u.ForceQuery || u.RawQuery != "" {
		b.WriteByte('?')
		b.WriteString(u.RawQuery)
	}
	key := b.String()
	return normURL{key: key, host: host, origin: key[:originEnd]}, true
}

// normaliseString is normaliseURL of the URL raw, which fails to parse
// for false. Most links a page yields are already in normal form, and are
// recognised as such without being parsed (normalForm).
func normaliseString(raw string) (normURL, bool) {
	if n, ok := normalForm(raw); ok {
		return n, true
	}
	u, err := url.Parse(raw)
	if err != nil {
		return normURL{}, false
	}
	return normaliseURL(u)
}

// normalForm recognises a URL that normaliseURL would give back unchanged,
// written with a conservative set of characters: a lowercase scheme and
// host, a port that is not the scheme's default, a non-empty path of
// unreserved characters and slashes without dot segments, and a query of
// printable ASCII. It returns false for anything else, which is then
// parsed.
func normalForm(raw string) (normURL, bool) {
	var rest string
	switch {
	case strings.HasPrefix(raw, "http://"):
		rest = raw[len("http://"):]
	case strings.HasPrefix(raw, "https://"):
		rest = raw[len("https://"):]
	default:
		return normURL{}, false
	}
	authority := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority = rest[:i]
	}
	host, port, hasPort := strings.Cut(authority, ":")
	if host == "" || !allBytes(host, isHostByte) || hasPort && !validPort(raw[:5] == "https", port) {
		return normURL{}, false
	}
	originEnd := len(raw) - len(rest) + len(authority)
	path, query, hasQuery := strings.Cut(raw[originEnd:], "?")
	if !strings.HasPrefix(path, "/") || !allBytes(path, isPathByte) || hasDotSegment(path) ||
		hasQuery && !allBytes(query, isQueryByte) {
		return normURL{}, false
	}
	return normURL{key: raw, host: host, origin: raw[:originEnd]}, true
}

func allBytes(s string, ok func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

func isHostByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.'
}

func isPathByte(c byte) bool { return c == '/' || isUnreserved(c) }

// isQueryByte accepts what a query keeps as written: printable ASCII but
// the fragment's '#'.
func isQueryByte(c byte) bool { return '!' <= c && c <= '~' && c != '#' }

// validPort accepts a port written as normaliseURL keeps it: digits, no
// leading zero, not the scheme's default.
func validPort(https bool, port string) bool {
	if port == "" || port[0] == '0' || len(port) > 5 || !allBytes(port, func(c byte) bool { return '0' <= c && c <= '9' }) {
		return false
	}
	return https && port != "443" || !https && port != "80"
}

// hasDotSegment reports whether the path has a "." or ".." segment.
func hasDotSegment(path string) bool {
	for seg := range strings.SplitSeq(path, "/") {
		if seg == "." || seg == ".." {
			return true
		}
	}
	return false
}

// normalisePercent decodes percent-encoded unreserved characters and
// uppercases the hex digits of the others; a '%' not followed by two hex
// digits is encoded as "%25", as a browser would send it.
func normalisePercent(p string) string {
	if !strings.Contains(p, "%") {
		return p
	}
	var b strings.Builder
	b.Grow(len(p))
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+2 >= len(p) || !isHexDigit(p[i+1]) || !isHexDigit(p[i+2]) {
			b.WriteString("%25")
			continue
		}
		v := unhexDigit(p[i+1])<<4 | unhexDigit(p[i+2])
		if isUnreserved(v) {
			b.WriteByte(v)
		} else {
			b.WriteByte('%')
			b.WriteByte(upperHex(p[i+1]))
			b.WriteByte(upperHex(p[i+2]))
		}
		i += 2
	}
	return b.String()
}

func isUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~'
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhexDigit(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

func upperHex(c byte) byte {
	if 'a' <= c && c <= 'f' {
		return c - 'a' + 'A'
	}
	return c
}

// removeDotSegments resolves "." and ".." in an absolute path (RFC 3986
// §5.2.4); an empty path becomes "/".
func removeDotSegments(p string) string {
	if p == "" {
		return "/"
	}
	if !strings.Contains(p, ".") {
		return p
	}
	segs := strings.Split(p, "/")
	out := make([]string, 0, len(segs))
	for i, s := range segs {
		last := i == len(segs)-1
		switch s {
		case ".":
			if last {
				out = append(out, "") // "/a/." is "/a/"
			}
		case "..":
			if len(out) > 1 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	r := strings.Join(out, "/")
	if !strings.HasPrefix(r, "/") {
		r = "/" + r
	}
	return r
}
