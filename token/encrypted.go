package token

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// recogniseRails finds ActiveSupport MessageVerifier ("data--hexdigest") and MessageEncryptor
// output: AES-256-GCM "ct--iv--tag" (Rails ≥ 5.2) or AES-CBC "base64(ct--iv)--hexdigest" (Rails 4–5.1).
// Each part's decoded length is checked, so a value that merely contains "--" does not match.
func recogniseRails(c *candidate) *Token {
	parts := strings.Split(c.value, "--")
	switch len(parts) {
	case 2:
		data, digest := parts[0], parts[1]
		sig, ok := hexDecode(digest)
		if !ok || !isB64Std(data) {
			return nil
		}
		h, hname := macHash(len(sig))
		raw, ok := b64std(data)
		if h == nil || !ok || len(raw) == 0 {
			return nil
		}
		if ct, iv, ok := railsCBC(raw); ok {
			return &Token{Format: RailsEncrypted, Signed: true, Encrypted: true,
				Note:  "Rails encrypted cookie (AES-CBC with " + hname + ", Rails 4.0–5.1 format)",
				proof: &proof{scheme: schemeRailsCBC, hash: h, msg: []byte(data), sig: sig, nonce: iv, ct: ct}}
		}
		t := &Token{Format: RailsSigned, Signed: true, proof: &proof{scheme: schemeRailsSigned, hash: h, msg: []byte(data), sig: sig}}
		switch {
		case raw[0] == '{':
			obj, ok := decodeObject(raw)
			if !ok {
				return nil
			}
			t.Readable, t.Data = true, obj
			t.Note = "Rails signed cookie (MessageVerifier, JSON), signed with " + hname
			if inner, purpose, ok := railsEnvelope(obj); ok {
				t.Data = inner
				t.Note = fmt.Sprintf("Rails signed cookie (MessageVerifier, JSON, purpose %q), signed with %s", purpose, hname)
			}
		case bytes.HasPrefix(raw, []byte{4, 8}):
			t.Note = "Rails signed cookie or Rack 2 / Rails 3 session (Ruby Marshal, not decoded), signed with " + hname
		default:
			return nil
		}
		return t
	case 3:
		ct, ok1 := b64std(parts[0])
		iv, ok2 := b64std(parts[1])
		tag, ok3 := b64std(parts[2])
		if !ok1 || !ok2 || !ok3 || len(ct) == 0 || len(iv) != 12 || len(tag) != 16 {
			return nil
		}
		return &Token{Format: RailsEncrypted, Signed: true, Encrypted: true,
			Note:  "Rails encrypted cookie (AES-256-GCM, Rails ≥ 5.2 format)",
			proof: &proof{scheme: schemeRailsGCM, nonce: iv, ct: append(ct, tag...)}}
	}
	return nil
}

// railsCBC splits the decoded data of a Rails 4–5.1 encrypted cookie: base64(ct)--base64(iv).
func railsCBC(raw []byte) (ct, iv []byte, ok bool) {
	a, b, found := bytes.Cut(raw, []byte("--"))
	if !found {
		return nil, nil, false
	}
	ct, ok1 := b64std(string(a))
	iv, ok2 := b64std(string(b))
	if !ok1 || !ok2 || len(iv) != 16 || len(ct) == 0 || len(ct)%16 != 0 {
		return nil, nil, false
	}
	return ct, iv, true
}

// railsEnvelope unwraps the metadata Rails ≥ 5.2 puts around cookie values:
// {"_rails": {"message": base64(JSON), "exp": …, "pur": "cookie.NAME"}}, or "data" inline (Rails ≥ 7.1).
func railsEnvelope(obj map[string]any) (inner any, purpose string, ok bool) {
	meta, ok := obj["_rails"].(map[string]any)
	if !ok || len(obj) != 1 {
		return nil, "", false
	}
	purpose, _ = meta["pur"].(string)
	if d, ok := meta["data"]; ok {
		return d, purpose, true
	}
	msg, _ := meta["message"].(string)
	raw, ok := b64std(msg)
	if !ok {
		return nil, "", false
	}
	if v, ok := decodeJSON(raw); ok {
		return v, purpose, true
	}
	return nil, "", false
}

