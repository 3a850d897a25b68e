package browser

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/audits"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"golang.org/x/net/publicsuffix"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/scanner"
	"github.com/cookiescan/cookiescan/scanner/extract"
	"github.com/cookiescan/cookiescan/script"
)

// keptHeaders are the response headers rules read, as a static crawl keeps them.
var keptHeaders = []string{"Location", "Refresh", "Strict-Transport-Security", "Clear-Site-Data"}

// clickables selects the elements a person clicks that are not links to a
// page; those in POST forms are left out, as their forms are never submitted.
const clickables = `[...document.querySelectorAll('button, input[type=button], input[type=submit], [role=button], [onclick], a:not([href]), a[href^="javascript:"]')].filter(e => !(e.form && e.form.method === 'post') && !(e.closest('form') && e.closest('form').method === 'post'))`

// renderedScript returns the page as rendered, its hash-route links and
// the labels of its clickable elements.
var renderedScript = `(() => ({
  url: location.href,
  html: document.documentElement ? document.documentElement.outerHTML.slice(0, ` + strconv.Itoa(scanner.DefaultMaxBodyBytes) + `) : '',
  hashRoutes: [...document.querySelectorAll('a[href^="#/"], a[href^="#!/"]')].slice(0, ` + strconv.Itoa(maxRoutes) + `).map(a => a.href),
  clickables: ` + clickables + `.slice(0, 1000).map(e => [e.innerText || e.value || '', e.id || '', typeof e.className === 'string' ? e.className : '', e.getAttribute('name') || ''].join(' ').slice(0, 200)),
}))()`

// clickScript clicks the clickable element at index i.
func clickScript(i int) string {
	return fmt.Sprintf(`(() => { const e = %s[%d]; if (e) e.click(); })()`, clickables, i)
}

// rendered is the answer of renderedScript.
type rendered struct {
	URL        string   `json:"url"`
	HTML       string   `json:"html"`
	HashRoutes []string `json:"hashRoutes"`
	Clickables []string `json:"clickables"`
}

// collectPage reads the rendered page: its links, logout links and
// buttons, POST logout forms and hash routes.
func (t *tab) collectPage(ctx context.Context, v *visit) {
	r, err := chromedp.Run(ctx, chromedp.Evaluate[rendered](renderedScript))
	if err != nil {
		v.fail(fmt.Errorf("read the rendered page: %w", err))
		return
	}
	base, err := url.Parse(r.URL)
	if err != nil || base.Scheme != "http" && base.Scheme != "https" {
		return
	}
	pageKey, _ := scanner.Normalise(r.URL)
	page, err := extract.HTML(strings.NewReader(r.HTML), base)
	if err != nil {
		v.fail(fmt.Errorf("rendered HTML: %w", err))
		return
	}
	for _, l := range page.Links {
		if l.Kind == extract.LinkScript {
			continue
		}
		key, ok := t.inScope(l.URL, v)
		switch {
		case !ok:
		case l.Logout:
			v.logouts = append(v.logouts, &logoutControl{page: key, index: -1, label: l.Text})
		default:
			v.links = append(v.links, key)
		}
	}
	for _, f := range page.LogoutForms {
		v.logoutForms = append(v.logoutForms, scanner.LogoutForm{Action: f.URL, Page: pageKey})
	}
	for _, h := range r.HashRoutes {
		if key, ok := hashRoute(h); ok && t.c.scope.Allows(h) {
			v.links = append(v.links, key)
		}
	}
	for i, label := range r.Clickables {
		if extract.IsLogout(label) {
			v.logouts = append(v.logouts, &logoutControl{page: pageKey, index: i, label: strings.Join(strings.Fields(label), " ")})
		}
	}
}

// inScope normalises a link, noting it when out of scope.
func (t *tab) inScope(raw string, v *visit) (string, bool) {
	key, ok := scanner.Normalise(raw)
	if !ok {
		return "", false
	}
	if !t.c.scope.Allows(key) {
		v.outOfScope = append(v.outOfScope, key)
		return "", false
	}
	return key, true
}

// hashRoute is the normalised URL of a hash route, its fragment kept: a
// single-page app renders a page of its own for it.
func hashRoute(raw string) (string, bool) {
	base, frag, ok := strings.Cut(raw, "#")
	if !ok || frag == "" {
		return "", false
	}
	key, ok := scanner.Normalise(base)
	return key + "#" + frag, ok
}

