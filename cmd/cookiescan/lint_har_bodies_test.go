package main

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

// harSite is a small site whose scripts log out in the browser and write a
// session cookie: served live, and captured in a HAR with its bodies.
var harSite = map[string]struct{ ctype, body string }{
	"/": {"text/html", `<!doctype html><html><body>
<button id="signout" onclick="document.cookie = 'sessionid=; Max-Age=0; path=/'">Sign out</button>
<script src="/static/app.js"></script>
</body></html>`},
	"/static/app.js": {"application/javascript", `function onLogin(r) { document.cookie = "auth_token=" + r.token + "; path=/; secure"; }`},
}

// scriptFindings lists the rule and cookie of a JSON report's findings of
// the script rules, sorted.
func scriptFindings(t *testing.T, report string) []string {
	t.Helper()
	var doc struct {
		Findings []struct {
			Rule   string `json:"rule"`
			Cookie struct {
				Name string `json:"name"`
			} `json:"cookie"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(report), &doc); err != nil {
		t.Fatalf("%v\n%s", err, report)
	}
	var out []string
	for _, f := range doc.Findings {
		if f.Rule == "logout-in-js" || f.Rule == "js-sets-auth-cookie" {
			out = append(out, f.Rule+" "+f.Cookie.Name)
		}
	}
	slices.Sort(out)
	return out
}

func TestLintOfAHARWithBodiesFindsWhatTheLiveCrawlFinds(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := harSite[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", p.ctype)
		w.Write([]byte(p.body))
	}))
	defer srv.Close()
	_, live, stderr := cli(t, "scan", "--format", "json", "--fail-on", "none", srv.URL+"/")
	want := scriptFindings(t, live)
	if len(want) != 2 {
		t.Fatalf("the live crawl found %v, want a logout-in-js and a js-sets-auth-cookie finding\n%s", want, stderr)
	}

	entry := func(path, text, encoding string, headers []map[string]string) map[string]any {
		return map[string]any{
			"request": map[string]any{"method": "GET", "url": srv.URL + path, "headers": []map[string]string{{"name": "Cookie", "value": "theme=dark"}}},
			"response": map[string]any{"status": 200, "headers": headers,
				"content": map[string]any{"mimeType": harSite[path].ctype, "text": text, "encoding": encoding}},
		}
	}
	js := harSite["/static/app.js"].body
	har, err := json.Marshal(map[string]any{"log": map[string]any{"version": "1.2", "entries": []any{
		entry("/", harSite["/"].body, "", []map[string]string{}),
		entry("/static/app.js", base64.StdEncoding.EncodeToString([]byte(js)), "base64", []map[string]string{}),
	}}})
	if err != nil {
		t.Fatal(err)
	}
	code, fromHAR, stderr := cli(t, "lint", "--format", "json", "--fail-on", "none", writeFile(t, "app.har", string(har)))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := scriptFindings(t, fromHAR); !slices.Equal(got, want) {
		t.Errorf("lint of the HAR found %v, the live crawl %v", got, want)
	}
}

func TestLintOfAHARJudgesItsLogoutRequestAsTheLiveProbe(t *testing.T) {
	header := func(name, value string) map[string]string { return map[string]string{"name": name, "value": value} }
	entry := func(url string, headers ...map[string]string) map[string]any {
		return map[string]any{
			"request":  map[string]any{"method": "GET", "url": url, "headers": []map[string]string{}},
			"response": map[string]any{"status": 200, "headers": append([]map[string]string{}, headers...)},
		}
	}
	for _, tc := range []struct {
		name     string
		logout   map[string]string
		survives bool
	}{
		{"keeps the session", header("Content-Type", "text/html"), true},
		{"expires the session", header("Set-Cookie", "sessionid=; Max-Age=0; Path=/; Secure; HttpOnly"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			har, _ := json.Marshal(map[string]any{"log": map[string]any{"entries": []any{
				entry("https://app.example/login", header("Set-Cookie", "sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly; SameSite=Lax")),
				entry("https://app.example/account/logout", tc.logout),
			}}})
			_, report, _ := cli(t, "lint", "--format", "json", "--fail-on", "none", writeFile(t, "logout.har", string(har)))
			if got := strings.Contains(report, `"logout-not-server-side"`); got != tc.survives {
				t.Errorf("logout-not-server-side reported: %v, want %v\n%s", got, tc.survives, report)
			}
		})
	}
}

func TestLintWarnsOfASanitizedHARWithBodies(t *testing.T) {
	har := `{"log":{"entries":[{"request":{"method":"GET","url":"https://app.example/","headers":[]},` +
		`"response":{"status":200,"headers":[{"name":"Content-Type","value":"text/html"}],"content":{"mimeType":"text/html","text":"<p>hi</p>"}}}]}}`
	_, _, stderr := cli(t, "lint", "--fail-on", "none", writeFile(t, "sanitized.har", har))
	if !strings.Contains(stderr, "sanitized export") || !strings.Contains(stderr, "with sensitive data") {
		t.Errorf("no warning of a sanitized export:\n%s", stderr)
	}
}
