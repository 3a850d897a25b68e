package token

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"encoding"
	"fmt"
	"hash"
	"strings"
	"sync"
)

// derivation is how a format turns a secret into the key of the HMAC a value carries.
type derivation uint8

const (
	deriveHMAC    derivation = iota + 1 // HMAC(secret, salt): itsdangerous "hmac"
	deriveConcat                        // H(salt + secret): itsdangerous "django-concat", Django's salted_hmac
	deriveRaw                           // the secret itself: iron's PBKDF2 with one iteration is HMAC(password, …)
	deriveLaravel                       // APP_KEY decoded from "base64:…"; only 16- and 32-byte keys
)

// keySpec is one way a format derives an HMAC key from a secret.
type keySpec struct {
	how  derivation
	hash func() hash.Hash
	salt string
}

// derivedID names the keys a list of keySpecs derives from one secret: a run tries the same
// secrets against every cookie, so the keys are worth keeping, and one lookup finds all of
// a value's keys (Flask's two derivations, Django's salts).
type derivedID struct {
	specs  uint32 // the list's number in keyLists: hashing a number is cheaper than 60-byte salts
	secret string
}

// keyState is a derived HMAC key and, once cached, the hash states after its pads: starting
// from them saves the two blocks the pads cost on every message.
type keyState struct {
	usable       bool // false when the secret gives no key (a Laravel key of the wrong size)
	key          []byte
	inner, outer []byte // marshaled hash states after the inner and outer pad; nil when not kept
}

// maxCachedKeys bounds each cache of derived keys. An entry holds a secret's keys for one list
// of derivations (a format, and for Django a cookie name), at most about 1 KB (Django's four
// salts), so the cache holds at most about 32 MB: the builtin list for about six such lists,
// or the start of a long --secrets list. Once full, a cache keeps what it holds, and keys past it are derived again for
// every cookie: evicting would make a list longer than the cache miss on every lookup.
const maxCachedKeys = 32 << 10

// boundedCache is a map shared by every Verify call that stops growing at maxCachedKeys.
type boundedCache[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func (c *boundedCache[K, V]) get(k K) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	return v, ok
}

func (c *boundedCache[K, V]) put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[K]V, 4096) // a run puts in thousands at once: the builtin list is about 5,000
	}
	if len(c.m) < maxCachedKeys {
		c.m[k] = v
	}
}

// full reports whether the cache has stopped taking keys.
func (c *boundedCache[K, V]) full() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.m) >= maxCachedKeys
}

// reset empties the cache.
func (c *boundedCache[K, V]) reset() {
	c.mu.Lock()
	c.m = nil
	c.mu.Unlock()
}

var (
	derivedKeys boundedCache[derivedID, []keyState]
	// laravelAEADs holds the AES-GCM of each APP_KEY and nonce size, nil for a key AES refuses:
	// about 1 KB each, bounded as the derived keys are.
	laravelAEADs boundedCache[laravelAEADID, cipher.AEAD]
)

// keyLists numbers the lists of keySpecs and counts the Verify calls that derived each. The lists
// are formats' constants and Django's per-cookie-name salts; past maxCachedKeys of them, keys of
// a new list are not cached.
var keyLists struct {
	sync.Mutex
	ids  map[string]uint32
	uses map[uint32]int
}

type laravelAEADID struct {
	appKey    string
	nonceSize int
}

// resetKeyCaches empties the derived-key caches and forgets the cookies seen, so a benchmark
// can measure a first cookie.
func resetKeyCaches() {
	derivedKeys.reset()
	laravelAEADs.reset()
	keyLists.Lock()
	keyLists.ids, keyLists.uses = nil, nil
	keyLists.Unlock()
}

// keyStates returns the keys specs derive from secret, in order. The first Verify call of a run
// that derives them caches nothing: a run that sees one cookie, as a lint of one header does,
// pays nothing for the cache. From the second call on, each secret's keys are cached, while
// there is room, with their pads hashed, so every later cookie pays one HMAC per key and
// message. Keys that are not cached are valid until the next call.
func (v *verifier) keyStates(specs []keySpec, secret string) []keyState {
	id, uses, cacheable := v.specsID(specs)
	cacheable = cacheable && uses > 1
	did := derivedID{specs: id, secret: secret}
	if cacheable {
		if states, hit := derivedKeys.get(did); hit {
			return states
		}
	}
	states, arena := v.states[:0], v.arena[:0]
	for _, k := range specs {
		var st keyState
		if key, ok := v.deriveKey(k, secret); ok {
			start := len(arena)
			arena = append(arena, key...)
			st = keyState{usable: true, key: arena[start:len(arena):len(arena)]}
		}
		states = append(states, st)
	}
	v.states, v.arena = states, arena
	if !cacheable || derivedKeys.full() {
		return states
	}
	kept := v.keep(states)
	derivedKeys.put(did, kept)
	return kept
}

