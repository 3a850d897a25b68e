//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/scanner"
)

// scanApp is a real server that `cookiescan scan` crawls, and what it must report.
type scanApp struct {
	start func(t *testing.T, port int) // skips the test when the server is not installed
	// session is the session cookie; login is a path whose redirect sets it again.
	session, login string
	want           []rsFinding
	// keepsSession is set for a site whose logout leaves the session cookie in place.
	keepsSession bool
}

// startPythonApp starts app.py of a directory under testdata/servers with
// Debian's Python, skipping when it cannot import module.
func startPythonApp(t *testing.T, dir, module string, port int) {
	const python = "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import "+module).Run(); err != nil {
		t.Skipf("%s not installed for %s: apt-get install python3-%s", module, python, module)
	}
	dir, _ = filepath.Abs(filepath.Join(rsServersDir, dir))
	cmd := exec.Command(python, filepath.Join(dir, "app.py"), strconv.Itoa(port))
	cmd.Env = append(rsEnv("PYTHONPATH", "PYTHONHOME", "FLASK_*", "DJANGO_*"), "PYTHONDONTWRITEBYTECODE=1")
	rsStart(t, cmd, port)
}

// startPHPApp serves a directory under testdata/servers with PHP's
// built-in server, without php.ini (-n): PHP's own defaults, sessions in a
// temporary directory.
func startPHPApp(t *testing.T, dir string, port int) {
	php, err := exec.LookPath("php")
	if err != nil {
		t.Skip("php not installed: apt-get install php-cli")
	}
	dir, _ = filepath.Abs(filepath.Join(rsServersDir, dir))
	cmd := exec.Command(php, "-n", "-d", "session.save_path="+t.TempDir(), "-S", "127.0.0.1:"+strconv.Itoa(port), "-t", dir)
	cmd.Env = rsEnv("PHP_CLI_SERVER_WORKERS", "PHPRC", "PHP_INI_SCAN_DIR")
	rsStart(t, cmd, port)
}

// startExpressApp runs a script of the Express app's directory with node.
func startExpressApp(t *testing.T, script string, port int, args ...string) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	dir, _ := filepath.Abs(filepath.Join(rsServersDir, "express"))
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "express-session")); err != nil {
		t.Skip("express-session not installed: run npm ci in testdata/servers/express")
	}
	cmd := exec.Command(node, append([]string{script, strconv.Itoa(port)}, args...)...)
	cmd.Dir = dir
	rsStart(t, cmd, port)
}

var scanApps = map[string]scanApp{
	"php": {
		start:   func(t *testing.T, port int) { startPHPApp(t, "php", port) },
		session: "PHPSESSID", login: "/login.php",
		want: []rsFinding{{"missing-httponly", "PHPSESSID", "medium"}, {"missing-secure", "PHPSESSID", "medium"}, {"samesite-missing", "PHPSESSID", "low"}},
	},
	"flask": {
		start:   func(t *testing.T, port int) { startPythonApp(t, "flask", "flask", port) },
		session: "session", login: "/login",
		// Flask's session is signed, not encrypted: anyone can read it. Its
		// secret is random, so the value is only identified.
		want: []rsFinding{{"client-session-readable", "session", "medium"}, {"missing-secure", "session", "medium"}, {"samesite-missing", "session", "low"},
			{"signed-value-identified", "session", "info"}},
	},
	"express": {
		start:   func(t *testing.T, port int) { startExpressApp(t, "app.js", port) },
		session: "connect.sid", login: "/login",
		want: []rsFinding{{"missing-secure", "connect.sid", "medium"}, {"samesite-missing", "connect.sid", "low"}, {"signed-value-identified", "connect.sid", "info"}},
	},
	// The logout page deletes Flask's HttpOnly session cookie in script, which
	// the browser ignores, and the server never clears the session.
	"flask-jslogout": {
		start:   func(t *testing.T, port int) { startPythonApp(t, "flask-jslogout", "flask", port) },
		session: "session", keepsSession: true,
		want: []rsFinding{
			{"logout-in-js", "session", "high"}, {"logout-not-server-side", "session", "high"},
			{"client-session-readable", "session", "medium"}, {"missing-secure", "session", "medium"}, {"samesite-missing", "session", "low"},
			{"signed-value-identified", "session", "info"},
		},
	},
	// Django logs out on the server and its pages read csrftoken by design:
	// neither logout rule nor js-reads-auth-cookie may fire.
	"django": {
		start:   func(t *testing.T, port int) { startPythonApp(t, "django", "django", port) },
		session: "sessionid", login: "/login",
		want: []rsFinding{
			{"client-session-readable", "sessionid", "medium"}, {"missing-secure", "sessionid", "medium"},
			{"long-lived-session", "sessionid", "low"}, {"missing-secure", "csrftoken", "low"},
			{"signed-value-identified", "sessionid", "info"},
		},
	},
}

