package token

import (
	"container/list"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"encoding"
	"fmt"
	"hash"
	"reflect"
	"strings"
	"sync"
)

// scheme is how a candidate secret turns into the MAC or tag a value carries.
type scheme int

const (
	schemeHMAC         scheme = iota + 1 // HMAC(secret, msg): JWT HS*, cookie-signature, keygrip, gorilla
	schemeItsdangerous                   // Flask: key = HMAC(secret, "cookie-session"), or the legacy django-concat key
	schemeDjango                         // key = H(salt + "signer" + secret) for each of Django's salts
	schemeRailsSigned                    // key = PBKDF2(secret, "signed cookie"), HMAC hex
	schemeRailsCBC                       // key = PBKDF2(secret, "signed encrypted cookie"), HMAC hex
	schemeRailsGCM                       // key = PBKDF2(secret, "authenticated encrypted cookie", 32 bytes), AES-256-GCM tag
	schemeLaravelCBC                     // HMAC-SHA256(APP_KEY, iv + value), hex
	schemeLaravelGCM                     // AES-GCM tag under APP_KEY
	schemeYii                            // HMAC-SHA256(validationKey, data), hex
	schemeCompanion                      // HMAC(secret, msg) for any of several messages and MACs: a companion cookie
	schemeCustom                         // the format's own check (Shiro, LTPA, PeopleSoft, iron, published JWT keys)
)

// proof is the material Verify checks candidate secrets against, computed once by Recognise.
type proof struct {
	scheme    scheme
	hash      func() hash.Hash
	msg, sig  []byte
	altMsg    []byte    // schemeHMAC: a second message the MAC may cover (a JWT header rewritten with the JWA alg)
	nonce, ct []byte    // AEAD nonce and ciphertext+tag, or CBC iv and ciphertext
	keys      []keySpec // the keys a secret derives, for formats that derive one (Flask, Django, Laravel)
	alts      []*proof  // schemeCompanion: each message and MAC that may pair up
	named     bool      // schemeCompanion: a sibling is named after the value (name_sig…), not only digest-shaped
	// custom checks a secret for formats whose check is their own (schemeCustom).
	custom func(v *verifier, s Secret) bool
	// published checks the value against keys whose private half is public, instead of the secrets.
	published func() (Secret, bool)
}

// maxVerified bounds the signed message Verify will hash thousands of times: browsers drop
// cookies over 4 KB, so a longer value is not a cookie anyone can use.
const maxVerified = 8 << 10

// Source labels of the builtin lists that hold typed passwords and phrases. PBKDF2-based
// formats (Rails) skip these: a secret_key_base is generated, never typed, and deriving a key
// costs about 0.5 ms, so trying them all would take seconds per cookie for no real finding.
const (
	sourcePasswords = "common password"
	sourcePhrases   = "common secret phrase"
)

// Verify tries secrets against a signed token and returns the one that verifies. It stops at
// the first match. The cost per secret is one or two HMACs for most formats (Flask tries two
// key derivations, Django up to four salts), computed with reused hash states. The keys Flask,
// Django, iron and Laravel derive from a secret are cached for the process, with their pads
// hashed, from a run's second cookie of the format on (see keyStates); Laravel's AES-GCM
// ciphers from its first (see laravelOpens). Rails formats derive a
// key with PBKDF2 (1,000 iterations, about 0.5 ms) and keep derived keys in a cache shared by
// every cookie of the process, so a run pays that once per secret, for at most the first 4,096
// secrets that are not typed passwords. Secrets whose For names another format are skipped.
// Values over 8 KB are not tried. t may be nil: Verify then recognises the value itself.
func Verify(t *Token, name, value string, siblings map[string]string, secrets []Secret) (Secret, bool) {
	if t == nil || t.proof == nil {
		t = Recognise(name, value, siblings)
	}
	p := t.proof
	if p == nil || len(p.msg) > maxVerified {
		return Secret{}, false
	}
	if p.published != nil {
		if s, ok := p.published(); ok {
			return s, true
		}
	}
	v := &verifier{}
	for _, s := range secrets {
		if s.For != "" && s.For != t.Format {
			continue
		}
		if p.check(v, s) {
			return s, true
		}
	}
	return Secret{}, false
}

// Verifiable reports whether Verify can test secrets against the value.
func (t *Token) Verifiable() bool { return t.proof != nil }

