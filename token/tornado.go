package token

import (
	"crypto/sha1"
	"crypto/sha256"
	"strconv"
	"strings"
	"time"
)

// recogniseTornado finds a value from Tornado's set_signed_cookie. Version 2 (Tornado ≥ 3.0's
// default) is "2|1:KEYVERSION|10:TIMESTAMP|4:NAME|8:BASE64VALUE|" then the hex HMAC-SHA256 of all
// that; version 1 is "BASE64VALUE|TIMESTAMP|" then the hex HMAC-SHA1 of name, value and timestamp.
func recogniseTornado(c *candidate) *Token {
	if strings.HasPrefix(c.value, "2|") {
		return tornadoV2(c)
	}
	parts := strings.Split(c.value, "|")
	if len(parts) != 3 || len(parts[2]) != 40 || !isB64Std(parts[0]) {
		return nil
	}
	sig, ok := hexDecode(parts[2])
	sec, err := strconv.ParseInt(parts[1], 10, 64)
	if !ok || err != nil || sec < minPlausible || sec > maxPlausible {
		return nil
	}
	t := tornadoToken(parts[0], sec, "1, HMAC-SHA1")
	t.proof = &proof{scheme: schemeHMAC, hash: sha1.New, msg: []byte(c.name + parts[0] + parts[1]), sig: sig}
	return t
}

// tornadoV2 reads the length-prefixed fields of a version 2 signed value.
func tornadoV2(c *candidate) *Token {
	rest := c.value[2:]
	var fields [4]string
	for i := range fields {
		n, after, ok := strings.Cut(rest, ":")
		size, err := strconv.Atoi(n)
		if !ok || err != nil || size < 0 || size >= len(after) || after[size] != '|' {
			return nil
		}
		fields[i], rest = after[:size], after[size+1:]
	}
	sig, ok := hexDecode(rest)
	sec, err := strconv.ParseInt(fields[1], 10, 64)
	if !ok || len(sig) != sha256.Size || err != nil || sec < minPlausible || sec > maxPlausible || !isB64Std(fields[3]) {
		return nil
	}
	t := tornadoToken(fields[3], sec, "2, HMAC-SHA256")
	t.proof = &proof{scheme: schemeHMAC, hash: sha256.New, msg: []byte(c.value[:len(c.value)-len(rest)]), sig: sig}
	return t
}

func tornadoToken(value string, sec int64, how string) *Token {
	t := &Token{Format: TornadoSigned, Signed: true, Timestamp: time.Unix(sec, 0).UTC(),
		Note: "Tornado signed cookie (version " + how + ")"}
	if raw, ok := b64std(value); ok && printable(raw) {
		t.Readable, t.Data = true, string(raw)
		if v, ok := decodeContainer(raw); ok {
			t.Data = v
		}
	}
	return t
}
