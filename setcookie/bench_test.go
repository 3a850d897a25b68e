package setcookie

import (
	"net/http"
	"net/url"
	"strconv"
	"testing"
	"time"
)

// benchHeaders are realistic Set-Cookie values from common stacks.
var benchHeaders = []string{
	"PHPSESSID=9t4b1tq3q6h8s0k2f1v5c7m2l4; path=/",
	"session=eyJ1c2VyX2lkIjo0Mn0.ZmFrZQ.4Kq1l0yR8m3cJ2x9b7d6e5f4a3g; HttpOnly; Path=/",
	"connect.sid=s%3AaBcDeFgHiJkLmNoPqRsTuVwXyZ012345.Qx7mJ9kL2pN4rT6vX8zB0dF3hK5nP7sU9wY1aC3eG5i; Path=/; HttpOnly",
	"__Host-session=a3f9c2d17e4b8a6f0c1d2e3f4a5b6c7d; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=86400; Partitioned",
	"_ga=GA1.2.1234567890.1700000000; Domain=.example.com; Expires=Thu, 31 Dec 2026 23:59:59 GMT; Path=/",
	"AWSALB=Kd9vXk2nq7Yp1bC3mZr5tW8uE0sG4hJ6lN2oQ4rS6tU8vW0xY2zA4bC6dE8fG0hI2jK4lM6nO8pQ0rS2tU4vW6xY8z; Expires=Tue, 08 Sep 2026 12:00:00 GMT; Path=/; SameSite=None; Secure",
	"token=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjEyMyJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoxNzAwMDAzNjAwLCJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20iLCJhdWQiOiJhcGkuZXhhbXBsZS5jb20iLCJzY29wZSI6InJlYWQgd3JpdGUifQ.dGhpc2lzbm90YXJlYWxzaWduYXR1cmVidXRpdGxvb2tzbGlrZW9uZWZvcmJlbmNobWFya2luZ3B1cnBvc2VzMDEyMzQ1Njc4OQ; Path=/; Secure; HttpOnly; SameSite=Lax",
	"remember_me=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/",
}

// BenchmarkParse compares Parse with net/http.ParseSetCookie on the same headers;
// one op parses all of them.
func BenchmarkParse(b *testing.B) {
	b.Run("cookiescan", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, h := range benchHeaders {
				if c := Parse(h); c.Name == "" {
					b.Fatal("no name")
				}
			}
		}
	})
	b.Run("net-http", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, h := range benchHeaders {
				if _, err := http.ParseSetCookie(h); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkJarSetCookie stores a crawl's cookies as its jar does, one
// Set-Cookie line per page on one host, a redirect's cookie every fifth
// line, then asks for the Cookie header of the next page; on a loopback
// origin and on a named one.
func BenchmarkJarSetCookie(b *testing.B) {
	for _, site := range []struct{ name, origin string }{{"loopback", "http://127.0.0.1:41773"}, {"named", "https://shop.example.com"}} {
		b.Run(site.name, func(b *testing.B) {
			const pages = 1000
			urls := make([]*url.URL, pages)
			lines := make([]string, pages)
			for i := range pages {
				urls[i], _ = url.Parse(site.origin + "/p/" + strconv.Itoa(i))
				lines[i] = "visit=" + strconv.Itoa(i) + "; Path=/; HttpOnly"
				if i%5 == 0 {
					lines[i] = "hop=" + strconv.Itoa(i) + "; Path=/; Secure; SameSite=Lax"
				}
			}
			now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
			b.ReportAllocs()
			for b.Loop() {
				jar := NewJar(func() time.Time { return now })
				for i, u := range urls {
					jar.SetCookie(u, lines[i])
					if jar.CookieHeader(u, SameSiteRequest) == "" {
						b.Fatal("no Cookie header")
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/pages, "ns/line")
		})
	}
}