// VerifyKey identifies what Verify checks for the token: two tokens with the same key verify with
// the same secrets, so a caller can try each key once (cookies set in other responses beside the
// same value change the siblings, but not what a companion cookie signs). "" when not Verifiable.
func (t *Token) VerifyKey() string {
	p := t.proof
	if p == nil {
		return ""
	}
	var b strings.Builder
	write := func(q *proof) {
		fmt.Fprintf(&b, "%d|%d|%x|%x|%x|%x|%p\x00", q.scheme, len(q.alts), q.msg, q.sig, q.nonce, q.ct, q.hash)
	}
	write(p)
	for _, alt := range p.alts {
		write(alt)
	}
	b.WriteString(specsName(p.keys))
	b.WriteString(string(t.Format) + "\x00" + t.Note)
	return b.String()
}

// verifier holds the hash states one Verify call reuses across candidates.
type verifier struct {
	macers []*macer
	// derived counts the secrets given to PBKDF2, bounded by maxDerived.
	derived int
	// Scratch state for formats with their own check, reused across candidates.
	sha1             hash.Hash
	buf, sum, secret []byte
	// The derived keys' list number in keyLists and its uses, once specsNumbered; specsKnown is
	// false when keyLists is full; keyMacers are the macers of its keys' hashes, in order. states and arena
	// hold the keys of the candidate being checked.
	specs                     uint32
	specsUses                 int
	specsNumbered, specsKnown bool
	keyMacers                 []*macer
	states                    []keyState
	arena                     []byte
}

// maxDerived bounds the secrets one Verify call derives Rails keys from: as many as the key
// cache holds, so a run pays for each at most once (about 2 s), however long a --secrets list.
const maxDerived = railsCacheSize

// derive reports whether one more secret may go through PBKDF2 in this call.
func (v *verifier) derive() bool {
	v.derived++
	return v.derived <= maxDerived
}

// macer returns the reusable HMAC for hash h.
func (v *verifier) macer(h func() hash.Hash) *macer {
	id := reflect.ValueOf(h).Pointer()
	for _, m := range v.macers {
		if m.id == id {
			return m
		}
	}
	m := newMacer(h)
	m.id = id
	v.macers = append(v.macers, m)
	return m
}

// check reports whether s produced the value's MAC or tag.
func (p *proof) check(v *verifier, s Secret) bool {
	// Copied into reused scratch: a conversion would allocate for every candidate.
	v.secret = append(v.secret[:0], s.Value...)
	secret := v.secret
	switch p.scheme {
	case schemeHMAC:
		if hmac.Equal(v.macer(p.hash).sum(secret, p.msg), p.sig) {
			return true
		}
		return p.altMsg != nil && hmac.Equal(v.macer(p.hash).sum(secret, p.altMsg), p.sig)
	case schemeCompanion:
		for _, alt := range p.alts {
			if hmac.Equal(v.macer(alt.hash).sum(secret, alt.msg), alt.sig) {
				return true
			}
		}
	case schemeItsdangerous, schemeDjango, schemeLaravelCBC:
		return p.anyDerived(v, s)
	case schemeRailsSigned, schemeRailsCBC:
		// Rack 2 and Rails 3 sign with the raw secret: one HMAC, tried before any derivation.
		if p.scheme == schemeRailsSigned && hmac.Equal(v.macer(p.hash).sum(secret, p.msg), p.sig) {
			return true
		}
		if !railsCandidate(s) || !v.derive() {
			return false
		}
		salt := "signed cookie"
		if p.scheme == schemeRailsCBC {
			salt = "signed encrypted cookie"
		}
		for _, kdf := range railsKDFs {
			if hmac.Equal(v.macer(p.hash).sum(railsKey(kdf, s.Value, salt, 64), p.msg), p.sig) {
				return true
			}
		}
	case schemeRailsGCM:
		if !railsCandidate(s) || !v.derive() {
			return false
		}
		for _, kdf := range railsKDFs {
			if gcmOpens(railsKey(kdf, s.Value, "authenticated encrypted cookie", 32), p.nonce, p.ct) {
				return true
			}
		}
	case schemeLaravelGCM:
		return laravelOpens(s.Value, p.nonce, p.ct)
	case schemeYii:
		return hmac.Equal(v.macer(sha256.New).sum(secret, p.msg), p.sig)
	default:
		if p.custom != nil {
			return p.custom(v, s)
		}
	}
	return false
}

// macer computes HMACs with hash states reused across keys: hmac.New allocates two hashes and
// two pads for every candidate, which would halve the candidates tried per second.
type macer struct {
	id           uintptr // the hash constructor's code pointer
	inner, outer hash.Hash
	pad, key     []byte
	out, digest  []byte
	parts        []byte // hash's input, gathered so the strings are not converted one by one
	// Restore the states a keyState keeps; nil for a hash that cannot (no standard one).
	innerState, outerState encoding.BinaryUnmarshaler
}

