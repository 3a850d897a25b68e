package token

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// BenchmarkVerify runs the full builtin list against values signed with a strong secret: the
// worst case, where every secret is tried and none matches.
func BenchmarkVerify(b *testing.B) {
	fx := loadFixtures(b)
	pick := func(format Format) fixture {
		for _, f := range fx {
			if f.Format == format && f.Secret == nil {
				return f
			}
		}
		b.Fatalf("no strong-secret %s fixture", format)
		return fixture{}
	}
	secrets := BuiltinSecrets()
	for _, format := range []Format{Flask, JWT, Django, ExpressSession, CookieSession, RailsEncrypted} {
		f := pick(format)
		tok := Recognise(f.Name, f.Value, f.Siblings)
		b.Run(string(format), func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				if _, ok := Verify(tok, f.Name, f.Value, f.Siblings, secrets); ok {
					b.Fatal("verified")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ms/cookie")
			b.ReportMetric(float64((cpuTime()-start).Microseconds())/float64(b.N)/1e3, "cpu-ms/cookie")
			b.ReportMetric(float64(len(secrets)), "secrets")
		})
	}
}

// BenchmarkRecognise recognises a mixed set of 20 real values: library-made sessions and
// infrastructure, analytics and framework ID cookies as servers send them.
func BenchmarkRecognise(b *testing.B) {
	type value struct {
		name, value string
		siblings    map[string]string
	}
	var values []value
	seen := map[Format]int{}
	for _, f := range loadFixtures(b) {
		if seen[f.Format] < 1 {
			seen[f.Format]++
			values = append(values, value{f.Name, f.Value, f.Siblings})
		}
	}
	for _, v := range [][2]string{
		{"AWSALB", "y3JCR1z7Mmc8KcDYm2cPaDYc1ShkN5ZqcBq9mb0WT/5SE5dqxTu8Q8EIbIpSsm3CQbS8OMgEcCQC5UvG6YmhwsKEKdjnOc6Dx5KXj+1ZIRa6S8fhnFS0OkEvSgWG"},
		{"_ga", "GA1.1.123456789.1700000000"},
		{"PHPSESSID", "9q1v8b4a3k2l7m6n5o0p1r2s3t"},
		{"JSESSIONID", "8A3F5C1E9B7D2F4A6C8E0B1D3F5A7C9E.node1"},
		{"BIGipServerpool", "1677787402.36895.0000"},
		{"ARRAffinity", "8f2a6c0e4b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a"},
		{"lang", "en-US"},
		{"uid", "550e8400-e29b-41d4-a716-446655440000"},
	} {
		values = append(values, value{v[0], v[1], nil})
	}
	values = values[:20]
	for b.Loop() {
		for _, v := range values {
			Recognise(v.name, v.value, v.siblings)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(values))/1e3, "µs/value")
}

