package rules

import (
	"regexp"
	"strings"

	"github.com/cookiescan/cookiescan/setcookie"
)

// Redacted stands in for a cookie value in reports unless values were asked for.
const Redacted = "[redacted]"

// urlSessionParams are the query parameters servers put session IDs in, after ZAP's session-token list.
var urlSessionParams = set("jsessionid", "phpsessid", "asp.net_sessionid", "aspsessionid", "sessionid", "session_id", "sessid", "sid", "cfid", "cftoken", "zenid", "siteserver", "session", "token", "auth_token", "access_token")

// pathSessionID is a session ID carried as a path parameter, as Java servlets do (;jsessionid=…).
var pathSessionID = regexp.MustCompile(`(?i);(jsessionid|phpsessid|sessionid|sid)=[^/?#;]{8,}`)

// redactURL keeps a URL's shape but not its query values or path parameters.
func redactURL(raw string) string {
	return redactQuery(raw, func(string) bool { return true })
}

// RedactSessionIDs hides the session identifiers a URL carries, and nothing else.
func RedactSessionIDs(raw string) string { return redactSessionIDs(raw) }

// redactSessionIDs hides the session identifiers a URL carries, and nothing else.
func redactSessionIDs(raw string) string {
	return redactQuery(raw, func(name string) bool { return urlSessionParams[strings.ToLower(name)] })
}

// redactQuery replaces path-parameter session IDs and the values of the
// query parameters that secret says hold one.
func redactQuery(raw string, secret func(name string) bool) string {
	// Most URLs have no path parameter for the expression to match.
	if strings.IndexByte(raw, ';') >= 0 {
		raw = pathSessionID.ReplaceAllString(raw, ";$1="+Redacted)
	}
	base, query, ok := strings.Cut(raw, "?")
	if !ok {
		return raw
	}
	frag := ""
	if q, f, ok := strings.Cut(query, "#"); ok {
		query, frag = q, "#"+f
	}
	parts := strings.Split(query, "&")
	for i, part := range parts {
		if name, _, ok := strings.Cut(part, "="); ok && secret(name) {
			parts[i] = name + "=" + Redacted
		}
	}
	return base + "?" + strings.Join(parts, "&") + frag
}

func (a *aggregator) redact(v string) string {
	if a.opts.ShowValues {
		return v
	}
	return Redacted
}

// redactScript is an operation's source text with the cookie value hidden.
func (a *aggregator) redactScript(op *ScriptOp) string {
	if a.opts.ShowValues || len(op.Value) < 4 {
		return op.Snippet
	}
	return strings.ReplaceAll(op.Snippet, op.Value, Redacted)
}

func (a *aggregator) redactLine(c *setcookie.Cookie) string {
	if a.opts.ShowValues {
		return c.String()
	}
	redacted := *c
	if redacted.Value != "" {
		redacted.Value = Redacted
	}
	return redacted.String()
}
