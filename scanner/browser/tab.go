package browser

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/audits"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/inspector"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/scanner"
)

// binding is the name under which the recorder reports to the crawl.
const binding = "__cookiescanRecord"

//go:embed recorder.js
var recorder string

// tab is one browser tab, visiting one page at a time.
type tab struct {
	c       *crawl
	ctx     context.Context
	cancel  context.CancelFunc
	crashed chan struct{}

	mu    sync.Mutex
	state *pageState // what the current visit has seen so far
}

// pageState is what the tab's events told during one visit.
type pageState struct {
	requests   map[network.RequestID]*request
	order      []network.RequestID
	inflight   int // requests sent and not finished, paused ones included
	loading    map[cdp.FrameID]bool
	last       time.Time
	payloads   []string // the recorder's reports, in order
	outOfScope []string
	// frames are the page's frames: their parent and the URL of their document.
	frames map[cdp.FrameID]*frame
	// issues are the Issues panel's cookie issues on setting a cookie, by request.
	issues map[network.RequestID][]*audits.CookieIssueDetails
}

// request is one request of a page, with its redirect hops.
type request struct {
	method   string
	resource network.ResourceType
	frame    cdp.FrameID
	urls     []string // the URL of each hop
	extras   []*network.EventResponseReceivedExtraInfo
	finished bool
}

func newPageState() *pageState {
	return &pageState{requests: map[network.RequestID]*request{}, loading: map[cdp.FrameID]bool{}, issues: map[network.RequestID][]*audits.CookieIssueDetails{}, frames: map[cdp.FrameID]*frame{}, last: time.Now()}
}

// frame is one frame of a page.
type frame struct {
	parent cdp.FrameID
	url    string
}

// crossSite reports whether a request of resource type kind made in frame
// id to u is cross-site, as Chromium's site for cookies tells: a top-level
// document never is; another request is when its frame, or for a frame's
// own document its parent, or any frame above, is of another site than u.
func (s *pageState) crossSite(id cdp.FrameID, kind network.ResourceType, u string) bool {
	f := s.frames[id]
	if kind == network.ResourceTypeDocument {
		if f == nil || f.parent == "" {
			return false
		}
		f = s.frames[f.parent]
	}
	target := site(u)
	for range maxFrameDepth {
		if f == nil {
			return false
		}
		if f.url != "" && site(f.url) != target {
			return true
		}
		if f.parent == "" {
			return false
		}
		f = s.frames[f.parent]
	}
	return true // deeper than any page nests frames: take the stricter context
}

// newTab opens a tab with the recorder and the scope check on every
// request, where the crawl's headers are added to those in scope.
func (c *crawl) newTab() (*tab, error) {
	ctx, cancel := chromedp.NewContext(c.browser)
	t := &tab{c: c, ctx: ctx, cancel: cancel, crashed: make(chan struct{}), state: newPageState()}
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		return nil, err
	}
	if err := chromedp.Listen(ctx, t.event); err != nil {
		cancel()
		return nil, err
	}
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tt *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tt, runtime.AddBinding, runtime.AddBindingParams{Name: binding}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, tt, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: recorder}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, tt, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, tt, audits.Enable, cdp.Empty{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tt, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*"}}})
		return err
	}))
	if err != nil {
		cancel()
		return nil, err
	}
	return t, nil
}

func (t *tab) close() { t.cancel() }