// recogniseLaravel finds Laravel's encrypted cookie: base64 of JSON {iv, value, mac, tag}.
func recogniseLaravel(c *candidate) *Token {
	if !strings.HasPrefix(c.value, "eyJ") {
		return nil
	}
	raw, ok := b64std(c.value)
	if !ok {
		return nil
	}
	obj, ok := decodeObject(raw)
	if !ok {
		return nil
	}
	ivs, _ := obj["iv"].(string)
	vals, _ := obj["value"].(string)
	macs, _ := obj["mac"].(string)
	tags, _ := obj["tag"].(string)
	iv, ok1 := b64std(ivs)
	ct, ok2 := b64std(vals)
	if !ok1 || !ok2 || len(ct) == 0 {
		return nil
	}
	t := &Token{Format: Laravel, Signed: true, Encrypted: true}
	if mac, ok := hexDecode(macs); ok && len(mac) == 32 && len(iv) == 16 {
		t.Note = "Laravel encrypted cookie (AES-CBC with HMAC-SHA256)"
		t.proof = &proof{scheme: schemeLaravelCBC, msg: []byte(ivs + vals), sig: mac, keys: []keySpec{{deriveLaravel, sha256.New, ""}}}
		return t
	}
	tag, ok := b64std(tags)
	if macs != "" || !ok || len(tag) != 16 || len(iv) != 12 {
		return nil
	}
	t.Note = "Laravel encrypted cookie (AES-GCM)"
	t.proof = &proof{scheme: schemeLaravelGCM, nonce: iv, ct: append(ct, tag...)}
	return t
}

// aspnetMagic is the Data Protection payload header (0x09F0C9F0), base64url "CfDJ8".
var aspnetMagic = []byte{0x09, 0xF0, 0xC9, 0xF0}

// recogniseASPNET finds an ASP.NET Core Data Protection payload: magic header, 16-byte key id,
// then an encrypted and authenticated body.
func recogniseASPNET(c *candidate) *Token {
	if !strings.HasPrefix(c.value, "CfDJ8") {
		return nil
	}
	raw, ok := b64url(c.value)
	// magic + key id + at least an IV-sized block and a MAC.
	if !ok || len(raw) < 4+16+16+32 || !bytes.Equal(raw[:4], aspnetMagic) {
		return nil
	}
	id := raw[4:20]
	// A .NET Guid stores its first three fields little-endian.
	guid := fmt.Sprintf("%08x-%04x-%04x-%x-%x", binary.LittleEndian.Uint32(id), binary.LittleEndian.Uint16(id[4:]),
		binary.LittleEndian.Uint16(id[6:]), id[8:10], id[10:])
	return &Token{Format: ASPNETDataProtection, Signed: true, Encrypted: true,
		Note: "ASP.NET Core Data Protection payload (key " + guid + "), encrypted and authenticated"}
}

// recogniseGorilla finds gorilla/securecookie output: base64url of "date|base64url(value)|mac",
// the MAC being HMAC over "name|date|value".
func recogniseGorilla(c *candidate) *Token {
	if !isB64URL(c.value) || len(c.value) < 40 {
		return nil
	}
	raw, ok := b64url(c.value)
	if !ok {
		return nil
	}
	parts := bytes.SplitN(raw, []byte("|"), 3)
	if len(parts) != 3 || len(parts[0]) < 9 || len(parts[0]) > 11 || !isB64URL(string(parts[1])) {
		return nil
	}
	sec, err := strconv.ParseInt(string(parts[0]), 10, 64)
	if err != nil || sec < minPlausible || sec > maxPlausible {
		return nil
	}
	h, hname := macHash(len(parts[2]))
	body, ok := b64url(string(parts[1]))
	if h == nil || !ok {
		return nil
	}
	t := &Token{Format: GorillaSecureCookie, Signed: true, Timestamp: time.Unix(sec, 0).UTC(),
		proof: &proof{scheme: schemeHMAC, hash: h, msg: []byte(c.name + "|" + string(parts[0]) + "|" + string(parts[1])), sig: parts[2]}}
	if v, ok := decodeJSON(body); ok {
		t.Readable, t.Data = true, v
		t.Note = "gorilla/securecookie value (JSON), signed with " + hname
	} else if v, ok := decodeGob(body); ok {
		t.Readable, t.Data = true, v
		t.Note = "gorilla/securecookie value (gob), signed with " + hname
	} else {
		t.Encrypted = true
		t.Note = "gorilla/securecookie value, encrypted (AES-CTR) and signed with " + hname
	}
	return t
}

