package token

import (
	"crypto/md5"
	"hash"
	"maps"
	"slices"
	"strings"
)

// siblingMACSuffixes name the cookie that carries another cookie's MAC, besides keygrip's ".sig".
var siblingMACSuffixes = []string{"_sig", ".sign", "_sign", "-sig", "_hash", ".hash", "_hmac", ".hmac", "_signature", ".signature"}

// Bounds on companion pairing: values longer than a short identity are not paired, and only so
// many siblings are tried, so a response with hundreds of cookies costs no more than a few.
const (
	maxCompanionValue    = 1024
	maxCompanionSiblings = 8
)

// Siblings are the cookies set beside a value, by name, with those that companion pairing tries
// found once: the first maxCompanionSiblings by name whose value is digest-sized.
type Siblings struct {
	byName     map[string]string
	companions []string
}

// NewSiblings indexes the cookies of one response (name -> value).
func NewSiblings(byName map[string]string) *Siblings {
	s := &Siblings{byName: byName}
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		if len(s.companions) == maxCompanionSiblings {
			break
		}
		if h, _ := companionHash(len(companionDigest(byName[name]))); h != nil {
			s.companions = append(s.companions, name)
		}
	}
	return s
}

// pairWithCompanion attaches a proof to a value in clear when a cookie set beside it may hold
// its MAC: a sibling named after it (name_sig, name.hash…) or any sibling whose whole value is
// a digest-sized hex or base64 string (account=alice with ssid=HMAC-SHA256 of "alice"). Verify
// then tries HMAC(secret, value) and HMAC(secret, "name=value") with SHA-1, SHA-256, SHA-512 or
// MD5 by the digest's length. A sibling named after the value, or holding a hex digest (IsHexDigest), makes
// the value signed; a 32-hex or base64 sibling (as many session IDs are) is tried
// but does not by itself make the value signed.
func pairWithCompanion(c *candidate, t *Token) {
	if t.proof != nil || t.Signed || t.Encrypted || len(c.value) == 0 || len(c.value) > maxCompanionValue {
		return
	}
	switch t.Format {
	case Plain, JSONValue, Base64JSON, PHPSerialized:
	default:
		return
	}
	var alts []*proof
	var strongName string
	namedSibling := false
	for _, name := range c.companions {
		sig := companionDigest(c.siblings[name])
		h, hname := companionHash(len(sig))
		named := slices.ContainsFunc(siblingMACSuffixes, func(s string) bool { return strings.EqualFold(name, c.name+s) })
		namedSibling = namedSibling || named
		if strongName == "" && (named || IsHexDigest(cleanValue(c.siblings[name]))) {
			strongName = name + " (" + hname + ")"
		}
		for _, msg := range []string{c.value, c.name + "=" + c.value} {
			alts = append(alts, &proof{hash: h, msg: []byte(msg), sig: sig})
		}
	}
	if len(alts) == 0 {
		return
	}
	t.proof = &proof{scheme: schemeCompanion, alts: alts, named: namedSibling}
	if strongName == "" {
		return
	}
	t.Format, t.Signed = SiblingSigned, true
	if !t.Readable {
		t.Readable, t.Data = true, c.value
	}
	t.Note = "value in clear with a MAC-sized digest in companion cookie " + strongName
}

// companionDigest decodes a sibling's value when all of it is one digest, hex or base64.
func companionDigest(v string) []byte {
	v = cleanValue(v)
	if isHex(v) {
		sig, _ := hexDecode(v)
		return sig
	}
	if len(v) < 22 || !isB64Std(v) && !isB64URL(v) {
		return nil
	}
	sig, _ := b64any(v)
	return sig
}

// companionHash picks the hash whose output is n bytes, MD5 included.
func companionHash(n int) (func() hash.Hash, string) {
	if n == md5.Size {
		return md5.New, "HMAC-MD5"
	}
	return macHash(n)
}