// event runs in the tab's message loop: it only records.
func (t *tab) event(ev any) {
	switch ev := ev.(type) {
	case *fetch.EventRequestPaused:
		t.mu.Lock()
		t.state.inflight++
		t.state.last = time.Now()
		t.mu.Unlock()
		go t.decide(ev)
	case *network.EventRequestWillBeSent:
		t.mu.Lock()
		defer t.mu.Unlock()
		s := t.state
		s.last = time.Now()
		if ev.Request == nil {
			return
		}
		r := s.requests[ev.RequestID]
		switch {
		case r != nil && r.urls != nil:
			r.urls = append(r.urls, ev.Request.URL) // a redirect hop
			return
		case r == nil:
			r = &request{}
			s.requests[ev.RequestID] = r
			s.order = append(s.order, ev.RequestID)
		}
		s.inflight++
		r.method, r.resource, r.urls, r.frame = ev.Request.Method, ev.Type, []string{ev.Request.URL}, ev.FrameID
	case *network.EventResponseReceivedExtraInfo:
		t.mu.Lock()
		defer t.mu.Unlock()
		s := t.state
		r := s.requests[ev.RequestID]
		if r == nil {
			// Extra info may come before the request it belongs to.
			r = &request{}
			s.requests[ev.RequestID] = r
			s.order = append(s.order, ev.RequestID)
		}
		r.extras = append(r.extras, ev)
	case *audits.EventIssueAdded:
		if ev.Issue == nil || ev.Issue.Code != audits.InspectorIssueCodeCookieIssue || ev.Issue.Details == nil {
			return
		}
		d := ev.Issue.Details.CookieIssueDetails
		if d == nil || d.Operation != audits.CookieOperationSetCookie || d.Request == nil {
			return
		}
		t.mu.Lock()
		if n := len(t.state.issues[d.Request.RequestID]); n < maxIssues {
			t.state.issues[d.Request.RequestID] = append(t.state.issues[d.Request.RequestID], d)
		}
		t.mu.Unlock()
	case *network.EventLoadingFinished:
		t.finished(ev.RequestID)
	case *network.EventLoadingFailed:
		t.finished(ev.RequestID)
	case *runtime.EventBindingCalled:
		if ev.Name == binding {
			t.mu.Lock()
			if len(t.state.payloads) < maxWrites {
				t.state.payloads = append(t.state.payloads, ev.Payload)
			}
			t.mu.Unlock()
		}
	case *page.EventFrameAttached:
		t.mu.Lock()
		if len(t.state.frames) < maxFrames {
			t.state.frames[ev.FrameID] = &frame{parent: ev.ParentFrameID}
		}
		t.mu.Unlock()
	case *page.EventFrameNavigated:
		if ev.Frame == nil {
			return
		}
		t.mu.Lock()
		if f := t.state.frames[ev.Frame.ID]; f != nil {
			f.url, f.parent = ev.Frame.URL, ev.Frame.ParentID
		} else if len(t.state.frames) < maxFrames {
			t.state.frames[ev.Frame.ID] = &frame{parent: ev.Frame.ParentID, url: ev.Frame.URL}
		}
		t.mu.Unlock()
	case *page.EventFrameStartedLoading:
		t.mu.Lock()
		t.state.loading[ev.FrameID] = true
		t.state.last = time.Now()
		t.mu.Unlock()
	case *page.EventFrameStoppedLoading:
		t.mu.Lock()
		defer t.mu.Unlock()
		s := t.state
		delete(s.loading, ev.FrameID)
		s.last = time.Now()
		// A document its page replaced before it ended (a script sending the
		// browser elsewhere) never reports its end: the frame's stop does.
		for _, r := range s.requests {
			if r.frame == ev.FrameID && r.resource == network.ResourceTypeDocument && !r.finished && r.urls != nil {
				r.finished = true
				s.inflight--
			}
		}
	case *inspector.EventTargetCrashed:
		t.mu.Lock()
		select {
		case <-t.crashed:
		default:
			close(t.crashed)
		}
		t.mu.Unlock()
	}
}

func (t *tab) finished(id network.RequestID) {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.state
	s.last = time.Now()
	if r := s.requests[id]; r != nil && !r.finished && r.urls != nil {
		r.finished = true
		s.inflight--
	}
}

// decide lets an in-scope request go, once the host's rate allows, and
// fails any other before it leaves the browser.
func (t *tab) decide(ev *fetch.EventRequestPaused) {
	u := ev.Request.URL
	var err error
	switch {
	case !strings.HasPrefix(u, "http:") && !strings.HasPrefix(u, "https:"):
		_, err = chromedp.Call(t.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID})
	case !t.c.scope.Allows(u):
		t.mu.Lock()
		t.state.outOfScope = append(t.state.outOfScope, u)
		t.mu.Unlock()
		_, err = chromedp.Call(t.ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: ev.RequestID, ErrorReason: network.ErrorReasonBlockedByClient})
	default:
		host := ""
		if p, perr := url.Parse(u); perr == nil {
			host = p.Hostname()
		}
		if err = t.c.limiter.Wait(t.ctx, host); err == nil {
			t.c.requests.Add(1)
			_, err = chromedp.Call(t.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID, Headers: t.c.withHeaders(ev.Request.Headers)})
		}
	}
	_ = err // the tab is closing, or the request went away with its page
	t.mu.Lock()
	t.state.inflight--
	t.state.last = time.Now()
	t.mu.Unlock()
}

// mark is a point in a visit: the requests and recorder reports before it.
// Negative counts put the whole visit before it.
type mark struct{ requests, payloads int }

// after reports whether the i-th request or report of a visit of a logout
// probe is part of the logout.
func (m mark) after(i, at int) bool { return at >= 0 && i >= at }

