//go:build unix

package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// rsPassword is the test-only password of every login app.
const rsPassword = "correct horse battery staple"

// loginApp is a real server with a login, and what its session does.
type loginApp struct {
	start     func(t *testing.T, port int) // skips the test when the server is not installed
	loginPath string
	// session is the session cookie's name; preLogin is set when a visitor
	// holds it before logging in.
	session  string
	preLogin bool
	// renewed: the login issues a new session ID; adopted: the server
	// keeps a session ID the client made up; survives: the session cookie
	// taken before the logout still logs in after it.
	renewed, adopted, survives bool
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

// startExpressLogin starts the Express login app in the given mode.
func startExpressLogin(t *testing.T, mode string, port int) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	dir, _ := filepath.Abs(filepath.Join(rsServersDir, "express"))
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "express-session")); err != nil {
		t.Skip("express-session not installed: run npm ci in testdata/servers/express")
	}
	cmd := exec.Command(node, "login.js", strconv.Itoa(port), mode)
	cmd.Dir = dir
	rsStart(t, cmd, port)
}

var loginApps = map[string]loginApp{
	// A signed client-side session: nothing to fix before login, and
	// nothing the server can revoke at logout.
	"flask": {
		start:     func(t *testing.T, port int) { startPythonApp(t, "flask-login", "flask", port) },
		loginPath: "/login", session: "session", renewed: true, survives: true,
	},
	// django.contrib.auth rotates the key at login and flushes the session at logout.
	"django": {
		start:     func(t *testing.T, port int) { startPythonApp(t, "django-auth", "django", port) },
		loginPath: "/login", session: "sessionid", renewed: true,
	},
	// session_start() before login, no session_regenerate_id(), PHP's
	// default use_strict_mode=0; session_destroy() at logout.
	"php": {
		start: func(t *testing.T, port int) {
			php, err := exec.LookPath("php")
			if err != nil {
				t.Skip("php not installed: apt-get install php-cli")
			}
			dir, _ := filepath.Abs(filepath.Join(rsServersDir, "php-login"))
			cmd := exec.Command(php, "-n", "-d", "session.save_path="+t.TempDir(), "-S", "127.0.0.1:"+strconv.Itoa(port), "-t", dir)
			cmd.Env = rsEnv("PHP_CLI_SERVER_WORKERS", "PHPRC", "PHP_INI_SCAN_DIR")
			rsStart(t, cmd, port)
		},
		loginPath: "/login.php", session: "PHPSESSID", preLogin: true, adopted: true,
	},
	"express-keep": {
		start:     func(t *testing.T, port int) { startExpressLogin(t, "keep", port) },
		loginPath: "/login", session: "connect.sid", preLogin: true,
	},
	"express-regenerate": {
		start:     func(t *testing.T, port int) { startExpressLogin(t, "regenerate", port) },
		loginPath: "/login", session: "connect.sid", preLogin: true, renewed: true,
	},
}

// TestScanLoginRealServers logs in to real apps and checks what the
// session-lifecycle probes see of their sessions.
func TestScanLoginRealServers(t *testing.T) {
	for _, name := range []string{"flask", "django", "php", "express-keep", "express-regenerate"} {
		app := loginApps[name]
		t.Run(name, func(t *testing.T) {
			port := rsFreePort(t)
			app.start(t, port)
			base := "http://127.0.0.1:" + strconv.Itoa(port)
			ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
			defer cancel()
			classifier, _ := rules.NewClassifier(nil)
			ev, err := scanner.Crawl(ctx, scanner.CrawlConfig{
				Targets: []string{base + "/"}, LogoutProbe: true,
				Login: &scanner.LoginConfig{
					URL: base + app.loginPath, Data: "username=alice&password=" + rsPassword, Lifecycle: true,
					SessionCookie: func(name, value string) bool { return classifier.Classify(name, value) == rules.ClassSession },
				},
			})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range ev.Errors {
				t.Errorf("error line: %v", e)
			}
			lc := ev.Lifecycle
			if !lc.Login.LoggedIn || !lc.Login.Form {
				t.Fatalf("login %+v", lc.Login)
			}
			if lc.Fixation == nil || lc.Logout == nil {
				t.Fatalf("probes missing: %+v", lc)
			}
			before, after := heldValue(lc.Fixation.Before, app.session), heldValue(lc.Fixation.After, app.session)
			if (before != "") != app.preLogin || after == "" || app.preLogin && (before != after) != app.renewed {
				t.Errorf("%s before login %q, after %q: want held before %v, renewed %v", app.session, before, after, app.preLogin, app.renewed)
			}
			if p := lc.Planted; p == nil || p.Cookie.Name != app.session || p.Kept != app.adopted {
				t.Errorf("planted probe %+v: want %s planted, kept %v", p, app.session, app.adopted)
			}
			if lc.Logout.StillLoggedIn != app.survives {
				t.Errorf("logout replay %+v: want still logged in %v", lc.Logout, app.survives)
			}
		})
	}
}

func heldValue(held []evidence.HeldCookie, name string) string {
	for _, h := range held {
		if h.Name == name {
			return h.Value
		}
	}
	return ""
}
