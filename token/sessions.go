package token

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
	"regexp"
	"slices"
	"strings"
	"time"
)

var flaskShape = regexp.MustCompile(`^(\.?[A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{4,8})\.([A-Za-z0-9_-]{27,86})$`)

// Timestamps outside 2000–2100 mean the segment is not a signing time.
const (
	minPlausible = 946684800  // 2000-01-01
	maxPlausible = 4102444800 // 2100-01-01
	// itsdangerousEpoch is 2011-01-01, the epoch of itsdangerous < 1.1 timestamps.
	itsdangerousEpoch = 1293840000
)

// macHash picks the hash whose output is n bytes, the way badsecrets infers it from a signature's length.
func macHash(n int) (func() hash.Hash, string) {
	switch n {
	case sha1.Size:
		return sha1.New, "HMAC-SHA1"
	case sha256.Size:
		return sha256.New, "HMAC-SHA256"
	case sha512.Size384:
		return sha512.New384, "HMAC-SHA384"
	case sha512.Size:
		return sha512.New, "HMAC-SHA512"
	}
	return nil, ""
}

// recogniseFlask finds an itsdangerous URLSafeTimedSerializer value: payload.timestamp.signature,
// where the payload is base64url JSON (zlib-compressed after a leading '.').
func recogniseFlask(c *candidate) *Token {
	m := flaskShape.FindStringSubmatch(c.value)
	if m == nil {
		return nil
	}
	payload, tsPart, sigPart := m[1], m[2], m[3]
	sig, ok := b64url(sigPart)
	if !ok {
		return nil
	}
	h, hname := macHash(len(sig))
	if h == nil {
		return nil
	}
	sec, legacy, ok := itsdangerousTime(tsPart)
	if !ok {
		return nil
	}
	data, compressed, tooBig, ok := decodePayload(payload)
	if !ok && !tooBig {
		return nil
	}
	if _, isObj := data.(map[string]any); ok && !isObj {
		return nil // Flask sessions are dicts
	}
	t := &Token{Format: Flask, Signed: true, Readable: ok, Data: untag(data), Timestamp: time.Unix(sec, 0).UTC()}
	how := "itsdangerous"
	if legacy {
		how += " < 1.1, 2011 epoch"
	}
	if compressed {
		how += ", zlib-compressed"
	}
	t.Note = fmt.Sprintf("Flask session (%s), signed with %s", how, hname)
	if tooBig {
		t.Note += "; payload inflates past 256 KB, not decoded"
	}
	// itsdangerous "hmac" derivation (Flask's default), then the legacy "django-concat" one.
	keys := []keySpec{{deriveHMAC, h, "cookie-session"}, {deriveConcat, h, "cookie-sessionsigner"}}
	t.proof = &proof{scheme: schemeItsdangerous, hash: h, msg: []byte(payload + "." + tsPart), sig: sig, keys: keys}
	return t
}

// itsdangerousTime decodes the big-endian timestamp segment, trying the 2011 epoch of old itsdangerous.
func itsdangerousTime(s string) (sec int64, legacy, ok bool) {
	b, ok := b64url(s)
	if !ok || len(b) == 0 || len(b) > 5 {
		return 0, false, false
	}
	for _, x := range b {
		sec = sec<<8 | int64(x)
	}
	switch {
	case sec >= minPlausible && sec <= maxPlausible:
		return sec, false, true
	case sec+itsdangerousEpoch >= minPlausible && sec+itsdangerousEpoch <= maxPlausible:
		return sec + itsdangerousEpoch, true, true
	}
	return 0, false, false
}

// Django's salts, as key_salt for salted_hmac (the Signer's salt + "signer"), with the
// prefix get_cookie_signer puts before SECRET_KEY.
const (
	djangoSessionSalt = "django.contrib.sessions.backends.signed_cookiessigner"
	djangoDefaultSalt = "django.core.signingsigner"
	djangoMessages    = "django.contrib.messagessigner"
	djangoCookieKey   = "django.http.cookies"
)

