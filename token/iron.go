package token

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"strconv"
	"strings"
	"time"
)

// ironMinPassword is iron's minimum password length: it refuses to seal with a shorter one.
const ironMinPassword = 32

// ironKey is the password itself, the key of PBKDF2's HMAC-SHA1.
var ironKey = []keySpec{{deriveRaw, sha1.New, ""}}

// recogniseIron finds a value sealed by @hapi/iron (hapi's cookie state, @hapi/cookie, yar):
// "Fe26.2*PASSWORDID*ENCSALT*IV*CIPHERTEXT*EXPIRATION*HMACSALT*HMAC". The integrity key is
// PBKDF2-SHA1(password, HMACSALT, 1 iteration, 32 bytes); the HMAC is SHA-256 over everything
// before HMACSALT, base64url.
func recogniseIron(c *candidate) *Token {
	if !strings.HasPrefix(c.value, "Fe26.") {
		return nil
	}
	parts := strings.Split(c.value, "*")
	if len(parts) != 8 || parts[0] != "Fe26.2" || parts[6] == "" {
		return nil
	}
	sig, ok := b64url(parts[7])
	if !ok || len(sig) != sha256.Size || !isB64URL(parts[3]) || !isB64URL(parts[4]) || parts[4] == "" {
		return nil
	}
	t := &Token{Format: Iron, Signed: true, Encrypted: true,
		Note: "hapi iron sealed object (Fe26.2: AES-256-CBC and HMAC-SHA256, keys from PBKDF2 with 1 iteration)"}
	if parts[1] != "" {
		t.Note += ", password id " + strconv.Quote(parts[1])
	}
	if ms, err := strconv.ParseInt(parts[5], 10, 64); err == nil && ms > 0 {
		t.Timestamp = time.UnixMilli(ms).UTC()
	}
	// PBKDF2 with one iteration is HMAC(password, salt || block index) for each 20-byte block.
	block1 := []byte(parts[6] + "\x00\x00\x00\x01")
	block2 := []byte(parts[6] + "\x00\x00\x00\x02")
	msg := []byte(strings.Join(parts[:6], "*"))
	t.proof = &proof{scheme: schemeCustom, msg: msg, sig: sig, custom: func(v *verifier, s Secret) bool {
		if len(s.Value) < ironMinPassword {
			return false
		}
		m, st := v.macer(sha1.New), &v.keyStates(ironKey, s.Value)[0]
		v.buf = append(v.buf[:0], m.sumFrom(st, block1)...)
		v.buf = append(v.buf, m.sumFrom(st, block2)[:32-sha1.Size]...)
		return hmac.Equal(v.macer(sha256.New).sum(v.buf, msg), sig)
	}}
	return t
}
