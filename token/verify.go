package token

import (
	"container/list"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"hash"
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
)

// proof is the material Verify checks candidate secrets against, computed once by Recognise.
type proof struct {
	scheme    scheme
	hash      func() hash.Hash
	msg, sig  []byte
	nonce, ct []byte // AEAD nonce and ciphertext+tag, or CBC iv and ciphertext
	salts     []djangoSalt
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
// the first match. The cost per secret is one or two HMACs (Flask tries two key derivations,
// Django up to four salts); Rails formats derive a key with PBKDF2 (1,000 iterations, SHA-1 and
// SHA-256 key generators, about 0.5 ms each) and keep derived keys in an LRU of railsCacheSize
// entries, so a scan pays that once per secret. Values over 8 KB are not tried. t may be nil:
// Verify then recognises the value itself.
func Verify(t *Token, name, value string, siblings map[string]string, secrets []Secret) (Secret, bool) {
	if t == nil || t.proof == nil {
		t = Recognise(name, value, siblings)
	}
	p := t.proof
	if p == nil || len(p.msg) > maxVerified {
		return Secret{}, false
	}
	for _, s := range secrets {
		if p.check(s) {
			return s, true
		}
	}
	return Secret{}, false
}

// check reports whether s produced the value's MAC or tag.
func (p *proof) check(s Secret) bool {
	secret := []byte(s.Value)
	switch p.scheme {
	case schemeHMAC:
		return hmac.Equal(mac(p.hash, secret, p.msg), p.sig)
	case schemeItsdangerous:
		// itsdangerous "hmac" derivation (Flask's default), then the legacy "django-concat" one.
		if hmac.Equal(mac(p.hash, mac(p.hash, secret, []byte("cookie-session")), p.msg), p.sig) {
			return true
		}
		return hmac.Equal(mac(p.hash, digest(p.hash, "cookie-session", "signer", s.Value), p.msg), p.sig)
	case schemeDjango:
		for _, salt := range p.salts {
			if hmac.Equal(mac(p.hash, digest(p.hash, salt.keySalt, salt.prefix, s.Value), p.msg), p.sig) {
				return true
			}
		}
	case schemeRailsSigned, schemeRailsCBC:
		if !railsCandidate(s) {
			return false
		}
		salt := "signed cookie"
		if p.scheme == schemeRailsCBC {
			salt = "signed encrypted cookie"
		}
		for _, kdf := range railsKDFs {
			if hmac.Equal(mac(p.hash, railsKey(kdf, s.Value, salt, 64), p.msg), p.sig) {
				return true
			}
		}
	case schemeRailsGCM:
		if !railsCandidate(s) {
			return false
		}
		for _, kdf := range railsKDFs {
			if gcmOpens(railsKey(kdf, s.Value, "authenticated encrypted cookie", 32), p.nonce, p.ct) {
				return true
			}
		}
	case schemeLaravelCBC:
		key := laravelKey(s.Value)
		return (len(key) == 16 || len(key) == 32) && hmac.Equal(mac(sha256.New, key, p.msg), p.sig)
	case schemeLaravelGCM:
		return gcmOpens(laravelKey(s.Value), p.nonce, p.ct)
	case schemeYii:
		return hmac.Equal(mac(sha256.New, secret, p.msg), p.sig)
	}
	return false
}

func mac(h func() hash.Hash, key, msg []byte) []byte {
	m := hmac.New(h, key)
	m.Write(msg)
	return m.Sum(nil)
}

// digest hashes the concatenated parts, Django's salted_hmac key derivation.
func digest(h func() hash.Hash, parts ...string) []byte {
	d := h()
	for _, p := range parts {
		d.Write([]byte(p))
	}
	return d.Sum(nil)
}

// gcmOpens reports whether ct (ciphertext+tag) authenticates under key; any AES key size.
func gcmOpens(key, nonce, ct []byte) bool {
	block, err := aes.NewCipher(key)
	if err != nil {
		return false
	}
	aead, err := cipher.NewGCMWithNonceSize(block, len(nonce))
	if err != nil {
		return false
	}
	_, err = aead.Open(nil, nonce, ct, nil)
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
