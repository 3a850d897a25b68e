package rules

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/cookiescan/cookiescan/token"
)

// Classifier decides what a cookie is for from its name and value.
// The built-in lists follow framework defaults; users extend them per class.
type Classifier struct {
	extra []classPattern
}

type classPattern struct {
	class Class
	re    *regexp.Regexp
}

// NewClassifier returns a classifier with the built-in lists plus the given
// patterns per class; a pattern is a regular expression matched against the
// whole cookie name, case-insensitively.
func NewClassifier(extra map[Class][]string) (*Classifier, error) {
	c := &Classifier{}
	// Most specific classes first, so that a user's csrf name wins over a session pattern.
	for _, class := range []Class{ClassCSRF, ClassInfrastructure, ClassTracking, ClassCredential, ClassIdentity, ClassSession} {
		for _, p := range extra[class] {
			re, err := regexp.Compile(`(?i)^(?:` + p + `)$`)
			if err != nil {
				return nil, err
			}
			c.extra = append(c.extra, classPattern{class, re})
		}
	}
	return c, nil
}

// DefaultClassifier knows only the built-in lists.
var DefaultClassifier = &Classifier{}

var (
	csrfExact = set("csrftoken", "csrf", "_csrf", "xsrf-token", "_xsrf", "x-xsrf-token", "x-csrf-token", "csrf_token", "csrf-token", "__requestverificationtoken")
	csrfParts = []string{"csrf", "xsrf", "antiforgery"}

	infraExact    = set("awsalb", "awsalbcors", "awsalbtg", "awsalbtgcors", "awselb", "awselbcors", "arraffinity", "arraffinitysamesite", "heroku-session-affinity", "__cf_bm", "__cflb", "_cfuvid", "cf_clearance", "__cfruid", "gclb", "serverid", "routeid", "route", "ingresscookie", "akaalb", "ak_bmsc", "bm_sv", "bm_sz", "_abck")
	infraPrefixes = []string{"bigipserver", "ts01", "incap_ses_", "visid_incap_", "nlbi_", "x-mapping-", "akaalb_", "__cf"}

	trackingExact    = set("_ga", "_gid", "_gat", "_fbp", "_fbc", "_gcl_au", "_clck", "_clsk", "_uetsid", "_uetvid", "ide", "nid", "anid", "muid", "_pin_unauth", "_ttp", "_scid", "consent", "cookieconsent_status", "cookieconsent", "optanonconsent", "optanonalertboxclosed", "euconsent-v2", "cookielawinfo-checkbox-necessary", "theme", "lang", "language", "locale", "i18n_redirected", "timezone", "tz", "currency", "dark_mode", "color_scheme", "__stripe_mid", "__stripe_sid", "_hjsessionuser", "_hjsession", "_hjid", "hubspotutk", "__hstc", "__hssc", "__hssrc", "_mkto_trk", "mp_optout", "ajs_anonymous_id", "ajs_user_id", "_pk_id", "_pk_ses", "_dc_gtm", "test_cookie", "_parsely_visitor", "__qca", "_rdt_uuid")
	trackingPrefixes = []string{"_ga_", "_gat_", "_gcl_", "__utm", "_hj", "mp_", "ajs_", "_pk_", "_clck", "_uet", "amplitude_id", "_dd_s", "optimizely", "cookieyes-", "cookielawinfo-", "wp-settings-", "intercom-", "_tt_", "_sp_"}

	sessionExact    = set("phpsessid", "jsessionid", "asp.net_sessionid", "connect.sid", "sessionid", "session", "session_id", "sid", "laravel_session", "rack.session", ".aspnetcore.session", ".aspnetcore.cookies", ".aspxauth", "cfid", "cftoken", "express:sess", "koa.sess", "koa:sess", "play_session", "remember_token", "remember_user_token", "ci_session", "symfony", "frontend", "adminhtml", "ssid", "psid", "keystone.sid", "mojolicious", "beaker.session.id", "flask_session", "_oauth2_proxy", "next-auth.session-token", "shiny-session", "zenid", "siteserver", "viewstate", "sessid")
	sessionPrefixes = []string{"aspsessionid", "wordpress_logged_in_", "wordpress_sec_", "wp_woocommerce_session_", ".aspnetcore."}
	sessionParts    = []string{"sess", "auth", "token", "jwt", "login", "remember", "saml", "oidc"}
	sessionSuffix   = []string{"_session", ".session", "-session", "sid"}

	// Credentials are named for what the user types, never for a session.
	credentialParts = []string{"password", "passwd", "passphrase", "passcode"}
	credentialWords = set("pwd", "pass", "pin", "secret", "passwort", "pswd")

	// flagValues are what a checkbox or a toggle stores; no session or
	// identity token is that small.
	flagValues = set("true", "false", "0", "1", "yes", "no", "on", "off")
	// flagNameStarts begin the names of flags ("rememberMe", "isLoggedIn"),
	// which hold one of flagValues however the code computes them.
	flagNameStarts = set("is", "has", "show", "use", "enable", "disable", "hide")

	identityWords = set("user", "username", "uname", "uid", "userid", "user_id", "account", "acct", "accountid", "email", "mail", "role", "roles", "admin", "isadmin", "superuser", "level", "group", "groups", "permission", "permissions", "perms", "privilege", "privileges", "loggedin", "customer", "customerid", "member", "memberid", "tenant", "acl", "usertype", "access", "accesslevel", "staff", "owner")
)

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// Classify puts a cookie into one class. Names decide first; a name that says
// nothing falls back to the value: a long high-entropy opaque value is almost
// always a session identifier.
func (c *Classifier) Classify(name, value string) Class {
	return c.nameTraits(name).classify(name, value)
}