// BenchmarkCandidates measures how many candidate secrets Verify checks per second of CPU time
// (one core; the machine may be shared, so CPU time rather than wall time) for each format,
// against values no candidate signed, so every candidate is tried. Candidates have the shape the
// format reads: 40-character words (long enough for iron), base64 AES keys for Shiro and Laravel,
// base64 ltpa.keys keys for LTPA. PBKDF2 formats get words never derived before in each round,
// so the key cache does not flatter them. Formats that derive a key from each secret (Flask,
// Django, iron, Laravel) find the keys cached with their pads hashed from the third round on, as
// every cookie after a run's second does; their "first-cookie" case empties the cache before
// each round.
func BenchmarkCandidates(b *testing.B) {
	values := map[Format]fixture{}
	for _, f := range loadFixtures(b) {
		if _, ok := values[f.Format]; !ok && f.Published == "" && f.Signed {
			values[f.Format] = f
		}
	}
	companionKey := strings.Repeat("k", 32)
	values[SiblingSigned] = fixture{Name: "account", Value: "alice",
		Siblings: map[string]string{"ssid": hex.EncodeToString(mac(sha256.New, []byte(companionKey), []byte("alice")))}}
	round := 0
	words := func(format Format, n int) []Secret {
		round++
		out := make([]Secret, n)
		for i := range out {
			w := fmt.Sprintf("candidate-%08d-%08d-%018d", round, i, i*7919)
			switch format {
			case ShiroRememberMe:
				w = base64.StdEncoding.EncodeToString([]byte(w[:16]))
			case LTPAToken:
				w = base64.StdEncoding.EncodeToString([]byte(w[:32]))
			case Laravel:
				w = "base64:" + base64.StdEncoding.EncodeToString([]byte(w[:32]))
			}
			out[i] = Secret{Value: w}
		}
		return out
	}
	for _, format := range slices.Sorted(maps.Keys(values)) {
		f := values[format]
		tok := Recognise(f.Name, f.Value, f.Siblings)
		if !tok.Verifiable() {
			continue
		}
		pbkdf2 := format == RailsEncrypted || format == RailsSigned
		n := 2000
		if pbkdf2 {
			n = 50
		}
		run := func(name string, firstCookie bool) {
			b.Run(name, func(b *testing.B) {
				list := words(format, n)
				resetKeyCaches() // what earlier cases cached would leave this one less room
				start := cpuTime()
				for b.Loop() {
					if pbkdf2 {
						list = words(format, n)
					}
					if firstCookie {
						resetKeyCaches()
					}
					if s, ok := Verify(tok, f.Name, f.Value, f.Siblings, list); ok {
						b.Fatalf("verified with %q", s.Value)
					}
				}
				b.ReportMetric(float64(n)*float64(b.N)/(cpuTime()-start).Seconds(), "candidates/cpu-s")
			})
		}
		run(string(format), false)
		if tok.proof.keys != nil || format == Iron {
			run(string(format)+"/first-cookie", true)
		}
	}
}

// BenchmarkManyCookies verifies 50 Flask session cookies that no listed secret signed, as a
// crawl collects them, against the builtin list: "shared" keeps the derived keys from one
// cookie to the next, as a run does; "underived" empties the cache before each cookie, which is
// what every cookie would cost without it.
func BenchmarkManyCookies(b *testing.B) {
	const cookies = 50
	values := make([]string, cookies)
	for i := range values {
		values[i] = flaskValue(b64u(fmt.Appendf(nil, `{"user_id":%d,"csrf":"%08x"}`, i, i*2654435761)), 1700000000, "a strong secret nobody lists")
	}
	secrets := BuiltinSecrets()
	for _, shared := range []bool{true, false} {
		name := "shared"
		if !shared {
			name = "underived"
		}
		b.Run(name, func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				resetKeyCaches()
				for _, v := range values {
					if !shared {
						resetKeyCaches()
					}
					if s, ok := Verify(nil, "session", v, nil, secrets); ok {
						b.Fatalf("verified with %q", s.Value)
					}
				}
			}
			cpu := (cpuTime() - start).Seconds()
			b.ReportMetric(cpu*1e3/float64(b.N*cookies), "cpu-ms/cookie")
			b.ReportMetric(float64(len(secrets)*cookies*b.N)/cpu, "candidates/cpu-s")
		})
	}
}

// BenchmarkWordlist100k reads a 100,000-line --secrets file (generated here) and tries every
// line against one HMAC-SHA256-signed cookie (express-session) that none of them signed.
func BenchmarkWordlist100k(b *testing.B) {
	var f fixture
	for _, x := range loadFixtures(b) {
		if x.Format == ExpressSession && x.Secret == nil {
			f = x
		}
	}
	var list strings.Builder
	for i := range 100_000 {
		fmt.Fprintf(&list, "word%d-%x\n", i, i*2654435761)
	}
	path := filepath.Join(b.TempDir(), "words.txt")
	if err := os.WriteFile(path, []byte(list.String()), 0o600); err != nil {
		b.Fatal(err)
	}
	start := cpuTime()
	for b.Loop() {
		secrets, err := LoadSecrets(path)
		if err != nil || len(secrets) != 100_000 {
			b.Fatalf("%d secrets, %v", len(secrets), err)
		}
		if s, ok := Verify(nil, f.Name, f.Value, f.Siblings, secrets); ok {
			b.Fatalf("verified with %q", s.Value)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/list")
	b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/list")
}
