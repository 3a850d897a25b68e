package token

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/sha1"
	"strings"
)

// ltpaKeysPassword is the default password protecting the shared key in an ltpa.keys file:
// WebSphere and Liberty generate the file with it unless told otherwise.
const ltpaKeysPassword = "WebAS"

// recogniseLTPA finds IBM WebSphere and Liberty single sign-on cookies: LtpaToken (3DES-ECB)
// and LtpaToken2 (AES-128-CBC with the key as IV), both encrypting "u:user:…%expiry%signature".
// Whoever holds the shared key of a published ltpa.keys file can log in as anyone.
func recogniseLTPA(c *candidate) *Token {
	name := strings.ToLower(c.name)
	if name != "ltpatoken" && name != "ltpatoken2" {
		return nil
	}
	raw, ok := b64std(c.value)
	if !ok || len(raw) < 32 || len(raw)%des.BlockSize != 0 {
		return nil
	}
	v2 := name == "ltpatoken2"
	if v2 && len(raw)%aes.BlockSize != 0 {
		return nil
	}
	t := &Token{Format: LTPAToken, Signed: true, Encrypted: true, Note: "IBM LtpaToken (3DES-ECB)"}
	if v2 {
		t.Note = "IBM LtpaToken2 (AES-128-CBC)"
	}
	t.proof = &proof{scheme: schemeCustom, msg: raw, custom: func(_ *verifier, s Secret) bool {
		key := ltpaKey(s.Value)
		if key == nil {
			return false
		}
		if v2 {
			block, err := aes.NewCipher(key[:16])
			if err != nil {
				return false
			}
			pt := make([]byte, len(raw))
			cipher.NewCBCDecrypter(block, key[:16]).CryptBlocks(pt, raw)
			return ltpaPlaintext(pt, aes.BlockSize)
		}
		block, err := des.NewTripleDESCipher(key)
		if err != nil {
			return false
		}
		pt := make([]byte, len(raw))
		for i := 0; i < len(raw); i += des.BlockSize {
			block.Decrypt(pt[i:], raw[i:i+des.BlockSize])
		}
		return ltpaPlaintext(pt, des.BlockSize)
	}}
	return t
}

// ltpaKey turns a secret into the 24-byte shared key: the base64 com.ibm.websphere.ltpa.3DESKey
// of an ltpa.keys file (32 bytes, encrypted with SHA-1 of the keys password), or the key itself.
func ltpaKey(s string) []byte {
	k, ok := b64std(s)
	if !ok {
		return nil
	}
	switch len(k) {
	case 24:
		return k
	case 32:
		pw := sha1.Sum([]byte(ltpaKeysPassword))
		block, err := des.NewTripleDESCipher(append(pw[:], 0, 0, 0, 0))
		if err != nil {
			return nil
		}
		out := make([]byte, len(k))
		for i := 0; i < len(k); i += des.BlockSize {
			block.Decrypt(out[i:], k[i:i+des.BlockSize])
		}
		return out[:24]
	}
	return nil
}

// ltpaPlaintext reports whether pt is a token: PKCS#5 padding around "u:…%…".
func ltpaPlaintext(pt []byte, blockSize int) bool {
	pad := int(pt[len(pt)-1])
	if pad < 1 || pad > blockSize || !bytes.Equal(pt[len(pt)-pad:], bytes.Repeat([]byte{byte(pad)}, pad)) {
		return false
	}
	body, _, found := bytes.Cut(pt[:len(pt)-pad], []byte("%"))
	return found && bytes.Contains(body, []byte("u:"))
}
