package rules

import (
	"fmt"
	"net/http"
	"reflect"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/setcookie"
)

func TestSeenCookiesListEachCookieOnceWithItsAttributesAndVerdicts(t *testing.T) {
	date := http.Header{"Date": {"Mon, 01 Jun 2026 12:00:00 GMT"}}
	ev := &evidence.Evidence{
		Responses: []*evidence.Response{
			{URL: "https://app.example.com/login?sessionid=abc12345", Status: 200, TLS: true, Header: date, Entry: -1, SetCookie: []string{
				"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly; SameSite=Lax",
				"prefs=dark; Path=/; Max-Age=86400; SameSite=None",
				"tracker=1; Domain=example.com; Path=/; Max-Age=63072000; Secure",
			}},
			{URL: "https://app.example.com/account", Status: 200, TLS: true, Header: date, Entry: -1, SetCookie: []string{
				"sessionid=0000aaaa1111bbbb2222cccc3333dddd; Path=/; Secure; HttpOnly; SameSite=Lax",
				"sessionid=; Path=/; Max-Age=0",
			}, Browser: &evidence.BrowserResponse{Resource: "Document", Verdicts: []evidence.CookieVerdict{{Stored: true}, {Stored: true}}}},
		},
		Scripts: []*evidence.Script{{File: "app.js", Line: 1, Col: 1, Source: `document.cookie = "theme=light; path=/";`}},
	}
	out := Judge(ev, Options{Now: testNow, Rules: []*Rule{MissingSecure}})
	want := []*SeenCookie{
		{Name: "sessionid", Domain: "app.example.com", Path: "/", Value: Redacted, Class: ClassSession, SetBy: "header",
			URL: "https://app.example.com/login?sessionid=" + Redacted, Occurrences: 2, HttpOnly: true, Secure: true, SameSite: "Lax",
			HostOnly: true, Size: 41, Stored: true, Chromium: &evidence.CookieVerdict{Stored: true}},
		{Name: "prefs", Domain: "app.example.com", Path: "/", Value: Redacted, Class: ClassUnknown, SetBy: "header",
			URL: "https://app.example.com/login?sessionid=" + Redacted, Occurrences: 1, SameSite: "None", HostOnly: true,
			LifetimeSeconds: 86400, Size: 9, Reasons: []string{string(setcookie.RejectSameSiteNoneInsecure)}},
		{Name: "tracker", Domain: "example.com", Path: "/", Value: Redacted, Class: ClassUnknown, SetBy: "header",
			URL: "https://app.example.com/login?sessionid=" + Redacted, Occurrences: 1, Secure: true,
			LifetimeSeconds: 400 * 24 * 3600, Clamped: true, Size: 8, Stored: true},
		{Name: "sessionid", Domain: "app.example.com", Path: "/", Class: ClassSession, SetBy: "header",
			URL: "https://app.example.com/account", Occurrences: 1, HostOnly: true, Deletion: true, Size: 9, Stored: true,
			Chromium: &evidence.CookieVerdict{Stored: true}},
		{Name: "theme", Domain: "unknown.invalid", Path: "/", Value: Redacted, Class: ClassTracking, SetBy: "script",
			Location: &Location{File: "app.js", Line: 1, Col: 1}, Occurrences: 1, HostOnly: true, Size: 10, Stored: true},
	}
	if len(out.SeenCookies) != len(want) {
		t.Fatalf("%d cookies seen, want %d: %+v", len(out.SeenCookies), len(want), out.SeenCookies)
	}
	for i, got := range out.SeenCookies {
		if !reflect.DeepEqual(got, want[i]) {
			t.Errorf("cookie %d:\n got %+v\nwant %+v", i, *got, *want[i])
		}
	}
	if out.SeenCookiesLeftOut != 0 {
		t.Errorf("%d cookies left out, want none", out.SeenCookiesLeftOut)
	}

	shown := Judge(ev, Options{Now: testNow, Rules: []*Rule{MissingSecure}, ShowValues: true})
	if s := shown.SeenCookies[0]; s.Value != "8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6" || s.URL != "https://app.example.com/login?sessionid=abc12345" {
		t.Errorf("with values shown: value %q, URL %q; want the first value and the URL as it was", s.Value, s.URL)
	}
}

func TestSeenCookiesPastTheBoundAreCountedOnce(t *testing.T) {
	ev := &evidence.Evidence{}
	for range 2 {
		for i := range MaxSeenCookies + 25 {
			ev.Responses = append(ev.Responses, &evidence.Response{
				URL: "https://app.example.com/", Status: 200, TLS: true, Header: http.Header{}, Entry: -1,
				SetCookie: []string{fmt.Sprintf("c%d=v; Path=/; Secure", i)},
			})
		}
	}
	out := Judge(ev, Options{Now: testNow, Rules: []*Rule{MissingSecure}})
	if len(out.SeenCookies) != MaxSeenCookies || out.SeenCookiesLeftOut != 25 {
		t.Errorf("%d cookies listed, %d left out; want %d and 25", len(out.SeenCookies), out.SeenCookiesLeftOut, MaxSeenCookies)
	}
	if c := out.SeenCookies[0]; c.Name != "c0" || c.Occurrences != 2 {
		t.Errorf("first cookie %s seen %d times, want c0 twice", c.Name, c.Occurrences)
	}
}
