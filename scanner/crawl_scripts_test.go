package scanner

import (
	"context"
	"net/http"
	"slices"
	"sync"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
)

// scriptSite has an inline, a handler and an external script on its
// landing page, a second page sharing the external script, and a logout
// page whose inline script the logout probe marks.
func scriptSite() routes {
	return routes{
		"/": html(`<!doctype html><html><head><script src="/app.js"></script>
<script>document.cookie = "theme=dark; Path=/";</script></head>
<body><button onclick="document.cookie = 'consent=1'">ok</button>
<a href="/b">b</a> <a href="/logout">Log out</a></body></html>`),
		"/b":      html(`<!doctype html><html><head><script src="/app.js"></script></head><body>b</body></html>`),
		"/logout": html(`<!doctype html><html><body><script>document.cookie = "sid=; Max-Age=0";</script></body></html>`),
		"/app.js": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/javascript")
			w.Write([]byte(`document.cookie = "lang=en";`))
		},
	}
}

func TestCrawlHandsEveryScriptItRecordsToScriptsOnceAndFinished(t *testing.T) {
	srv := newTestServer(t, scriptSite())
	for _, concurrency := range []int{1, 4} {
		cfg := testConfig(testNet{"app.example.test": srv.addr()}, "http://app.example.test/")
		cfg.Concurrency = concurrency
		cfg.LogoutProbe = true
		var mu sync.Mutex
		handed := map[*evidence.Script]evidence.Script{}
		cfg.Scripts = func(sc *evidence.Script) {
			mu.Lock()
			defer mu.Unlock()
			if _, twice := handed[sc]; twice {
				t.Errorf("script %s:%d handed over twice", sc.URL, sc.Line)
			}
			handed[sc] = *sc // as it was when handed over
		}
		ev := crawl(t, context.Background(), cfg)
		var kinds []string
		for _, sc := range ev.Scripts {
			was, ok := handed[sc]
			switch {
			case !ok:
				t.Errorf("concurrency %d: script %s (%s) recorded but not handed over", concurrency, sc.URL, sc.Kind)
			case was != *sc:
				t.Errorf("concurrency %d: script %s changed after it was handed over:\n%+v\nbecame\n%+v", concurrency, sc.URL, was, *sc)
			}
			kinds = append(kinds, sc.Kind)
			if sc.URL == "http://app.example.test/logout" && !sc.Logout {
				t.Errorf("concurrency %d: the logout page's script is not marked Logout", concurrency)
			}
		}
		if len(handed) != len(ev.Scripts) {
			t.Errorf("concurrency %d: %d scripts handed over, %d recorded", concurrency, len(handed), len(ev.Scripts))
		}
		slices.Sort(kinds)
		if want := []string{"external", "handler", "inline", "inline"}; !slices.Equal(kinds, want) {
			t.Errorf("concurrency %d: script kinds %v, want %v", concurrency, kinds, want)
		}
	}
}
