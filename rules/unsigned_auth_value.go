package rules

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/cookiescan/cookiescan/token"
)

var (
	plainValue   = regexp.MustCompile(`^[\w.@+\-, ]{1,64}$`)
	signedSuffix = regexp.MustCompile(`[.:|-][A-Za-z0-9_\-+/=]{20,}$`)
	longBase64   = regexp.MustCompile(`[A-Za-z0-9_\-+/]{22,}`)
	// signatureSiblings are the names frameworks give a cookie that signs another.
	signatureSiblings = []string{".sig", "_sig", ".sign", "_sign", "_hash", "_hmac", "_signature", ".hmac", "-sig"}
)

// UnsignedAuthValue flags identity and authorization cookies an attacker can simply rewrite.
var UnsignedAuthValue = &Rule{
	ID:       "unsigned-auth-value",
	Title:    "Identity or role in a cookie without a signature",
	Severity: High,
	CWE:      565,
	Doc: `A cookie such as role=admin, user=alice or isAdmin=false is under the
user's control: anyone can edit it in the browser. If the server trusts it,
changing it changes who you are or what you may do. A value that carries a
signature (value.signature, s:value.signature, a sibling name.sig cookie, or
an HMAC digest in a sibling cookie) or that is an opaque random ID is not
reported.

Fix: keep identity and roles in the server-side session, or sign the value
with an HMAC the server verifies on every request.`,
	Bad: []Example{{SetCookie: []string{"role=admin; Path=/; Secure; HttpOnly"}}, {SetCookie: []string{"isAdmin=false; Path=/"}}, {SetCookie: []string{"user=alice%40example.com; Path=/"}}},
	Good: []Example{
		{SetCookie: []string{"role=admin.Xk2cPa9q8f7RtYh3JmN1bV5wE0sLd; Path=/"}},
		{SetCookie: []string{"user=alice; Path=/", "user.sig=Nq0Pf3xj4Yt3bLr7JbQ2sW1vE9c; Path=/"}},
		{SetCookie: []string{"account=alice; Path=/", "ssid=5d41402abc4b2a76b9719d911017c592aaf0c8e1; Path=/"}},
		{SetCookie: []string{"uid=550e8400-e29b-41d4-a716-446655440000; Path=/"}},
	},
	Check: func(p *Pass) {
		for o := range p.Site.Sent() {
			if o.Class != ClassIdentity || o.Op != nil || !forgeable(o) || signedBySibling(o) {
				continue
			}
			p.Reportf(o, "identity cookie %q holds a plain value with no signature: anyone can change it in the browser%s", o.Cookie.Name, o.rejectedToo())
		}
	},
}

// forgeable reports whether a value can be rewritten by hand: plain text or
// data in clear (JSON, base64 JSON, PHP serialize), neither signed nor
// encrypted nor a random identifier.
func forgeable(o *Observed) bool {
	t := o.Token()
	if t.Signed || t.Encrypted {
		return false
	}
	switch t.Format {
	case token.JSONValue, token.Base64JSON, token.PHPSerialized:
		return true
	case token.Plain:
		return plainAuthValue(o.Cookie.Value)
	}
	return false
}

// plainAuthValue reports whether a plain value is readable and rewritable as
// it stands: short words, numbers, flags or e-mail addresses, with no
// signature part and not an opaque random ID.
func plainAuthValue(v string) bool {
	if decoded, err := url.QueryUnescape(v); err == nil {
		v = decoded
	}
	v = strings.Trim(v, `"`)
	if v == "" || !plainValue.MatchString(v) || strings.HasPrefix(v, "s:") || strings.Contains(v, "--") {
		return false
	}
	return !signedSuffix.MatchString(v) && !longBase64.MatchString(v) && !OpaqueID(v)
}

// signedBySibling reports whether the same response sets a cookie that signs
// this one: name.sig and kin, or another cookie holding an HMAC digest.
func signedBySibling(o *Observed) bool {
	ix := o.Response.signers()
	for _, suffix := range signatureSiblings {
		if ix.names[strings.ToLower(o.Cookie.Name+suffix)] {
			return true
		}
	}
	digests := ix.digests
	if token.IsHexDigest(o.Cookie.Value) {
		digests-- // the cookie does not sign itself
	}
	return digests > 0
}

// signerIndex is what a response's cookies offer to sign another: their
// names in lower case, and how many hold an HMAC digest (40 hex digits and
// up: HMAC-SHA1 or longer; 32 would match every PHP session ID).
type signerIndex struct {
	names   map[string]bool
	digests int
}

// signers indexes the response's cookies once, so that judging every cookie
// of a response of many stays linear.
func (r *Response) signers() *signerIndex {
	if r.signerIndex == nil {
		ix := &signerIndex{names: make(map[string]bool, len(r.Cookies))}
		for _, s := range r.Cookies {
			ix.names[strings.ToLower(s.Cookie.Name)] = true
			if token.IsHexDigest(s.Cookie.Value) {
				ix.digests++
			}
		}
		r.signerIndex = ix
	}
	return r.signerIndex
}