// recogniseDjango finds django.core.signing output: value[:timestamp]:signature, with a base62
// timestamp and a base64url HMAC-SHA256 (Django ≥ 3.1) or HMAC-SHA1 (legacy) signature.
func recogniseDjango(c *candidate) *Token {
	v := c.value
	i := strings.LastIndexByte(v, ':')
	if i <= 0 {
		return nil
	}
	sigPart, signedValue := v[i+1:], v[:i]
	if len(sigPart) != 27 && len(sigPart) != 43 || strings.Contains(sigPart, "=") || !isB64URL(sigPart) {
		return nil
	}
	sig, ok := b64url(sigPart)
	if !ok {
		return nil
	}
	h, hname := macHash(len(sig))
	payload := signedValue
	var ts time.Time
	if j := strings.LastIndexByte(signedValue, ':'); j >= 0 {
		if sec, ok := base62(signedValue[j+1:]); ok && sec >= minPlausible && sec <= maxPlausible {
			payload, ts = signedValue[:j], time.Unix(sec, 0).UTC()
		}
	}
	t := &Token{Format: Django, Signed: true, Timestamp: ts}
	data, compressed, tooBig, ok := decodePayload(payload)
	salts := []string{djangoSessionSalt, djangoDefaultSalt, djangoMessages + djangoCookieKey, c.name + "signer" + djangoCookieKey}
	switch {
	case ok:
		t.Readable, t.Data = true, data
		t.Note = "Django signed object (django.core.signing"
		if compressed {
			t.Note += ", zlib-compressed"
		}
		t.Note += "), signed with " + hname
		// Sessions are dicts and messages lists: the other's salt cannot have signed the value.
		switch data.(type) {
		case map[string]any:
			salts = slices.DeleteFunc(salts, func(s string) bool { return s == djangoMessages+djangoCookieKey })
		case []any:
			salts = slices.DeleteFunc(salts, func(s string) bool { return s == djangoSessionSalt })
		}
	case tooBig:
		t.Note = "Django signed object, compressed payload inflates past 256 KB, not decoded"
	case !ts.IsZero() && payload != "":
		// set_signed_cookie: the value itself, in clear, before the timestamp.
		t.Readable, t.Data = true, payload
		t.Note = "Django signed cookie (set_signed_cookie), signed with " + hname
		salts = []string{c.name + "signer" + djangoCookieKey, djangoDefaultSalt}
	default:
		return nil
	}
	keys := make([]keySpec, len(salts))
	for i, salt := range salts {
		keys[i] = keySpec{deriveConcat, h, salt}
	}
	t.proof = &proof{scheme: schemeDjango, hash: h, msg: []byte(signedValue), sig: sig, keys: keys}
	return t
}

// base62 decodes Django's base62 (0-9A-Za-z) timestamps.
func base62(s string) (int64, bool) {
	if len(s) == 0 || len(s) > 8 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d int64
		switch {
		case c >= '0' && c <= '9':
			d = int64(c - '0')
		case c >= 'A' && c <= 'Z':
			d = int64(c-'A') + 10
		case c >= 'a' && c <= 'z':
			d = int64(c-'a') + 36
		default:
			return 0, false
		}
		n = n*62 + d
	}
	return n, true
}

// recogniseExpress finds cookie-signature's "s:value.signature" (base64 HMAC without padding),
// as express-session and cookie-parser write it.
func recogniseExpress(c *candidate) *Token {
	body, ok := strings.CutPrefix(c.value, "s:")
	if !ok {
		return nil
	}
	payload, p, hname, ok := cookieSignature(body)
	if !ok {
		return nil
	}
	t := &Token{Signed: true, proof: p}
	if isSessionName(c.name) || len(payload) == 32 && isB64URL(payload) {
		t.Format = ExpressSession
		t.Note = "express-session ID signed with " + hname + " (cookie-signature); the session lives on the server"
		return t
	}
	t.Format, t.Readable, t.Data = ExpressSigned, true, payload
	t.Note = "cookie-parser signed cookie, signed with " + hname + " (cookie-signature)"
	if j, ok := strings.CutPrefix(payload, "j:"); ok {
		if v, ok := decodeContainer([]byte(j)); ok {
			t.Data = v
			t.Note = "cookie-parser signed JSON cookie, signed with " + hname + " (cookie-signature)"
		}
	}
	return t
}

