package rules

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/token"
)

// Example values: Flask sessions made by Flask 2.2.2 with the secret "dev"
// (Flask's tutorial value) and with a long random one; a JWT with alg none;
// a JWT without exp.
const (
	flaskWeak   = "eyJ1c2VyIjoiYWxpY2UiLCJyb2xlIjoiYWRtaW4ifQ.awdCwg.PXQTF6_yB4NTt0Brtp6CnKayBVA"
	flaskStrong = "eyJ1c2VyIjoiYWxpY2UiLCJyb2xlIjoiYWRtaW4ifQ.awdCwg.ThXFbM8K1FLOLou-n3hx0cLPXRc"
	jwtNone     = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhbGljZSIsInJvbGUiOiJhZG1pbiJ9."
	jwtForever  = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSJ9.Zh7s1Q8KkN2vC5mP3xR9tY6wB4jL0dF8gH2kS7aE1qU"
)

// liveTokens yields each distinct set cookie once with what its value is,
// so that costly checks run once per value however often it was seen.
func liveTokens(p *Pass, visit func(o *Observed, t *token.Token)) {
	seen := map[string]bool{}
	for o := range p.Site.Live() {
		key := o.Cookie.Name + "\x00" + o.Cookie.Value
		if o.Cookie.Value == "" || seen[key] {
			continue
		}
		seen[key] = true
		visit(o, o.Token())
	}
}

