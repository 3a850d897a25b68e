package extract

import (
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"
)

// resolveBases are page URLs of every kind a link may resolve against: with
// a port, user info, a host in upper case, a query, an opaque or empty
// path, and schemes that are not http.
var resolveBases = []string{
	"https://example.com/dir/page?q=1", "http://127.0.0.1:8080/p/12", "https://user:pw@Example.COM:8443/a/",
	"http://example.com", "https://example.com/?", "http://[::1]:80/x", "http:opaque", "ftp://example.com/f",
	"file:///home/page.html", "HTTP://example.com/x", "http:///nohost",
}

// parsedResolve is what resolve gives without its shortcut.
func parsedResolve(base *url.URL, ref string) (string, bool) {
	u, ok := parseRef(base, ref)
	if !ok || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", false
	}
	return u.String(), true
}

// checkOrigin fails when the origin of base is not what parsing gives for
// its root, less the slash.
func checkOrigin(t testing.TB, base *url.URL) {
	t.Helper()
	want := ""
	if root, ok := parsedResolve(base, "/"); ok {
		want = strings.TrimSuffix(root, "/")
	}
	if got := newResolver(base).origin; got != want {
		t.Fatalf("origin of %q: %q, parsing gives %q", base, got, want)
	}
}

func TestOriginIsWhatParsingGives(t *testing.T) {
	for _, b := range append(resolveBases, "https://a.example:/", "http://a-b.example.:8080?x#y", "https://Up.example/") {
		u, err := url.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		checkOrigin(t, u)
	}
}

// checkResolvePlain fails when resolvePlain takes ref against base and
// gives other than parsing does, and reports whether it took it.
func checkResolvePlain(t testing.TB, base resolver, ref string) bool {
	t.Helper()
	got, ok := resolvePlain(base.origin, ref)
	if !ok {
		return false
	}
	if want, wantOK := parsedResolve(base.base, ref); !wantOK || got != want {
		t.Fatalf("%q against %q: %q, parsing gives %q (%v)", ref, base.base, got, want, wantOK)
	}
	return true
}

func TestResolvePlainGivesWhatParsingGives(t *testing.T) {
	pieces := []string{"/", "/", "/", "//", ".", "..", "?", "#", "%", "%2e", "%41", "a", "Z", "09", ":", "@", "http://",
		"https://", "HTTP://", "http:", "example.com", "Ex.org", ":8080", ":", "-", "_", "~", " ", "\t", "\x7f", "\x01",
		"[", "]", "é", ";", "=", "&", "+", "!", "'", "*", "(", ",", "$", "\\", "|", "{", "\"", "<"}
	rng := rand.New(rand.NewPCG(3, 4))
	var bases []resolver
	for _, b := range resolveBases {
		u, err := url.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		bases = append(bases, newResolver(u))
	}
	paths, urls := 0, 0
	for range 50000 {
		var b strings.Builder
		switch rng.IntN(3) {
		case 0:
			b.WriteString("/")
		case 1:
			b.WriteString([]string{"http://", "https://"}[rng.IntN(2)] + []string{"a.example", "h", "x.y:81"}[rng.IntN(3)])
		}
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		ref := b.String()
		for _, base := range bases {
			switch {
			case !checkResolvePlain(t, base, ref):
			case ref[0] == '/':
				paths++
			default:
				urls++
			}
		}
	}
	if paths < 1000 || urls < 1000 {
		t.Errorf("the shortcut took %d paths and %d URLs: the test no longer tests it", paths, urls)
	}
}

func TestResolvePlainTakesCommonLinks(t *testing.T) {
	base, _ := url.Parse("https://Shop.Example.com:8443/products/list?page=2#top")
	for ref, want := range map[string]string{
		"/p/121":                             "https://shop.example.com:8443/p/121",
		"/":                                  "https://shop.example.com:8443/",
		"/track?page=12&x=a+b#c":             "https://shop.example.com:8443/track?page=12&x=a+b",
		"https://trap.example.net/p/12":      "https://trap.example.net/p/12",
		"http://cdn.example.org/t?page=12":   "http://cdn.example.org/t?page=12",
		"http://localhost:8080":              "http://localhost:8080",
		"https://a.example/x/y.js#frag?ment": "https://a.example/x/y.js",
	} {
		if !checkResolvePlain(t, newResolver(base), ref) {
			t.Errorf("%q: not taken", ref)
		}
		if got, _ := newResolver(base).resolve(ref); got != want {
			t.Errorf("%q: %q, want %q", ref, got, want)
		}
	}
}
