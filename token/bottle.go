package token

import (
	"crypto/md5"
	"crypto/sha256"
	"hash"
	"strings"
)

// recogniseBottle finds Bottle's signed cookie: "!" + base64(HMAC(secret, msg)) + "?" + msg, where
// msg is base64 of pickle.dumps((name, value)). Bottle ≤ 0.12 signs with HMAC-MD5, 0.13 with
// HMAC-SHA256. The payload is a pickle: whoever can sign one runs code on the server.
func recogniseBottle(c *candidate) *Token {
	sigPart, msg, ok := strings.Cut(strings.TrimPrefix(c.value, "!"), "?")
	if !ok || !strings.HasPrefix(c.value, "!") || !isB64Std(sigPart) || !isB64Std(msg) {
		return nil
	}
	sig, ok1 := b64std(sigPart)
	pickled, ok2 := b64std(msg)
	if !ok1 || !ok2 || len(pickled) < 2 || pickled[0] != 0x80 && pickled[0] != '(' {
		return nil
	}
	var h func() hash.Hash
	var hname string
	switch len(sig) {
	case md5.Size:
		h, hname = md5.New, "HMAC-MD5"
	case sha256.Size:
		h, hname = sha256.New, "HMAC-SHA256"
	default:
		return nil
	}
	return &Token{Format: BottleSigned, Signed: true,
		Note:  "Bottle signed cookie, signed with " + hname + "; it holds a Python pickle, so a forged one runs code on the server",
		proof: &proof{scheme: schemeHMAC, hash: h, msg: []byte(msg), sig: sig}}
}
