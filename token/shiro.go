package token

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"strings"
)

// javaSerialMagic starts every Java serialized object stream: what a rememberMe cookie decrypts to.
var javaSerialMagic = []byte{0xAC, 0xED, 0x00, 0x05}

// recogniseShiro finds Apache Shiro's rememberMe cookie: base64 of a 16-byte IV and the AES-CBC
// (Shiro < 1.4.2) or AES-GCM (≥ 1.4.2, tag last) encryption of a serialized principal. Shiro
// deserialises what it decrypts, so a known key is remote code execution (CVE-2016-4437).
// "deleteMe" is what Shiro sends to drop a rememberMe it could not read: it marks Shiro too.
func recogniseShiro(c *candidate) *Token {
	if !strings.EqualFold(c.name, "rememberMe") {
		return nil
	}
	if c.value == "deleteMe" {
		return &Token{Format: ShiroRememberMe,
			Note: "Apache Shiro rememberMe=deleteMe: the server runs Shiro, whose rememberMe key decides who can run code on it"}
	}
	raw, ok := b64std(c.value)
	if !ok || len(raw) < 32 {
		return nil
	}
	iv, body := raw[:16], raw[16:]
	cbc := len(body)%aes.BlockSize == 0
	gcm := len(body) >= 32
	if !cbc && !gcm {
		return nil
	}
	t := &Token{Format: ShiroRememberMe, Signed: true, Encrypted: true,
		Note: "Apache Shiro rememberMe cookie (AES-CBC or AES-GCM of a Java serialized object)"}
	t.proof = &proof{scheme: schemeCustom, msg: raw, custom: func(_ *verifier, s Secret) bool {
		block, err := aes.NewCipher(aesKey(s.Value))
		if err != nil {
			return false
		}
		if cbc {
			// The first block alone tells: it decrypts to the serialization magic.
			var first [aes.BlockSize]byte
			block.Decrypt(first[:], body[:aes.BlockSize])
			for i := range first {
				first[i] ^= iv[i]
			}
			if bytes.HasPrefix(first[:], javaSerialMagic) {
				return true
			}
		}
		if gcm {
			aead, err := cipher.NewGCMWithNonceSize(block, len(iv))
			if err != nil {
				return false
			}
			pt, err := aead.Open(nil, iv, body, nil)
			return err == nil && bytes.HasPrefix(pt, javaSerialMagic)
		}
		return false
	}}
	return t
}

// aesKey reads a secret as an AES key: base64 text (how Shiro, Laravel and most lists write
// keys), else the raw bytes when they have an AES key's length. nil otherwise.
func aesKey(s string) []byte {
	s = strings.TrimPrefix(s, "base64:")
	if len(s) >= 22 {
		if k, ok := b64std(s); ok && (len(k) == 16 || len(k) == 24 || len(k) == 32) {
			return k
		}
	}
	if len(s) == 16 || len(s) == 24 || len(s) == 32 {
		return []byte(s)
	}
	return nil
}
