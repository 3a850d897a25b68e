package token

import (
	"bytes"
	"crypto/sha1"
	"crypto/subtle"
	"encoding"
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
	// The data is hashed once; each password resumes from that state.
	h := sha1.New()
	h.Write(data)
	state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return nil
	}
	t.proof = &proof{scheme: schemeCustom, msg: data, sig: sig, custom: func(v *verifier, s Secret) bool {
		if v.sha1 == nil {
			v.sha1 = sha1.New()
		}
		if v.sha1.(encoding.BinaryUnmarshaler).UnmarshalBinary(state) != nil {
			return false
		}
		v.buf = v.buf[:0]
		var units [2]uint16
		for _, r := range s.Value {
			for _, u := range utf16.AppendRune(units[:0], r) {
				v.buf = binary.LittleEndian.AppendUint16(v.buf, u)
			}
		}
		v.sha1.Write(v.buf)
		v.sum = v.sha1.Sum(v.sum[:0])
		return subtle.ConstantTimeCompare(v.sum, sig) == 1
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