// nameTraits is what a cookie's name alone tells of its class: the class
// itself, or what the value then decides between.
type nameTraits struct {
	// class is the class the name decides, when decided is set.
	class   Class
	decided bool
	// sessionName is set for a framework's session cookie name.
	sessionName bool
	// session and identity are what the words of the name say.
	session, identity bool
}

func (c *Classifier) nameTraits(name string) nameTraits {
	for _, p := range c.extra {
		if p.re.MatchString(name) {
			return nameTraits{class: p.class, decided: true}
		}
	}
	lower := strings.ToLower(name)
	// Prefixes say nothing about purpose; judge the name behind them.
	for _, pre := range []string{"__host-http-", "__http-", "__host-", "__secure-"} {
		if strings.HasPrefix(lower, pre) && len(lower) > len(pre) {
			lower = lower[len(pre):]
			break
		}
	}
	switch {
	case csrfExact[lower] || containsAny(lower, csrfParts):
		return nameTraits{class: ClassCSRF, decided: true}
	case infraExact[lower] || hasAnyPrefix(lower, infraPrefixes):
		return nameTraits{class: ClassInfrastructure, decided: true}
	case trackingExact[lower] || hasAnyPrefix(lower, trackingPrefixes):
		return nameTraits{class: ClassTracking, decided: true}
	}
	words := nameWords(name)
	if containsAny(lower, credentialParts) || slices.ContainsFunc(words, func(w string) bool { return credentialWords[w] }) {
		return nameTraits{class: ClassCredential, decided: true}
	}
	if sessionExact[lower] {
		return nameTraits{sessionName: true}
	}
	var t nameTraits
	for _, w := range words {
		if identityWords[w] {
			t.identity = true
		}
	}
	if identityWords[strings.Join(words, "")] {
		t.identity = true
	}
	t.session = hasAnyPrefix(lower, sessionPrefixes) || hasAnySuffix(lower, sessionSuffix) ||
		(containsAny(lower, sessionParts) && !strings.Contains(lower, "author"))
	return t
}

// classify is the class of the cookie name, of these traits, with value.
func (t nameTraits) classify(name, value string) Class {
	switch {
	case t.decided:
		return t.class
	case t.sessionName && flagValues[strings.ToLower(value)]:
		return ClassUnknown
	case t.sessionName:
		return ClassSession
	case t.session && IsFlag(name, value):
		return ClassUnknown
	case t.session:
		// "user_session" and "auth_token" hold credentials, not forgeable claims.
		return ClassSession
	case t.identity:
		return ClassIdentity
	case OpaqueID(value):
		return ClassSession
	}
	return ClassUnknown
}

// maxClassifiedNames bounds the cookie names a classMemo remembers.
const maxClassifiedNames = 1 << 12

// classMemo classifies the cookies of one judgement, judging each name once:
// a crawl meets the same few names on every page, with values that differ.
type classMemo struct {
	classifier *Classifier
	byName     map[string]nameTraits
}

func newClassMemo(c *Classifier) *classMemo {
	return &classMemo{classifier: c, byName: map[string]nameTraits{}}
}

// Classify is the classifier's Classify.
func (m *classMemo) Classify(name, value string) Class {
	t, ok := m.byName[name]
	if !ok {
		t = m.classifier.nameTraits(name)
		if len(m.byName) < maxClassifiedNames {
			m.byName[name] = t
		}
	}
	return t.classify(name, value)
}

// IsFlag reports whether a cookie holds a flag rather than a token: its
// value is a boolean or a small number (true, 0, yes, off...), or, when the
// value is not known (a deletion, a value computed in script), its name
// reads as a flag (rememberMe, remember_me, isLoggedIn).
func IsFlag(name, value string) bool {
	if value != "" {
		return flagValues[strings.ToLower(value)]
	}
	words := nameWords(name)
	switch {
	case len(words) == 0:
		return false
	case strings.Join(words, "") == "rememberme":
		return true
	}
	return len(words) > 1 && flagNameStarts[words[0]]
}

// nameWords splits a cookie name into lower-case words at punctuation and
// camelCase boundaries: "isAdmin" and "is_admin" both give [is admin].
func nameWords(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	runes := []rune(name)
	for i, r := range runes {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && i > 0 && unicode.IsLower(runes[i-1]):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return words
}

// OpaqueID reports whether a value looks like a random identifier, as
// token.RandomID decides for the value formats too.
func OpaqueID(value string) bool {
	return token.RandomID(value)
}

func containsAny(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, p := range suffixes {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}
