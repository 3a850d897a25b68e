package setcookie

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseKeepsAttributesInOrderWithTheirSpelling(t *testing.T) {
	c := Parse("id=1; PATH=/a; HttpOnly; secure ;Foo = bar ; SameSite=lax; Max-Age=")
	want := []Attribute{
		{Name: "PATH", Value: "/a", HasValue: true},
		{Name: "HttpOnly"},
		{Name: "secure"},
		{Name: "Foo", Value: "bar", HasValue: true},
		{Name: "SameSite", Value: "lax", HasValue: true},
		{Name: "Max-Age", HasValue: true},
	}
	if !reflect.DeepEqual(c.Attributes, want) {
		t.Errorf("Attributes = %#v\nwant %#v", c.Attributes, want)
	}
	if c.Name != "id" || c.Value != "1" || c.Path != "/a" || !c.HttpOnly || !c.Secure || c.SameSite != SameSiteLax || c.SameSiteValue != "lax" {
		t.Errorf("semantic view wrong: %+v", c)
	}
}

func TestParseKeepsUnknownAttributesAndWarns(t *testing.T) {
	c := Parse("a=b; Comment=hello; Version=1; =orphan")
	names := []string{}
	for _, a := range c.Attributes {
		names = append(names, a.Name)
	}
	if want := []string{"Comment", "Version", ""}; !reflect.DeepEqual(names, want) {
		t.Errorf("attribute names = %q, want %q", names, want)
	}
	n := 0
	for _, w := range c.Warnings {
		if w.Kind == WarnUnknownAttribute {
			n++
		}
	}
	if n != 3 {
		t.Errorf("got %d unknown-attribute warnings, want 3: %+v", n, c.Warnings)
	}
}

func TestParseIgnoresEmptyCookieAVs(t *testing.T) {
	c := Parse("a=b; ; ;Path=/;  ")
	if len(c.Attributes) != 1 || len(c.Warnings) != 0 {
		t.Errorf("Attributes = %+v, Warnings = %+v; want only Path and no warnings", c.Attributes, c.Warnings)
	}
}

func TestParseReportsEachWarningKind(t *testing.T) {
	long := strings.Repeat("x", 1025)
	tests := []struct {
		name, line string
		kind       WarningKind
		attribute  string
	}{
		{"an attribute value over 1024 bytes is too long", "a=b; Path=/" + long, WarnAttributeTooLong, "Path"},
		{"an unknown SameSite value is invalid", "a=b; SameSite=Relaxed", WarnInvalidSameSite, "SameSite"},
		{"a bare SameSite is invalid", "a=b; SameSite", WarnInvalidSameSite, "SameSite"},
		{"an empty SameSite is invalid", "a=b; samesite=", WarnInvalidSameSite, "samesite"},
		{"a repeated attribute is a duplicate whatever its case", "a=b; Path=/; path=/x", WarnDuplicateAttribute, "path"},
		{"a control character in the value is reported", "a=b\x01c", WarnControlCharacter, ""},
		{"a NUL in the value is reported", "a=b\x00c", WarnControlCharacter, ""},
		{"a control character in an attribute is reported with its name", "a=b; Path=/\x7f", WarnControlCharacter, "Path"},
		{"an unparsable Expires is invalid", "a=b; Expires=tomorrow", WarnInvalidExpires, "Expires"},
		{"an empty Expires is invalid", "a=b; Expires=", WarnInvalidExpires, "Expires"},
		{"a fractional Max-Age is invalid", "a=b; Max-Age=2.5", WarnInvalidMaxAge, "Max-Age"},
		{"an empty Max-Age is invalid", "a=b; Max-Age=", WarnInvalidMaxAge, "Max-Age"},
		{"a value without a name is nameless", "justavalue", WarnNameless, ""},
		{"an empty name before '=' is nameless", "=value", WarnNameless, ""},
		{"an empty line has no content", "", WarnNoContent, ""},
		{"a bare '=' has no content", " = ; Path=/", WarnNoContent, ""},
		{"an unknown attribute is reported", "a=b; Sucure", WarnUnknownAttribute, "Sucure"},
		{"a value in double quotes is quoted", `a="b"`, WarnQuotedValue, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Parse(tt.line)
			for _, w := range c.Warnings {
				if w.Kind == tt.kind && w.Attribute == tt.attribute {
					if w.Detail == "" || !strings.HasSuffix(w.Detail, ".") {
						t.Errorf("Detail %q is not a sentence", w.Detail)
					}
					if !c.Has(tt.kind) {
						t.Errorf("Has(%s) = false", tt.kind)
					}
					return
				}
			}
			t.Errorf("Parse(%q).Warnings = %+v, want %s on %q", tt.line, c.Warnings, tt.kind, tt.attribute)
		})
	}
}

