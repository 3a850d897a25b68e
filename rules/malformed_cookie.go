package rules

import (
	"fmt"
	"strings"

	"github.com/cookiescan/cookiescan/setcookie"
)

var malformedWarnings = map[setcookie.WarningKind]bool{
	setcookie.WarnNameless:           true,
	setcookie.WarnNoContent:          true,
	setcookie.WarnControlCharacter:   true,
	setcookie.WarnInvalidExpires:     true,
	setcookie.WarnInvalidMaxAge:      true,
	setcookie.WarnDuplicateAttribute: true,
}

var malformedReasons = []setcookie.Reason{setcookie.RejectNoContent, setcookie.RejectControlCharacter, setcookie.RejectDomainNonASCII}

// knownAttributes are the attributes a misspelling is measured against.
var knownAttributes = []string{"secure", "httponly", "samesite", "domain", "path", "expires", "max-age", "partitioned"}

// MalformedCookie flags headers browsers drop or read differently from what was meant.
var MalformedCookie = &Rule{
	ID:       "malformed-cookie",
	Title:    "Malformed Set-Cookie header",
	Severity: Low,
	CWE:      20,
	Doc: `The header is not what its author meant: a cookie without a name, control
characters, an Expires date or Max-Age browsers cannot read (so the cookie
becomes a session cookie), an attribute given twice (the last one wins), a
misspelt attribute (Secrue, HttpOnyl) that browsers ignore, or a non-ASCII
Domain. Browsers drop some of these and read others differently, and scanners
that match substrings report them wrongly.

Fix: emit headers with a cookie library rather than by hand.`,
	Bad: []Example{
		{SetCookie: []string{"secure; httponly"}},
		{SetCookie: []string{"sid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Expires=tomorrow; Secure; HttpOnly"}},
		{SetCookie: []string{"sid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Secrue; HttpOnly"}},
	},
	Good: []Example{{SetCookie: []string{"sid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Secure; HttpOnly; Priority=High"}}},
	Check: func(p *Pass) {
		for _, o := range p.Site.Cookies {
			var problems []string
			for _, w := range o.Cookie.Warnings {
				switch {
				case malformedWarnings[w.Kind]:
					problems = append(problems, w.Detail)
				case w.Kind == setcookie.WarnUnknownAttribute:
					if near := misspelt(w.Attribute); near != "" {
						problems = append(problems, fmt.Sprintf("attribute %q looks like a misspelling of %s and is ignored", w.Attribute, near))
					}
				}
			}
			problems = append(problems, o.rejections(malformedReasons)...)
			if len(problems) > 0 {
				p.Reportf(o, "cookie %q: %s", o.Cookie.Name, strings.Join(problems, "; "))
			}
		}
	},
}

// misspelt returns the known attribute an unknown one is one or two edits from.
func misspelt(attr string) string {
	a := strings.ToLower(attr)
	for _, known := range knownAttributes {
		if d := editDistance(a, known); d > 0 && d <= 2 && len(a) > 3 {
			return known
		}
	}
	return ""
}

// editDistance is the Damerau-Levenshtein distance (optimal string alignment)
// between two short strings, so that a swap of two letters counts as one edit.
func editDistance(a, b string) int {
	if len(a) > 32 || len(b) > 32 {
		return 99
	}
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
