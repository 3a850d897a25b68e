package setcookie

import (
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"
)

var evalNow = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestEvaluateListsEveryStatelessReason(t *testing.T) {
	tests := []struct {
		name, url, line string
		src             Source
		want            []Reason
	}{
		{"a well-formed cookie is stored", "https://www.example.com/", "id=1; Secure; HttpOnly; SameSite=Lax", FromHTTP, nil},
		{"a cookie with no name or value is rejected", "https://example.com/", "=; Path=/", FromHTTP, []Reason{RejectNoContent}},
		{"a control character in the value is rejected", "https://example.com/", "a=b\rc", FromHTTP, []Reason{RejectControlCharacter}},
		{"a control character in an attribute is rejected", "https://example.com/", "a=b; Path=/\x01", FromHTTP, []Reason{RejectControlCharacter}},
		{"a tab inside the value is allowed", "https://example.com/", "a=b\tc", FromHTTP, nil},
		{"a name and value over 4096 bytes are rejected", "https://example.com/", "a=" + strings.Repeat("v", 4096), FromHTTP, []Reason{RejectTooLarge}},
		{"a name and value of exactly 4096 bytes are stored", "https://example.com/", "a=" + strings.Repeat("v", 4095), FromHTTP, nil},
		{"a non-ASCII Domain is rejected", "https://example.com/", "a=b; Domain=exämple.com", FromHTTP, []Reason{RejectDomainNonASCII}},
		{"a public-suffix Domain is rejected", "https://www.example.com/", "a=b; Domain=com", FromHTTP, []Reason{RejectPublicSuffix}},
		{"a private public-suffix Domain is rejected", "https://me.github.io/", "a=b; Domain=github.io", FromHTTP, []Reason{RejectPublicSuffix}},
		{"a sibling Domain is rejected", "https://www.example.com/", "a=b; Domain=api.example.com", FromHTTP, []Reason{RejectDomainMismatch}},
		{"an unrelated Domain is rejected", "https://www.example.com/", "a=b; Domain=example.org", FromHTTP, []Reason{RejectDomainMismatch}},
		{"Domain=. is rejected as in Chromium", "https://www.example.com/", "a=b; Domain=.", FromHTTP, []Reason{RejectDomainMismatch}},
		{"a different IP Domain is rejected", "http://10.0.0.1/", "a=b; Domain=10.0.0.2", FromHTTP, []Reason{RejectDomainMismatch}},
		{"a Secure cookie from plain HTTP is rejected", "http://example.com/", "a=b; Secure", FromHTTP, []Reason{RejectSecureInsecureOrigin}},
		{"a Secure cookie from plain-HTTP 127.0.0.1 is stored", "http://127.0.0.1:8080/", "a=b; Secure; SameSite=None", FromHTTP, nil},
		{"a Secure cookie from plain-HTTP [::1] is stored", "http://[::1]/", "a=b; Secure", FromHTTP, nil},
		{"SameSite=None without Secure is rejected", "https://example.com/", "a=b; SameSite=None", FromHTTP, []Reason{RejectSameSiteNoneInsecure}},
		{"Partitioned without Secure is rejected", "https://example.com/", "a=b; Partitioned", FromHTTP, []Reason{RejectPartitionedInsecure}},
		{"a __Secure- cookie without Secure is rejected", "https://example.com/", "__Secure-a=b", FromHTTP, []Reason{RejectPrefixSecure}},
		{"a __secure- cookie in any case is rejected", "https://example.com/", "__SECURE-a=b", FromHTTP, []Reason{RejectPrefixSecure}},
		{"a __Host- cookie with a Domain is rejected", "https://www.example.com/", "__Host-a=b; Secure; Path=/; Domain=www.example.com", FromHTTP, []Reason{RejectPrefixHost}},
		{"a __Host- cookie without Path=/ is rejected", "https://example.com/", "__Host-a=b; Secure", FromHTTP, []Reason{RejectPrefixHost}},
		{"a __Host- cookie with another Path is rejected", "https://example.com/", "__Host-a=b; Secure; Path=/app", FromHTTP, []Reason{RejectPrefixHost}},
		{"an __Http- cookie without HttpOnly is rejected", "https://example.com/", "__Http-a=b; Secure", FromHTTP, []Reason{RejectPrefixHttp}},
		{"a __Host-Http- cookie without HttpOnly is rejected", "https://example.com/", "__Host-Http-a=b; Secure; Path=/", FromHTTP, []Reason{RejectPrefixHostHttp}},
		{"a nameless cookie hiding a __Host- name is rejected", "https://example.com/", "=__Host-a=b; Secure; Path=/", FromHTTP, []Reason{RejectHiddenPrefix}},
		{"a nameless cookie hiding a __secure- name is rejected", "https://example.com/", "__secure-a", FromHTTP, []Reason{RejectHiddenPrefix}},
		{"a script cannot set HttpOnly", "https://example.com/", "a=b; HttpOnly", FromScript, []Reason{RejectHTTPOnlyFromScript}},
		{"a script cannot set an __Http- cookie", "https://example.com/", "__Http-a=b; Secure; HttpOnly", FromScript, []Reason{RejectHTTPOnlyFromScript}},
		{"every applicable reason is listed", "http://www.example.com/", "__Host-a=b; Domain=com; Secure; SameSite=None; HttpOnly", FromScript,
			[]Reason{RejectPublicSuffix, RejectSecureInsecureOrigin, RejectHTTPOnlyFromScript, RejectPrefixHost}},
		{"a prefixed cookie from plain-HTTP localhost is stored as in Chromium 156", "http://localhost:8080/", "__Secure-a=b; Secure", FromHTTP, nil},
		{"a __Host- cookie from plain-HTTP loopback is stored as in Chromium 156", "http://127.0.0.1:8080/", "__Host-a=b; Secure; Path=/", FromHTTP, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := Evaluate(Parse(tt.line), mustURL(t, tt.url), evalNow, tt.src)
			if !reflect.DeepEqual(ev.Reasons, tt.want) {
				t.Errorf("Reasons = %v, want %v", ev.Reasons, tt.want)
			}
			if ev.Stored != (len(tt.want) == 0) {
				t.Errorf("Stored = %v with reasons %v", ev.Stored, ev.Reasons)
			}
		})
	}
}