func TestParseGivesACleanCookieNoWarnings(t *testing.T) {
	c := Parse("__Host-id=abc; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=3600; Partitioned; Priority=High")
	if len(c.Warnings) != 0 {
		t.Errorf("Warnings = %+v, want none", c.Warnings)
	}
	if c.Has(WarnNameless) {
		t.Error("Has(nameless) = true for a named cookie")
	}
}

func TestParseLetsTheLastOccurrenceWin(t *testing.T) {
	c := Parse("a=b; Domain=one.example; Path=/one; SameSite=Strict; Max-Age=10; Expires=Wed, 01 Jan 2031 00:00:00 GMT;" +
		" domain=.TWO.example; path=/two; samesite=None; max-age=20; expires=Thu, 01 Jan 2032 00:00:00 GMT")
	if c.Domain != "two.example" || c.Path != "/two" || c.SameSite != SameSiteNone || c.SameSiteValue != "None" || c.MaxAge != 20 ||
		!c.Expires.Equal(time.Date(2032, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("got Domain=%q Path=%q SameSite=%v MaxAge=%d Expires=%v", c.Domain, c.Path, c.SameSite, c.MaxAge, c.Expires)
	}
}

func TestParseUsesTheLastExpiresEvenWhenInvalidAsChromiumDoes(t *testing.T) {
	c := Parse("a=b; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Expires=soon; Max-Age=5; Max-Age=later")
	if c.HasExpires || c.HasMaxAge {
		t.Errorf("HasExpires=%v HasMaxAge=%v, want both false", c.HasExpires, c.HasMaxAge)
	}
}

func TestParseLetsAnEmptyOrInvalidLastPathOrDomainWin(t *testing.T) {
	tests := []struct {
		line              string
		hasPath, hasDom   bool
		path, domain      string
		secure, sameSiteN bool
	}{
		{line: "a=b; Path=/x; Path=", hasPath: false},
		{line: "a=b; Path=/x; Path=relative", hasPath: false},
		{line: "a=b; Path=/x; Path=/y", hasPath: true, path: "/y"},
		{line: "a=b; Domain=example.com; Domain=", hasDom: true, domain: ""},
		{line: "a=b; Domain=.Example.COM", hasDom: true, domain: "example.com"},
	}
	for _, tt := range tests {
		c := Parse(tt.line)
		if c.HasPath != tt.hasPath || c.Path != tt.path || c.HasDomain != tt.hasDom || c.Domain != tt.domain {
			t.Errorf("Parse(%q): HasPath=%v Path=%q HasDomain=%v Domain=%q", tt.line, c.HasPath, c.Path, c.HasDomain, c.Domain)
		}
	}
}

func TestParseIgnoresAttributeValuesOver1024Bytes(t *testing.T) {
	ok := "/" + strings.Repeat("p", 1023)
	long := "/" + strings.Repeat("p", 1024)
	tests := []struct {
		name, line string
		check      func(*Cookie) bool
	}{
		{"a 1024-byte Path is kept", "a=b; Path=" + ok, func(c *Cookie) bool { return c.Path == ok }},
		{"Path keeps the last value of at most 1024 bytes", "a=b; Path=/short; Path=" + long, func(c *Cookie) bool { return c.Path == "/short" }},
		{"Domain keeps the last value of at most 1024 bytes", "a=b; Domain=example.com; Domain=" + strings.Repeat("d", 1025),
			func(c *Cookie) bool { return c.Domain == "example.com" }},
		{"an over-long Secure value drops Secure", "a=b; Secure=" + long, func(c *Cookie) bool { return !c.Secure }},
		{"an over-long SameSite is ignored without an invalid-samesite warning", "a=b; SameSite=" + long,
			func(c *Cookie) bool { return c.SameSite == SameSiteUnset && !c.Has(WarnInvalidSameSite) }},
		{"the name and value are not limited to 1024 bytes", "a=" + long, func(c *Cookie) bool { return c.Value == long }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c := Parse(tt.line); !tt.check(c) {
				t.Errorf("unexpected result: Path=%.20q Domain=%.20q Secure=%v SameSite=%v", c.Path, c.Domain, c.Secure, c.SameSite)
			}
		})
	}
}