// cookieSignature splits cookie-signature's "value.signature", the signature being base64 HMAC
// of the value without padding, as express and @fastify/cookie write it.
func cookieSignature(body string) (payload string, p *proof, hname string, ok bool) {
	i := strings.LastIndexByte(body, '.')
	if i <= 0 {
		return "", nil, "", false
	}
	payload, sigPart := body[:i], body[i+1:]
	if strings.Contains(sigPart, "=") || !isB64Std(sigPart) {
		return "", nil, "", false
	}
	sig, ok := b64std(sigPart)
	if !ok {
		return "", nil, "", false
	}
	h, hname := macHash(len(sig))
	if h == nil {
		return "", nil, "", false
	}
	return payload, &proof{scheme: schemeHMAC, hash: h, msg: []byte(payload), sig: sig}, hname, true
}

// isSessionName reports names that express-session and similar stores use for a session ID.
func isSessionName(name string) bool {
	n := strings.ToLower(name)
	return n == "connect.sid" || strings.Contains(n, "sid") || strings.Contains(n, "sess")
}

// recogniseKeygrip finds a value signed by keygrip in a sibling name.sig cookie (cookie-session,
// Koa, the cookies module): base64url HMAC of "name=value".
func recogniseKeygrip(c *candidate) *Token {
	if base, ok := strings.CutSuffix(c.name, ".sig"); ok && base != "" {
		if _, signed := c.siblings[base]; signed && isB64URL(c.value) {
			return &Token{Format: Opaque, Note: "keygrip signature of cookie " + base}
		}
	}
	sigPart, ok := c.siblings[c.name+".sig"]
	if !ok || strings.Contains(sigPart, "=") || !isB64URL(sigPart) {
		return nil
	}
	sig, ok := b64url(sigPart)
	if !ok {
		return nil
	}
	h, hname := macHash(len(sig))
	if h == nil {
		return nil
	}
	t := &Token{Signed: true, Readable: true,
		proof: &proof{scheme: schemeHMAC, hash: h, msg: []byte(c.name + "=" + c.raw), sig: sig}}
	if raw, ok := b64std(c.value); ok {
		if obj, ok := decodeObject(raw); ok {
			t.Format, t.Data = CookieSession, obj
			t.Note = "cookie-session data (base64 JSON), signed with " + hname + " in " + c.name + ".sig (keygrip)"
			return t
		}
	}
	t.Format, t.Data = KeygripSigned, c.value
	t.Note = "value signed with " + hname + " in " + c.name + ".sig (keygrip)"
	return t
}

// recogniseJSON finds a JSON object or array in clear, also cookie-parser's "j:" JSON cookies.
func recogniseJSON(c *candidate) *Token {
	s, prefixed := strings.CutPrefix(c.value, "j:")
	v, ok := decodeContainer([]byte(s))
	if !ok {
		return nil
	}
	t := &Token{Format: JSONValue, Readable: true, Data: v, Note: "JSON in clear, unsigned"}
	if prefixed {
		t.Note = "cookie-parser JSON cookie (j:), unsigned"
	}
	return t
}

// recogniseBase64JSON finds base64 of a JSON object or array, with no signature.
func recogniseBase64JSON(c *candidate) *Token {
	if len(c.value) < 8 || !isB64Std(c.value) && !isB64URL(c.value) {
		return nil
	}
	raw, ok := b64any(c.value)
	if !ok {
		return nil
	}
	v, ok := decodeContainer(raw)
	if !ok {
		return nil
	}
	return &Token{Format: Base64JSON, Readable: true, Data: v, Note: "base64-encoded JSON with no signature: anyone can read and edit it"}
}