func TestEvaluateComputesTheEffectiveDomainAndPath(t *testing.T) {
	tests := []struct {
		name, url, line string
		domain, path    string
		hostOnly        bool
	}{
		{"no Domain makes a host-only cookie for the lowercased host", "https://WWW.Example.com/a/b", "a=b", "www.example.com", "/a", true},
		{"a parent Domain makes a domain cookie", "https://www.example.com/", "a=b; Domain=.Example.com", "example.com", "/", false},
		{"an empty Domain makes a host-only cookie", "https://www.example.com/", "a=b; Domain=example.com; Domain=", "www.example.com", "/", true},
		{"a Domain equal to a public-suffix host makes a host-only cookie", "https://github.io/", "a=b; Domain=github.io", "github.io", "/", true},
		{"a Domain equal to an IP host makes a host-only cookie", "http://127.0.0.1/", "a=b; Domain=127.0.0.1", "127.0.0.1", "/", true},
		{"a Domain equal to localhost makes a host-only cookie", "http://localhost/", "a=b; Domain=localhost", "localhost", "/", true},
		{"an IDN host is compared in punycode", "https://bücher.example/", "a=b; Domain=xn--bcher-kva.example", "xn--bcher-kva.example", "/", false},
		{"a relative Path falls back to the default path", "https://example.com/shop/cart", "a=b; Path=shop", "example.com", "/shop", true},
		{"a Path is kept as written", "https://example.com/", "a=b; Path=/Admin/", "example.com", "/Admin/", true},
		{"the default path of a one-segment URL is the root", "https://example.com/login", "a=b", "example.com", "/", true},
		{"the default path ignores the query", "https://example.com/a/b?x=/y/z", "a=b", "example.com", "/a", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := Evaluate(Parse(tt.line), mustURL(t, tt.url), evalNow, FromHTTP)
			if !ev.Stored || ev.Domain != tt.domain || ev.Path != tt.path || ev.HostOnly != tt.hostOnly {
				t.Errorf("got Stored=%v %v Domain=%q Path=%q HostOnly=%v", ev.Stored, ev.Reasons, ev.Domain, ev.Path, ev.HostOnly)
			}
		})
	}
}