func TestParseTrimsOnlySpacesAndTabs(t *testing.T) {
	c := Parse(" \tname \t= \tva lue \t; \tPath \t= \t/x \t;\tSecure\t")
	if c.Name != "name" || c.Value != "va lue" || c.Path != "/x" || !c.Secure {
		t.Errorf("got Name=%q Value=%q Path=%q Secure=%v", c.Name, c.Value, c.Path, c.Secure)
	}
	nbsp := Parse("a=\u00a0b\u00a0")
	if nbsp.Value != "\u00a0b\u00a0" {
		t.Errorf("non-breaking spaces were trimmed: %q", nbsp.Value)
	}
}

func TestParseKeepsQuotesAsPartOfTheValue(t *testing.T) {
	tests := []struct{ line, value string }{
		{`a="b"`, `"b"`},
		{`a="b c"; Path=/`, `"b c"`},
		{`a="b;c"`, `"b`}, // ';' ends the value even inside quotes
		{`a=""`, `""`},
	}
	for _, tt := range tests {
		if c := Parse(tt.line); c.Value != tt.value {
			t.Errorf("Parse(%q).Value = %q, want %q", tt.line, c.Value, tt.value)
		}
	}
}

func TestParseReadsAttributesWithoutSpaces(t *testing.T) {
	c := Parse("id=1;HttpOnly;Secure;Path=/")
	if c.Name != "id" || c.Value != "1" || !c.HttpOnly || !c.Secure || c.Path != "/" || len(c.Attributes) != 3 {
		t.Errorf("got %+v", c)
	}
}

func TestParseTreatsAFlagOnlyHeaderAsANamelessCookie(t *testing.T) {
	// "Set-Cookie: secure; httponly": the first part is the cookie, not a flag.
	c := Parse("secure; httponly")
	if c.Name != "" || c.Value != "secure" || c.Secure || !c.HttpOnly || !c.Has(WarnNameless) {
		t.Errorf("got Name=%q Value=%q Secure=%v HttpOnly=%v Warnings=%+v", c.Name, c.Value, c.Secure, c.HttpOnly, c.Warnings)
	}
}

func TestParseDoesNotStripAHeaderName(t *testing.T) {
	c := Parse("Set-Cookie: a=b")
	if c.Name != "Set-Cookie: a" || c.Value != "b" {
		t.Errorf("got Name=%q Value=%q", c.Name, c.Value)
	}
}

func TestParseReadsMaxAgeLikeChromium(t *testing.T) {
	tests := []struct {
		value string
		want  int64
		ok    bool
	}{
		{"3600", 3600, true},
		{"0", 0, true},
		{"-1", -1, true},
		{"-0", 0, true},
		{"+5", 5, true},
		{"007", 7, true},
		{"99999999999999999999", math.MaxInt64, true},
		{"-99999999999999999999", math.MinInt64, true},
		{"9223372036854775807", math.MaxInt64, true},
		{"9223372036854775808", math.MaxInt64, true},
		{"", 0, false},
		{"-", 0, false},
		{"2.5", 0, false},
		{"1e3", 0, false},
		{"50,399", 0, false},
		{"+-1", 0, false},
	}
	for _, tt := range tests {
		c := Parse("a=b; Max-Age=" + tt.value)
		if c.HasMaxAge != tt.ok || c.MaxAge != tt.want {
			t.Errorf("Max-Age=%q: got %d, %v; want %d, %v", tt.value, c.MaxAge, c.HasMaxAge, tt.want, tt.ok)
		}
	}
}