// TestScanRealServers crawls PHP's built-in server, a Flask app and an
// Express app with express-session, and checks that the scan finds every
// cookie they set, redirect hops and the logout probe included, with exactly
// the findings their default session cookies deserve.
func TestScanRealServers(t *testing.T) {
	for _, name := range []string{"php", "flask", "express", "flask-jslogout", "django"} {
		app := scanApps[name]
		t.Run(name, func(t *testing.T) {
			port := rsFreePort(t)
			app.start(t, port)
			base := "http://127.0.0.1:" + strconv.Itoa(port)

			var stdout, stderr bytes.Buffer
			code := run(t.Context(), []string{"scan", "--format", "json", "--fail-on", "medium", base + "/"}, &stdout, &stderr)
			if code != 1 {
				t.Errorf("exit %d with --fail-on medium, want 1; stderr: %s", code, stderr.String())
			}
			var rep struct {
				Errors   []string
				Findings []struct {
					Rule, Severity string
					Cookie         struct{ Name, Value string }
					URLs           []string
				}
			}
			if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
				t.Fatalf("report: %v\n%s", err, stdout.String())
			}
			var got []rsFinding
			for _, f := range rep.Findings {
				got = append(got, rsFinding{f.Rule, f.Cookie.Name, f.Severity})
				if f.Cookie.Value != "" && f.Cookie.Value != "[redacted]" {
					t.Errorf("%s: value not redacted", f.Rule)
				}
				if app.login != "" && f.Cookie.Name == app.session && f.Rule != "logout-not-server-side" && !slices.Contains(f.URLs, base+app.login) {
					t.Errorf("%s: the cookie set on the %s redirect was not seen (urls %v)", f.Rule, app.login, f.URLs)
				}
			}
			if !slices.EqualFunc(got, app.want, func(a, b rsFinding) bool { return a == b }) {
				t.Errorf("findings:\n got %v\nwant %v", got, app.want)
			}

			// The logout link is requested once, last, and its deletion recorded.
			ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
			defer cancel()
			ev, err := scanner.Crawl(ctx, scanner.CrawlConfig{Targets: []string{base + "/"}, LogoutProbe: true})
			if err != nil {
				t.Fatal(err)
			}
			last := ev.Responses[len(ev.Responses)-1]
			if !last.Logout || !strings.Contains(last.URL, "logout") {
				t.Fatalf("the last response is %s (logout %v), want the logout probe", last.URL, last.Logout)
			}
			deleted := false
			for _, sc := range last.SetCookie {
				deleted = deleted || strings.HasPrefix(sc, app.session+"=")
			}
			if deleted == app.keepsSession {
				t.Errorf("the logout response %v: deletes %s %v, want %v", last.SetCookie, app.session, deleted, !app.keepsSession)
			}
			for _, r := range ev.Responses[:len(ev.Responses)-1] {
				if strings.Contains(r.URL, "logout") {
					t.Errorf("%s was requested during the crawl", r.URL)
				}
			}
		})
	}
}