func TestEvaluateClampsLifetimeTo400Days(t *testing.T) {
	ev := Evaluate(Parse("a=b; Max-Age=63072000"), mustURL(t, "https://example.com/"), evalNow, FromHTTP)
	if !ev.Persistent || !ev.Clamped || !ev.Expires.Equal(evalNow.AddDate(0, 0, 400)) {
		t.Errorf("got Expires=%v Persistent=%v Clamped=%v", ev.Expires, ev.Persistent, ev.Clamped)
	}
}

func TestEvaluateMarksDeletions(t *testing.T) {
	tests := []struct {
		line     string
		deletion bool
	}{
		{"sid=; Max-Age=0; Path=/", true},
		{"sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/", true},
		{"sid=x; Max-Age=60", false},
		{"sid=x", false},
	}
	for _, tt := range tests {
		ev := Evaluate(Parse(tt.line), mustURL(t, "https://example.com/"), evalNow, FromHTTP)
		if ev.Deletion != tt.deletion || !ev.Stored {
			t.Errorf("%q: Deletion=%v Stored=%v, want Deletion=%v", tt.line, ev.Deletion, ev.Stored, tt.deletion)
		}
	}
}

func TestEvaluateDefaultsSameSiteToLaxWithANote(t *testing.T) {
	for _, line := range []string{"a=b", "a=b; SameSite=bogus"} {
		ev := Evaluate(Parse(line), mustURL(t, "https://example.com/"), evalNow, FromHTTP)
		if ev.SameSite != SameSiteLax || !hasNote(ev, noteLaxByDefault) {
			t.Errorf("%q: SameSite=%v Notes=%q", line, ev.SameSite, ev.Notes)
		}
	}
	ev := Evaluate(Parse("a=b; SameSite=Strict"), mustURL(t, "https://example.com/"), evalNow, FromHTTP)
	if ev.SameSite != SameSiteStrict || hasNote(ev, noteLaxByDefault) {
		t.Errorf("explicit Strict: SameSite=%v Notes=%q", ev.SameSite, ev.Notes)
	}
}

func TestEvaluateNotesWhereBrowsersDiffer(t *testing.T) {
	tests := []struct {
		name, url, line string
		src             Source
		note            string
	}{
		{"a nameless cookie", "https://example.com/", "token", FromHTTP, noteNameless},
		{"a tab inside the value", "https://example.com/", "a=b\tc", FromHTTP, noteTab},
		{"a Max-Age with '+'", "https://example.com/", "a=b; Max-Age=+60", FromHTTP, notePlusMaxAge},
		{"an invalid last Expires after a valid one", "https://example.com/", "a=b; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Expires=never", FromHTTP, noteLastExpires},
		{"an invalid last Max-Age after a valid one", "https://example.com/", "a=b; Max-Age=60; Max-Age=x", FromHTTP, noteLastExpires},
		{"an empty Domain after a real one", "https://www.example.com/", "a=b; Domain=example.com; Domain=", FromHTTP, noteEmptyDomain},
		{"Domain=.", "https://www.example.com/", "a=b; Domain=.", FromHTTP, noteDotDomain},
		{"a Secure cookie from plain-HTTP loopback", "http://127.0.0.1:3000/", "a=b; Secure", FromHTTP, noteLoopbackSecure},
		{"a prefixed cookie from plain-HTTP loopback", "http://localhost/", "__Secure-a=b; Secure", FromHTTP, noteLoopbackPrefix},
		{"a long-lived cookie set from script", "https://example.com/", "a=b; Max-Age=2592000", FromScript, noteScriptLifetime},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := Evaluate(Parse(tt.line), mustURL(t, tt.url), evalNow, tt.src)
			if !hasNote(ev, tt.note) {
				t.Errorf("Notes = %q, want %q", ev.Notes, tt.note)
			}
		})
	}
}

