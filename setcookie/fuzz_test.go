package setcookie

import (
	"encoding/json"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var fuzzSeeds = []string{
	"",
	"a=b",
	"foo",
	"=a=b",
	" = ",
	"secure; httponly",
	"id=1;HttpOnly;Secure;Path=/",
	`a="b c"; Path=/`,
	"__Host-id=1; Secure; Path=/; SameSite=Strict; Partitioned",
	"a=b; Domain=.Example.COM; Domain=; Path=/x; Path=",
	"a=b; Max-Age=-0; Max-Age=+5; Max-Age=99999999999999999999",
	"a=b; Expires=Wed, 09 Jun 2021 10:18:14 GMT; Expires=garbage",
	"a=b; SameSite; SameSite=NONE; Secure",
	"a=b\x00c; Path=/\x7f",
	"a=b; Path=/" + strings.Repeat("x", 1030),
	"\t a \t=\t b \t;\t;\t",
	"a=b; =c; ==; ;=;",
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	var cases []parserCase
	if data, err := os.ReadFile(filepath.Join(conformanceDir, "http-state-parser.json")); err == nil && json.Unmarshal(data, &cases) == nil {
		for _, c := range cases {
			for _, line := range c.SetCookie {
				f.Add(line)
			}
		}
	}
	u := mustURL(f, "https://www.example.com/a/b")
	f.Fuzz(func(t *testing.T, line string) {
		first := Parse(line)
		Evaluate(first, u, evalNow, FromScript)
		second := Parse(first.String())
		if diff := semanticDiff(first, second); diff != "" {
			t.Errorf("Parse(%q) and Parse(%q) differ in %s", line, first.String(), diff)
		}
	})
}

// semanticDiff names the first field of the browser's view that differs.
func semanticDiff(a, b *Cookie) string {
	switch {
	case a.Name != b.Name:
		return "Name"
	case a.Value != b.Value:
		return "Value"
	case a.Domain != b.Domain || a.HasDomain != b.HasDomain:
		return "Domain"
	case a.Path != b.Path || a.HasPath != b.HasPath:
		return "Path"
	case a.Secure != b.Secure:
		return "Secure"
	case a.HttpOnly != b.HttpOnly:
		return "HttpOnly"
	case a.Partitioned != b.Partitioned:
		return "Partitioned"
	case a.SameSite != b.SameSite:
		return "SameSite"
	case a.MaxAge != b.MaxAge || a.HasMaxAge != b.HasMaxAge:
		return "MaxAge"
	case !a.Expires.Equal(b.Expires) || a.HasExpires != b.HasExpires:
		return "Expires"
	}
	return ""
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"Wed, 09 Jun 2021 10:18:14 GMT",
		"Thu, 01-Jan-1970 00:00:00 GMT",
		"Sun Nov  6 08:49:37 1994",
		"1 jan 70 0:0:0",
		"31 Feb 2021 00:00:00",
		"99 Dec 1601 23:59:59",
		"Mon, 10-Dec-2007 17:02:24 GMT",
		"12:34:56abc 1 Jan 2000",
		"",
	} {
		f.Add(s)
	}
	var cases []dateCase
	if data, err := os.ReadFile(filepath.Join(conformanceDir, "http-state-dates.json")); err == nil && json.Unmarshal(data, &cases) == nil {
		for _, c := range cases {
			f.Add(c.Date)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := ParseDate(s)
		if !ok {
			return
		}
		if got.Location() != time.UTC {
			t.Fatalf("ParseDate(%q) = %v, not in UTC", s, got)
		}
		formatted := got.Format(http.TimeFormat)
		again, ok := ParseDate(formatted)
		if !ok || !again.Equal(got) {
			t.Errorf("ParseDate(%q) = %v, but its formatting %q parses as %v, %v", s, got, formatted, again, ok)
		}
	})
}

// FuzzIsIP checks that the quick look at a host before parsing it as an IP
// address never turns one away: isIP and isLoopback agree with netip.
func FuzzIsIP(f *testing.F) {
	for _, h := range []string{"", "127.0.0.1", "::1", "::ffff:127.0.0.1", "fe80::1%eth0", "%eth0", "1.2.3", ".1.2.3.4", "localhost", "example.com", "1example.com", "a:b", "ff::"} {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, host string) {
		ip, err := netip.ParseAddr(host)
		if got := isIP(host); got != (err == nil) {
			t.Errorf("isIP(%q) = %v, netip.ParseAddr error %v", host, got, err)
		}
		loopbackName := host == "localhost" || host == "localhost." || strings.HasSuffix(host, ".localhost") || strings.HasSuffix(host, ".localhost.")
		want := loopbackName || err == nil && ip.IsLoopback() && !ip.Is4In6()
		if got := isLoopback(host); got != want {
			t.Errorf("isLoopback(%q) = %v, want %v", host, got, want)
		}
	})
}
