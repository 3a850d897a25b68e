package scanner

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/scanner/extract"
	"github.com/cookiescan/cookiescan/setcookie"
)

// probeLifecycle runs the session-lifecycle probes, each in a fresh client
// of its own, and keeps what they saw in Evidence.Lifecycle. A probe that
// cannot run leaves an error line naming the login URL.
func (c *crawler) probeLifecycle(ctx context.Context) {
	lc := c.ev.Lifecycle
	probes := []func(context.Context, *evidence.Lifecycle) error{c.probeFixation, c.probePlanted, c.probeLogout}
	for _, probe := range probes {
		if ctx.Err() != nil {
			return
		}
		if err := c.runProbe(ctx, probe, lc); err != nil && ctx.Err() == nil {
			c.ev.Errors = append(c.ev.Errors, &evidence.TargetError{Target: c.loginKey, Err: err})
		}
	}
}

// runProbe runs one probe, turning a panic on a hostile page into its error.
func (c *crawler) runProbe(ctx context.Context, probe func(context.Context, *evidence.Lifecycle) error, lc *evidence.Lifecycle) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
	}()
	return probe(ctx, lc)
}

// freshClient is a client with an empty jar.
func (c *crawler) freshClient() *crawlFetcher {
	return c.f.client(setcookie.NewJar(c.cfg.Now))
}

// probeLogin logs a probe's client in, failing when it does not succeed.
func (c *crawler) probeLogin(ctx context.Context, what string, f *crawlFetcher) (*loginRun, error) {
	run := c.logIn(ctx, f, &crawlResult{})
	switch {
	case run.err != nil:
		return nil, fmt.Errorf("%s: %w", what, run.err)
	case !run.login.LoggedIn:
		return nil, fmt.Errorf("%s: the login did not succeed: %s", what, run.login.Why)
	}
	return run, nil
}

// probeFixation logs in and notes the cookies held before and after.
func (c *crawler) probeFixation(ctx context.Context, lc *evidence.Lifecycle) error {
	f := c.freshClient()
	run, err := c.probeLogin(ctx, "fixation probe", f)
	if err != nil {
		return err
	}
	lc.Fixation = &evidence.FixationProbe{Login: run.login, Before: run.before, After: heldCookies(f.jar, run.check)}
	return nil
}

// probePlanted sets the session cookie to a random value before logging
// in, and notes whether the logged-in client still holds that value. The
// session cookie is the first SessionCookie picks among those the fixation
// probe held before its login, then after.
func (c *crawler) probePlanted(ctx context.Context, lc *evidence.Lifecycle) error {
	pick := c.cfg.Login.SessionCookie
	if pick == nil || lc.Fixation == nil {
		return nil
	}
	name := ""
	for _, held := range append(append([]evidence.HeldCookie(nil), lc.Fixation.Before...), lc.Fixation.After...) {
		if pick(held.Name, held.Value) {
			name = held.Name
			break
		}
	}
	if name == "" {
		return nil
	}
	var id [16]byte
	rand.Read(id[:]) // never fails (crypto/rand)
	planted := evidence.HeldCookie{Name: name, Value: hex.EncodeToString(id[:])}
	f := c.freshClient()
	site, err := url.Parse(c.loginKey)
	if err != nil {
		return err
	}
	attrs := "; Path=/"
	if site.Scheme == "https" {
		attrs += "; Secure"
	}
	f.jar.SetCookie(site, planted.Name+"="+planted.Value+attrs)
	run, err := c.probeLogin(ctx, "planted session ID probe", f)
	if err != nil {
		return err
	}
	kept := false
	for _, held := range heldCookies(f.jar, run.check) {
		kept = kept || held == planted
	}
	lc.Planted = &evidence.PlantedProbe{Login: run.login, Cookie: planted, Kept: kept}
	return nil
}

// probeLogout logs in, keeps the cookies, logs out, then sends the kept
// cookies to the check page in a client of their own.
func (c *crawler) probeLogout(ctx context.Context, lc *evidence.Lifecycle) error {
	f := c.freshClient()
	run, err := c.probeLogin(ctx, "logout probe", f)
	if err != nil {
		return err
	}
	kept := heldCookies(f.jar, run.check)
	header := f.jar.CookieHeader(run.check, setcookie.SameSiteRequest)
	if header == "" {
		return nil // the session is not held in cookies
	}
	replay := &evidence.LogoutReplay{Login: run.login, Kept: kept, Check: run.login.Check}
	out, err := c.logOut(ctx, f, replay)
	if err != nil {
		return fmt.Errorf("logout probe: %w", err)
	}
	replay.Status = out.status
	r := c.freshClient()
	r.replay = header
	view, err := r.get(ctx, run.checkKey, &crawlResult{})
	if err != nil {
		return fmt.Errorf("logout probe: replay: %w", err)
	}
	replay.ReplayStatus, replay.ReplayLanded = view.status, view.shown
	if replay.StillLoggedIn, _, err = c.loggedIn(ctx, view, run.checkKey); err != nil {
		return fmt.Errorf("logout probe: replay: %w", err)
	}
	lc.Logout = replay
	return nil
}

// logOut sends the site's logout for client f: LogoutURL when given (a
// GET, or a POST when the GET is answered 405 Method Not Allowed), else
// the first logout link the crawl found, else its first logout form,
// submitted as the page gives it.
func (c *crawler) logOut(ctx context.Context, f *crawlFetcher, replay *evidence.LogoutReplay) (*answer, error) {
	get := func(key string) (*answer, error) {
		replay.Method, replay.URL = http.MethodGet, key
		return f.follow(ctx, request{method: http.MethodGet, key: key, logout: true}, &crawlResult{})
	}
	switch {
	case c.cfg.Login.LogoutURL != "":
		key := mustNormalise(c.cfg.Login.LogoutURL)
		a, err := get(key)
		if err != nil || a.status != http.StatusMethodNotAllowed {
			return a, err
		}
		replay.Method = http.MethodPost
		return f.follow(ctx, request{method: http.MethodPost, key: key, body: []byte{}, contentType: "application/x-www-form-urlencoded", logout: true}, &crawlResult{})
	case len(c.logouts) > 0:
		return get(c.logouts[0].key)
	case len(c.logoutFormPages) > 0:
		return c.submitLogoutForm(ctx, f, c.logoutFormPages[0], replay)
	}
	return nil, errors.New("no logout link or form found: give the logout URL")
}

// submitLogoutForm fetches the page of a logout form and submits the form
// with the values the page gives its fields (a CSRF token among them).
func (c *crawler) submitLogoutForm(ctx context.Context, f *crawlFetcher, lf logoutForm, replay *evidence.LogoutReplay) (*answer, error) {
	page, err := f.get(ctx, lf.page, &crawlResult{})
	if err != nil {
		return nil, err
	}
	forms, _ := extract.Forms(page.body, page.final) // page.final is a normalised URL: no error
	for i := range forms {
		if forms[i].Action != lf.action {
			continue
		}
		key, ok := c.inScope(forms[i].Action)
		if !ok {
			break
		}
		replay.Method, replay.URL = forms[i].Method, key
		fields := fillForm(&forms[i], nil)
		req := request{method: forms[i].Method, key: key, logout: true}
		req.body, req.contentType = formBody(&forms[i], fields)
		if req.method == http.MethodGet {
			req.key, req.body, req.contentType = trimQuery(key)+"?"+urlEncoded(fields), nil, ""
		}
		return f.follow(ctx, req, &crawlResult{})
	}
	return nil, fmt.Errorf("the logout form to %s is no longer on %s", lf.action, lf.page)
}