// collectBodies keeps the scripts of the documents and the external scripts
// the page loaded, as a static crawl would read them: inline scripts and
// handlers with their place in the page, external scripts whole (each once
// per crawl).
func (t *tab) collectBodies(ctx context.Context, v *visit) {
	type body struct {
		id       network.RequestID
		url      string
		document bool
	}
	var bodies []body
	t.mu.Lock()
	for _, id := range t.state.order {
		r := t.state.requests[id]
		if !r.finished || len(r.urls) == 0 {
			continue
		}
		u := r.urls[len(r.urls)-1]
		switch r.resource {
		case network.ResourceTypeDocument:
			bodies = append(bodies, body{id, u, true})
		case network.ResourceTypeScript:
			bodies = append(bodies, body{id, u, false})
		}
	}
	t.mu.Unlock()
	pageKey, _ := scanner.Normalise(v.task.url)
	for _, b := range bodies {
		key, ok := scanner.Normalise(b.url)
		if !ok || !b.document && !t.c.claimScript(key) {
			continue
		}
		res, err := chromedp.Call(ctx, network.GetResponseBody, network.GetResponseBodyParams{RequestID: b.id})
		if err != nil || len(res.Body) > scanner.DefaultMaxBodyBytes {
			continue // a body the browser no longer holds, or too large to read
		}
		if !b.document {
			t.recordScript(v, &evidence.Script{URL: key, Source: script.ToJavaScript(string(res.Body), script.JavaScript), Line: 1, Col: 1, Kind: string(extract.ScriptExternal), Page: pageKey})
			continue
		}
		u, err := url.Parse(b.url)
		if err != nil {
			continue
		}
		page, err := extract.HTMLBytes(res.Body, u)
		if err != nil {
			continue
		}
		for _, s := range page.Scripts {
			if s.Kind == extract.ScriptExternal {
				continue
			}
			sc := scanner.PageScript(s)
			sc.URL, sc.Page = key, key
			sc.Logout = sc.Logout || v.task.logout != nil
			t.recordScript(v, sc)
		}
	}
}

// recordScript adds a script to the visit and hands it to
// CrawlConfig.Scripts, on the tab's goroutine, right after its conversion.
func (t *tab) recordScript(v *visit, sc *evidence.Script) {
	v.scripts = append(v.scripts, sc)
	if t.c.cfg.Scripts != nil {
		t.c.cfg.Scripts(sc)
	}
}

// collectNetwork turns what the tab's events told into evidence: a response
// for each hop that has its raw headers, the recorder's cookie writes and
// routes, and the requests kept out of scope.
func (t *tab) collectNetwork(v *visit, clicked mark) {
	t.mu.Lock()
	s := t.state
	t.state = newPageState()
	t.mu.Unlock()
	probe := v.task.logout != nil
	for i, id := range s.order {
		r := s.requests[id]
		for hop, extra := range r.extras {
			if hop >= len(r.urls) {
				break
			}
			resp := response(r, hop, extra, s.crossSite(r.frame, r.resource, r.urls[hop]), probe && clicked.after(i, clicked.requests))
			addIssues(resp, s.issues[id])
			v.responses = append(v.responses, resp)
		}
	}
	for _, u := range s.outOfScope {
		if key, ok := scanner.Normalise(u); ok {
			v.outOfScope = append(v.outOfScope, key)
		}
	}
	routes := 0
	for i, p := range s.payloads {
		var m report
		if json.Unmarshal([]byte(p), &m) != nil {
			continue
		}
		if m.API == "route" {
			if routes < maxRoutes && !probe {
				routes++
				t.route(m.URL, v)
			}
			continue
		}
		if w := m.write(); w != nil {
			w.Logout = probe && clicked.after(i, clicked.payloads)
			v.writes = append(v.writes, w)
		}
	}
}

// route queues a URL the page navigated to by itself.
func (t *tab) route(raw string, v *visit) {
	if !t.c.scope.Allows(raw) {
		return
	}
	if key, ok := hashRoute(raw); ok {
		v.links = append(v.links, key)
	} else if key, ok := scanner.Normalise(raw); ok {
		v.links = append(v.links, key)
	}
}

// response is one hop of a request as the browser received it.
func response(r *request, hop int, extra *network.EventResponseReceivedExtraInfo, crossSite, logout bool) *evidence.Response {
	u := r.urls[hop]
	resp := &evidence.Response{
		URL:    u,
		Method: r.method,
		Status: int(extra.StatusCode),
		TLS:    strings.HasPrefix(u, "https:"),
		Header: http.Header{},
		Hop:    hop,
		Entry:  -1,
		Logout: logout,
		Browser: &evidence.BrowserResponse{
			Resource:  string(r.resource),
			CrossSite: crossSite,
		},
	}
	if hop > 0 {
		resp.From = r.urls[hop-1]
	}
	for name, value := range extra.Headers {
		text, _ := value.(string)
		canonical := http.CanonicalHeaderKey(name)
		switch {
		case canonical == "Set-Cookie":
			for line := range strings.SplitSeq(text, "\n") {
				if line = strings.TrimSpace(line); line != "" {
					resp.SetCookie = append(resp.SetCookie, line)
				}
			}
		case canonical == "Date":
			if d, err := http.ParseTime(text); err == nil {
				resp.Date = d
			}
		default:
			for _, k := range keptHeaders {
				if canonical == k {
					resp.Header.Set(k, text)
				}
			}
		}
	}
	blocked := map[string][][]string{}
	for _, b := range extra.BlockedCookies {
		reasons := make([]string, len(b.BlockedReasons))
		for i, reason := range b.BlockedReasons {
			reasons[i] = string(reason)
		}
		line := strings.TrimSpace(b.CookieLine)
		blocked[line] = append(blocked[line], reasons)
	}
	for _, line := range resp.SetCookie {
		verdict := evidence.CookieVerdict{Stored: true}
		if rs := blocked[line]; len(rs) > 0 {
			verdict = evidence.CookieVerdict{Reasons: rs[0]}
			blocked[line] = rs[1:]
		}
		resp.Browser.Verdicts = append(resp.Browser.Verdicts, verdict)
	}
	return resp
}

