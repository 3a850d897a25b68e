package scanner

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/scanner/extract"
	"github.com/cookiescan/cookiescan/setcookie"
)

// LoginConfig says how an authenticated crawl logs in before it starts,
// and how its session-lifecycle probes tell a logged-in client.
type LoginConfig struct {
	// URL is the login page, or the endpoint the credentials are posted to.
	// A GET of it that returns an HTML page with a form holding a password
	// field (or a single form) has that form filled in and submitted;
	// otherwise Data is posted to URL.
	URL string
	// Data holds the credentials, form-encoded ("user=alice&password=…")
	// or, when it starts with "{", JSON, which is posted as is. The form's
	// other fields (CSRF tokens) keep the values the page gives them. Data
	// appears in no evidence and no error.
	Data string
	// CheckURL is the page that shows whether the client is logged in [the
	// page the login lands on; the first target when the login is an API
	// that answers where it was posted].
	CheckURL string
	// LoggedIn, when not nil, must match the check page's body for the
	// client to count as logged in. Without it, the check page must answer
	// 2xx, not at the login page, and differ from its anonymous answer.
	LoggedIn *regexp.Regexp
	// LogoutURL is the logout the lifecycle probe requests [the first
	// logout link the crawl found, else the first logout form].
	LogoutURL string
	// Lifecycle runs the session-lifecycle probes after the crawl, each in
	// a fresh client: a login noting the cookies before and after it
	// (fixation), a login after planting a random session ID, and a login
	// followed by the logout and a replay of the cookies held before it.
	Lifecycle bool
	// SessionCookie tells the session cookie among those a login deals
	// with, to plant a value of; nil plants none.
	SessionCookie func(name, value string) bool
}

// LoginError is a login that did not succeed, which ends an authenticated
// crawl before it starts. It says what the login saw, never the credentials.
type LoginError struct {
	Login *evidence.Login
	Err   error // a request that failed, or nil when the server answered
}

func (e *LoginError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("login at %s failed: %v", e.Login.Page, e.Err)
	}
	return fmt.Sprintf("login at %s failed: %s %s answered %d at %s; %s",
		e.Login.Page, e.Login.Method, e.Login.Action, e.Login.Status, e.Login.Landed, e.Login.Why)
}

func (e *LoginError) Unwrap() error { return e.Err }

