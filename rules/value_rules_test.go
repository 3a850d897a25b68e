package rules

import (
	"net/http"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/token"
)

// flaskSecret is a Flask 2.2.2 session signed with "secret" (token/testdata/fixtures.json).
const flaskSecret = "eyJyb2xlIjoiYWRtaW4iLCJ1c2VyIjoiYWxpY2UifQ.awdASw.OOcvp96MwGYppfDgl0D8jFnypkg"

func TestAFindingKeepsEachDistinctSecretAcrossResponses(t *testing.T) {
	ev := &evidence.Evidence{}
	for _, v := range []string{flaskWeak, flaskSecret, flaskWeak} {
		ev.Responses = append(ev.Responses, &evidence.Response{URL: "https://app.example.com/", Status: 200, Header: http.Header{}, Entry: -1,
			SetCookie: []string{"session=" + v + "; Path=/; Secure; HttpOnly; SameSite=Lax"}})
	}
	for _, show := range []bool{false, true} {
		got := Run(ev, Options{Rules: []*Rule{WeakSigningSecret}, Now: testNow, ShowValues: show})
		if len(got) != 1 {
			t.Fatalf("got %d findings, want 1", len(got))
		}
		f := got[0]
		if len(f.Secrets) != 2 || !strings.Contains(f.Message, "2 distinct secrets") {
			t.Fatalf("ShowValues=%v: secrets %q, message %q", show, f.Secrets, f.Message)
		}
		shown := strings.Contains(strings.Join(f.Secrets, " ")+f.Message, `"dev"`)
		if shown != show {
			t.Errorf("ShowValues=%v: secret value in finding = %v: %q", show, shown, f.Secrets)
		}
		if !strings.Contains(f.Secrets[0], "Flask tutorial") || !strings.Contains(f.Secrets[1], "placeholder") {
			t.Errorf("sources %q", f.Secrets)
		}
	}
}

// flaskChangeme is a Flask session signed with "CHANGEME", a placeholder like "secret" (flaskSecret):
// itsdangerous "hmac" key derivation, SHA-1, timestamp 1700000000.
const flaskChangeme = "eyJ1c2VyIjoiYm9iIn0.ZVPxAA.wZCf_gUjGNQSAZ-Bu1XLv91L5dM"

func TestTwoSecretsFromOneSourceCountAsTwoWhenRedacted(t *testing.T) {
	ev := &evidence.Evidence{}
	for _, v := range []string{flaskSecret, flaskChangeme} {
		ev.Responses = append(ev.Responses, &evidence.Response{URL: "https://app.example.com/", Status: 200, Header: http.Header{}, Entry: -1,
			SetCookie: []string{"session=" + v + "; Path=/; Secure; HttpOnly; SameSite=Lax"}})
	}
	for _, show := range []bool{false, true} {
		got := Run(ev, Options{Rules: []*Rule{WeakSigningSecret}, Now: testNow, ShowValues: show})
		if len(got) != 1 || len(got[0].Secrets) != 2 || !strings.Contains(got[0].Message, "2 distinct secrets") {
			t.Fatalf("ShowValues=%v: %d findings, %v", show, len(got), got)
		}
		if shown := strings.Contains(got[0].Message, `"CHANGEME"`); shown != show {
			t.Errorf("ShowValues=%v: secret in message = %v: %q", show, shown, got[0].Message)
		}
	}
}

func TestValueRulesJudgeRejectedCookiesAndSaySo(t *testing.T) {
	ev := responses("https://app.example.com/", 1, "session="+flaskSecret+"; Path=/; HttpOnly; SameSite=None")
	got := Run(ev, Options{Rules: []*Rule{WeakSigningSecret, ClientSessionReadable}, Now: testNow})
	if len(got) != 2 {
		t.Fatalf("got %d findings, want weak-signing-secret and client-session-readable", len(got))
	}
	for _, f := range got {
		if !strings.Contains(f.Message, "browsers reject the cookie too") {
			t.Errorf("%s: message %q does not say browsers reject the cookie", f.Rule, f.Message)
		}
	}
}

func TestSignedValueIdentifiedGivesTheHashcatCommandRedactedUnlessAsked(t *testing.T) {
	ev := responses("https://app.example.com/", 1, "token="+jwtStrong+"; Path=/; Secure; HttpOnly; SameSite=Lax")
	hidden := Run(ev, Options{Rules: []*Rule{SignedValueIdentified}, Now: testNow})
	if len(hidden) != 1 || hidden[0].Severity != Info {
		t.Fatalf("got %v", hidden)
	}
	msg := hidden[0].Message
	if !strings.Contains(msg, "hashcat -m 16500 -a 0 '"+Redacted+"' wordlist.txt") || strings.Contains(msg, jwtStrong) {
		t.Errorf("message %q", msg)
	}
	shown := Run(ev, Options{Rules: []*Rule{SignedValueIdentified}, Now: testNow, ShowValues: true})
	if !strings.Contains(shown[0].Message, "hashcat -m 16500 -a 0 '"+jwtStrong+"' wordlist.txt") {
		t.Errorf("message with values %q", shown[0].Message)
	}
	// With its secret in the list, the value is no longer merely identified.
	flask := responses("https://app.example.com/", 1, "session="+flaskSecret+"; Path=/; Secure; HttpOnly; SameSite=Lax")
	for _, tt := range []struct {
		secrets []token.Secret
		want    string
	}{{[]token.Secret{{Value: "not-it"}}, SignedValueIdentified.ID}, {[]token.Secret{{Value: "secret"}}, WeakSigningSecret.ID}} {
		got := Run(flask, Options{Rules: []*Rule{SignedValueIdentified, WeakSigningSecret}, Now: testNow, Secrets: tt.secrets})
		if len(got) != 1 || got[0].Rule != tt.want {
			t.Errorf("secrets %q: got %v, want only %s", tt.secrets, got, tt.want)
		}
	}
}
