package rules

import (
	"fmt"
	"net/http"
	"runtime"
	"strconv"
	"testing"
	"time"

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

// crawlEvidence is what a crawl of a numbered site of pages on one host
// records: each page sets a cookie of its own value and holds an inline
// script writing a cookie, every fifth page is reached through a redirect
// setting a cookie of its own, and twenty shared scripts read one.
func crawlEvidence(pages int) *evidence.Evidence {
	const origin = "http://127.0.0.1:41773"
	ev := &evidence.Evidence{}
	for i := range pages {
		sent := testNow.Add(time.Duration(i) * time.Millisecond)
		page := origin + "/p/" + strconv.Itoa(i)
		if i%5 == 0 && i > 0 {
			ev.Responses = append(ev.Responses, &evidence.Response{
				URL: origin + "/r/" + strconv.Itoa(i), Method: "GET", Status: 302, Date: sent,
				Header:    http.Header{"Location": {"/p/" + strconv.Itoa(i)}},
				SetCookie: []string{"hop=" + strconv.Itoa(i) + "; Path=/; Secure; SameSite=Lax"}, Entry: -1,
			})
		}
		from := ""
		if i%5 == 0 && i > 0 {
			from = origin + "/r/" + strconv.Itoa(i)
		}
		ev.Responses = append(ev.Responses, &evidence.Response{
			URL: page, Method: "GET", Status: 200, Date: sent, From: from, Hop: min(len(from), 1),
			SetCookie: []string{"visit=" + strconv.Itoa(i) + "; Path=/; HttpOnly"}, Entry: -1,
		})
		ev.Scripts = append(ev.Scripts, &evidence.Script{
			URL: page, Page: page, Inline: true, Line: 1, Col: 1, Kind: "inline",
			Source: "window.page = " + strconv.Itoa(i) + "; if (document.cookie.indexOf('seen=') < 0) { document.cookie = 'seen=1; path=/'; }",
		})
	}
	for k := range 20 {
		js := origin + "/js/" + strconv.Itoa(k) + ".js"
		ev.Responses = append(ev.Responses, &evidence.Response{URL: js, Method: "GET", Status: 200, Date: testNow, Entry: -1})
		ev.Scripts = append(ev.Scripts, &evidence.Script{
			URL: js, Page: origin + "/p/" + strconv.Itoa(k), Line: 1, Col: 1, Kind: "external",
			Source: "// shared script " + strconv.Itoa(k) + "\nfunction readTheme() { return document.cookie.split('; ').find(c => c.startsWith('theme=')); }\n",
		})
	}
	return ev
}

// BenchmarkJudgeCrawl judges a 2000-page crawl as cookiescan scan does:
// its scripts analysed as the crawl recorded them (outside the timing),
// then Judge. ns/cookie and allocs/cookie are per Set-Cookie line.
func BenchmarkJudgeCrawl(b *testing.B) {
	ev := crawlEvidence(2000)
	cookies := 0
	for _, r := range ev.Responses {
		cookies += len(r.SetCookie)
	}
	var allocs uint64
	var before, after runtime.MemStats
	for b.Loop() {
		b.StopTimer()
		j := NewJudgement(b.Context(), Options{Now: testNow})
		for _, sc := range ev.Scripts {
			j.AddScript(sc)
		}
		runtime.ReadMemStats(&before)
		b.StartTimer()
		if out := j.Judge(ev); len(out.Findings) == 0 {
			b.Fatal("no findings")
		}
		b.StopTimer()
		runtime.ReadMemStats(&after)
		allocs += after.Mallocs - before.Mallocs
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(cookies), "ns/cookie")
	b.ReportMetric(float64(allocs)/float64(b.N)/float64(cookies), "allocs/cookie")
}