func newMacer(h func() hash.Hash) *macer {
	m := &macer{inner: h(), outer: h()}
	m.pad = make([]byte, m.inner.BlockSize())
	m.innerState, _ = m.inner.(encoding.BinaryUnmarshaler)
	m.outerState, _ = m.outer.(encoding.BinaryUnmarshaler)
	return m
}

// hash is H(parts…), Django's salted_hmac key derivation. The result is valid until the next call.
func (m *macer) hash(parts ...string) []byte {
	m.parts = m.parts[:0]
	for _, p := range parts {
		m.parts = append(m.parts, p...)
	}
	m.inner.Reset()
	m.inner.Write(m.parts)
	m.digest = m.inner.Sum(m.digest[:0])
	return m.digest
}

// sum is HMAC(key, msg) as RFC 2104 defines it. The result is valid until the next call.
func (m *macer) sum(key, msg []byte) []byte {
	m.pads(key)
	m.inner.Write(msg)
	m.out = m.inner.Sum(m.out[:0])
	m.outer.Write(m.out)
	m.out = m.outer.Sum(m.out[:0])
	return m.out
}

// pads resets the two hashes to HMAC's state once key's inner and outer pads are hashed.
func (m *macer) pads(key []byte) {
	if len(key) > len(m.pad) {
		m.outer.Reset()
		m.outer.Write(key)
		m.key = m.outer.Sum(m.key[:0])
		key = m.key
	}
	for i := range m.pad {
		m.pad[i] = 0x36
	}
	for i, b := range key {
		m.pad[i] ^= b
	}
	m.inner.Reset()
	m.inner.Write(m.pad)
	for i := range m.pad {
		m.pad[i] ^= 0x36 ^ 0x5c
	}
	m.outer.Reset()
	m.outer.Write(m.pad)
}

func mac(h func() hash.Hash, key, msg []byte) []byte {
	m := hmac.New(h, key)
	m.Write(msg)
	return m.Sum(nil)
}

// gcmOpens reports whether ct (ciphertext+tag) authenticates under key; any AES key size.
func gcmOpens(key, nonce, ct []byte) bool {
	aead := newGCM(key, len(nonce))
	if aead == nil {
		return false
	}
	_, err := aead.Open(nil, nonce, ct, nil)
	return err == nil
}

// laravelKey turns an APP_KEY into AES key bytes ("base64:" prefix or raw).
func laravelKey(appKey string) []byte {
	if b, ok := strings.CutPrefix(appKey, "base64:"); ok {
		if k, ok := b64std(b); ok {
			return k
		}
		return nil
	}
	return []byte(appKey)
}

// railsCandidate skips the builtin typed-password lists for PBKDF2 formats (see sourcePasswords).
func railsCandidate(s Secret) bool {
	return s.Source != sourcePasswords && s.Source != sourcePhrases
}

// railsKDFs are ActiveSupport::KeyGenerator's hashes: SHA-1 (Rails ≤ 6.1) and SHA-256 (Rails ≥ 7.0 defaults).
var railsKDFs = []func() hash.Hash{sha1.New, sha256.New}

// railsCacheSize bounds the derived-key cache: 4,096 keys of at most 64 bytes.
const railsCacheSize = 4096

type railsCacheKey struct {
	sha256      bool
	secret, use string
	size        int
}

type railsEntry struct {
	key railsCacheKey
	val []byte
}

// railsCache is a small LRU of PBKDF2 outputs shared by all Verify calls.
var railsCache = struct {
	sync.Mutex
	order *list.List
	items map[railsCacheKey]*list.Element
}{order: list.New(), items: map[railsCacheKey]*list.Element{}}

// railsKey derives a key the way ActiveSupport::KeyGenerator#generate_key does (1,000 iterations), cached.
func railsKey(kdf func() hash.Hash, secret, salt string, size int) []byte {
	k := railsCacheKey{sha256: kdf().Size() == sha256.Size, secret: secret, use: salt, size: size}
	c := &railsCache
	c.Lock()
	if e, ok := c.items[k]; ok {
		c.order.MoveToFront(e)
		c.Unlock()
		return e.Value.(*railsEntry).val
	}
	c.Unlock()
	val, err := pbkdf2.Key(kdf, secret, []byte(salt), 1000, size)
	if err != nil {
		return nil
	}
	c.Lock()
	defer c.Unlock()
	if _, ok := c.items[k]; !ok {
		c.items[k] = c.order.PushFront(&railsEntry{key: k, val: val})
		if c.order.Len() > railsCacheSize {
			old := c.order.Remove(c.order.Back()).(*railsEntry)
			delete(c.items, old.key)
		}
	}
	return val
}
