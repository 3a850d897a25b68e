package setcookie

import (
	"net/netip"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// Reason is why a browser rejects a cookie.
type Reason string

// Rejection reasons, named after RFC 6265bis storage-model steps and Chromium's
// CookieInclusionStatus exclusion reasons.
const (
	RejectNoContent            Reason = "no-content"
	RejectControlCharacter     Reason = "control-character"
	RejectTooLarge             Reason = "name-value-too-large"
	RejectDomainNonASCII       Reason = "domain-non-ascii"
	RejectPublicSuffix         Reason = "public-suffix-domain"
	RejectDomainMismatch       Reason = "domain-mismatch"
	RejectSecureInsecureOrigin Reason = "secure-from-insecure-origin"
	RejectSameSiteNoneInsecure Reason = "samesite-none-insecure"
	RejectPartitionedInsecure  Reason = "partitioned-insecure"
	RejectPrefixSecure         Reason = "invalid-prefix-secure"
	RejectPrefixHost           Reason = "invalid-prefix-host"
	RejectPrefixHttp           Reason = "invalid-prefix-http"
	RejectPrefixHostHttp       Reason = "invalid-prefix-host-http"
	RejectHiddenPrefix         Reason = "hidden-prefix"
	RejectHTTPOnlyFromScript   Reason = "httponly-from-script"
	RejectOverwriteSecure      Reason = "overwrite-secure"
	RejectOverwriteHTTPOnly    Reason = "overwrite-httponly"
)

var reasonText = map[Reason]string{
	RejectNoContent:            "The cookie has neither a name nor a value.",
	RejectControlCharacter:     "The Set-Cookie line contains a control character, so the whole cookie is ignored.",
	RejectTooLarge:             "The name and value together are longer than 4096 bytes.",
	RejectDomainNonASCII:       "The Domain attribute contains non-ASCII characters.",
	RejectPublicSuffix:         "The Domain attribute is a public suffix, on which no site may set cookies.",
	RejectDomainMismatch:       "The Domain attribute does not cover the host that set the cookie.",
	RejectSecureInsecureOrigin: "A Secure cookie was set from an insecure (non-HTTPS, non-loopback) origin.",
	RejectSameSiteNoneInsecure: "SameSite=None requires the Secure attribute.",
	RejectPartitionedInsecure:  "Partitioned requires the Secure attribute.",
	RejectPrefixSecure:         "A __Secure- cookie must be Secure and set over HTTPS.",
	RejectPrefixHost:           "A __Host- cookie must be Secure, set over HTTPS, have Path=/ and no Domain.",
	RejectPrefixHttp:           "An __Http- cookie must be Secure and HttpOnly and set over HTTPS.",
	RejectPrefixHostHttp:       "A __Host-Http- cookie must be Secure, HttpOnly, set over HTTPS, have Path=/ and no Domain.",
	RejectHiddenPrefix:         "A nameless cookie whose value starts with a __Secure-, __Host- or __Http- prefix would pass for a prefixed cookie.",
	RejectHTTPOnlyFromScript:   "Scripts cannot set an HttpOnly cookie.",
	RejectOverwriteSecure:      "An insecure origin cannot overwrite or shadow an existing Secure cookie of the same name.",
	RejectOverwriteHTTPOnly:    "Scripts cannot overwrite or delete an HttpOnly cookie.",
}

// Describe explains the reason in one sentence.
func (r Reason) Describe() string {
	if s, ok := reasonText[r]; ok {
		return s
	}
	return "Browsers reject the cookie (" + string(r) + ")."
}

// Source is the API through which a cookie is set.
type Source int

// Sources: FromScript means document.cookie or another non-HTTP API.
const (
	FromHTTP Source = iota
	FromScript
)

// Evaluation is what a browser does with one cookie from one URL, without jar state.
type Evaluation struct {
	Stored  bool
	Reasons []Reason

	Domain   string // effective: the host for host-only cookies, no leading dot
	HostOnly bool
	Path     string // effective: default-path when Path is absent or invalid

	Expires    time.Time
	Persistent bool
	Clamped    bool // the 400-day cap shortened the lifetime

	Deletion bool     // stored as already expired (it removes a cookie)
	SameSite SameSite // effective: Chromium's Lax when unset or invalid
	Notes    []string // where browsers differ, one sentence each
}

// Notes on where browsers and the RFC disagree.
const (
	noteLaxByDefault   = "Chromium treats a cookie without a valid SameSite as Lax (sent on top-level cross-site POSTs only in its first two minutes); Firefox and Safari send it in every cross-site context."
	noteNameless       = "RFC 6265 (2011) ignored a cookie without a name; RFC 6265bis and current browsers store it with an empty name and send only its value."
	noteTab            = "RFC 6265bis allows a tab inside a cookie's name or value, but some Chromium versions reject such a cookie."
	notePlusMaxAge     = "Chromium accepts a Max-Age with a leading '+', while RFC 6265bis ignores that attribute."
	noteLastExpires    = "Chromium reads only the last Expires or Max-Age attribute even when it is invalid, while RFC 6265bis would use an earlier valid one."
	noteEmptyDomain    = "RFC 6265bis and Chromium let a later empty Domain make the cookie host-only, while RFC 6265 (2011) kept the earlier Domain."
	noteDotDomain      = "Chromium rejects Domain=., while RFC 6265bis reads it as no Domain and makes the cookie host-only."
	noteLoopbackSecure = "Chromium and Firefox treat plain-HTTP loopback hosts as secure origins for Secure cookies; other browsers may reject them."
	noteLoopbackPrefix = "Chromium accepts prefixed cookies from plain-HTTP loopback hosts, as it does other Secure cookies; browsers that do not count loopback as secure reject them."
	noteScriptLifetime = "Safari caps cookies set from script at seven days."
)

// SecureOrigin reports whether browsers let u set and receive Secure cookies:
// https and wss, or a loopback host (127.0.0.0/8, ::1, localhost), as in Chromium.
func SecureOrigin(u *url.URL) bool {
	if u == nil {
		return false
	}
	return secureHost(u, canonicalHost(u))
}

// secureHost is SecureOrigin for u, whose canonicalHost is host.
func secureHost(u *url.URL, host string) bool {
	return cryptographic(u) || isLoopback(host)
}

func cryptographic(u *url.URL) bool {
	return u != nil && (strings.EqualFold(u.Scheme, "https") || strings.EqualFold(u.Scheme, "wss"))
}

func isLoopback(host string) bool {
	if host == "localhost" || host == "localhost." || strings.HasSuffix(host, ".localhost") || strings.HasSuffix(host, ".localhost.") {
		return true
	}
	if !mayBeIP(host) {
		return false
	}
	// An IPv4-mapped IPv6 address is not loopback to Chromium's IPAddress::IsLoopback.
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback() && !ip.Is4In6()
}

func isIP(host string) bool {
	if !mayBeIP(host) {
		return false
	}
	_, err := netip.ParseAddr(host)
	return err == nil
}

// mayBeIP reports whether host could be an IP address: an IPv4 address
// begins with a digit and an IPv6 one has a colon. It spares host names the
// parse, and the error it allocates.
func mayBeIP(host string) bool {
	return host != "" && (host[0] >= '0' && host[0] <= '9' || strings.IndexByte(host, ':') >= 0)
}

// canonicalHost is the request host as browsers compare it: lowercase, punycode
// A-labels, no port or IPv6 brackets.
func canonicalHost(u *url.URL) string {
	if u == nil {
		return ""
	}
	h := u.Hostname()
	for i := 0; i < len(h); i++ {
		if h[i] >= 0x80 {
			if a, ok := toASCII(h); ok {
				return a
			}
			return strings.ToLower(h)
		}
	}
	return lowerASCII(h)
}

// requestPath is the path as sent on the wire: cookie path-matching compares raw octets.
func requestPath(u *url.URL) string {
	if u == nil {
		return "/"
	}
	if p := u.EscapedPath(); p != "" {
		return p
	}
	return "/"
}

// defaultPath is RFC 6265bis §5.1.4: the request path up to, not including, its last '/'.
func defaultPath(u *url.URL) string {
	p := requestPath(u)
	i := strings.LastIndexByte(p, '/')
	if p[0] != '/' || i <= 0 {
		return "/"
	}
	return p[:i]
}

// domainMatch is RFC 6265bis §5.1.3: host equals domain, or is a subdomain of it and not an IP address.
func domainMatch(host, domain string) bool {
	if host == domain {
		return true
	}
	return len(host) > len(domain) && strings.HasSuffix(host, domain) &&
		host[len(host)-len(domain)-1] == '.' && !isIP(host)
}

// pathMatch is RFC 6265bis §5.1.4.
func pathMatch(reqPath, cookiePath string) bool {
	if !strings.HasPrefix(reqPath, cookiePath) {
		return false
	}
	return len(reqPath) == len(cookiePath) || cookiePath[len(cookiePath)-1] == '/' || reqPath[len(cookiePath)] == '/'
}

func isPublicSuffix(domain string) bool {
	ps, _ := publicsuffix.PublicSuffix(domain)
	return ps == domain
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Evaluate applies every stateless step of the RFC 6265bis storage model (and
// Chromium's checks where they differ) to a cookie received from u at now. It
// lists all applicable reasons, not just the first.
func Evaluate(c *Cookie, u *url.URL, now time.Time, src Source) Evaluation {
	if c == nil {
		c = &Cookie{}
	}
	var ev Evaluation
	host := canonicalHost(u)
	secureOrigin := secureHost(u, host)

	if c.Name == "" && c.Value == "" {
		ev.reject(RejectNoContent)
	}
	if c.Has(WarnControlCharacter) || hasCTL(c.Name) || hasCTL(c.Value) {
		ev.reject(RejectControlCharacter)
	}
	if len(c.Name)+len(c.Value) > maxNameValueSize {
		ev.reject(RejectTooLarge)
	}

	ev.evaluateDomain(c, host)
	ev.Path = defaultPath(u)
	if c.HasPath {
		ev.Path = c.Path
	}

	if c.Secure && !secureOrigin {
		ev.reject(RejectSecureInsecureOrigin)
	}
	if c.HttpOnly && src == FromScript {
		ev.reject(RejectHTTPOnlyFromScript)
	}
	if c.SameSite == SameSiteNone && !c.Secure {
		ev.reject(RejectSameSiteNoneInsecure)
	}
	ev.evaluatePrefix(c, host, secureOrigin)
	if c.Partitioned && !c.Secure {
		ev.reject(RejectPartitionedInsecure)
	}

	ev.Expires, ev.Persistent, ev.Clamped = c.Expiry(now)
	ev.Deletion = ev.Persistent && !ev.Expires.After(now)
	ev.SameSite = c.SameSite
	if c.SameSite == SameSiteUnset || c.SameSite == SameSiteInvalid {
		ev.SameSite = SameSiteLax
		ev.note(noteLaxByDefault)
	}
	ev.addNotes(c, u, now, src, secureOrigin)
	ev.Stored = len(ev.Reasons) == 0
	return ev
}

// evaluateDomain follows Chromium's GetCookieDomainWithString, which agrees with
// RFC 6265bis steps 8-11 except for Domain=. and IP-address hosts.
func (ev *Evaluation) evaluateDomain(c *Cookie, host string) {
	ev.Domain, ev.HostOnly = host, true
	if !c.HasDomain {
		return
	}
	d := c.Domain
	if !isASCII(d) {
		ev.Domain, ev.HostOnly = d, false
		ev.reject(RejectDomainNonASCII)
		return
	}
	if d == "" {
		if lastDomainValue(c) == "." {
			ev.reject(RejectDomainMismatch)
			ev.note(noteDotDomain)
		}
		return
	}
	if d == host && (isIP(host) || isPublicSuffix(d)) {
		return // Chromium (and the RFC for public suffixes) makes these host-only
	}
	ev.Domain, ev.HostOnly = d, false
	switch {
	case isIP(d):
		ev.reject(RejectDomainMismatch) // an IP address has no parent domain
	case isPublicSuffix(d):
		ev.reject(RejectPublicSuffix)
	case !domainMatch(host, d):
		ev.reject(RejectDomainMismatch)
	}
}

// evaluatePrefix applies the cookie-prefix rules (RFC 6265bis §4.1.3 and the
// layered-cookies draft) the way Chromium's IsCookiePrefixValid does: the prefix
// also needs a cryptographic scheme, and an empty Domain attribute counts as none.
func (ev *Evaluation) evaluatePrefix(c *Cookie, host string, secureOrigin bool) {
	// Chromium (156) checks prefixes against the same secure origins as
	// Secure itself, plain-HTTP loopback included.
	secure := c.Secure && secureOrigin
	hostOnly := !c.HasDomain || c.Domain == "" || (isIP(host) && c.Domain == host)
	rootPath := c.HasPath && c.Path == "/"
	switch c.Prefix() {
	case "__Secure-":
		if !secure {
			ev.reject(RejectPrefixSecure)
		}
	case "__Host-":
		if !secure || !hostOnly || !rootPath {
			ev.reject(RejectPrefixHost)
		}
	case "__Http-":
		if !secure || !c.HttpOnly {
			ev.reject(RejectPrefixHttp)
		}
	case "__Host-Http-":
		if !secure || !c.HttpOnly || !hostOnly || !rootPath {
			ev.reject(RejectPrefixHostHttp)
		}
	}
	// A nameless cookie is sent as its bare value, so "=__Host-x=1" would
	// reach the server as a __Host- cookie it never got the guarantees of.
	if c.Name == "" && (hasPrefixFold(c.Value, "__Secure-") || hasPrefixFold(c.Value, "__Host-") || hasPrefixFold(c.Value, "__Http-")) {
		ev.reject(RejectHiddenPrefix)
	}
}

// addNotes records where browsers disagree about this cookie.
func (ev *Evaluation) addNotes(c *Cookie, u *url.URL, now time.Time, src Source, secureOrigin bool) {
	if c.Name == "" && c.Value != "" {
		ev.note(noteNameless)
	}
	if strings.IndexByte(c.Name, '\t') >= 0 || strings.IndexByte(c.Value, '\t') >= 0 {
		ev.note(noteTab)
	}
	var validExpires, validMaxAge, plusMaxAge, earlierDomain bool
	var lastDomain string
	for _, a := range c.Attributes {
		if len(a.Value) > maxAttributeValueSize {
			continue
		}
		switch kindOf(a.Name) {
		case attrMaxAge:
			if _, ok := parseMaxAge(a.Value); ok {
				validMaxAge = true
				plusMaxAge = plusMaxAge || a.Value[0] == '+'
			}
		case attrExpires:
			if _, ok := ParseDate(a.Value); ok {
				validExpires = true
			}
		case attrDomain:
			earlierDomain = earlierDomain || lastDomain != ""
			lastDomain = a.Value
		}
	}
	if plusMaxAge {
		ev.note(notePlusMaxAge)
	}
	if (validExpires && !c.HasExpires && !c.HasMaxAge) || (validMaxAge && !c.HasMaxAge) {
		ev.note(noteLastExpires)
	}
	if c.HasDomain && lastDomain == "" && earlierDomain {
		ev.note(noteEmptyDomain)
	}
	if c.Secure && !cryptographic(u) && secureOrigin {
		ev.note(noteLoopbackSecure)
		if c.Prefix() != "" {
			ev.note(noteLoopbackPrefix)
		}
	}
	if src == FromScript && ev.Persistent && ev.Expires.Sub(now) > 7*24*time.Hour {
		ev.note(noteScriptLifetime)
	}
}

// lastDomainValue is the raw value of the Domain attribute that won.
func lastDomainValue(c *Cookie) string {
	v := ""
	for _, a := range c.Attributes {
		if len(a.Value) <= maxAttributeValueSize && kindOf(a.Name) == attrDomain {
			v = a.Value
		}
	}
	return v
}

func (ev *Evaluation) reject(r Reason) { ev.Reasons = append(ev.Reasons, r) }

func (ev *Evaluation) note(n string) { ev.Notes = append(ev.Notes, n) }

// toASCII converts a Unicode host name to IDNA A-labels, as browsers do before comparing hosts.
func toASCII(host string) (string, bool) {
	if !utf8.ValidString(host) {
		return "", false
	}
	a, err := idna.Lookup.ToASCII(host)
	if err != nil {
		return "", false
	}
	return a, true
}
