package rules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/script"
	"github.com/cookiescan/cookiescan/setcookie"
)

// Disagreement is a cookie on which a browser's verdict (stored or
// blocked) differs from the model's, so that the model can be corrected.
type Disagreement struct {
	// URL is the response that set the cookie; Name the cookie's name.
	URL  string `json:"url"`
	Name string `json:"name"`
	// Model and Browser are each verdict in words: "stored", or "blocked"
	// with the reasons.
	Model   string `json:"model"`
	Browser string `json:"browser"`
}

// String is the disagreement as an error line.
func (d Disagreement) String() string {
	return fmt.Sprintf("%s: cookie %q: the model says %s, Chromium says %s", d.URL, d.Name, d.Model, d.Browser)
}

// settingsReasons are Chromium's reasons for blocking a cookie that come
// from the user's settings, not from the cookie or the request: no
// disagreement with the model.
var settingsReasons = []string{"UserPreferences", "ThirdPartyPhaseout", "ThirdPartyBlockedInFirstPartySet", "UnknownError"}

// contextReason is why Chromium blocks a cookie that a cross-site response
// sets, from its SameSite (a missing or invalid one counting as Lax), or
// "" when the context allows it.
func contextReason(c *setcookie.Cookie, crossSite bool) string {
	if !crossSite {
		return ""
	}
	switch c.SameSite {
	case setcookie.SameSiteStrict:
		return "SameSiteStrict"
	case setcookie.SameSiteLax:
		return "SameSiteLax"
	case setcookie.SameSiteNone:
		return ""
	}
	return "SameSiteUnspecifiedTreatedAsLax"
}

// sameReason reports whether Chromium's reason r is the model's context
// reason, its schemeful form included.
func sameReason(r, model string) bool {
	return r == model || r == "Schemeful"+model
}

// ChromiumReason names a model reason as Chromium's DevTools protocol does
// (SetCookieBlockedReason), or "" when Chromium has no reason of its own for it.
func ChromiumReason(r setcookie.Reason) string {
	switch r {
	case setcookie.RejectNoContent:
		return "NoCookieContent"
	case setcookie.RejectControlCharacter:
		return "DisallowedCharacter"
	case setcookie.RejectTooLarge:
		return "NameValuePairExceedsMaxSize"
	case setcookie.RejectDomainNonASCII, setcookie.RejectPublicSuffix, setcookie.RejectDomainMismatch:
		return "InvalidDomain"
	case setcookie.RejectSecureInsecureOrigin:
		return "SecureOnly"
	case setcookie.RejectSameSiteNoneInsecure:
		return "SameSiteNoneInsecure"
	case setcookie.RejectPrefixSecure, setcookie.RejectPrefixHost, setcookie.RejectPrefixHttp,
		setcookie.RejectPrefixHostHttp, setcookie.RejectHiddenPrefix:
		return "InvalidPrefix"
	case setcookie.RejectOverwriteSecure:
		return "OverwriteSecure"
	}
	return ""
}

// silent reports whether Chromium drops a cookie for this reason without
// listing it as blocked (Partitioned without Secure): its silence then says
// nothing.
func silent(r setcookie.Reason) bool { return ChromiumReason(r) == "" }

// compareWithBrowser lists the cookies on which the browser that received
// a response and the model disagree about storing.
func (s *Site) compareWithBrowser() {
	for _, o := range s.Cookies {
		b := o.Response.Browser
		if o.Op != nil || b == nil || o.Index >= len(b.Verdicts) {
			continue
		}
		v := b.Verdicts[o.Index]
		if !v.Stored && slices.ContainsFunc(v.Reasons, func(r string) bool { return slices.Contains(settingsReasons, r) }) {
			continue
		}
		// The model's jar judges the cookie alone; the response's context
		// may block it on top of that.
		stored, inContext := o.Stored.Stored, contextReason(o.Cookie, b.CrossSite)
		if stored && inContext != "" {
			stored = false
			if !v.Stored && slices.ContainsFunc(v.Reasons, func(r string) bool { return sameReason(r, inContext) }) {
				continue
			}
		}
		if v.Stored == stored || v.Stored && slices.ContainsFunc(o.Stored.Reasons, silent) {
			continue
		}
		model := "stored"
		switch {
		case !o.Stored.Stored:
			reasons := make([]string, len(o.Stored.Reasons))
			for i, r := range o.Stored.Reasons {
				reasons[i] = string(r)
			}
			model = "blocked (" + strings.Join(reasons, ", ") + ")"
		case !stored:
			model = "blocked (" + inContext + ", the response being cross-site)"
		}
		browser := "stored"
		if !v.Stored {
			browser = "blocked (" + strings.Join(v.Reasons, ", ") + ")"
		}
		s.Disagreements = append(s.Disagreements, Disagreement{URL: o.Response.URL, Name: o.Cookie.Name, Model: model, Browser: browser})
	}
}

// browserIssues are notes of what the browser's Issues panel said of
// the cookies (a third-party cookie phase-out, SameSite=None without
// Secure), once for each cookie and set of issues not in seen.
func (s *Site) browserIssues(seen map[string]bool) []string {
	var notes []string
	for _, o := range s.Cookies {
		b := o.Response.Browser
		if o.Op != nil || b == nil || o.Index >= len(b.Verdicts) || len(b.Verdicts[o.Index].Issues) == 0 {
			continue
		}
		issues := strings.Join(b.Verdicts[o.Index].Issues, ", ")
		key := o.Cookie.Name + "\x00" + o.Cookie.Domain + "\x00" + o.Cookie.Path + "\x00" + issues
		if seen[key] {
			continue
		}
		seen[key] = true
		notes = append(notes, fmt.Sprintf("%s: cookie %q: Chromium's Issues panel says %s", RedactSessionIDs(o.Response.URL), o.Cookie.Name, issues))
	}
	return notes
}

// addRuntimeWrites turns the cookie writes a browser saw scripts make into
// script operations, located at the writing script's line and column, so
// that the script rules and the header rules judge them as they judge the
// writes found in source, even when no reading of the source could name
// the cookie.
func (s *Site) addRuntimeWrites(writes []*evidence.CookieWrite, now time.Time, classifier *classMemo) {
	for _, w := range writes {
		c := setcookie.Parse(w.Cookie)
		op := script.Op{
			Kind: script.Write, API: script.DocumentCookie, Name: w.Name, NameKnown: true,
			Value: w.Value, Cookie: w.Cookie, Line: w.Line, Col: w.Col, Function: w.Function, Logout: w.Logout,
			Snippet: "document.cookie = " + strconv.Quote(w.Cookie),
		}
		if w.Cookie != "" {
			op.Attributes = strings.TrimPrefix(w.Cookie, w.Name+"="+w.Value)
		}
		switch w.API {
		case "cookieStore.set":
			op.API = script.CookieStore
			op.Snippet = w.API + "(" + strconv.Quote(w.Name) + ", " + strconv.Quote(w.Value) + ")"
		case "cookieStore.delete":
			op.API = script.CookieStore
			op.Snippet = w.API + "(" + strconv.Quote(w.Name) + ")"
		}
		if w.Delete || c.IsDeletion(now) {
			op.Kind = script.Delete
		}
		sc := &evidence.Script{URL: w.Script, Page: w.Page, Kind: "runtime"}
		o := &ScriptOp{Op: op, Script: sc, Class: classifier.Classify(w.Name, w.Value)}
		s.ScriptOps = append(s.ScriptOps, o)
		s.Cookies = append(s.Cookies, s.scriptCookie(o, now))
	}
}
