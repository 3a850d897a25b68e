package rules_test

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/token"
)

// namedValue is a cookie value, with the cookies set beside it.
type namedValue struct {
	Name, Value string
	Siblings    map[string]string
}

// TestMessagesNameFormatsAsPeopleSayThem judges each value of the token
// fixtures, a companion-HMAC pair and credentials in JSON, and checks that
// every message naming the value's format names it by its phrase ("a
// Flask session cookie"), never by its ID ("a flask").
func TestMessagesNameFormatsAsPeopleSayThem(t *testing.T) {
	raw, err := os.ReadFile("../token/testdata/fixtures.json")
	if err != nil {
		t.Fatal(err)
	}
	var values []namedValue
	if err := json.Unmarshal(raw, &values); err != nil {
		t.Fatal(err)
	}
	b64 := base64.StdEncoding.EncodeToString
	values = append(values,
		companionPair,
		namedValue{Name: "prefs", Value: b64([]byte(`{"user":"alice","password":"hunter2"}`))},
		namedValue{Name: "prefs", Value: `{"user":"alice","password":"hunter2"}`},
	)
	naming := map[string]bool{"weak-signing-secret": true, "client-session-readable": true, "credential-in-cookie": true}
	named := map[string]bool{} // rules seen naming a format
	for _, v := range values {
		format := token.Recognise(v.Name, v.Value, v.Siblings).Format
		id := regexp.MustCompile(`(^|\s)(a|an|is|holds) ` + regexp.QuoteMeta(string(format)) + `([\s,.:;)]|$)`)
		for _, f := range v.judge() {
			if id.MatchString(f.Message) {
				t.Errorf("%s names the format by its ID: %q", f.Rule, f.Message)
			}
			if naming[f.Rule] && f.Cookie != nil && f.Cookie.Name == v.Name {
				named[f.Rule] = true
				if !strings.Contains(f.Message, "is "+format.Phrase()+" ") {
					t.Errorf("%s does not say %q: %q", f.Rule, "is "+format.Phrase(), f.Message)
				}
			}
		}
	}
	for rule := range naming {
		if !named[rule] {
			t.Errorf("no value made %s name its format", rule)
		}
	}
}

func TestMessagesReadNaturally(t *testing.T) {
	for _, tc := range []struct {
		value namedValue
		want  string
	}{
		{namedValue{Name: "session", Value: "eyJyb2xlIjoiYWRtaW4iLCJ1c2VyIjoiYWxpY2UifQ.awdASw.hDqjgIPwSNk7Hlu7bLaZVT8cT14"},
			`cookie "session" is a Flask session cookie signed with a known or weak secret`},
		{companionPair, `cookie "account" is a value with its HMAC in a companion cookie signed with a known or weak secret`},
		{namedValue{Name: "prefs", Value: base64.StdEncoding.EncodeToString([]byte(`{"user":"alice","password":"hunter2"}`))},
			`cookie "prefs" is a base64-encoded JSON value holding a credential (password)`},
	} {
		var messages []string
		for _, f := range tc.value.judge() {
			messages = append(messages, f.Message)
		}
		if !strings.Contains(strings.Join(messages, "\n"), tc.want) {
			t.Errorf("no message says %q:\n%s", tc.want, strings.Join(messages, "\n"))
		}
	}
}

// companionPair is "alice" with its HMAC-SHA256 keyed with "secret" in a
// companion cookie (testdata/weak-signing-secret/companion.http).
var companionPair = namedValue{Name: "account", Value: "alice",
	Siblings: map[string]string{"ssid": "4360c67bc81025114044578d7c4e8e0f02fd0cae99f22d603390e8f9dc9888f8"}}

// judge runs every rule on a response setting the value and its siblings.
func (v namedValue) judge() []*rules.Finding {
	lines := []string{v.Name + "=" + v.Value + "; Path=/; Secure; HttpOnly; SameSite=Lax"}
	for name, value := range v.Siblings {
		lines = append(lines, name+"="+value+"; Path=/; Secure; HttpOnly; SameSite=Lax")
	}
	ev := &evidence.Evidence{Responses: []*evidence.Response{{URL: "https://app.example.com/", Status: 200,
		Header: http.Header{}, Entry: -1, SetCookie: lines}}}
	return rules.Run(ev, rules.Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)})
}
