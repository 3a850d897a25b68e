package token

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"hash"
	"math"
	"strings"
	"time"
)

// recogniseJWT finds a JWS (three segments) or JWE (five) whose first segment is a JSON
// header with "alg": the header check is what keeps Flask cookies and dotted IDs out.
func recogniseJWT(c *candidate) *Token {
	v := c.value
	if !strings.HasPrefix(v, "eyJ") {
		return nil
	}
	parts := strings.Split(v, ".")
	if len(parts) != 3 && len(parts) != 5 {
		return nil
	}
	for _, p := range parts {
		if !isB64URL(p) {
			return nil
		}
	}
	hb, ok := b64url(parts[0])
	if !ok {
		return nil
	}
	header, ok := decodeObject(hb)
	if !ok {
		return nil
	}
	alg, ok := header["alg"].(string)
	if !ok {
		return nil
	}
	info := &JWTInfo{Alg: alg, Header: header}
	info.Kid, _ = header["kid"].(string)
	info.Jku, _ = header["jku"].(string)
	info.X5u, _ = header["x5u"].(string)

	if len(parts) == 5 {
		enc, _ := header["enc"].(string)
		if enc == "" || parts[3] == "" || parts[4] == "" {
			return nil
		}
		return &Token{Format: JWE, Signed: true, Encrypted: true, JWT: info,
			Note: fmt.Sprintf("JWE encrypted with %s / %s", alg, enc)}
	}

	t := &Token{Format: JWT, JWT: info}
	info.EmptySignature = parts[2] == ""
	t.Signed = !info.EmptySignature && !strings.EqualFold(alg, "none")
	if pb, ok := b64url(parts[1]); ok {
		if claims, ok := decodeObject(pb); ok {
			info.Claims = claims
			info.Exp, info.Iat, info.Nbf = numericDate(claims["exp"]), numericDate(claims["iat"]), numericDate(claims["nbf"])
			t.Readable, t.Data = true, claims
		}
	}
	switch {
	case strings.EqualFold(alg, "none"):
		t.Note = "JWT with alg " + alg + ": not signed"
	case info.EmptySignature:
		t.Note = "JWT declaring " + alg + " with an empty signature"
	default:
		t.Note = "JWT signed with " + alg
	}
	if jwa := jwaAlg(alg); jwa != alg {
		t.Note += " (XML-DSig name of " + jwa + ")"
	}
	sig, ok := b64url(parts[2])
	if !ok || info.EmptySignature {
		return t
	}
	signed := []byte(parts[0] + "." + parts[1])
	if h := jwtHash(jwaAlg(alg)); h != nil {
		t.proof = &proof{scheme: schemeHMAC, hash: h, msg: signed, sig: sig}
		t.Note += " (HMAC: the secret can be tested offline)"
		if alt := jwaHeader(hb, alg); alt != "" {
			// badsecrets and some libraries sign the header as rewritten with the JWA name.
			t.proof.altMsg = []byte(alt + "." + parts[1])
		}
	} else if verify := publicKeyCheck(jwaAlg(alg), signed, sig); verify != nil {
		t.proof = &proof{scheme: schemeCustom, msg: signed, sig: sig, published: publishedKeyCheck(verify), custom: pemKeyCheck(verify)}
	}
	return t
}

// jwaHeader is the header, base64url-encoded, with an XML-DSig alg written as its JWA name and
// compacted; "" when alg is already a JWA name.
func jwaHeader(header []byte, alg string) string {
	jwa := jwaAlg(alg)
	if jwa == alg {
		return ""
	}
	var compact bytes.Buffer
	if json.Compact(&compact, header) != nil {
		return ""
	}
	quoted, _ := json.Marshal(alg)
	rewritten := bytes.Replace(compact.Bytes(), quoted, []byte(`"`+jwa+`"`), 1)
	return base64.RawURLEncoding.EncodeToString(rewritten)
}

// jwtHash maps an HMAC alg to its hash; nil for anything else.
func jwtHash(alg string) func() hash.Hash {
	switch alg {
	case "HS256":
		return sha256.New
	case "HS384":
		return sha512.New384
	case "HS512":
		return sha512.New
	}
	return nil
}

// numericDate reads a JWT NumericDate (seconds since the epoch) when it is a sane number.
func numericDate(v any) *time.Time {
	f, ok := v.(float64)
	if !ok || math.IsNaN(f) || f < 0 || f > 1e11 {
		return nil
	}
	t := time.Unix(int64(f), 0).UTC()
	return &t
}

// isB64URL reports whether s uses only base64url digits (and padding).
func isB64URL(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '=') {
			return false
		}
	}
	return true
}

// isB64Std reports whether s uses only standard base64 digits (and padding).
func isB64Std(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=') {
			return false
		}
	}
	return true
}
