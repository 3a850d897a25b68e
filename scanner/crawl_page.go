package scanner

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/scanner/extract"
	"github.com/cookiescan/cookiescan/script"
)

var chainOf = [...]chainKind{taskPage: chainPage, taskScript: chainScript, taskSitemap: chainSitemap, taskLogout: chainLogout}

// do runs one task in a worker. For a page or script whose body it has
// read, it leaves the extraction or conversion to parse, so that the
// worker can send its next request meanwhile (see run); parse is nil
// otherwise.
func (c *crawler) do(ctx context.Context, t crawlTask) (r *crawlResult, parse func()) {
	r = &crawlResult{task: t}
	guard(r, t.key, func() {
		end := c.f.chain(ctx, t.key, chainOf[t.kind], r)
		if end == nil {
			return
		}
		defer end.close()
		switch t.kind {
		case taskPage:
			parse = c.page(ctx, t, end, r)
		case taskScript:
			parse = c.script(ctx, t, end, r)
		case taskSitemap:
			c.sitemap(ctx, end, r)
		}
	})
	return r, parse
}

// guard runs f, turning a panic while reading a hostile page into an
// error line for that page rather than the end of the process.
func guard(r *crawlResult, key string, f func()) {
	defer func() {
		if p := recover(); p != nil {
			r.fail(key, fmt.Errorf("internal error: %v", p))
		}
	}()
	f()
}

// body opens the body of a chain's last response when its status is
// below limit, reporting why it cannot be read.
func (c *crawler) body(ctx context.Context, end *chainEnd, limit int, r *crawlResult) *crawlBody {
	if end.resp.StatusCode >= limit {
		drain(end.resp)
		return nil
	}
	b, err := c.f.openBody(end.resp)
	if err != nil {
		c.fail(ctx, r, end.key, err)
		return nil
	}
	return b
}

// fail records an error line unless the crawl is being cancelled, which
// explains every failure at once (Evidence.Partial).
func (c *crawler) fail(ctx context.Context, r *crawlResult, target string, err error) {
	if ctx.Err() == nil {
		r.fail(target, err)
	}
}

// page reads an HTML page (status below 400) and returns the step that
// extracts its links and scripts, or nil when there is nothing to extract.
// The body is read into a pooled buffer and not kept. Of a logout page,
// reached by the logout probe, only the inline scripts are kept, all
// marked Logout: what runs there is the site's logout.
func (c *crawler) page(ctx context.Context, t crawlTask, end *chainEnd, r *crawlResult) (parse func()) {
	if isRedirect(end.resp) {
		// A browser never shows a redirect's body, and its link leads
		// where the redirect does: into a loop or out of scope.
		drain(end.resp)
		return nil
	}
	b := c.body(ctx, end, 400, r)
	if b == nil {
		return nil
	}
	if !extract.IsHTML(end.resp.Header.Get("Content-Type"), b.sniff()) {
		if b.err != nil {
			c.fail(ctx, r, end.key, b.err)
		}
		drain(end.resp)
		return nil
	}
	buf := extract.PageBuffer()
	_, err := buf.ReadFrom(b)
	switch {
	case b.err != nil:
		c.fail(ctx, r, end.key, b.err)
	case err != nil:
		c.fail(ctx, r, end.key, fmt.Errorf("HTML: %w", err))
	}
	if err != nil {
		extract.ReleasePageBuffer(buf)
		return nil
	}
	key, u := end.key, end.u
	return func() {
		defer extract.ReleasePageBuffer(buf)
		if page, err := extract.HTMLBytes(buf.Bytes(), u); err == nil {
			c.pageFound(t, key, u, page, r)
		}
	}
}