// validate reports the problems of a login configuration; scope says
// which URLs the crawl may request.
func (l *LoginConfig) validate(scope *crawlScope) []error {
	var errs []error
	inScope := func(what, raw string, required bool) {
		if raw == "" {
			if required {
				errs = append(errs, fmt.Errorf("%s: missing", what))
			}
			return
		}
		// The URL may carry a token: messages name its host, never the text.
		u, err := parseTarget(raw)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", what, err))
			return
		}
		if n, ok := normaliseURL(u); !ok || scope != nil && !scope.allows(n) {
			errs = append(errs, fmt.Errorf("%s on host %s is out of scope: credentials and session cookies go only to the scanned site", what, u.Host))
		}
	}
	inScope("login URL", l.URL, true)
	inScope("login check URL", l.CheckURL, false)
	inScope("logout URL", l.LogoutURL, false)
	data := strings.TrimSpace(l.Data)
	switch {
	case data == "":
		errs = append(errs, errors.New("login data: missing"))
	case strings.HasPrefix(data, "{"):
		if err := json.Unmarshal([]byte(data), new(any)); err != nil {
			// Only the place: the text around it may be a password.
			at := len(data)
			if serr, ok := err.(*json.SyntaxError); ok {
				at = int(serr.Offset)
			}
			errs = append(errs, fmt.Errorf("login data starts with { but is not valid JSON (at byte %d of %d)", at, len(data)))
		}
	default:
		if _, err := parseLoginData(data); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

// minSecretBytes is the shortest login value redacted from URLs: shorter
// ones ("1", "on") would mask parts of every URL and hide nothing.
const minSecretBytes = 3

// loginSecrets lists the values of login data, as given and as a URL
// escapes them, for redacting them from what a login records.
func loginSecrets(data string) []string {
	var values []string
	data = strings.TrimSpace(data)
	if strings.HasPrefix(data, "{") {
		var v any
		if json.Unmarshal([]byte(data), &v) == nil {
			values = jsonStrings(v, values)
		}
	} else if pairs, err := parseLoginData(data); err == nil {
		for _, p := range pairs {
			values = append(values, p.value)
		}
	}
	var secrets []string
	for _, v := range values {
		if len(v) >= minSecretBytes {
			secrets = append(secrets, v, url.QueryEscape(v), url.PathEscape(v))
		}
	}
	return secrets
}

// jsonStrings appends the strings and numbers of a JSON value.
func jsonStrings(v any, out []string) []string {
	switch v := v.(type) {
	case string:
		out = append(out, v)
	case float64:
		out = append(out, strconv.FormatFloat(v, 'f', -1, 64))
	case []any:
		for _, e := range v {
			out = jsonStrings(e, out)
		}
	case map[string]any:
		for _, e := range v {
			out = jsonStrings(e, out)
		}
	}
	return out
}

// redact replaces the login's values in s, a URL a login request or
// redirect names, so that a server echoing them does not put them in the evidence.
func (f *crawlFetcher) redact(s string) string {
	for _, secret := range f.secrets {
		s = strings.ReplaceAll(s, secret, "[redacted]")
	}
	return s
}

// loginPair is one name=value of form-encoded login data.
type loginPair struct{ name, value string }

// parseLoginData reads form-encoded login data, in order. Errors name the
// pair by position, never its value.
func parseLoginData(data string) ([]loginPair, error) {
	var pairs []loginPair
	for i, p := range strings.Split(data, "&") {
		if p == "" {
			continue
		}
		rawName, rawValue, _ := strings.Cut(p, "=")
		name, err1 := url.QueryUnescape(rawName)
		value, err2 := url.QueryUnescape(rawValue)
		switch {
		case err1 != nil || err2 != nil:
			return nil, fmt.Errorf("login data: pair %d has an invalid %%-escape", i+1)
		case name == "":
			return nil, fmt.Errorf("login data: pair %d has no name", i+1)
		}
		pairs = append(pairs, loginPair{name, value})
	}
	if len(pairs) == 0 {
		return nil, errors.New("login data: no name=value pair")
	}
	return pairs, nil
}

// fillForm lists the fields of the form as a browser submits them, with
// the values of data for the fields it names and the page's values for the
// others; data names the form lacks are added at the end.
func fillForm(form *extract.Form, data []loginPair) []loginPair {
	given := map[string][]string{}
	for _, p := range data {
		given[p.name] = append(given[p.name], p.value)
	}
	var filled []loginPair
	add := func(name, value string) { filled = append(filled, loginPair{name, value}) }
	used := map[string]bool{}
	for _, f := range form.Fields {
		values, ok := given[f.Name]
		switch {
		case !ok:
			add(f.Name, f.Value)
		case !used[f.Name]:
			used[f.Name] = true
			for _, v := range values {
				add(f.Name, v)
			}
		}
	}
	for _, p := range data {
		if !formHas(form, p.name) {
			add(p.name, p.value)
		}
	}
	return filled
}

// urlEncoded encodes fields as application/x-www-form-urlencoded, in order.
func urlEncoded(fields []loginPair) string {
	var b strings.Builder
	for i, f := range fields {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(f.name) + "=" + url.QueryEscape(f.value))
	}
	return b.String()
}

// formBody encodes fields as the form's POST body, with its content type:
// multipart/form-data when the form declares it, else URL-encoded.
func formBody(form *extract.Form, fields []loginPair) ([]byte, string) {
	if !form.Multipart {
		return []byte(urlEncoded(fields)), "application/x-www-form-urlencoded"
	}
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for _, f := range fields {
		// Writes to a bytes.Buffer cannot fail.
		_ = w.WriteField(f.name, f.value)
	}
	_ = w.Close()
	return b.Bytes(), w.FormDataContentType()
}

func formHas(form *extract.Form, name string) bool {
	for _, f := range form.Fields {
		if f.Name == name {
			return true
		}
	}
	return false
}

// loginForm picks the login form of a page: the first with a password
// field, else the only form unless it is a logout.
func loginForm(forms []extract.Form) *extract.Form {
	for i := range forms {
		if forms[i].Password {
			return &forms[i]
		}
	}
	if len(forms) == 1 && !forms[0].Logout {
		return &forms[0]
	}
	return nil
}

// answer is the end of a request and its redirects.
type answer struct {
	method string
	status int
	final  string // the normalised URL of the last response
	shown  string // final as evidence and messages show it (see request.shown)
	body   []byte // the last response's body, up to MaxBodyBytes
	html   bool
	hops   int
}

// request is one request a login or a lifecycle probe sends.
type request struct {
	method, key string
	body        []byte
	contentType string
	// shown is key as evidence and errors show it: without the query when
	// the query holds credentials.
	shown string
	// logout marks the responses as those of a logout.
	logout bool
}

