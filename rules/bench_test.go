package rules

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
)

// BenchmarkRun judges a crawl-sized body of evidence: 1000 responses from
// one site with five cookies each, with every rule.
func BenchmarkRun(b *testing.B) {
	ev := &evidence.Evidence{}
	for i := range 1000 {
		ev.Responses = append(ev.Responses, &evidence.Response{
			URL: fmt.Sprintf("https://shop.example.com/product/%d?ref=home", i), Status: 200, TLS: true,
			Header: http.Header{"Date": {"Mon, 01 Jun 2026 12:00:00 GMT"}}, Entry: -1,
			SetCookie: []string{
				"PHPSESSID=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; path=/",
				"_ga=GA1.1.1234.5678; Domain=example.com; Path=/; Expires=Tue, 01 Jun 2027 12:00:00 GMT; SameSite=Lax",
				fmt.Sprintf("recent=%d; Path=/; Max-Age=86400; Secure; SameSite=Lax", i),
				"role=customer; Path=/; Secure; HttpOnly",
				"AWSALB=Zk1x3Fq9Lw8Rt2Vy7Hn4Bc6Jm0Pd5Sa; Expires=Mon, 08 Jun 2026 12:00:00 GMT; Path=/",
			},
		})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Run(ev, Options{Now: testNow})
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1000, "ns/response")
}

// BenchmarkJudgeOneResponseOfManyCookies judges one response of 20 000
// Set-Cookie lines, as a hostile dump has: sibling lookups must not make
// judging quadratic in the lines of a response.
func BenchmarkJudgeOneResponseOfManyCookies(b *testing.B) {
	lines := make([]string, 20000)
	for i := range lines {
		lines[i] = fmt.Sprintf("c%d=v%d; Path=/", i, i)
		if i%2 == 0 {
			lines[i] = fmt.Sprintf("uid_%d=%d; Path=/", i, i) // an identity cookie: looks for its signers
		}
	}
	ev := &evidence.Evidence{Responses: []*evidence.Response{{
		URL: "https://many.example/", Status: 200, TLS: true, Entry: -1, SetCookie: lines,
	}}}
	for b.Loop() {
		Run(ev, Options{Now: testNow})
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/20000-lines")
}
