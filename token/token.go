// Package token recognises what a cookie value is — JWT, Flask, Django, Express, Rails… — decodes what it can, and verifies signatures against known weak secrets.
//
// Everything here works offline and in bounded time on untrusted input: encoded
// input is capped at 64 KB, inflated data at 256 KB, JSON nesting at 32 levels,
// and length fields inside a value are never trusted. The package knows nothing
// about rules or severities; it only says what a value is.
package token

import (
	"net/netip"
	"net/url"
	"slices"
	"strings"
	"time"
)

// Format names a kind of cookie value.
type Format string

// The formats Recognise tells apart.
const (
	JWT                  Format = "jwt"                    // JSON Web Signature (three base64url segments)
	JWE                  Format = "jwe"                    // JSON Web Encryption (five segments)
	Flask                Format = "flask"                  // itsdangerous URLSafeTimedSerializer, Flask's session cookie
	Django               Format = "django-signed"          // django.core.signing, signed_cookies sessions and set_signed_cookie
	ExpressSession       Format = "express-session"        // s:<sid>.<sig> from express-session
	ExpressSigned        Format = "express-signed"         // s:<value>.<sig> from cookie-parser's signed cookies
	CookieSession        Format = "cookie-session"         // base64 JSON with a keygrip name.sig sibling (cookie-session)
	KeygripSigned        Format = "keygrip-signed"         // any value with a keygrip name.sig sibling (Koa, cookies)
	SiblingSigned        Format = "sibling-signed"         // a value in clear with its MAC in a sibling (name_hash, name_hmac…)
	RailsSigned          Format = "rails-signed"           // ActiveSupport::MessageVerifier: base64--hexdigest
	RailsEncrypted       Format = "rails-encrypted"        // ActiveSupport::MessageEncryptor: AES-GCM or AES-CBC+HMAC
	Laravel              Format = "laravel-encrypted"      // base64 JSON {iv, value, mac, tag}
	GorillaSecureCookie  Format = "gorilla-securecookie"   // base64url "date|value|mac"
	ASPNETDataProtection Format = "aspnet-data-protection" // CfDJ8… ASP.NET Core Data Protection payload
	BigIP                Format = "bigip"                  // F5 BIG-IP persistence cookie holding a backend address
	PHPSerialized        Format = "php-serialized"         // PHP serialize() output, possibly Yii2-validated
	FastifySigned        Format = "fastify-signed"         // value.signature from @fastify/cookie (cookie-signature without "s:")
	Iron                 Format = "iron"                   // hapi's Fe26.2 sealed object (@hapi/iron, @hapi/cookie, yar)
	TornadoSigned        Format = "tornado-signed"         // Tornado set_signed_cookie, versions 1 and 2
	BottleSigned         Format = "bottle-signed"          // Bottle's !signature?pickle signed cookie
	ShiroRememberMe      Format = "shiro-rememberme"       // Apache Shiro rememberMe: AES-CBC or AES-GCM of a Java serialized object
	PeopleSoftToken      Format = "peoplesoft-ps-token"    // Oracle PeopleSoft PS_TOKEN single sign-on cookie
	LTPAToken            Format = "ibm-ltpa"               // IBM WebSphere / Liberty LtpaToken and LtpaToken2
	JSONValue            Format = "json"                   // a JSON object or array in clear
	Base64JSON           Format = "base64-json"            // base64 of a JSON object or array, unsigned
	UUID                 Format = "uuid"                   // RFC 4122 textual UUID
	HexDigest            Format = "hex-digest"             // hex string of a digest length (40, 56, 64, 96, 128)
	Opaque               Format = "opaque-id"              // random-looking identifier
	Plain                Format = "plain"                  // anything else: plain text
)

// Token is what Recognise found in a cookie value.
type Token struct {
	Format    Format
	Signed    bool       // carries a MAC or signature
	Encrypted bool       // contents unreadable without a key
	Readable  bool       // contents decode without any key (Flask, Django signed_cookies, cookie-session, JWT, Rails signed, base64 JSON…)
	Data      any        // decoded contents when Readable (JSON-ish: map[string]any, []any, string, float64, bool, nil), bounded
	Keys      []string   // top-level keys of Data when it is an object (sorted)
	JWT       *JWTInfo   // for JWT/JWE
	BigIP     *BigIPInfo // for BIG-IP persistence cookies
	Timestamp time.Time  // signing time where the format has one (itsdangerous, Django TimestampSigner, gorilla)
	Note      string     // one sentence describing what was recognised

	// proof is what Verify needs to check a candidate secret; nil when nothing can be verified.
	proof *proof
}