// follow sends req and follows its redirects hop by hop, as a browser
// does: 301, 302 and 303 turn into a GET, 307 and 308 repeat the request.
// Every response is recorded in res and feeds f's jar. A redirect out of
// scope is recorded, not followed; the chain ends there.
func (f *crawlFetcher) follow(ctx context.Context, req request, res *crawlResult) (*answer, error) {
	if req.shown == "" {
		req.shown = f.redact(req.key)
	}
	kind := chainPage
	if req.logout {
		kind = chainLogout
	}
	keys := []string{req.key}
	from := ""
	for hop := 0; ; hop++ {
		u, err := url.Parse(req.key)
		if err != nil {
			return nil, fmt.Errorf("%s %s: bad URL", req.method, req.shown)
		}
		resp, cancel, err := f.sendBody(ctx, req.method, u, req.key, acceptPage, req.body, req.contentType, f.cookieHeader(u))
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", req.method, req.shown, err)
		}
		f.record(u, req.shown, req.method, from, hop, kind, resp, res)
		a := &answer{method: req.method, status: resp.StatusCode, final: req.key, shown: req.shown, hops: hop}
		next, follow := f.redirectTarget(u, resp, keys, hop, res)
		if !follow {
			err := a.read(f, resp)
			resp.Body.Close()
			cancel()
			if err != nil {
				return nil, fmt.Errorf("%s %s: %w", req.method, req.shown, err)
			}
			return a, nil
		}
		drain(resp)
		resp.Body.Close()
		cancel()
		if resp.StatusCode != http.StatusTemporaryRedirect && resp.StatusCode != http.StatusPermanentRedirect {
			req.method, req.body, req.contentType = http.MethodGet, nil, ""
		}
		keys = append(keys, next)
		from, req.key, req.shown = req.shown, next, f.redact(next)
	}
}

// redirectTarget returns where resp redirects to when a login or probe
// follows it: in scope, not back into the chain, within MaxRedirects.
func (f *crawlFetcher) redirectTarget(u *url.URL, resp *http.Response, keys []string, hop int, res *crawlResult) (string, bool) {
	if !isRedirect(resp) || hop >= f.cfg.MaxRedirects {
		return "", false
	}
	next, err := u.Parse(resp.Header.Get("Location"))
	if err != nil {
		return "", false
	}
	n, ok := normaliseURL(next)
	switch {
	case !ok:
		res.outOfScope = append(res.outOfScope, next.Redacted())
		return "", false
	case !f.scope.allows(n):
		res.outOfScope = append(res.outOfScope, n.key)
		return "", false
	}
	for _, k := range keys {
		if k == n.key {
			return "", false
		}
	}
	return n.key, true
}

// read keeps the body of the chain's last response.
func (a *answer) read(f *crawlFetcher, resp *http.Response) error {
	b, err := f.openBody(resp)
	if err != nil {
		return err
	}
	a.html = extract.IsHTML(resp.Header.Get("Content-Type"), b.sniff())
	a.body, err = b.readAll()
	return err
}

// get follows a GET of key.
func (f *crawlFetcher) get(ctx context.Context, key string, res *crawlResult) (*answer, error) {
	return f.follow(ctx, request{method: http.MethodGet, key: key}, res)
}

// loginRun is what one login by one client saw.
type loginRun struct {
	login  *evidence.Login
	before []evidence.HeldCookie // the cookies sent with the submission
	// checkKey is the check page, which check holds parsed.
	checkKey string
	check    *url.URL
	err      error // a request that failed
}

// logIn logs the client f in as the configuration says, recording its
// responses in res. The login's failure to succeed is in run.login, a
// failed request in run.err.
func (c *crawler) logIn(ctx context.Context, f *crawlFetcher, res *crawlResult) (run *loginRun) {
	cfg := c.cfg.Login
	pageKey := c.loginKey
	login := &evidence.Login{Page: pageKey, Method: http.MethodPost, Action: pageKey}
	run = &loginRun{login: login}
	// A hostile login page ends the login with an error, as a page ends in an error line.
	defer func() {
		if p := recover(); p != nil {
			run.err = fmt.Errorf("internal error: %v", p)
		}
	}()
	page, err := f.get(ctx, pageKey, res)
	if err != nil {
		run.err = err
		return run
	}
	data := strings.TrimSpace(cfg.Data)
	req := request{method: http.MethodPost, key: pageKey, body: []byte(data), contentType: "application/x-www-form-urlencoded"}
	var form *extract.Form
	if login.JSON = strings.HasPrefix(data, "{"); login.JSON {
		req.contentType = "application/json"
	} else if page.html && page.status < 400 {
		forms, _ := extract.Forms(page.body, page.final) // page.final is a normalised URL: no error
		form = loginForm(forms)
	}
	if form != nil {
		pairs, _ := parseLoginData(data) // validated
		action, ok := c.inScope(form.Action)
		if !ok {
			run.err = fmt.Errorf("the login form submits to %s, out of scope: not submitted", form.Action)
			return run
		}
		login.Form = true
		fields := fillForm(form, pairs)
		req = request{method: form.Method, key: action, shown: action}
		req.body, req.contentType = formBody(form, fields)
		if form.Method == http.MethodGet {
			base, _, _ := strings.Cut(action, "?")
			req.key, req.body, req.contentType = base+"?"+urlEncoded(fields), nil, ""
			req.shown = base
		}
		c.loginPages[trimQuery(action)] = true
	}
	login.Method, login.Action = req.method, req.shown
	if u, err := url.Parse(req.key); err == nil {
		run.before = heldCookies(f.jar, u)
	}
	landed, err := f.follow(ctx, req, res)
	if err != nil {
		run.err = err
		return run
	}
	login.Status, login.Landed = landed.status, landed.shown
	check := c.checkKey
	if check == "" {
		check = landed.final
		if landed.hops == 0 && !login.Form {
			check = c.starts[0].key // an API answers where it was posted: look at the site
		}
	}
	login.Check = f.redact(check)
	run.checkKey = check
	run.check, _ = url.Parse(check)
	view := landed
	if check != landed.final || landed.method != http.MethodGet {
		if view, err = f.get(ctx, check, res); err != nil {
			run.err = err
			return run
		}
	}
	login.LoggedIn, login.Why, run.err = c.loggedIn(ctx, view, check)
	return run
}

