package rules_test

import (
	"path/filepath"
	"testing"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// logoutHandler deletes the session cookie in one file of a tree, with no
// request to the server anywhere in its flow.
const logoutHandler = `import { clearSession } from "../utils/session";
export function logout() {
  clearSession();
  window.location.href = "/login";
}
`

const sessionModule = `export function clearSession() {
  document.cookie = "sessionid=; max-age=0; path=/";
}
`

// harSetting is a HAR capture of a login answered with the Set-Cookie line.
func harSetting(line string) string {
	return `{"log": {"version": "1.2", "creator": {"name": "test", "version": "1"}, "entries": [{
  "startedDateTime": "2026-06-01T12:00:00.000Z", "time": 1,
  "request": {"method": "POST", "url": "https://app.example.com/login", "httpVersion": "HTTP/1.1",
    "cookies": [], "headers": [], "queryString": [], "headersSize": -1, "bodySize": 0},
  "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
    "cookies": [{"name": "sessionid", "value": "x"}],
    "headers": [{"name": "Set-Cookie", "value": "` + line + `"}],
    "content": {"size": 0, "mimeType": "text/html"}, "redirectURL": "", "headersSize": -1, "bodySize": 0},
  "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0}}]}}`
}

func TestLogoutInJSIsHighWhenACaptureOfTheTreeSetsTheCookieHttpOnly(t *testing.T) {
	const session = "sessionid=q8Xv2LrT0bN5kZ7mWc3YhJ9sF1dGe6Ru4pAiQoKtVxw; Path=/; Secure; SameSite=Lax"
	for _, c := range []struct {
		sentence string
		capture  map[string]string
		want     rules.Severity
	}{
		{"a response dump setting it HttpOnly makes it high", map[string]string{
			"captures/login.http": "HTTP/1.1 200 OK\nSet-Cookie: " + session + "; HttpOnly\n\n"}, rules.High},
		{"a HAR capture setting it HttpOnly makes it high", map[string]string{
			"captures/login.har": harSetting(session + "; HttpOnly")}, rules.High},
		{"a response dump setting it without HttpOnly leaves it medium", map[string]string{
			"captures/login.http": "HTTP/1.1 200 OK\nSet-Cookie: " + session + "\n\n"}, rules.Medium},
		{"HttpOnly on another cookie leaves it medium", map[string]string{
			"captures/login.http": "HTTP/1.1 200 OK\nSet-Cookie: csrftoken=abc; Path=/; HttpOnly\n\n"}, rules.Medium},
		{"no capture at all leaves it medium", nil, rules.Medium},
	} {
		dir := t.TempDir()
		files := map[string]string{"src/components/Navbar.js": logoutHandler, "src/utils/session.js": sessionModule}
		for name, content := range c.capture {
			files[name] = content
		}
		for name, content := range files {
			writeFile(t, dir, name, content)
		}
		ev := scanner.LoadFiles(t.Context(), []string{dir}, scanner.LoadOptions{})
		if len(ev.Errors) > 0 {
			t.Fatalf("%s: %v", c.sentence, ev.Errors[0])
		}
		var found []*rules.Finding
		for _, f := range rules.Run(ev, rules.Options{Now: fixtureNow}) {
			if f.Rule == rules.LogoutInJS.ID {
				found = append(found, f)
			}
		}
		if len(found) != 1 || found[0].Cookie == nil || found[0].Cookie.Name != "sessionid" {
			t.Errorf("%s: logout-in-js findings %v", c.sentence, found)
			continue
		}
		if found[0].Severity != c.want {
			t.Errorf("%s: severity %v, want %v (%s)", c.sentence, found[0].Severity, c.want, found[0].Message)
		}
		if l := found[0].Location; l == nil || filepath.Base(l.File) != "session.js" || l.Line != 2 {
			t.Errorf("%s: reported at %+v, want session.js line 2", c.sentence, l)
		}
	}
}
