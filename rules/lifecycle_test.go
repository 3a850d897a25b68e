package rules_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/rules"
)

// judged runs every rule over the evidence and returns the findings by rule.
func judged(ev *evidence.Evidence) map[string][]*rules.Finding {
	by := map[string][]*rules.Finding{}
	for _, f := range rules.Run(ev, rules.Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}) {
		by[f.Rule] = append(by[f.Rule], f)
	}
	return by
}

func TestSessionSurvivesLogoutNamesAClientSideSession(t *testing.T) {
	for _, tc := range []struct {
		name, cookie, value, want string
	}{
		{"flask", "session", "eyJ1c2VyX2lkIjo0Mn0.aW4p8g.3mZ1r4Jq0nB6vKxV2cYpLd9sQeA", `"session" is a Flask session cookie, signed on the client, which the server cannot revoke`},
		{"opaque", "sessionid", "8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6", "the logout did not end the session on the server"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev := rules.Example{Session: &rules.SessionExample{Cookie: tc.cookie, Replayed: tc.value, StillLoggedIn: true}}.Evidence()
			ev.Lifecycle.Logout.Kept = append([]evidence.HeldCookie{{Name: "csrftoken", Value: "abc"}}, ev.Lifecycle.Logout.Kept...)
			got := judged(ev)["session-survives-logout"]
			if len(got) != 1 {
				t.Fatalf("%d findings, want 1", len(got))
			}
			f := got[0]
			if f.Cookie.Name != tc.cookie || !strings.Contains(f.Message, tc.want) || f.Confidence != rules.Certain || f.Severity != rules.High {
				t.Errorf("finding %s %s %s %q", f.Cookie.Name, f.Severity, f.Confidence, f.Message)
			}
			if strings.Contains(f.Message+f.Evidence, tc.value) || f.Cookie.Value != "" {
				t.Errorf("the cookie value is shown: %q %q", f.Message, f.Evidence)
			}
			if f.Evidence != "GET https://app.example.com/logout: 200; then GET https://app.example.com/account with csrftoken, "+tc.cookie+": 200 at https://app.example.com/account" {
				t.Errorf("evidence %q", f.Evidence)
			}
		})
	}
}

func TestSessionFixationSaysWhatWasProven(t *testing.T) {
	const id = "8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6"
	for _, tc := range []struct {
		name    string
		session *rules.SessionExample
		want    []string
	}{
		{"kept", &rules.SessionExample{Cookie: "PHPSESSID", Before: id, After: id}, []string{"keeps the value it had before the login at https://app.example.com/login"}},
		{"adopted", &rules.SessionExample{Cookie: "PHPSESSID", After: id, Planted: true}, []string{"adopts a client-chosen session ID"}},
		{"both", &rules.SessionExample{Cookie: "PHPSESSID", Before: id, After: id, Planted: true}, []string{"keeps the value", "; the server adopts a client-chosen session ID"}},
		{"renewed", &rules.SessionExample{Cookie: "PHPSESSID", Before: id, After: "1d9e7c3b5a8f2e4d6c0b9a7f5e3d1c2b"}, nil},
		{"not a session cookie", &rules.SessionExample{Cookie: "csrftoken", Before: id, After: id}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := judged(rules.Example{Session: tc.session}.Evidence())["session-fixation"]
			if len(got) != min(len(tc.want), 1) {
				t.Fatalf("%d findings, want %d", len(got), min(len(tc.want), 1))
			}
			for _, w := range tc.want {
				if !strings.Contains(got[0].Message, w) {
					t.Errorf("message %q does not say %q", got[0].Message, w)
				}
			}
			if len(got) > 0 && strings.Contains(got[0].Message+got[0].Evidence, id) {
				t.Errorf("the session ID is shown: %q", got[0].Message)
			}
		})
	}
}

// The logout rules infer from headers and scripts; the replay settles it.
func TestLogoutRulesFollowTheReplay(t *testing.T) {
	withReplay := func(stillLoggedIn bool) *evidence.Evidence {
		ev := rules.LogoutNotServerSide.Bad[0].Evidence()
		ev.Scripts = rules.LogoutInJS.Bad[0].Evidence().Scripts
		ev.Lifecycle = rules.Example{Session: &rules.SessionExample{Cookie: "sessionid", Replayed: "8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6", StillLoggedIn: stillLoggedIn}}.Evidence().Lifecycle
		return ev
	}
	noReplay := withReplay(false)
	noReplay.Lifecycle = nil
	for _, tc := range []struct {
		name string
		ev   *evidence.Evidence
		want rules.Confidence // "" for no finding
	}{
		{"no replay", noReplay, rules.Firm},
		{"the replay was still logged in", withReplay(true), rules.Certain},
		{"the replay was logged out", withReplay(false), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			by := judged(tc.ev)
			for _, rule := range []string{"logout-not-server-side", "logout-in-js"} {
				got := by[rule]
				switch {
				case tc.want == "" && len(got) > 0:
					t.Errorf("%s reported although the replay shows the session ended", rule)
				case tc.want != "" && (len(got) != 1 || got[0].Confidence != tc.want):
					t.Errorf("%s: %d findings, want one that is %s", rule, len(got), tc.want)
				}
			}
		})
	}
}