// decodeGob reads the gob maps gorilla/securecookie and gorilla/sessions write.
// Input is at most 64 KB (b64url refuses more). gob bounds slices and strings by the input
// left, but sizes a map by its declared count, so gobMapFits checks that count first.
func decodeGob(b []byte) (any, bool) {
	if !gobMapFits(b) {
		return nil, false
	}
	var m map[any]any
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&m); err == nil {
		out := make(map[string]any, len(m))
		for k, v := range m {
			out[fmt.Sprint(k)] = jsonish(v)
		}
		return out, true
	}
	var ms map[string]any
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&ms); err == nil {
		for k, v := range ms {
			ms[k] = jsonish(v)
		}
		return ms, true
	}
	var ss map[string]string
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&ss); err == nil {
		out := make(map[string]any, len(ss))
		for k, v := range ss {
			out[k] = v
		}
		return out, true
	}
	return nil, false
}

// gobMapFits walks a gob stream's messages to the first value and reports whether it is a
// top-level map whose entry count the message can hold (an entry takes at least two bytes).
// Without this a 40-byte value declaring 2^28 entries makes gob allocate gigabytes.
func gobMapFits(b []byte) bool {
	for len(b) > 0 {
		n, rest, ok := gobUint(b)
		if !ok || n > uint64(len(rest)) {
			return false
		}
		msg := rest[:n]
		b = rest[n:]
		id, body, ok := gobUint(msg)
		if !ok {
			return false
		}
		if id&1 == 1 {
			continue // a negative type id: a type definition, not the value
		}
		// A top-level non-struct value is a singleton: field delta 0, then the map's count.
		if len(body) == 0 || body[0] != 0 {
			return false
		}
		count, tail, ok := gobUint(body[1:])
		return ok && count <= uint64(len(tail))/2
	}
	return false
}

// gobUint decodes gob's unsigned integer: one byte below 128, else a negated byte count and
// that many big-endian bytes.
func gobUint(b []byte) (uint64, []byte, bool) {
	if len(b) == 0 {
		return 0, nil, false
	}
	if b[0] < 0x80 {
		return uint64(b[0]), b[1:], true
	}
	n := int(-int8(b[0]))
	if n > 8 || len(b) < 1+n {
		return 0, nil, false
	}
	var x uint64
	for _, c := range b[1 : 1+n] {
		x = x<<8 | uint64(c)
	}
	return x, b[1+n:], true
}

// jsonish turns gob's basic values into the JSON-ish types Data promises.
func jsonish(v any) any {
	switch x := v.(type) {
	case nil, string, bool, float64:
		return x
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case int32:
		return float64(x)
	case uint:
		return float64(x)
	case uint64:
		return float64(x)
	case float32:
		return float64(x)
	case []byte:
		return base64.StdEncoding.EncodeToString(x)
	}
	return fmt.Sprint(v)
}

// hexDecode decodes lowercase or uppercase hex.
func hexDecode(s string) ([]byte, bool) {
	if s == "" || len(s)%2 != 0 {
		return nil, false
	}
	b, err := hex.DecodeString(s)
	return b, err == nil
}
