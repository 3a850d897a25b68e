package token

import (
	"bytes"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/binary"
	"strings"
	"unicode/utf16"
)

// PS_TOKEN layout: a 4-byte length, the version bytes 4 3 2 1, a header naming its "Shdr"
// section, the SHA-1 signature at bytes 44–64, and the zlib-compressed "Sdata" section from 76.
const (
	psSigStart  = 44
	psSigEnd    = 64
	psDataStart = 76
)

var psVersion = []byte{4, 3, 2, 1}

// recognisePeopleSoft finds Oracle PeopleSoft's PS_TOKEN: its signature is SHA-1 over the
// token data followed by the node password in UTF-16LE, so a weak node password lets anyone
// sign a token for any user (hashcat mode 13500).
func recognisePeopleSoft(c *candidate) *Token {
	if len(c.value) < 100 || !isB64Std(c.value) {
		return nil
	}
	raw, ok := b64std(c.value)
	if !ok || len(raw) <= psDataStart || !bytes.Equal(raw[4:8], psVersion) || !bytes.Contains(raw[:psSigStart], []byte("Shdr")) {
		return nil
	}
	data, err := inflate(raw[psDataStart:])
	if err != nil || len(data) < 21 {
		return nil
	}
	sig := raw[psSigStart:psSigEnd]
	t := &Token{Format: PeopleSoftToken, Signed: true,
		Note: "PeopleSoft PS_TOKEN, signed with SHA-1 over the data and the node password"}
	if user := psUser(data); user != "" {
		t.Readable, t.Data = true, map[string]any{"user": user}
	}
	t.proof = &proof{scheme: schemeCustom, msg: data, sig: sig, custom: func(_ *verifier, s Secret) bool {
		h := sha1.New()
		h.Write(data)
		var b [2]byte
		for _, r := range utf16.Encode([]rune(s.Value)) {
			binary.LittleEndian.PutUint16(b[:], r)
			h.Write(b[:])
		}
		return subtle.ConstantTimeCompare(h.Sum(nil), sig) == 1
	}}
	return t
}

// psUser reads the user ID from the token data: a length byte at offset 20, then UTF-16LE text.
func psUser(data []byte) string {
	n := int(data[20])
	if 21+n > len(data) {
		return ""
	}
	u := strings.ReplaceAll(string(data[21:21+n]), "\x00", "")
	if !printable([]byte(u)) {
		return ""
	}
	return u
}