// keep copies states into memory of their own, for the cache, with their pads hashed. The keys
// and states share one allocation.
func (v *verifier) keep(states []keyState) []keyState {
	size := 0
	for _, st := range states {
		size += len(st.key) + 2*maxMarshaledState
	}
	arena := make([]byte, 0, size)
	kept := make([]keyState, len(states))
	for i, st := range states {
		if !st.usable {
			continue
		}
		start := len(arena)
		arena = append(arena, st.key...)
		kept[i] = keyState{usable: true, key: arena[start:len(arena):len(arena)]}
		mid := len(arena)
		var ok bool
		if arena, ok = v.keyMacers[i].appendPads(arena, st.key); ok {
			end := mid + (len(arena)-mid)/2
			kept[i].inner, kept[i].outer = arena[mid:end:end], arena[end:len(arena):len(arena)]
		}
	}
	return kept
}

// maxMarshaledState is the size of a marshaled SHA-512 state, the largest of the hashes used.
const maxMarshaledState = 204

// deriveKey is the key k derives from secret, valid until the macer's next call.
func (v *verifier) deriveKey(k keySpec, secret string) ([]byte, bool) {
	m := v.macer(k.hash)
	switch k.how {
	case deriveHMAC:
		v.secret = append(v.secret[:0], secret...)
		v.buf = append(v.buf[:0], k.salt...)
		return m.sum(v.secret, v.buf), true
	case deriveConcat:
		return m.hash(k.salt, secret), true
	case deriveRaw:
		v.secret = append(v.secret[:0], secret...)
		return v.secret, true
	case deriveLaravel:
		key := laravelKey(secret)
		return key, len(key) == 16 || len(key) == 32
	}
	return nil, false
}

// specsName names a list of key derivations: equal lists, equal names.
func specsName(specs []keySpec) string {
	var name strings.Builder
	for _, k := range specs {
		fmt.Fprintf(&name, "%d|%p|%s\x00", k.how, k.hash, k.salt)
	}
	return name.String()
}

// specsID numbers specs in keyLists and counts this Verify call as one more use, once per call:
// every candidate derives the same keys. uses counts the calls so far, this one included; ok is
// false when keyLists is full.
func (v *verifier) specsID(specs []keySpec) (id uint32, uses int, ok bool) {
	if !v.specsNumbered {
		name := specsName(specs)
		keyLists.Lock()
		if keyLists.ids == nil {
			keyLists.ids, keyLists.uses = map[string]uint32{}, map[uint32]int{}
		}
		id, ok = keyLists.ids[name]
		if !ok && len(keyLists.ids) < maxCachedKeys {
			id, ok = uint32(len(keyLists.ids)), true
			keyLists.ids[name] = id
		}
		if ok {
			keyLists.uses[id]++
			uses = keyLists.uses[id]
		}
		keyLists.Unlock()
		v.specs, v.specsUses, v.specsKnown, v.specsNumbered = id, uses, ok, true
		for _, k := range specs {
			v.keyMacers = append(v.keyMacers, v.macer(k.hash))
		}
	}
	return v.specs, v.specsUses, v.specsKnown
}

// anyDerived reports whether the HMAC of p.msg under any key p.keys derives from s is p.sig.
func (p *proof) anyDerived(v *verifier, s Secret) bool {
	for i, st := range v.keyStates(p.keys, s.Value) {
		if st.usable && hmac.Equal(v.keyMacers[i].sumFrom(&st, p.msg), p.sig) {
			return true
		}
	}
	return false
}

// laravelOpens reports whether ct authenticates under the AES-GCM key appKey gives, keeping
// the cipher for the next cookie.
func laravelOpens(appKey string, nonce, ct []byte) bool {
	id := laravelAEADID{appKey: appKey, nonceSize: len(nonce)}
	aead, hit := laravelAEADs.get(id)
	if !hit {
		aead = newGCM(laravelKey(appKey), len(nonce))
		laravelAEADs.put(id, aead)
	}
	if aead == nil {
		return false
	}
	_, err := aead.Open(nil, nonce, ct, nil)
	return err == nil
}

// newGCM is AES-GCM under key (any AES key size) with the nonce size given, nil if either is invalid.
func newGCM(key []byte, nonceSize int) cipher.AEAD {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	aead, err := cipher.NewGCMWithNonceSize(block, nonceSize)
	if err != nil {
		return nil
	}
	return aead
}

// appendPads hashes key's pads and appends the inner then the outer hash state, of equal
// length, to arena. ok is false, and arena unchanged, when the hash cannot marshal them.
func (m *macer) appendPads(arena, key []byte) (_ []byte, ok bool) {
	in, ok1 := m.inner.(encoding.BinaryAppender)
	out, ok2 := m.outer.(encoding.BinaryAppender)
	if !ok1 || !ok2 {
		return arena, false
	}
	m.pads(key)
	grown, err1 := in.AppendBinary(arena)
	grown, err2 := out.AppendBinary(grown)
	if err1 != nil || err2 != nil || (len(grown)-len(arena))%2 != 0 {
		return arena, false
	}
	return grown, true
}

// sumFrom is HMAC(st's key, msg), starting from the hashed pads when st has them.
func (m *macer) sumFrom(st *keyState, msg []byte) []byte {
	if st.inner == nil || m.innerState == nil || m.outerState == nil ||
		m.innerState.UnmarshalBinary(st.inner) != nil || m.outerState.UnmarshalBinary(st.outer) != nil {
		return m.sum(st.key, msg)
	}
	m.inner.Write(msg)
	m.out = m.inner.Sum(m.out[:0])
	m.outer.Write(m.out)
	m.out = m.outer.Sum(m.out[:0])
	return m.out
}
