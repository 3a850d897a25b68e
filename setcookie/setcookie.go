// Package setcookie parses Set-Cookie headers and stores cookies exactly as browsers do (RFC 6265bis, modelling Chromium where they differ).
package setcookie

import (
	"fmt"
	"strings"
	"time"
)

// Browser limits from RFC 6265bis and Chromium's ParsedCookie and CanonicalCookie.
const (
	maxNameValueSize      = 4096
	maxAttributeValueSize = 1024
	maxAgeLimit           = 400 * 24 * 60 * 60 // 34,560,000 s
)

// epoch is the expiry given to a cookie whose Max-Age is zero or negative:
// RFC 6265bis says "the earliest representable date", and the Unix epoch reads
// better in reports than year 1 while still lying in the past for any real clock.
var epoch = time.Unix(0, 0).UTC()

// Attribute is one cookie-av as written: Name in its original spelling (trimmed), Value trimmed, HasValue when '=' was present.
type Attribute struct {
	Name, Value string
	HasValue    bool
}

// WarningKind names something in a Set-Cookie line that browsers read differently from what its author probably meant.
type WarningKind string

// Warning kinds reported by Parse.
const (
	WarnAttributeTooLong   WarningKind = "attribute-too-long"  // attribute value > 1024 bytes: ignored
	WarnInvalidSameSite    WarningKind = "invalid-samesite"    // value not strict/lax/none (incl. empty / bare SameSite)
	WarnDuplicateAttribute WarningKind = "duplicate-attribute" // same attribute (case-insensitive) twice; last wins
	WarnControlCharacter   WarningKind = "control-character"   // CTL in name or value (cookie rejected) or in an attribute
	WarnInvalidExpires     WarningKind = "invalid-expires"     // Expires present but not a cookie-date: ignored
	WarnInvalidMaxAge      WarningKind = "invalid-max-age"     // Max-Age not an integer: ignored
	WarnNameless           WarningKind = "nameless"            // no '=' or empty name: browsers store it with an empty name
	WarnNoContent          WarningKind = "no-content"          // name and value both empty: ignored
	WarnUnknownAttribute   WarningKind = "unknown-attribute"   // not a known attribute (kept in Attributes)
	WarnQuotedValue        WarningKind = "quoted-value"        // value in double quotes: quotes are part of the value
)

// Warning is one parse-level problem; Attribute is the attribute name as written, or "" for the name-value pair.
type Warning struct {
	Kind      WarningKind
	Attribute string
	Detail    string // one human sentence
}

// SameSite is the SameSite attribute as declared.
type SameSite int

// SameSite values; SameSiteInvalid means the attribute was present with an unrecognised value.
const (
	SameSiteUnset SameSite = iota
	SameSiteStrict
	SameSiteLax
	SameSiteNone
	SameSiteInvalid
)

// String returns "", "Strict", "Lax", "None" or "invalid".
func (s SameSite) String() string {
	switch s {
	case SameSiteStrict:
		return "Strict"
	case SameSiteLax:
		return "Lax"
	case SameSiteNone:
		return "None"
	case SameSiteInvalid:
		return "invalid"
	}
	return ""
}

// Cookie is a parsed Set-Cookie line: the raw text, the attributes in order, and the browser's semantic view (last wins, over-long values ignored).
type Cookie struct {
	Raw         string
	Name, Value string
	Attributes  []Attribute

	Domain        string    // as given (leading dot stripped, lowercased) — last valid Domain
	Path          string    // only if it starts with '/', per RFC; else default-path applies
	Expires       time.Time // UTC
	MaxAge        int64     // seconds, may be <= 0; saturated on overflow
	SameSite      SameSite
	SameSiteValue string // raw value as written (last one)

	// The flags sit together so the struct carries no padding between them.
	HasDomain, HasPath, HasExpires, HasMaxAge bool
	Secure, HttpOnly, Partitioned             bool

	Warnings []Warning
}

