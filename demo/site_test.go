package demo

import (
	"context"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// TestDemoShowsEveryRuleFamilyAndNothingElse scans the demo site and checks
// the exact findings: each cookie on it breaks the rules named beside it,
// and no rule fires by accident.
func TestDemoShowsEveryRuleFamilyAndNothingElse(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ev, err := scanner.Crawl(ctx, CrawlConfig(srv.URL+"/"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range rules.Run(ev, rules.Options{Now: time.Now()}) {
		got = append(got, f.Severity.String()+" "+f.Rule+" "+f.Cookie.Name)
		switch f.Rule {
		case "session-fixation":
			if !strings.Contains(f.Message, "keeps the value it had before the login") || !strings.Contains(f.Message, "adopts a client-chosen session ID") {
				t.Errorf("session-fixation should say the ID is both kept and adopted: %s", f.Message)
			}
		case "session-survives-logout":
			if !strings.Contains(f.Message, "is a Flask session cookie, signed on the client") {
				t.Errorf("session-survives-logout should name the client-side format: %s", f.Message)
			}
		case "logout-in-js", "logout-not-server-side":
			if f.Confidence != rules.Certain {
				t.Errorf("%s %s is %s: the logout replay proved it", f.Rule, f.Cookie.Name, f.Confidence)
			}
		}
	}
	want := []string{
		"critical weak-signing-secret flask_session",
		"high client-session-readable flask_session",
		"high client-session-readable jwt",
		"high jwt-alg-none jwt",
		"high logout-in-js sessionid",
		"high logout-not-server-side PHPSESSID",
		"high logout-not-server-side flask_session",
		"high logout-not-server-side jwt",
		"high logout-not-server-side remember_token",
		"high logout-not-server-side sessionid",
		"high logout-not-server-side shop_session",
		"high low-entropy-session-id PHPSESSID",
		"high session-fixation shop_session",
		"high session-survives-logout flask_session",
		"high unsigned-auth-value role",
		"medium deletion-mismatch theme",
		"medium invalid-prefix __Host-prefs",
		"medium js-sets-auth-cookie auth_token",
		"medium long-lived-session remember_token",
		"medium missing-httponly PHPSESSID",
		"medium missing-secure PHPSESSID",
		"medium missing-secure auth_token",
		"medium missing-secure sessionid",
		"medium oversize-cookie recent",
		"medium samesite-none-insecure widget_state",
		"medium sensitive-data-in-cookie BIGipServerpool_web",
		"medium session-id-in-url PHPSESSID",
		"low js-reads-auth-cookie sessionid",
		"low jwt-no-expiry jwt",
		"low malformed-cookie cart",
		"low samesite-invalid lang",
		"low samesite-missing PHPSESSID",
		"low samesite-missing auth_token",
		"low samesite-missing sessionid",
		"info expiry-over-400-days remember_token",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