// JWTInfo holds the parts of a JWT or JWE header and claims that matter for security checks.
type JWTInfo struct {
	Alg            string
	Header         map[string]any
	Claims         map[string]any // nil for JWE and for a payload that is not a JSON object
	EmptySignature bool           // the third segment is empty (alg none, or a stripped signature)
	Exp, Iat, Nbf  *time.Time
	Kid, Jku, X5u  string
}

// BigIPInfo is the backend a BIG-IP persistence cookie points at.
type BigIPInfo struct {
	Addr      netip.Addr
	Port      int
	Pool      string // from cookie name BIGipServer<pool>
	Encrypted bool   // the value is F5's encrypted form (!…), so no address could be read
}

// Bounds on what decoding will do with one value.
const (
	maxEncoded  = 64 << 10  // longest value decoded at all
	maxInflated = 256 << 10 // largest zlib output accepted
	maxDepth    = 32        // deepest JSON or PHP nesting accepted
)

// recogniser tries one format; it returns nil when the value is not of that format.
type recogniser func(c *candidate) *Token

// candidate is a cookie value prepared once for every recogniser.
type candidate struct {
	name     string
	raw      string // the value as given (keygrip and gorilla sign this form)
	value    string // without surrounding quotes and with %-escapes decoded
	siblings map[string]string
	// companions are the siblings companion pairing tries (see Siblings).
	companions []string
}

// recognisers are tried in order: specific, self-checking shapes first, generic shapes last.
var recognisers = []recogniser{
	recogniseBigIP,
	recogniseShiro,
	recogniseLTPA,
	recogniseJWT,
	recogniseIron,
	recogniseTornado,
	recogniseBottle,
	recogniseFlask,
	recogniseDjango,
	recogniseExpress,
	recogniseRails,
	recogniseLaravel,
	recogniseASPNET,
	recogniseGorilla,
	recogniseFastify,
	recogniseKeygrip,
	recognisePeopleSoft,
	recognisePHP,
	recogniseJSON,
	recogniseBase64JSON,
	recogniseShape,
}

// Recognise tells what value is. name is the cookie's name; siblings are the other cookies set with it (name -> value), used for cookie-session's name.sig and identity+HMAC pairs. It returns a Plain token for plain text and never nil.
func Recognise(name, value string, siblings map[string]string) *Token {
	return RecogniseAmong(name, value, NewSiblings(siblings))
}

// RecogniseAmong is Recognise with the siblings indexed once (NewSiblings), which the cookies of
// one response share: judging a response of many cookies then stays linear in them.
func RecogniseAmong(name, value string, siblings *Siblings) *Token {
	if len(value) > maxEncoded {
		return &Token{Format: Opaque, Note: "value longer than 64 KB, not decoded"}
	}
	c := &candidate{name: name, raw: value, value: cleanValue(value), siblings: siblings.byName, companions: siblings.companions}
	for _, r := range recognisers {
		if t := r(c); t != nil {
			pairWithCompanion(c, t)
			if obj, ok := t.Data.(map[string]any); ok {
				t.Keys = sortedKeys(obj)
			}
			return t
		}
	}
	t := &Token{Format: Plain, Note: "plain text"}
	pairWithCompanion(c, t)
	return t
}

// cleanValue strips the optional DQUOTEs around a cookie value and decodes %-escapes,
// which frameworks use for characters a cookie value cannot hold (express-session's s%3A, base64's %2B %2F %3D).
func cleanValue(v string) string {
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		v = v[1 : len(v)-1]
	}
	if strings.Contains(v, "%") {
		// PathUnescape, not QueryUnescape: '+' is a base64 digit, not a space.
		if d, err := url.PathUnescape(v); err == nil {
			return d
		}
	}
	return v
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