// attrKind identifies the attributes browsers recognise.
type attrKind uint8

const (
	attrUnknown attrKind = iota
	attrExpires
	attrMaxAge
	attrDomain
	attrPath
	attrSecure
	attrHttpOnly
	attrSameSite
	attrPartitioned
	attrPriority // Chromium-only; recognised so it is not reported as unknown
)

func kindOf(name string) attrKind {
	switch len(name) {
	case 4:
		if strings.EqualFold(name, "path") {
			return attrPath
		}
	case 6:
		if strings.EqualFold(name, "domain") {
			return attrDomain
		}
		if strings.EqualFold(name, "secure") {
			return attrSecure
		}
	case 7:
		if strings.EqualFold(name, "expires") {
			return attrExpires
		}
		if strings.EqualFold(name, "max-age") {
			return attrMaxAge
		}
	case 8:
		if strings.EqualFold(name, "httponly") {
			return attrHttpOnly
		}
		if strings.EqualFold(name, "samesite") {
			return attrSameSite
		}
		if strings.EqualFold(name, "priority") {
			return attrPriority
		}
	case 11:
		if strings.EqualFold(name, "partitioned") {
			return attrPartitioned
		}
	}
	return attrUnknown
}

// Parse reads one Set-Cookie value (without the "Set-Cookie:" header name) the way
// RFC 6265bis §5.6 and Chromium's ParsedCookie do. It never fails: problems are
// recorded as Warnings, and Evaluate decides whether a browser keeps the cookie.
func Parse(line string) *Cookie {
	c := new(Cookie)
	if n := strings.Count(line, ";"); n > 0 { // an upper bound on the cookie-avs
		c.Attributes = make([]Attribute, 0, n)
	}
	c.Raw = line
	ctl := hasCTL(line)

	nv, rest := line, ""
	if i := strings.IndexByte(line, ';'); i >= 0 {
		nv, rest = line[:i], line[i:]
	}
	if name, value, ok := strings.Cut(nv, "="); ok {
		c.Name, c.Value = trimWSP(name), trimWSP(value)
	} else {
		c.Value = trimWSP(nv)
	}
	if ctl && hasCTL(nv) {
		c.warn(WarnControlCharacter, "", "The cookie name or value contains a control character, so browsers ignore the whole cookie.")
	}
	switch {
	case c.Name == "" && c.Value == "":
		c.warn(WarnNoContent, "", "The cookie has neither a name nor a value, so browsers ignore it.")
	case c.Name == "":
		c.warn(WarnNameless, "", "The cookie has no name, so browsers store it with an empty name and send only its value.")
	}
	if len(c.Value) >= 2 && c.Value[0] == '"' && c.Value[len(c.Value)-1] == '"' {
		c.warn(WarnQuotedValue, "", "The value is in double quotes, and browsers keep the quotes as part of the value.")
	}

	var seen uint16 // bit per attrKind, to spot duplicates without allocating
	for rest != "" {
		rest = rest[1:] // the ';' that ended the previous part
		var av string
		if i := strings.IndexByte(rest, ';'); i >= 0 {
			av, rest = rest[:i], rest[i:]
		} else {
			av, rest = rest, ""
		}
		name, value, hasValue := strings.Cut(av, "=")
		name, value = trimWSP(name), trimWSP(value)
		if name == "" && !hasValue {
			continue // empty cookie-av such as a trailing ';': ignored by every browser
		}
		c.Attributes = append(c.Attributes, Attribute{Name: name, Value: value, HasValue: hasValue})
		if ctl && hasCTL(av) {
			c.warn(WarnControlCharacter, name, fmt.Sprintf("The %s attribute contains a control character, so browsers ignore the whole cookie.", quoteShort(name)))
		}
		kind := kindOf(name)
		if kind == attrUnknown {
			c.warn(WarnUnknownAttribute, name, fmt.Sprintf("%s is not an attribute browsers recognise, so they ignore it.", quoteShort(name)))
			continue
		}
		if len(value) > maxAttributeValueSize {
			c.warn(WarnAttributeTooLong, name, fmt.Sprintf("The %s value is %d bytes, over the 1024-byte limit, so browsers ignore this attribute.", name, len(value)))
			continue
		}
		if seen&(1<<kind) != 0 {
			c.warn(WarnDuplicateAttribute, name, fmt.Sprintf("%s appears more than once, and browsers use the last one.", name))
		}
		seen |= 1 << kind
		c.apply(kind, name, value)
	}
	return c
}

