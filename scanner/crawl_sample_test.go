package scanner

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
)

func TestCrawlSamplesSessionIDsWithoutCookies(t *testing.T) {
	var mu sync.Mutex
	next, withCookie := 0, 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.Header.Get("Cookie") != "" {
			withCookie++
			return
		}
		next++
		w.Header().Add("Set-Cookie", fmt.Sprintf("sid=%d; Path=/", next))
		w.Header().Add("Set-Cookie", "theme=dark; Path=/")
	}))
	defer srv.Close()
	ev, err := Crawl(context.Background(), CrawlConfig{
		Targets: []string{srv.URL + "/"}, Proxy: "none", PerHostRate: unlimitedRate,
		EntropySamples: 4, SampleCookie: func(name, _ string) bool { return name == "sid" },
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ev.Samples) != 1 {
		t.Fatalf("samples %+v, want one for sid", ev.Samples)
	}
	s := ev.Samples[0]
	if s.Name != "sid" || s.URL != srv.URL+"/" || fmt.Sprint(s.Values) != "[2 3 4 5]" {
		t.Errorf("sample %s %s %v, want sid at / with [2 3 4 5]", s.Name, s.URL, s.Values)
	}
	if withCookie != 0 {
		t.Errorf("%d sampling requests carried cookies", withCookie)
	}
}