// visit is what one tab found on one page.
type visit struct {
	task        task
	responses   []*evidence.Response
	scripts     []*evidence.Script
	writes      []*evidence.CookieWrite
	errs        []*evidence.TargetError
	links       []string
	logouts     []*logoutControl
	logoutForms []scanner.LogoutForm
	outOfScope  []string
	crashed     bool
}

func (v *visit) fail(err error) {
	v.errs = append(v.errs, &evidence.TargetError{Target: v.task.url, Err: err})
}

// visit loads the page, waits until it is rendered and quiet (at most
// Timeout), clicks the logout control of a probe, and collects what the
// page did.
func (t *tab) visit(ctx context.Context, tk task) *visit {
	v := &visit{task: tk}
	t.mu.Lock()
	t.state = newPageState()
	t.mu.Unlock()
	if strings.Contains(tk.url, "#") {
		// A hash route of the current document would not reload it.
		_ = chromedp.Do(t.ctx, chromedp.Navigate("about:blank"))
	}
	// Actions run in the tab's context, cut by the page's timeout and by ctx.
	pctx, cancel := context.WithTimeout(t.ctx, t.c.cfg.Timeout)
	defer cancel()
	defer context.AfterFunc(ctx, cancel)()
	loaded := t.run(pctx, navigate(tk.url))
	if t.c.cfg.crashOn != nil && t.c.cfg.crashOn(tk.url) {
		_ = t.run(pctx, chromedp.Func(func(ctx context.Context, tt *chromedp.Target) error {
			_, err := cdp.Call(ctx, tt, page.Crash, cdp.Empty{}) // no answer comes: the tab is gone
			return err
		}))
	}
	var clicked mark // where the logout starts: the whole visit of a logout link
	if loaded == nil && tk.logout != nil && tk.logout.index >= 0 {
		clicked = mark{requests: -1, payloads: -1}
		if loaded = t.settle(pctx); loaded == nil {
			t.mu.Lock()
			clicked = mark{requests: len(t.state.order), payloads: len(t.state.payloads)}
			t.mu.Unlock()
			loaded = t.run(pctx, chromedp.Evaluate[chromedp.Void](clickScript(tk.logout.index)))
		}
	}
	if loaded == nil {
		loaded = t.settle(pctx)
	}
	switch {
	case t.isCrashed():
		v.crashed = true
		v.fail(errors.New("the browser tab crashed; a new tab takes the next page"))
		t.collectNetwork(v, clicked)
		return v
	case errors.Is(loaded, context.DeadlineExceeded) && ctx.Err() == nil:
		v.fail(fmt.Errorf("the page did not settle within %s: cut there", t.c.cfg.Timeout))
		_, _ = chromedp.Call(t.ctx, page.StopLoading, cdp.Empty{})
	case loaded != nil && ctx.Err() == nil:
		v.fail(loaded)
	}
	cctx, cancelCollect := context.WithTimeout(t.ctx, t.c.cfg.Timeout)
	defer cancelCollect()
	if tk.logout == nil && ctx.Err() == nil {
		t.collectPage(cctx, v)
	}
	t.collectBodies(cctx, v)
	t.collectNetwork(v, clicked)
	return v
}

// navigate starts loading u in the tab; settle waits for the page. A
// navigation the page's own script replaces (a logout page sending the
// browser home) is then a page like any other.
func navigate(u string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tt *chromedp.Target) error {
		res, err := cdp.Call(ctx, tt, page.Navigate, page.NavigateParams{URL: u})
		switch {
		case err != nil:
			return err
		// Blocked: a redirect out of scope, recorded as such. Aborted: a download.
		case res.ErrorText == "" || res.ErrorText == "net::ERR_BLOCKED_BY_CLIENT" || res.ErrorText == "net::ERR_ABORTED":
			return nil
		}
		return errors.New(res.ErrorText)
	})
}

// run runs an action in the tab, giving up when the tab crashes.
func (t *tab) run(ctx context.Context, a chromedp.Action[chromedp.Void]) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-t.crashed:
			cancel()
		case <-ctx.Done():
		}
	}()
	_, err := chromedp.Run(ctx, a)
	return err
}

func (t *tab) isCrashed() bool {
	select {
	case <-t.crashed:
		return true
	default:
		return false
	}
}

// settle waits until no frame is loading and no request has been in flight
// for settleQuiet.
func (t *tab) settle(ctx context.Context) error {
	tick := time.NewTicker(settleQuiet / 3)
	defer tick.Stop()
	for {
		t.mu.Lock()
		quiet := t.state.inflight <= 0 && len(t.state.loading) == 0 && time.Since(t.state.last) >= settleQuiet
		t.mu.Unlock()
		if quiet {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.crashed:
			return errors.New("crashed")
		case <-tick.C:
		}
	}
}