func TestExpiryPrefersMaxAgeAndCapsAt400Days(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	cap400 := now.Add(400 * 24 * time.Hour)
	tests := []struct {
		name, line          string
		want                time.Time
		persistent, clamped bool
	}{
		{"no expiry makes a session cookie", "a=b", time.Time{}, false, false},
		{"Max-Age wins over Expires", "a=b; Max-Age=60; Expires=Wed, 01 Jan 2031 00:00:00 GMT", now.Add(time.Minute), true, false},
		{"Max-Age wins whatever the order", "a=b; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Max-Age=60", now.Add(time.Minute), true, false},
		{"Expires alone is used as given", "a=b; Expires=Fri, 02 Jan 2026 00:00:00 GMT", now.Add(24 * time.Hour), true, false},
		{"Expires beyond 400 days is clamped", "a=b; Expires=Wed, 01 Jan 2031 00:00:00 GMT", cap400, true, true},
		{"Max-Age beyond 400 days is clamped", "a=b; Max-Age=34560001", cap400, true, true},
		{"Max-Age of exactly 400 days is not clamped", "a=b; Max-Age=34560000", cap400, true, false},
		{"an overflowing Max-Age is clamped", "a=b; Max-Age=99999999999999999999", cap400, true, true},
		{"Max-Age=0 expires at the epoch", "a=b; Max-Age=0", time.Unix(0, 0).UTC(), true, false},
		{"an invalid Max-Age falls back to Expires", "a=b; Max-Age=x; Expires=Fri, 02 Jan 2026 00:00:00 GMT", now.Add(24 * time.Hour), true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, persistent, clamped := Parse(tt.line).Expiry(now)
			if !got.Equal(tt.want) || persistent != tt.persistent || clamped != tt.clamped {
				t.Errorf("Expiry = %v, %v, %v; want %v, %v, %v", got, persistent, clamped, tt.want, tt.persistent, tt.clamped)
			}
		})
	}
}

func TestIsDeletionSpotsAlreadyExpiredCookies(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		line string
		want bool
	}{
		{"a=; Max-Age=0", true},
		{"a=; Max-Age=-1", true},
		{"a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT", true},
		{"a=; Expires=Thu, 01 Jan 2026 00:00:00 GMT", true}, // exactly now
		{"a=b; Max-Age=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT", false},
		{"a=; Max-Age=0; Expires=Wed, 01 Jan 2031 00:00:00 GMT", true},
		{"a=b; Expires=Wed, 01 Jan 2031 00:00:00 GMT", false},
		{"a=b", false},
	}
	for _, tt := range tests {
		if got := Parse(tt.line).IsDeletion(now); got != tt.want {
			t.Errorf("IsDeletion(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestPrefixMatchesCaseInsensitivelyAndReturnsCanonicalSpelling(t *testing.T) {
	tests := map[string]string{
		"__Secure-id":      "__Secure-",
		"__SECURE-id":      "__Secure-",
		"__Host-id":        "__Host-",
		"__host-id":        "__Host-",
		"__Http-id":        "__Http-",
		"__Host-Http-id":   "__Host-Http-",
		"__HOST-HTTP-id":   "__Host-Http-",
		"__Host-Httpid":    "__Host-",
		"_Secure-id":       "",
		"__Secure":         "",
		"id__Host-":        "",
		"":                 "",
		"__Host-Http-":     "__Host-Http-",
		"__Secure-__Host-": "__Secure-",
	}
	for name, want := range tests {
		c := &Cookie{Name: name}
		if got := c.Prefix(); got != want {
			t.Errorf("Prefix(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestSameSiteStringNamesEachValue(t *testing.T) {
	want := map[SameSite]string{SameSiteUnset: "", SameSiteStrict: "Strict", SameSiteLax: "Lax", SameSiteNone: "None", SameSiteInvalid: "invalid"}
	for s, name := range want {
		if s.String() != name {
			t.Errorf("%d.String() = %q, want %q", int(s), s.String(), name)
		}
	}
}

func TestStringWritesTheCookieBackAsWritten(t *testing.T) {
	tests := []struct{ line, want string }{
		{"a=b", "a=b"},
		{" a = b ;path=/; Secure ;HttpOnly", "a=b; path=/; Secure; HttpOnly"},
		{"foo", "foo"},
		{"=foo", "foo"},
		{"=a=b", "=a=b"},
		{"a=; Max-Age=", "a=; Max-Age="},
		{"a=b; ;=x", "a=b; =x"},
	}
	for _, tt := range tests {
		if got := Parse(tt.line).String(); got != tt.want {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestHasCTLAgreesWithTheByteByByteCheckForEveryByteAndPosition(t *testing.T) {
	base := []byte("abcdefghijklmnopqrs") // longer than two words, with a tail
	for pos := range base {
		for b := 0; b < 256; b++ {
			s := append([]byte(nil), base...)
			s[pos] = byte(b)
			want := (b < 0x20 && b != '\t') || b == 0x7f
			if got := hasCTL(string(s)); got != want {
				t.Fatalf("hasCTL with byte %#x at %d = %v, want %v", b, pos, got, want)
			}
		}
	}
}