// apply records one recognised attribute; later ones overwrite earlier ones, as in
// Chromium, which keeps the index of the last occurrence of each attribute.
func (c *Cookie) apply(kind attrKind, name, value string) {
	switch kind {
	case attrExpires:
		// Chromium uses the last Expires even when it does not parse (the cookie
		// then lasts for the session); RFC 6265bis would fall back to an earlier one.
		c.Expires, c.HasExpires = ParseDate(value)
		if !c.HasExpires {
			c.warn(WarnInvalidExpires, name, fmt.Sprintf("Expires=%s is not a valid cookie date, so browsers ignore it.", quoteShort(value)))
		}
	case attrMaxAge:
		c.MaxAge, c.HasMaxAge = parseMaxAge(value)
		if !c.HasMaxAge {
			c.warn(WarnInvalidMaxAge, name, fmt.Sprintf("Max-Age=%s is not an integer, so browsers ignore it.", quoteShort(value)))
		}
	case attrDomain:
		c.Domain, c.HasDomain = lowerASCII(strings.TrimPrefix(value, ".")), true
	case attrPath:
		c.HasPath = value != "" && value[0] == '/'
		c.Path = ""
		if c.HasPath {
			c.Path = value
		}
	case attrSecure:
		c.Secure = true
	case attrHttpOnly:
		c.HttpOnly = true
	case attrPartitioned:
		c.Partitioned = true
	case attrSameSite:
		c.SameSiteValue = value
		switch {
		case strings.EqualFold(value, "strict"):
			c.SameSite = SameSiteStrict
		case strings.EqualFold(value, "lax"):
			c.SameSite = SameSiteLax
		case strings.EqualFold(value, "none"):
			c.SameSite = SameSiteNone
		default:
			c.SameSite = SameSiteInvalid
			c.warn(WarnInvalidSameSite, name, fmt.Sprintf("SameSite=%s is not Strict, Lax or None, so browsers apply their default (Lax in Chromium).", quoteShort(value)))
		}
	}
}

func (c *Cookie) warn(kind WarningKind, attr, detail string) {
	c.Warnings = append(c.Warnings, Warning{Kind: kind, Attribute: attr, Detail: detail})
}

// parseMaxAge follows Chromium's base::StringToInt64: an optional sign (Chromium
// accepts '+', RFC 6265bis does not), then digits only, saturating on overflow
// because a huge Max-Age is still meaningful.
func parseMaxAge(s string) (int64, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	const limit = (1<<63 - 1) / 10
	var v int64
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		switch {
		case v < 0: // saturated already; keep checking the remaining digits
		case v > limit || v*10 > 1<<63-1-int64(d):
			v = -1
		default:
			v = v*10 + int64(d)
		}
	}
	if v < 0 {
		if neg {
			return -1 << 63, true
		}
		return 1<<63 - 1, true
	}
	if neg {
		v = -v
	}
	return v, true
}