// addIssues puts the Issues panel's cookie issues of a request on the
// verdicts of the cookies of resp they name: by the raw line, else by the
// cookie's name where the issue names the URL it set it from.
func addIssues(resp *evidence.Response, issues []*audits.CookieIssueDetails) {
	for _, d := range issues {
		if d.CookieURL != "" && d.CookieURL != resp.URL {
			continue
		}
		for i, line := range resp.SetCookie {
			name, _, _ := strings.Cut(line, "=")
			if strings.TrimSpace(d.RawCookieLine) != line && (d.Cookie == nil || d.Cookie.Name != strings.TrimSpace(name)) {
				continue
			}
			v := &resp.Browser.Verdicts[i]
			for _, r := range d.CookieExclusionReasons {
				v.Issues = appendNew(v.Issues, string(r))
			}
			for _, r := range d.CookieWarningReasons {
				v.Issues = appendNew(v.Issues, string(r))
			}
		}
	}
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// site is a URL's scheme and registrable domain, as schemeful same-site
// compares them.
func site(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	host := u.Hostname()
	if net.ParseIP(host) == nil {
		if s, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
			host = s
		}
	}
	return u.Scheme + "://" + host
}

// report is one message of the recorder.
type report struct {
	API     string         `json:"api"`
	Line    string         `json:"line"`
	Options map[string]any `json:"options"`
	Page    string         `json:"page"`
	Stack   string         `json:"stack"`
	URL     string         `json:"url"`
}

// stackFrame matches a V8 stack line: "at fn (url:line:col)" or "at url:line:col".
var stackFrame = regexp.MustCompile(`^\s*at (?:(.+?) \()?(.+):(\d+):(\d+)\)?$`)

// write is the cookie write the report tells of, or nil.
func (m *report) write() *evidence.CookieWrite {
	w := &evidence.CookieWrite{Page: m.Page, API: m.API}
	switch m.API {
	case "document.cookie":
		w.Cookie = m.Line
		pair, _, _ := strings.Cut(m.Line, ";")
		name, value, ok := strings.Cut(pair, "=")
		if !ok {
			name, value = "", name // a nameless cookie, as browsers read it
		}
		w.Name, w.Value = strings.TrimSpace(name), strings.TrimSpace(value)
	case "cookieStore.set", "cookieStore.delete":
		w.Delete = m.API == "cookieStore.delete"
		w.Name, w.Value, w.Cookie = storeLine(m.Options, w.Delete)
	default:
		return nil
	}
	for line := range strings.SplitSeq(m.Stack, "\n") {
		f := stackFrame.FindStringSubmatch(line)
		if f == nil || strings.Contains(f[2], "cookiescan-recorder.js") {
			continue
		}
		w.Script = f[2]
		w.Line, _ = strconv.Atoi(f[3])
		w.Col, _ = strconv.Atoi(f[4])
		if fn := f[1]; fn != "" && !strings.Contains(fn, "<anonymous>") {
			fn = strings.TrimPrefix(fn, "async ")
			w.Function = fn[strings.LastIndexByte(fn, '.')+1:]
		}
		break
	}
	if w.Script == "" {
		w.Script = m.Page
	}
	return w
}

// storeLine renders a Cookie Store call as the Set-Cookie line it amounts
// to, with the API's defaults: Path=/, Secure, SameSite=Strict.
func storeLine(o map[string]any, del bool) (name, value, line string) {
	str := func(k string) string {
		s, _ := o[k].(string)
		return s
	}
	name, value = str("name"), str("value")
	var b strings.Builder
	b.WriteString(name + "=" + value)
	if d := str("domain"); d != "" {
		b.WriteString("; Domain=" + d)
	}
	b.WriteString("; Path=" + cmp.Or(str("path"), "/"))
	if del {
		b.WriteString("; Max-Age=0")
	} else if ms, ok := o["expires"].(float64); ok {
		b.WriteString("; Expires=" + time.UnixMilli(int64(ms)).UTC().Format(http.TimeFormat))
	}
	b.WriteString("; Secure; SameSite=")
	switch strings.ToLower(str("sameSite")) {
	case "lax":
		b.WriteString("Lax")
	case "none":
		b.WriteString("None")
	default:
		b.WriteString("Strict")
	}
	if p, _ := o["partitioned"].(bool); p {
		b.WriteString("; Partitioned")
	}
	return name, value, b.String()
}
