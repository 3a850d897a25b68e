package extract

import (
	"net/url"
	"reflect"
	"strings"
	"testing"
)

func TestFormsReadsFieldsAsABrowserSubmitsThem(t *testing.T) {
	page := `<base href="/app/">
<form id="search"><input name="q" value="x"></form>
<form method="POST" action="session?next=%2F">
  <input type="hidden" name="csrfmiddlewaretoken" value="tok&amp;1">
  <input name="username"><input type="password" name="password">
  <input type="checkbox" name="remember" value="yes" checked><input type="checkbox" name="spam">
  <input type="radio" name="lang" value="en"><input type="radio" name="lang" value="fr" checked>
  <select name="tz"><option>UTC<option value="cet" selected>CET</select>
  <textarea name="note">hi</textarea>
  <input name="off" disabled value="1"><input type="file" name="f">
  <button name="go" value="1">Sign in</button><input type="submit" name="alt" value="2">
</form>
<form method="dialog"><input name="d"></form>
<form method="post" action="/logout"><button>Log out</button></form>`
	forms, err := Forms([]byte(page), "http://app.example.test/login#top")
	if err != nil {
		t.Fatal(err)
	}
	if len(forms) != 3 {
		t.Fatalf("%d forms, want 3 (the dialog form submits nowhere): %+v", len(forms), forms)
	}
	if f := forms[0]; f.Method != "GET" || f.Action != "http://app.example.test/login" || f.Password {
		t.Errorf("search form %+v: no action submits to the page itself, not to the base", f)
	}
	login := forms[1]
	if login.Method != "POST" || login.Action != "http://app.example.test/app/session?next=%2F" || !login.Password || login.Logout {
		t.Errorf("login form %+v", login)
	}
	want := []Field{
		{"csrfmiddlewaretoken", "tok&1", "hidden"}, {"username", "", "text"}, {"password", "", "password"},
		{"remember", "yes", "checkbox"}, {"lang", "fr", "radio"}, {"tz", "cet", "select"}, {"note", "hi", "textarea"},
		{"go", "1", "submit"},
	}
	if !reflect.DeepEqual(login.Fields, want) {
		t.Errorf("fields\n got %+v\nwant %+v", login.Fields, want)
	}
	if !forms[2].Logout {
		t.Errorf("the logout form is not marked: %+v", forms[2])
	}
}

func TestFormsRejectsAPageURLThatIsNotHTTP(t *testing.T) {
	if _, err := Forms([]byte("<form></form>"), "file:///x"); err == nil {
		t.Error("no error for a file: page URL")
	}
}

// FuzzForms checks what holds for the forms of any page: within the caps,
// GET or POST, submitting to an absolute http(s) URL, with named fields.
func FuzzForms(f *testing.F) {
	for _, s := range []string{
		`<form method=post action=/login><input type=hidden name=csrf value=t><input type=password name=p></form>`,
		`<base href="https://other.test/x/"><form action="?a=b"><select name=s><option>1<option selected value=2></select></form>`,
		`<form><textarea name=t>` + strings.Repeat("x", 300) + `</textarea><button name=b>go</button><input type=submit name=s></form>`,
		`<form method=dialog><input name=d></form><form action="javascript:x()"></form>`,
		strings.Repeat(`<form><input name=a>`, 200),
		"\x00<form\x00 action=\"\x00\r\n\">\xff\xfe<input name=\xff>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		forms, err := Forms(data, "https://example.com/dir/page?q=1")
		if err != nil {
			t.Fatal(err)
		}
		if len(forms) > maxForms {
			t.Fatalf("%d forms", len(forms))
		}
		for _, form := range forms {
			if form.Method != "GET" && form.Method != "POST" {
				t.Fatalf("method %q", form.Method)
			}
			u, err := url.Parse(form.Action)
			if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.Fragment != "" {
				t.Fatalf("action %q", form.Action)
			}
			if len(form.Fields) > maxFields {
				t.Fatalf("%d fields", len(form.Fields))
			}
			for _, field := range form.Fields {
				if field.Name == "" {
					t.Fatalf("a field without a name: %+v", field)
				}
			}
		}
	})
}