// String serialises the cookie back to a Set-Cookie value: name=value, then each
// attribute as written. Parsing the result gives the same semantic view.
func (c *Cookie) String() string {
	var b strings.Builder
	size := len(c.Name) + len(c.Value) + 1
	for _, a := range c.Attributes {
		size += len(a.Name) + len(a.Value) + 3
	}
	b.Grow(size)
	// A nameless cookie is written as its bare value unless that value holds an
	// '=', which would turn part of it into a name when read back.
	if c.Name != "" || strings.IndexByte(c.Value, '=') >= 0 {
		b.WriteString(c.Name)
		b.WriteByte('=')
	}
	b.WriteString(c.Value)
	for _, a := range c.Attributes {
		b.WriteString("; ")
		b.WriteString(a.Name)
		if a.HasValue {
			b.WriteByte('=')
			b.WriteString(a.Value)
		}
	}
	return b.String()
}

// Has reports whether Parse recorded a warning of the given kind.
func (c *Cookie) Has(kind WarningKind) bool {
	for _, w := range c.Warnings {
		if w.Kind == kind {
			return true
		}
	}
	return false
}

// Expiry is when a cookie received at the given time expires: Max-Age wins over
// Expires, both are capped at 400 days, and a cookie with neither is a session
// cookie (persistent false). A Max-Age of zero or less expires at the Unix epoch.
func (c *Cookie) Expiry(received time.Time) (expires time.Time, persistent bool, clamped bool) {
	limit := received.Add(maxAgeLimit * time.Second)
	switch {
	case c.HasMaxAge && c.MaxAge <= 0:
		return epoch, true, false
	case c.HasMaxAge && c.MaxAge > maxAgeLimit:
		return limit, true, true
	case c.HasMaxAge:
		return received.Add(time.Duration(c.MaxAge) * time.Second), true, false
	case c.HasExpires && c.Expires.After(limit):
		return limit, true, true
	case c.HasExpires:
		return c.Expires, true, false
	}
	return time.Time{}, false, false
}

// IsDeletion reports whether the cookie is already expired when set at now, which
// is how servers delete cookies: Max-Age <= 0, or (no Max-Age and) Expires <= now.
func (c *Cookie) IsDeletion(now time.Time) bool {
	if c.HasMaxAge {
		return c.MaxAge <= 0
	}
	return c.HasExpires && !c.Expires.After(now)
}

// Cookie name prefixes, in canonical spelling. __Host-Http- must be tested before __Host-.
var prefixes = [...]string{"__Host-Http-", "__Http-", "__Host-", "__Secure-"}

// Prefix returns the name prefix browsers enforce ("__Host-Http-", "__Http-",
// "__Host-" or "__Secure-", in canonical spelling) or "". Browsers match it
// case-insensitively.
func (c *Cookie) Prefix() string {
	for _, p := range prefixes {
		if hasPrefixFold(c.Name, p) {
			return p
		}
	}
	return ""
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// trimWSP removes SP and HTAB, the only whitespace RFC 6265bis trims.
func trimWSP(s string) string {
	for s != "" && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for s != "" && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

// hasCTL reports a %x00-08 / %x0A-1F / %x7F octet: the control characters that
// make RFC 6265bis and Chromium ignore a Set-Cookie line (HTAB is allowed).
// Parse runs it over every line, so it tests eight bytes at a time and looks at
// single bytes only in words that may hold one (a tab, or a real CTL).
func hasCTL(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		below20 := (x - ones*0x20) &^ x & highs
		d := x ^ ones*0x7f
		is7f := (d - ones) &^ d & highs
		if below20|is7f != 0 && hasCTLBytes(s[i:i+8]) {
			return true
		}
	}
	return hasCTLBytes(s[i:])
}

func hasCTLBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; (b < 0x20 && b != '\t') || b == 0x7f {
			return true
		}
	}
	return false
}

// lowerASCII lowercases ASCII letters, allocating only when there is one to change.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// quoteShort quotes a value for a warning, shortened so a 4 KB value does not
// swamp the message.
func quoteShort(s string) string {
	const max = 40
	if len(s) > max {
		return fmt.Sprintf("%q…", s[:max])
	}
	return fmt.Sprintf("%q", s)
}
