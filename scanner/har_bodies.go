package scanner

import (
	"encoding/base64"
	"mime"
	"net/url"
	"path"
	"strings"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/scanner/extract"
	"github.com/cookiescan/cookiescan/script"
)

// maxHARScriptBytes bounds the script text one HAR file keeps for analysis:
// a capture of any size holds at most this much, the rest is counted in a
// limit.
const maxHARScriptBytes = 64 << 20

// harContent is an entry's response body, as far as the reader takes it.
type harContent struct {
	MimeType string  `json:"mimeType"`
	Encoding string  `json:"encoding"`
	Text     *string `json:"text"`
}

// harBodies turns the HTML and JavaScript bodies of a capture into scripts
// as the crawl does with the pages it fetches: the inline scripts, handlers
// and javascript: URLs of a page (all marked Logout on the answer to a
// logout request), and the same-origin external scripts pages of the
// capture refer to.
type harBodies struct {
	scripts func(*evidence.Script)
	// pageOf maps a script URL to the first page that refers to it.
	pageOf map[string]string
	// origins are those of the pages of the capture.
	origins map[string]bool
	kept    int // bytes of script text kept
	dropped int // scripts left out past maxHARScriptBytes
}

func newHARBodies(scripts func(*evidence.Script)) *harBodies {
	return &harBodies{scripts: scripts, pageOf: map[string]string{}, origins: map[string]bool{}}
}

// entry reads the body of one response.
func (b *harBodies) entry(resp *evidence.Response, u *url.URL, c *harContent) {
	if c == nil || c.Text == nil || *c.Text == "" || resp.Status >= 400 || isRedirectStatus(resp.Status) {
		return
	}
	body := *c.Text
	if strings.EqualFold(c.Encoding, "base64") {
		body = decodeBase64(body)
	}
	ctype := c.MimeType
	if ctype == "" {
		ctype = resp.Header.Get("Content-Type")
	}
	sniff := body[:min(len(body), sniffLen)]
	switch {
	case extract.IsHTML(ctype, []byte(sniff)):
		b.page(resp, u, body)
	case resp.Status < 300 && isJavaScript(ctype, u):
		b.external(resp, u, body)
	}
}

func isRedirectStatus(status int) bool { return status >= 300 && status <= 399 }

// page extracts the scripts of an HTML body.
func (b *harBodies) page(resp *evidence.Response, u *url.URL, body string) {
	page, err := extract.HTML(strings.NewReader(body), u)
	if err != nil || page == nil {
		return
	}
	n, ok := normaliseURL(u)
	if !ok {
		return
	}
	b.origins[n.origin] = true
	for _, s := range page.Scripts {
		if s.Kind == extract.ScriptExternal {
			if su, err := url.Parse(s.URL); err == nil {
				if sn, ok := normaliseURL(su); ok && sn.origin == n.origin {
					if _, seen := b.pageOf[sn.key]; !seen {
						b.pageOf[sn.key] = n.key
					}
				}
			}
			continue
		}
		sc := scriptOf(s)
		sc.URL, sc.Page = n.key, n.key
		sc.Logout = sc.Logout || resp.Logout
		b.keep(sc)
	}
}

// external keeps a JavaScript body served from the origin of a page of the
// capture, as the crawl reads the same-origin scripts pages refer to.
func (b *harBodies) external(resp *evidence.Response, u *url.URL, body string) {
	n, ok := normaliseURL(u)
	if !ok {
		return
	}
	page, referred := b.pageOf[n.key]
	if !referred && !b.origins[n.origin] {
		return
	}
	b.keep(&evidence.Script{
		URL: n.key, Source: script.ToJavaScript(body, script.JavaScript), Line: 1, Col: 1,
		Kind: string(extract.ScriptExternal), Page: page, Logout: resp.Logout,
	})
}

// keep passes a script on when it touches cookies at all (the analysis
// skips the others) and the capture's budget allows.
func (b *harBodies) keep(sc *evidence.Script) {
	if !sc.Logout && !script.Mentions(sc.Source) {
		return
	}
	if b.kept+len(sc.Source) > maxHARScriptBytes {
		b.dropped++
		return
	}
	b.kept += len(sc.Source)
	b.scripts(sc)
}

// isJavaScript reports whether a body is a script: by its media type, or,
// without a telling one, by the ending of its URL path.
func isJavaScript(ctype string, u *url.URL) bool {
	mt, _, err := mime.ParseMediaType(ctype)
	if err == nil {
		switch {
		case strings.Contains(mt, "javascript"), strings.Contains(mt, "ecmascript"):
			return true
		case mt != "text/plain" && mt != "application/octet-stream":
			return false
		}
	}
	switch strings.ToLower(path.Ext(u.Path)) {
	case ".js", ".mjs", ".cjs":
		return true
	}
	return false
}

// decodeBase64 decodes a body HAR stores in base64; a body cut at the size
// bound loses its last partial character.
func decodeBase64(s string) string {
	s = strings.TrimRight(s, "=")
	if len(s)%4 == 1 {
		s = s[:len(s)-1]
	}
	out, err := base64.RawStdEncoding.DecodeString(s)
	if err != nil {
		return ""
	}
	return string(out)
}
