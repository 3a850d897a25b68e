package rules

import (
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
)

func browserResponse(line string, verdict evidence.CookieVerdict) *evidence.Response {
	return &evidence.Response{
		URL: "https://app.example.com/api", Status: 200, TLS: true, SetCookie: []string{line}, Entry: -1,
		Browser: &evidence.BrowserResponse{Resource: "Fetch", Verdicts: []evidence.CookieVerdict{verdict}},
	}
}

func TestBrowserVerdictAgainstModel(t *testing.T) {
	tests := []struct {
		name    string
		line    string
		verdict evidence.CookieVerdict
		want    string // the disagreement, "" for none
	}{
		{"both store", "a=1; Path=/; Secure", evidence.CookieVerdict{Stored: true}, ""},
		{"both block", "a=1; SameSite=None", evidence.CookieVerdict{Reasons: []string{"SameSiteNoneInsecure"}}, ""},
		{"browser blocks what the model stores", "a=1; Path=/; Secure", evidence.CookieVerdict{Reasons: []string{"InvalidDomain"}},
			`cookie "a": the model says stored, Chromium says blocked (InvalidDomain)`},
		{"model blocks what the browser stores", "__Host-a=1; Path=/", evidence.CookieVerdict{Stored: true},
			`cookie "__Host-a": the model says blocked (invalid-prefix-host), Chromium says stored`},
		{"blocked by the user's settings", "a=1; Secure; SameSite=None", evidence.CookieVerdict{Reasons: []string{"ThirdPartyPhaseout"}}, ""},
		{"blocked for a same-site context the model allows", "a=1; Secure; SameSite=Strict", evidence.CookieVerdict{Reasons: []string{"SameSiteStrict"}},
			`cookie "a": the model says stored, Chromium says blocked (SameSiteStrict)`},
		{"dropped by Chromium without a word", "a=1; Partitioned; SameSite=None", evidence.CookieVerdict{Stored: true}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := Judge(&evidence.Evidence{Responses: []*evidence.Response{browserResponse(tt.line, tt.verdict)}}, Options{Now: testNow})
			switch {
			case tt.want == "" && len(out.Disagreements) > 0:
				t.Errorf("disagreement %s, want none", out.Disagreements[0])
			case tt.want != "" && (len(out.Disagreements) != 1 || !strings.HasSuffix(out.Disagreements[0].String(), tt.want)):
				t.Errorf("disagreements %v, want one ending %q", out.Disagreements, tt.want)
			}
		})
	}
}

func TestBrowserVerdictInCrossSiteContext(t *testing.T) {
	tests := []struct {
		name    string
		line    string
		verdict evidence.CookieVerdict
		want    string
	}{
		{"Lax blocked by both", "a=1; Secure; SameSite=Lax", evidence.CookieVerdict{Reasons: []string{"SameSiteLax"}}, ""},
		{"Strict blocked by both, schemeful", "a=1; Secure; SameSite=Strict", evidence.CookieVerdict{Reasons: []string{"SchemefulSameSiteStrict"}}, ""},
		{"no SameSite counts as Lax", "a=1; Secure", evidence.CookieVerdict{Reasons: []string{"SameSiteUnspecifiedTreatedAsLax"}}, ""},
		{"None stored by both", "a=1; Secure; SameSite=None", evidence.CookieVerdict{Stored: true}, ""},
		{"Lax stored cross-site", "a=1; Secure; SameSite=Lax", evidence.CookieVerdict{Stored: true},
			`cookie "a": the model says blocked (SameSiteLax, the response being cross-site), Chromium says stored`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := browserResponse(tt.line, tt.verdict)
			r.Browser.CrossSite = true
			out := Judge(&evidence.Evidence{Responses: []*evidence.Response{r}}, Options{Now: testNow})
			switch {
			case tt.want == "" && len(out.Disagreements) > 0:
				t.Errorf("disagreement %s, want none", out.Disagreements[0])
			case tt.want != "" && (len(out.Disagreements) != 1 || !strings.HasSuffix(out.Disagreements[0].String(), tt.want)):
				t.Errorf("disagreements %v, want one ending %q", out.Disagreements, tt.want)
			}
		})
	}
}

func TestRuntimeWritesAreJudgedWhereTheyRan(t *testing.T) {
	ev := &evidence.Evidence{
		Responses: []*evidence.Response{{URL: "https://app.example.com/", Status: 200, TLS: true, Entry: -1,
			SetCookie: []string{"auth_token=x; Path=/; Secure; HttpOnly; SameSite=Lax"}}},
		CookieWrites: []*evidence.CookieWrite{
			{Page: "https://app.example.com/", API: "document.cookie", Name: "jwt", Value: "eyJhbGciOiJIUzI1NiJ9.e30.c2ln",
				Cookie: "jwt=eyJhbGciOiJIUzI1NiJ9.e30.c2ln; path=/", Script: "https://app.example.com/main.js", Line: 120, Col: 17, Function: "onLogin"},
			{Page: "https://app.example.com/", API: "cookieStore.delete", Name: "auth_token", Delete: true,
				Cookie: "auth_token=; Path=/; Max-Age=0; Secure; SameSite=Strict", Script: "https://app.example.com/main.js", Line: 300, Col: 5, Logout: true},
		},
	}
	out := Judge(ev, Options{Now: testNow})
	found := map[string]*Finding{}
	for _, f := range out.Findings {
		found[f.Rule+" "+f.Cookie.Name] = f
	}
	f := found["js-sets-auth-cookie jwt"]
	if f == nil || f.Location == nil || f.Location.File != "https://app.example.com/main.js" || f.Location.Line != 120 || f.Location.Col != 17 {
		t.Fatalf("js-sets-auth-cookie on the runtime write = %+v", f)
	}
	if strings.Contains(f.Evidence, "e30.c2ln") {
		t.Errorf("evidence shows the written value: %s", f.Evidence)
	}
	if f := found["logout-in-js auth_token"]; f == nil || f.Severity != High || f.Location.Line != 300 {
		t.Errorf("logout-in-js on the runtime delete of an HttpOnly cookie = %+v, want high at line 300", f)
	}
	if found["samesite-missing jwt"] == nil {
		t.Error("the header rules did not judge the cookie written at run time")
	}
}

func TestBrowserIssuesAreNotedOncePerCookie(t *testing.T) {
	warn := evidence.CookieVerdict{Stored: true, Issues: []string{"WarnThirdPartyPhaseout"}}
	ev := &evidence.Evidence{Responses: []*evidence.Response{
		browserResponse("tracker=1; Path=/; Secure; SameSite=None", warn),
		browserResponse("tracker=1; Path=/; Secure; SameSite=None", warn),
		browserResponse("plain=1; Path=/; Secure", evidence.CookieVerdict{Stored: true}),
	}}
	out := Judge(ev, Options{Now: testNow})
	var notes []string
	for _, n := range out.Notes {
		if strings.Contains(n, "Issues panel") {
			notes = append(notes, n)
		}
	}
	want := `https://app.example.com/api: cookie "tracker": Chromium's Issues panel says WarnThirdPartyPhaseout`
	if len(notes) != 1 || notes[0] != want {
		t.Errorf("notes %q, want only %q", notes, want)
	}
}