// WeakSigningSecret flags signed cookies whose signature verifies with a known or weak secret.
var WeakSigningSecret = &Rule{
	ID:       "weak-signing-secret",
	Title:    "Signed cookie verifies with a known or weak secret",
	Severity: Critical,
	CWE:      1391,
	Doc: `Signed cookie verifies with a known or weak secret

The cookie is signed (Flask/itsdangerous, Django signing, Express
cookie-signature, keygrip, JWT HS256/384/512, Rails…), and its signature
verifies with a secret from cookiescan's list of framework defaults,
documentation examples and common words, or from --secrets FILE. Whoever
knows the secret can forge any session: log in as anyone, set any role.
The secret itself is shown only with --show-values.

Fix: generate a long random secret, keep it out of the code, and rotate it
(every session signed with the old one must end).`,
	Bad:  []Example{{SetCookie: []string{"session=" + flaskWeak + "; HttpOnly; Path=/; Secure; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"session=" + flaskStrong + "; HttpOnly; Path=/; Secure; SameSite=Lax"}}},
	Check: func(p *Pass) {
		liveTokens(p, func(o *Observed, t *token.Token) {
			if !t.Signed {
				return
			}
			secret, ok := token.Verify(t, o.Cookie.Name, o.Cookie.Value, o.siblings(), p.Secrets())
			if !ok {
				return
			}
			which := "a known or weak secret (" + secret.Source + ")"
			if p.ShowValues() {
				which = fmt.Sprintf("the secret %q (%s)", secret.Value, secret.Source)
			}
			p.Report(o, 0, fmt.Sprintf("cookie %q is a %s signed with %s: anyone can forge it", o.Cookie.Name, t.Format, which))
		})
	},
}

// JWTAlgNone flags JWTs that carry no signature.
var JWTAlgNone = &Rule{
	ID:       "jwt-alg-none",
	Title:    "JWT without a signature (alg none)",
	Severity: High,
	CWE:      347,
	Doc: `JWT without a signature (alg none)

The cookie holds a JWT whose header says alg "none" (in any case) or whose
signature is empty. If the server accepts it, anyone can write their own
token (CVE-2015-2951, CVE-2020-28042).

Fix: sign tokens, and have the server accept only the algorithms it issues.`,
	Bad:  []Example{{SetCookie: []string{"jwt=" + jwtNone + "; HttpOnly; Secure; Path=/; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"jwt=" + jwtForever + "; HttpOnly; Secure; Path=/; SameSite=Lax"}}},
	Check: func(p *Pass) {
		liveTokens(p, func(o *Observed, t *token.Token) {
			if t.JWT != nil && t.Format == token.JWT && (strings.EqualFold(t.JWT.Alg, "none") || t.JWT.EmptySignature) {
				p.Report(o, 0, fmt.Sprintf("cookie %q holds a JWT with alg %q and no signature: anyone can forge one", o.Cookie.Name, t.JWT.Alg))
			}
		})
	},
}

// JWTNoExpiry flags session JWTs that never or only late expire.
var JWTNoExpiry = &Rule{
	ID:       "jwt-no-expiry",
	Title:    "Session JWT without expiry or living over a day",
	Severity: Low,
	CWE:      613,
	Doc: `Session JWT without expiry or living over a day

A JWT is valid until its exp claim, whatever happens to the session on the
server: a stolen token without exp works forever, and one that lives for
weeks cannot be revoked without extra machinery.

Fix: give session tokens an exp of minutes to hours and refresh them.`,
	Bad:  []Example{{SetCookie: []string{"access_token=" + jwtForever + "; HttpOnly; Secure; Path=/; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"access_token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSIsImlhdCI6MTc4MDAwMDAwMCwiZXhwIjoxNzgwMDAzNjAwfQ.sM2yK8cX1pV6bN4qR7tW0zL3jH5gF9dA2eS6uI8oP1k; HttpOnly; Secure; Path=/; SameSite=Lax"}}},
	Check: func(p *Pass) {
		liveTokens(p, func(o *Observed, t *token.Token) {
			if t.Format != token.JWT || t.JWT == nil || o.Class != ClassSession {
				return
			}
			switch {
			case t.JWT.Exp == nil:
				p.Report(o, 0, fmt.Sprintf("session JWT in %q has no exp: it stays valid forever", o.Cookie.Name))
			case t.JWT.Iat != nil && t.JWT.Exp.Sub(*t.JWT.Iat) > 24*time.Hour:
				p.Report(o, 0, fmt.Sprintf("session JWT in %q lives %s (exp - iat), over a day", o.Cookie.Name, t.JWT.Exp.Sub(*t.JWT.Iat).Round(time.Hour)))
			case t.JWT.Iat == nil && t.JWT.Exp.Sub(o.Response.Received) > 24*time.Hour:
				p.Report(o, 0, fmt.Sprintf("session JWT in %q expires %s after it was issued, over a day", o.Cookie.Name, t.JWT.Exp.Sub(o.Response.Received).Round(time.Hour)))
			}
		})
	},
}

// sessionFormats are the frameworks' client-side session formats; other
// readable formats count only on session and identity cookies.
var sessionFormats = map[token.Format]bool{
	token.Flask: true, token.Django: true, token.CookieSession: true, token.JWT: true,
	token.RailsSigned: true, token.GorillaSecureCookie: true,
}

// ClientSessionReadable flags client-side sessions whose data anyone can read.
var ClientSessionReadable = &Rule{
	ID:       "client-session-readable",
	Title:    "Client-side session data readable by anyone",
	Severity: Medium,
	CWE:      315,
	Doc: `Client-side session data readable by anyone

The cookie holds the session's data itself (Flask, Django signed_cookies,
cookie-session, JWT, Rails signed, base64 JSON…). Signed is not encrypted:
anyone who sees the cookie can decode it. The finding lists the keys, never
their values; keys that look sensitive (password, email, role, admin flags,
tokens, card numbers) raise it to high.

Fix: keep the data on the server and put only an opaque ID in the cookie, or
encrypt the cookie (Rails and Laravel do by default).`,
	Bad:  []Example{{SetCookie: []string{"session=" + flaskWeak + "; HttpOnly; Path=/; Secure; SameSite=Lax"}}},
	Good: []Example{{SetCookie: []string{"sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; HttpOnly; Path=/; Secure; SameSite=Lax"}}},
	Check: func(p *Pass) {
		liveTokens(p, func(o *Observed, t *token.Token) {
			// Data with keys: a bare string or number is not a session.
			if !t.Readable || len(t.Keys) == 0 || !sessionFormats[t.Format] && !o.Sensitive() {
				return
			}
			keys := "keys " + strings.Join(t.Keys, ", ")
			if sensitive := token.SensitiveKeys(t.Data); len(sensitive) > 0 {
				p.Report(o, High, fmt.Sprintf("cookie %q is a %s anyone can decode: %s, sensitive: %s", o.Cookie.Name, t.Format, keys, strings.Join(sensitive, ", ")))
				return
			}
			p.Report(o, 0, fmt.Sprintf("cookie %q is a %s anyone can decode: %s", o.Cookie.Name, t.Format, keys))
		})
	},
}

// SensitiveDataInCookie flags plaintext personal or infrastructure data in values.
var SensitiveDataInCookie = &Rule{
	ID:       "sensitive-data-in-cookie",
	Title:    "Sensitive data in a cookie value",
	Severity: Medium,
	CWE:      315,
	Doc: `Sensitive data in a cookie value

The value carries, in clear or in data anyone can decode, an e-mail
address, a password, a card number (Luhn-checked), a phone number or an
internal IP address (as F5 BIG-IP persistence cookies do). Cookies end up
in logs, proxies, browser storage and support screenshots.

Fix: keep such data on the server; for BIG-IP, enable cookie encryption.`,
	Bad:  []Example{{SetCookie: []string{"BIGipServerpool_web=1677787402.36895.0000; Path=/; HttpOnly; Secure"}}, {SetCookie: []string{"user_email=alice%40example.com; Path=/; Secure; HttpOnly"}}},
	Good: []Example{{SetCookie: []string{"BIGipServerpool_web=!Zx8Qp3Lm9Rt2Vw7Yk4Hn6Bc1Df5Gj0KsQm4Xn8Rt2Lp6Vz9Kc3Hb7Wd1Fg5Js0Ay12345678901234567890=; Path=/; HttpOnly; Secure"}}},
	Check: func(p *Pass) {
		liveTokens(p, func(o *Observed, t *token.Token) {
			hits := token.Sensitive(o.Cookie.Value, t.Data)
			if t.BigIP != nil && t.BigIP.Addr.IsValid() && !t.BigIP.Encrypted {
				hits = append(hits, token.Hit{Kind: "internal-ip", Where: "BIG-IP persistence value"})
			}
			if len(hits) == 0 {
				return
			}
			var kinds []string
			for _, h := range hits {
				if k := h.Kind + " in " + h.Where; !slices.Contains(kinds, k) {
					kinds = append(kinds, k)
				}
			}
			p.Report(o, 0, fmt.Sprintf("cookie %q carries %s", o.Cookie.Name, strings.Join(kinds, ", ")))
		})
	},
}

// LowEntropySessionID flags session IDs a guesser could reach.
var LowEntropySessionID = &Rule{
	ID:       "low-entropy-session-id",
	Title:    "Session IDs with too little randomness",
	Severity: Medium,
	CWE:      331,
	Doc: `Session IDs with too little randomness

During a scan, cookiescan asks again, without cookies, for the page that
issued a session cookie (--entropy-samples times, 20 by default) and
estimates the entropy of the part that varies. Under 128 bits (OWASP ASVS
V7.2.3) is medium, under 64 high, and so are IDs that count up, follow the
clock or repeat between clients: an attacker can guess a live session.

Fix: generate session IDs from a CSPRNG with at least 128 bits, as every
framework's default session store does.`,
	Bad: []Example{{Samples: []string{"1001", "1002", "1003", "1004", "1005", "1006"}}},
	Good: []Example{{Samples: []string{
		"8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6", "1d9e7c3b5a8f2e4d6c0b9a7f5e3d1c2b", "5b2e8d4f1a9c7e3b6d0f8a2c4e6b1d9f",
		"e7c1a5f3b9d2e8c4a6f0b3d7e1c9a5f2", "3c8f1e5a9d2b7c4e6a0d8f3b1e5c9a7d", "a4d9f2c6e1b8a3d7f5c0e9b2d4a6f8c1",
	}}},
	Check: func(p *Pass) {
		for _, s := range p.Site.Samples {
			// A client-side session holds data, not a random ID: its values
			// repeat by design (the same data, signed in the same second).
			if len(s.Values) < 2 || token.Recognise(s.Name, s.Values[0], nil).Readable {
				continue
			}
			est := token.EstimateEntropy(s.Values)
			var sev Severity
			switch {
			case est.Repeated || est.Sequential || est.TimeBased || est.Bits < 64:
				sev = High
			case est.Bits < 128:
				sev = Medium
			default:
				continue
			}
			r := &Response{Response: &evidence.Response{URL: s.URL}}
			r.Parsed, _ = url.Parse(s.URL)
			msg := fmt.Sprintf("%d fresh values of %q carry about %.0f bits of randomness", len(s.Values), s.Name, est.Bits)
			if est.Note != "" {
				msg += ": " + est.Note
			}
			p.ReportResponse(r, s.Name, sev, msg, "")
		}
	},
}
