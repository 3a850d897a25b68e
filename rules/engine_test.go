package rules

import (
	"net/http"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
)

func responses(url string, pages int, setCookie ...string) *evidence.Evidence {
	ev := &evidence.Evidence{}
	for i := range pages {
		ev.Responses = append(ev.Responses, &evidence.Response{
			URL: url + "page" + string(rune('a'+i%26)), Status: 200, Header: http.Header{}, SetCookie: setCookie, Entry: -1,
		})
	}
	return ev
}

func TestTheSameFindingOnManyPagesIsOneFindingWithACount(t *testing.T) {
	ev := responses("https://app.example.com/", 30, "sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; SameSite=Lax")
	got := Run(ev, Options{Rules: []*Rule{MissingHTTPOnly}, Now: testNow})
	if len(got) != 1 {
		t.Fatalf("got %d findings, want 1", len(got))
	}
	f := got[0]
	if f.Occurrences != 30 || len(f.URLs) != 5 {
		t.Errorf("occurrences %d, %d URLs; want 30 and 5", f.Occurrences, len(f.URLs))
	}
}

func TestValuesAreRedactedUnlessAskedFor(t *testing.T) {
	ev := responses("https://app.example.com/", 1, "sessionid=SECRETVALUE123; Path=/")
	for _, show := range []bool{false, true} {
		got := Run(ev, Options{Rules: []*Rule{MissingHTTPOnly}, Now: testNow, ShowValues: show})
		f := got[0]
		leaked := strings.Contains(f.Cookie.Value+f.Evidence+f.Message, "SECRETVALUE123")
		if leaked != show {
			t.Errorf("ShowValues=%v: value in finding = %v (%q, %q)", show, leaked, f.Cookie.Value, f.Evidence)
		}
	}
}

func TestFingerprintIgnoresTheValue(t *testing.T) {
	a := Run(responses("https://app.example.com/", 1, "sessionid=one; Path=/"), Options{Rules: []*Rule{MissingHTTPOnly}, Now: testNow})
	b := Run(responses("https://app.example.com/", 1, "sessionid=two; Path=/"), Options{Rules: []*Rule{MissingHTTPOnly}, Now: testNow})
	c := Run(responses("https://other.example.com/", 1, "sessionid=two; Path=/"), Options{Rules: []*Rule{MissingHTTPOnly}, Now: testNow})
	if a[0].Fingerprint != b[0].Fingerprint {
		t.Error("the fingerprint changed with the cookie value")
	}
	if a[0].Fingerprint == c[0].Fingerprint {
		t.Error("the fingerprint is the same on another host")
	}
	if len(a[0].Fingerprint) != 32 {
		t.Errorf("fingerprint %q is not 32 hex digits", a[0].Fingerprint)
	}
}

func TestDeletionsAreNeverFlaggedForMissingFlags(t *testing.T) {
	for _, del := range []string{
		"sessionid=; Path=/; Max-Age=0",
		"sessionid=; Path=/; Max-Age=-1",
		"sessionid=deleted; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
	} {
		got := Run(responses("https://app.example.com/", 1, del), Options{Now: testNow})
		for _, f := range got {
			t.Errorf("%q: %s fired: %s", del, f.Rule, f.Message)
		}
	}
}

func TestFindingsAreSortedMostSevereFirst(t *testing.T) {
	ev := responses("http://app.example.com/", 1, "role=admin", "theme=dark", "sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6")
	got := Run(ev, Options{Now: testNow})
	for i := 1; i < len(got); i++ {
		if got[i].Severity > got[i-1].Severity {
			t.Fatalf("%s (%s) after %s (%s)", got[i].Rule, got[i].Severity, got[i-1].Rule, got[i-1].Severity)
		}
	}
	if got[0].Rule != UnsignedAuthValue.ID {
		t.Errorf("first finding %s, want unsigned-auth-value", got[0].Rule)
	}
}

func TestReportfUsesTheRulesSeverityAndADiagnosticCanSayOtherwise(t *testing.T) {
	rule := &Rule{ID: "test-rule", Title: "t", Severity: Medium, Check: func(p *Pass) {
		r := p.Site.Responses[0]
		p.Reportf(r, "response %s", r.URL)
		p.Report(Diagnostic{At: ResponseCookie{r, "sid"}, Severity: High, Message: "named", Evidence: "Location: /x"})
	}}
	got := Run(responses("https://app.example.com/", 1), Options{Rules: []*Rule{rule}, Now: testNow})
	if len(got) != 2 {
		t.Fatalf("got %d findings, want 2", len(got))
	}
	named, whole := got[0], got[1]
	if whole.Severity != Medium || whole.Message != "response https://app.example.com/pagea" || whole.Cookie != nil {
		t.Errorf("Reportf gave %s %q cookie %v", whole.Severity, whole.Message, whole.Cookie)
	}
	if named.Severity != High || named.Evidence != "Location: /x" || named.Cookie == nil || named.Cookie.Name != "sid" || named.Cookie.Domain != "app.example.com" {
		t.Errorf("Report gave %s evidence %q cookie %+v", named.Severity, named.Evidence, named.Cookie)
	}
}