func hasNote(ev Evaluation, note string) bool {
	for _, n := range ev.Notes {
		if n == note {
			return true
		}
	}
	return false
}

func TestEvaluateSurvivesMissingInput(t *testing.T) {
	ev := Evaluate(nil, nil, evalNow, FromHTTP)
	if ev.Stored || !reflect.DeepEqual(ev.Reasons, []Reason{RejectNoContent}) || ev.Path != "/" {
		t.Errorf("Evaluate(nil, nil) = %+v", ev)
	}
	if ev := Evaluate(Parse("a=b"), nil, evalNow, FromHTTP); !ev.Stored {
		t.Errorf("a cookie with no URL: %+v", ev)
	}
}

func TestSecureOriginAcceptsHTTPSAndLoopback(t *testing.T) {
	tests := map[string]bool{
		"https://example.com/":       true,
		"wss://example.com/socket":   true,
		"HTTPS://example.com/":       true,
		"http://example.com/":        false,
		"ws://example.com/":          false,
		"http://localhost:8080/":     true,
		"http://LOCALHOST/":          true,
		"http://app.localhost/":      true,
		"http://127.0.0.1/":          true,
		"http://127.8.9.10:1234/":    true,
		"http://[::1]:8080/":         true,
		"http://10.0.0.1/":           false,
		"http://localhost.example/":  false,
		"http://notlocalhost/":       false,
		"http://[::ffff:7f00:1]/":    false,
		"http://128.0.0.1/":          false,
		"http://localhostx.example/": false,
	}
	for raw, want := range tests {
		if got := SecureOrigin(mustURL(t, raw)); got != want {
			t.Errorf("SecureOrigin(%s) = %v, want %v", raw, got, want)
		}
	}
	if SecureOrigin(nil) {
		t.Error("SecureOrigin(nil) = true")
	}
}

func TestReasonsDescribeThemselves(t *testing.T) {
	all := []Reason{
		RejectNoContent, RejectControlCharacter, RejectTooLarge, RejectDomainNonASCII,
		RejectPublicSuffix, RejectDomainMismatch, RejectSecureInsecureOrigin, RejectSameSiteNoneInsecure,
		RejectPartitionedInsecure, RejectPrefixSecure, RejectPrefixHost, RejectPrefixHttp, RejectPrefixHostHttp,
		RejectHiddenPrefix, RejectHTTPOnlyFromScript, RejectOverwriteSecure, RejectOverwriteHTTPOnly,
	}
	seen := map[string]bool{}
	for _, r := range all {
		d := r.Describe()
		if d == "" || !strings.HasSuffix(d, ".") || seen[d] {
			t.Errorf("%s.Describe() = %q: want a distinct sentence", r, d)
		}
		seen[d] = true
		if string(r) != strings.ToLower(string(r)) || strings.ContainsAny(string(r), " _") {
			t.Errorf("%q is not kebab-case", r)
		}
	}
	if d := Reason("made-up").Describe(); !strings.Contains(d, "made-up") {
		t.Errorf("unknown reason description %q does not name it", d)
	}
}

func TestUnicodeHostsBecomeIDNALabels(t *testing.T) {
	tests := map[string]string{
		"bücher.example":    "xn--bcher-kva.example",
		"BÜCHER.example":    "xn--bcher-kva.example",
		"例え.テスト":            "xn--r8jz45g.xn--zckzah",
		"münchen.de":        "xn--mnchen-3ya.de",
		"ascii.example":     "ascii.example",
		"ليهمابتكلموشعربي؟": "xn--egbpdaj6bu4bxfgehfvwxn",
	}
	for in, want := range tests {
		if got, ok := toASCII(in); !ok || got != want {
			t.Errorf("toASCII(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := toASCII("bad\xffhost"); ok {
		t.Error("toASCII accepted invalid UTF-8")
	}
}
