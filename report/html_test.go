package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/cookiescan/cookiescan/rules"
)

func TestHTMLGolden(t *testing.T) {
	for _, tc := range []struct {
		file   string
		result *Result
	}{
		{"html.html", withRules(fixture())},
		{"empty-html.html", withRules(emptyFixture())},
	} {
		t.Run(tc.file, func(t *testing.T) {
			compareGolden(t, tc.file, writeHTML(t, tc.result))
		})
	}
}

func writeHTML(t *testing.T, r *Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := HTMLWriter(rules.High).Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// remoteRef matches a reference that would make a browser fetch something.
var remoteRef = regexp.MustCompile(`(?i)^\s*(https?:|//|ftp:|ws:|wss:)`)

// cssRef matches CSS that loads a resource.
var cssRef = regexp.MustCompile(`(?i)url\(|@import`)

func TestHTMLLoadsNothingRemote(t *testing.T) {
	r := withRules(fixture())
	// Text from a scanned site must stay text, whatever it holds.
	r.Findings[0].Message = `<img src="https://evil.example/x.png"><script src="//evil.example/x.js"></script>`
	r.Cookies[0].Name = `"><link rel=stylesheet href=https://evil.example/x.css>`
	out := writeHTML(t, r)
	doc, err := html.Parse(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	scripts := 0
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "img", "link", "iframe", "object", "embed", "audio", "video", "source", "base":
			t.Errorf("page has a <%s> element", n.Data)
		case "script":
			scripts++
		case "style":
			if n.FirstChild != nil && cssRef.MatchString(n.FirstChild.Data) {
				t.Error("inline CSS loads a resource")
			}
		}
		for _, a := range n.Attr {
			switch a.Key {
			case "src", "href", "action", "srcset", "poster", "data", "formaction", "xlink:href":
				if remoteRef.MatchString(a.Val) || a.Key != "href" {
					t.Errorf("<%s %s=%q> refers to a resource", n.Data, a.Key, a.Val)
				}
			case "style":
				if cssRef.MatchString(a.Val) {
					t.Errorf("<%s style=%q> loads a resource", n.Data, a.Val)
				}
			}
		}
	}
	if scripts != 1 {
		t.Errorf("%d script elements, want the one inline filter script", scripts)
	}
	if !bytes.Contains(out, []byte("default-src 'none'")) {
		t.Error("page has no Content-Security-Policy forbidding other sources")
	}
	if !strings.Contains(string(out), "&lt;img src=&#34;https://evil.example/x.png&#34;&gt;") {
		t.Error("a message holding markup is not shown escaped")
	}
}

func TestHTMLShowsEveryCookieWithItsVerdictsAndFindings(t *testing.T) {
	out := string(writeHTML(t, withRules(fixture())))
	for _, want := range []string{
		`<tr class="cookie" data-host="app.example.com" data-severity="high">`, // sid: missing-httponly
		`<a href="#rule-missing-httponly"><span class="sev sev-high">high</span> missing-httponly</a>`,
		"rejected: SameSite=None requires the Secure attribute.",
		"blocked: SameSiteNoneInsecure",
		"400 days (capped)",
		"1 hour", "deletes", "session",
		`\x1b[2Jevil`,
		`<section class="rule" id="rule-cleartext-cookie">`,
		"Fix: add HttpOnly",     // the rule's explanation
		"Set-Cookie: PHPSESSID", // its examples
		"… and 2 more distinct cookies",
		"Set-Cookie: sid=[redacted]; Path=/; Secure", // values stay redacted
	} {
		if !strings.Contains(out, want) {
			t.Errorf("page does not contain %q", want)
		}
	}
	if strings.ContainsAny(out, "\x1b\u009b\u202e") {
		t.Error("page holds a raw control character")
	}
	if got := strings.Count(out, `<div class="finding"`); got != len(fixture().Findings) {
		t.Errorf("%d findings shown, want %d", got, len(fixture().Findings))
	}
}
