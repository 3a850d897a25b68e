package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// scriptedSite sets an HttpOnly session cookie and writes identity cookies
// from an inline script, an on* handler and an external script; its logout
// page deletes the session in script.
func scriptedSite(t *testing.T) *httptest.Server {
	page := func(body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<!doctype html><html><body>" + body + "</body></html>"))
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Set-Cookie", "sessionid=4f1c2a9e8b7d6c5e4f3a2b1c0d9e8f7a; Path=/; HttpOnly")
		page(`<script>document.cookie = "user=alice; Path=/";</script>
<button onclick="document.cookie = 'role=admin'">promote</button>
<script src="/app.js"></script><a href="/account">account</a> <a href="/logout">Log out</a>`)(w, r)
	})
	mux.HandleFunc("/account", page(`<script src="/app.js"></script>`))
	mux.HandleFunc("/logout", page(`<script>document.cookie = "sessionid=; Max-Age=0; Path=/";</script>`))
	mux.HandleFunc("/app.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		w.Write([]byte(`function remember(id) { document.cookie = "uid=" + id + "; Path=/"; }`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// scriptedSiteFindings are the script findings of scriptedSite, as scriptFindings lists them.
var scriptedSiteFindings = []string{"js-sets-auth-cookie role", "js-sets-auth-cookie uid", "js-sets-auth-cookie user", "logout-in-js sessionid"}

func TestScanJudgingScriptsAsCrawledEqualsJudgingTheEvidenceAfterwards(t *testing.T) {
	srv := scriptedSite(t)
	now := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	opts := rules.Options{Now: now}
	for _, concurrency := range []int{1, 8} {
		judgement := newScanJudgement(opts)
		cfg := scanner.CrawlConfig{Targets: []string{srv.URL + "/"}, Concurrency: concurrency, PerHostRate: 1e9, Proxy: "none", LogoutProbe: true, Scripts: judgement.AddScript}
		ev, err := scanner.Crawl(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		got := judgement.finish(ev, 0, 0, now, now)
		judgement.stop(nil)
		want := rules.Judge(ev, opts)

		gotJSON, _ := json.MarshalIndent(got.Findings, "", " ")
		wantJSON, _ := json.MarshalIndent(want.Findings, "", " ")
		if string(gotJSON) != string(wantJSON) {
			t.Errorf("concurrency %d: findings of scripts judged as crawled\n%s\ndiffer from judging afterwards\n%s", concurrency, gotJSON, wantJSON)
		}
		if !slices.Equal(got.Notes, want.Notes) {
			t.Errorf("concurrency %d: notes %q, want %q", concurrency, got.Notes, want.Notes)
		}
		if found := scriptFindings(t, `{"findings":`+string(gotJSON)+`}`); !slices.Equal(found, scriptedSiteFindings) {
			t.Errorf("concurrency %d: script findings %q, want %q", concurrency, found, scriptedSiteFindings)
		}
	}
}

func TestScanReportsWhatEachKindOfScriptDoes(t *testing.T) {
	srv := scriptedSite(t)
	_, stdout, _ := cli(t, "scan", "--format", "json", "--no-sitemap", "--entropy-samples", "0", srv.URL+"/")
	if got := scriptFindings(t, stdout); !slices.Equal(got, scriptedSiteFindings) {
		t.Errorf("script findings %q, want %q", got, scriptedSiteFindings)
	}
}

// manyPagesSite is a numbered site of n pages, page i linking to pages
// 10i+1…10i+10: each sets a cookie of one of a few names (some that look
// like sessions, some identities, some without flags), and every third
// page has a script that writes one.
func manyPagesSite(t *testing.T, n int) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/p/"))
		if err != nil || i < 0 || i >= n {
			http.NotFound(w, r)
			return
		}
		cookies := []string{
			"sid=%08x%08x; Path=/; HttpOnly", "uid=%d%d; Path=/", "theme=dark%d%d; Path=/; Secure; SameSite=Lax",
			"role=admin%d%d; Path=/; Secure; HttpOnly", "cart=%d-%d",
		}
		w.Header().Add("Set-Cookie", fmt.Sprintf(cookies[i%len(cookies)], i, i*7))
		w.Header().Set("Content-Type", "text/html")
		var body strings.Builder
		for c := 10*i + 1; c <= 10*i+10 && c < n; c++ {
			fmt.Fprintf(&body, `<a href="/p/%d">%d</a>`, c, c)
		}
		if i%3 == 0 {
			fmt.Fprintf(&body, `<script>document.cookie = "seen%d=1; path=/";</script>`, i%4)
		}
		fmt.Fprintf(w, "<!doctype html><html><body>%s</body></html>", body.String())
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestScanJudgingResponsesAsCrawledEqualsJudgingTheEvidenceAfterwards(t *testing.T) {
	srv := manyPagesSite(t, 2600) // more than two parts of the judgement
	now := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	opts := rules.Options{Now: now}
	judgement := newScanJudgement(opts)
	defer judgement.stop(nil)
	var handed []*evidence.Response
	judge := judgement.judgeResponses()
	cfg := scanner.CrawlConfig{
		Targets: []string{srv.URL + "/p/0"}, Concurrency: 8, PerHostRate: 1e9, Proxy: "none", MaxPages: 3000,
		Scripts: judgement.AddScript,
		Responses: func(r *evidence.Response) {
			handed = append(handed, r)
			judge(r)
		},
	}
	ev, err := scanner.Crawl(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	judged := judgement.crawled()
	if judged != len(ev.Responses) || !slices.Equal(handed, ev.Responses) {
		t.Fatalf("handed over %d responses, judged %d, want the evidence's %d in order", len(handed), judged, len(ev.Responses))
	}
	// A response added after the crawl, as --har adds a capture's, is judged at the end.
	ev.Responses = append(ev.Responses, &evidence.Response{URL: srv.URL + "/late", Status: 200, Entry: -1, SetCookie: []string{"late=1"}})
	got := judgement.finish(ev, judged, 0, now, now)
	want := rules.Judge(ev, opts)
	if got.Responses != len(ev.Responses) || got.Responses != want.Responses || got.Cookies != want.Cookies {
		t.Errorf("judged %d responses and %d cookies, want %d and %d", got.Responses, got.Cookies, want.Responses, want.Cookies)
	}
	for _, part := range []struct {
		name      string
		got, want any
	}{
		{"findings", got.Findings, want.Findings},
		{"notes", got.Notes, want.Notes},
		{"cookies seen", got.SeenCookies, want.SeenCookies},
		{"limits", got.Limits, want.Limits},
	} {
		gotJSON, _ := json.Marshal(part.got)
		wantJSON, _ := json.Marshal(part.want)
		if string(gotJSON) != string(wantJSON) {
			t.Errorf("%s of responses judged as crawled\n%s\ndiffer from judging afterwards\n%s", part.name, gotJSON, wantJSON)
		}
	}
	if len(got.Findings) < 3 {
		t.Errorf("only %d findings: the site should show several rules", len(got.Findings))
	}
}
