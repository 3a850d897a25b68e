package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

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
		got := judgement.finish(ev, 0, now, now)
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