// pageFound adds to r what the page at key (u) links to and runs.
func (c *crawler) pageFound(t crawlTask, key string, u *url.URL, page *extract.Page, r *crawlResult) {
	logoutPage := t.kind == taskLogout
	if logoutPage {
		page.Links, page.LogoutForms = nil, nil
	}
	follow := t.depth < c.cfg.MaxDepth
	for _, l := range page.Links {
		if l.Kind == extract.LinkScript {
			continue // fetched as a script, from page.Scripts
		}
		key, ok := c.resolve(l.URL, r)
		switch {
		case !ok:
		case l.Logout:
			r.logouts = append(r.logouts, crawlTask{kind: taskLogout, key: key})
		case follow:
			r.links = append(r.links, crawlTask{kind: taskPage, key: key, depth: t.depth + 1})
		}
	}
	for _, f := range page.LogoutForms {
		r.logoutForms = append(r.logoutForms, logoutForm{action: f.URL, page: key})
	}
	origin := u.Scheme + "://" + u.Host
	for _, s := range page.Scripts {
		if s.Kind != extract.ScriptExternal {
			sc := scriptOf(s)
			sc.URL, sc.Page = key, key
			sc.Logout = sc.Logout || logoutPage
			c.recordScript(sc, r)
			continue
		}
		if logoutPage {
			continue
		}
		n, ok := normaliseString(s.URL)
		switch {
		case !ok:
			continue
		case n.origin != origin || !c.f.scope.allows(n):
			r.outOfScope = append(r.outOfScope, n.key)
		default:
			r.scriptRefs = append(r.scriptRefs, crawlTask{kind: taskScript, key: n.key, page: key})
		}
	}
}

// resolve normalises a link and checks its scope, noting it when out of
// scope. Links that are not http or https are ignored.
func (c *crawler) resolve(raw string, r *crawlResult) (string, bool) {
	n, ok := normaliseString(raw)
	if !ok {
		return "", false
	}
	if !c.f.scope.allows(n) {
		r.outOfScope = append(r.outOfScope, n.key)
		return "", false
	}
	return n.key, true
}

// recordScript adds a script to r and hands it to CrawlConfig.Scripts.
func (c *crawler) recordScript(sc *evidence.Script, r *crawlResult) {
	r.scripts = append(r.scripts, sc)
	if c.cfg.Scripts != nil {
		c.cfg.Scripts(sc)
	}
}

// script reads a same-origin external script (status 2xx) whole and
// returns the step that turns it into JavaScript, or nil when there is
// nothing to turn, as page does.
func (c *crawler) script(ctx context.Context, t crawlTask, end *chainEnd, r *crawlResult) (convert func()) {
	if end.resp.StatusCode < 200 {
		return nil
	}
	b := c.body(ctx, end, 300, r)
	if b == nil {
		return nil
	}
	src, err := b.readAll()
	if err != nil {
		c.fail(ctx, r, end.key, err)
		return nil
	}
	key := end.key
	return func() {
		c.recordScript(&evidence.Script{
			URL: key, Source: script.ToJavaScript(string(src), script.JavaScript), Line: 1, Col: 1, Kind: string(extract.ScriptExternal), Page: t.page,
		}, r)
	}
}

// sitemap queues the in-scope <loc> URLs of a sitemap (status 2xx) at depth
// 1, reading the XML as a stream. A sitemap index's <loc> entries are
// crawled as pages, not read as sitemaps.
func (c *crawler) sitemap(ctx context.Context, end *chainEnd, r *crawlResult) {
	if end.resp.StatusCode < 200 {
		return
	}
	b := c.body(ctx, end, 300, r)
	if b == nil {
		return
	}
	if extract.IsHTML(end.resp.Header.Get("Content-Type"), b.sniff()) {
		return // a "page not found" page served with 200: there is no sitemap
	}
	dec := xml.NewDecoder(b)
	dec.Strict = false
	// Sitemaps are UTF-8 by rule; read others byte for byte, which keeps ASCII URLs intact.
	dec.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	inLoc, n := false, 0
	var loc strings.Builder
	for n < maxSitemapURLs {
		tok, err := dec.Token()
		if err != nil {
			switch {
			case b.err != nil:
				c.fail(ctx, r, end.key, b.err)
			case !errors.Is(err, io.EOF):
				c.fail(ctx, r, end.key, fmt.Errorf("sitemap: %w", err))
			}
			return
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			inLoc = tok.Name.Local == "loc"
			loc.Reset()
		case xml.CharData:
			if inLoc && loc.Len() < 8<<10 { // no URL is longer; a longer text is no URL
				loc.Write(tok)
			}
		case xml.EndElement:
			if inLoc && tok.Name.Local == "loc" {
				n++
				c.sitemapURL(end.u, strings.TrimSpace(loc.String()), r)
			}
			inLoc = false
		}
	}
}

func (c *crawler) sitemapURL(base *url.URL, raw string, r *crawlResult) {
	ref, err := url.Parse(raw)
	if err != nil || c.cfg.MaxDepth < 1 {
		return
	}
	if key, ok := c.resolve(base.ResolveReference(ref).String(), r); ok {
		r.links = append(r.links, crawlTask{kind: taskPage, key: key, depth: 1})
	}
}