// loggedIn judges the check page's answer: logged in, or why not.
func (c *crawler) loggedIn(ctx context.Context, view *answer, check string) (bool, string, error) {
	shownCheck := c.f.redact(check)
	if re := c.cfg.Login.LoggedIn; re != nil {
		if re.Match(view.body) {
			return true, "", nil
		}
		return false, fmt.Sprintf("the check page %s answered %d at %s, which does not match the logged-in pattern", shownCheck, view.status, view.shown), nil
	}
	switch {
	case view.status < 200 || view.status > 299:
		return false, fmt.Sprintf("the check page %s answered %d at %s", shownCheck, view.status, view.shown), nil
	case c.loginPages[trimQuery(view.final)]:
		return false, fmt.Sprintf("the check page %s led back to the login page %s", shownCheck, view.shown), nil
	}
	anon, err := c.anonymous(ctx, check)
	if err != nil {
		return false, "", err
	}
	if anon.status == view.status && anon.final == view.final && samePage(anon.body, view.body) {
		return false, fmt.Sprintf("the check page %s answered %d at %s, as it does without logging in", shownCheck, view.status, view.shown), nil
	}
	return true, "", nil
}

// anonymous is the check page's answer to a client without cookies, asked once.
func (c *crawler) anonymous(ctx context.Context, check string) (*answer, error) {
	if a := c.anon[check]; a != nil {
		return a, nil
	}
	a, err := c.f.client(setcookie.NewJar(c.cfg.Now)).get(ctx, check, &crawlResult{})
	if err != nil {
		return nil, err
	}
	c.anon[check] = a
	return a, nil
}

// volatile matches what changes from one answer of a page to the next
// without saying who asks: tokens, nonces, IDs and timestamps.
var volatile = regexp.MustCompile(`[A-Za-z0-9+/=_\-.:]{16,}|\d+`)

// samePage reports whether two bodies are the same page but for their volatile parts.
func samePage(a, b []byte) bool {
	return bytes.Equal(volatile.ReplaceAll(a, nil), volatile.ReplaceAll(b, nil))
}

// heldCookies lists the cookies the jar sends to u.
func heldCookies(jar *setcookie.Jar, u *url.URL) []evidence.HeldCookie {
	var held []evidence.HeldCookie
	for _, s := range jar.Cookies(u, setcookie.SameSiteRequest) {
		held = append(held, evidence.HeldCookie{Name: s.Name, Value: s.Value})
	}
	return held
}

// inScope normalises a URL found on a page and checks its scope.
func (c *crawler) inScope(raw string) (string, bool) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	n, ok := normaliseURL(u)
	if !ok || !c.f.scope.allows(n) {
		return "", false
	}
	return n.key, true
}

func trimQuery(key string) string {
	base, _, _ := strings.Cut(key, "?")
	return base
}

// login logs the crawl's own client in before the crawl starts, recording
// its responses as the crawl's.
func (c *crawler) login(ctx context.Context) error {
	res := &crawlResult{task: crawlTask{kind: taskLogin, key: c.loginKey}}
	run := c.logIn(ctx, c.f.client(c.f.jar), res)
	c.merge(res)
	c.ev.Lifecycle = &evidence.Lifecycle{Login: run.login}
	switch {
	case run.err != nil:
		return &LoginError{Login: run.login, Err: run.err}
	case !run.login.LoggedIn:
		return &LoginError{Login: run.login}
	}
	return nil
}
