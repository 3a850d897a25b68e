package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"testing"
)

// shopPage builds a realistic product listing of about size bytes: a head
// with styles and scripts, a navigation bar, product cards with links,
// images, handlers and forms, an inline script every 50 cards.
func shopPage(size int) []byte {
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Shop – all products</title>
<link rel="stylesheet" href="/static/site.css"><link rel="preconnect" href="https://fonts.example.net">
<script src="/static/app.js" defer></script><script src="https://cdn.example.net/analytics.js" async></script>
<script>window.dataLayer = window.dataLayer || []; document.cookie = "visited=1; path=/";</script>
</head><body class="listing">
<header><nav id="main-nav"><a href="/">Home</a> <a href="/deals">Deals</a> <a href="/account">Account</a>
<a id="logout" class="nav" href="/logout">Sign out</a></nav>
<form action="/search" role="search"><input type="search" name="q"><button>Search</button></form></header>
<main class="grid">
`)
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, `<div class="card" data-id="%[1]d">
  <a href="/product/%[1]d?ref=grid#reviews"><img src="/img/p%[1]d.jpg" alt="Product %[1]d" loading="lazy"></a>
  <h3><a href="/product/%[1]d">Café table n° %[1]d – oak &amp; steel</a></h3>
  <p class="price">€%[1]d.99 <span class="old">€%[2]d.99</span></p>
  <button class="add" onclick="addToCart(%[1]d); document.cookie='cart=%[1]d; path=/'">Add to cart</button>
  <form method="post" action="/wishlist"><input type="hidden" name="id" value="%[1]d"><button>♥</button></form>
</div>
`, i, i+10)
		if i%50 == 49 {
			fmt.Fprintf(&b, "<script>\n  track('impression', {page: %d});\n</script>\n", i/50)
		}
	}
	b.WriteString("</main><footer><a href=\"/privacy\">Privacy</a></footer></body></html>\n")
	return b.Bytes()
}

func BenchmarkHTML(b *testing.B) {
	page := shopPage(1 << 20)
	u, _ := url.Parse("https://shop.example.com/products")
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		p, err := HTML(bytes.NewReader(page), u)
		if err != nil || len(p.Links) < 1000 || len(p.Scripts) < 1000 {
			b.Fatalf("%v: %d links, %d scripts", err, len(p.Links), len(p.Scripts))
		}
	}
}

// smallPage builds page i of a numbered site, the shape most pages of a
// crawl have: a head with an external and an inline script, a navigation
// bar, a list of relative links to other pages, off-site absolute links and
// some text. Numbers vary with i, so no two pages are the same.
func smallPage(i int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<!doctype html><html><head><title>Page %[1]d</title><script src="/js/%[1]d.js"></script>
<script>window.page = %[1]d; if (document.cookie.indexOf('seen=') < 0) { document.cookie = 'seen=1; path=/'; }</script>
</head><body><nav><a href="/p/0">Home</a> <a href="/p/%[2]d">Up</a></nav><ul>
`, i, i/10)
	for j := range 10 {
		dir := "p"
		if j%4 == 3 {
			dir = "r"
		}
		fmt.Fprintf(&b, "<li><a href=\"/%s/%d\">Page %[2]d</a></li>\n", dir, i*10+j)
	}
	fmt.Fprintf(&b, `</ul><p><a href="https://trap.example.net/p/%[1]d">Elsewhere</a> <a href="http://cdn.example.org/track?page=%[1]d">Tracker</a></p><p>Some text so that the page is not only links.</p></body></html>
`, i)
	return b.Bytes()
}

// BenchmarkHTMLSmallPages extracts small pages one after the other, as a
// crawl does; one op is one page.
func BenchmarkHTMLSmallPages(b *testing.B) {
	pages := make([][]byte, 1000)
	urls := make([]*url.URL, len(pages))
	size := 0
	for i := range pages {
		pages[i] = smallPage(i + 1)
		urls[i] = &url.URL{Scheme: "http", Host: "127.0.0.1:8080", Path: fmt.Sprintf("/p/%d", i+1)}
		size += len(pages[i])
	}
	b.SetBytes(int64(size / len(pages)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p, err := HTMLBytes(pages[i%len(pages)], urls[i%len(pages)])
		if err != nil || len(p.Links) < 14 || len(p.Scripts) != 2 {
			b.Fatalf("%v: %d links, %d scripts", err, len(p.Links), len(p.Scripts))
		}
		i++
	}
}
