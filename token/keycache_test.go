package token

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"testing"
)

// djangoValue signs payload like django.core.signing with SHA-256 and the key salted_hmac
// derives: SHA-256(keySalt + secret).
func djangoValue(payload, keySalt, secret string) string {
	key := sha256.Sum256([]byte(keySalt + secret))
	signed := payload + ":1qXbyZ"
	return signed + ":" + base64.RawURLEncoding.EncodeToString(mac(sha256.New, key[:], []byte(signed)))
}

func TestCachedKeysVerifyEveryCookieTheyDeriveFor(t *testing.T) {
	resetKeyCaches()
	secrets := []Secret{{Value: "first"}, {Value: "second"}, {Value: "third"}}
	for round := range 3 { // a first cookie caches nothing, the second caches, the third finds
		for i, s := range secrets {
			for _, v := range []string{
				flaskValue(b64u(fmt.Appendf(nil, `{"user":"u%d"}`, i)), 1700000000, s.Value),
				djangoValue(b64u(fmt.Appendf(nil, `{"n":%d}`, i)), djangoSessionSalt, s.Value),
			} {
				got, ok := Verify(nil, "sessionid", v, nil, secrets)
				if !ok || got.Value != s.Value {
					t.Fatalf("round %d: %s verified with %q, %v; want %q", round, Recognise("sessionid", v, nil).Format, got.Value, ok, s.Value)
				}
				if _, ok := Verify(nil, "sessionid", v[:len(v)-2]+"AA", nil, secrets); ok {
					t.Fatalf("round %d: a changed signature verified", round)
				}
			}
		}
	}
}

func TestKeyCacheStopsGrowingAndKeysPastItStillVerify(t *testing.T) {
	resetKeyCaches()
	list := make([]Secret, maxCachedKeys+50)
	for i := range list {
		list[i] = Secret{Value: fmt.Sprintf("secret-%d", i)}
	}
	last := list[len(list)-1].Value
	for _, payload := range []string{`{"a":1}`, `{"b":2}`} {
		v := flaskValue(b64u([]byte(payload)), 1700000000, last)
		if got, ok := Verify(nil, "session", v, nil, list); !ok || got.Value != last {
			t.Fatalf("%s: verified with %q, %v; want the last secret, past the cache", payload, got.Value, ok)
		}
	}
	derivedKeys.mu.RLock()
	n := len(derivedKeys.m)
	derivedKeys.mu.RUnlock()
	if n != maxCachedKeys {
		t.Fatalf("cache holds %d key lists, want the bound %d", n, maxCachedKeys)
	}
	first := flaskValue(b64u([]byte(`{"c":3}`)), 1700000000, list[0].Value)
	if got, ok := Verify(nil, "session", first, nil, list); !ok || got.Value != list[0].Value {
		t.Fatalf("a cached secret: verified with %q, %v", got.Value, ok)
	}
}

func TestKeyCacheServesConcurrentVerifies(t *testing.T) {
	resetKeyCaches()
	secrets := make([]Secret, 200)
	for i := range secrets {
		secrets[i] = Secret{Value: fmt.Sprintf("shared-%d", i)}
	}
	errs := make(chan error, 8)
	for g := range 8 {
		go func() {
			want := secrets[(g*37)%len(secrets)].Value
			for round := range 3 {
				v := flaskValue(b64u(fmt.Appendf(nil, `{"g":%d,"r":%d}`, g, round)), 1700000000, want)
				if got, ok := Verify(nil, "session", v, nil, secrets); !ok || got.Value != want {
					errs <- fmt.Errorf("goroutine %d round %d: verified with %q, %v; want %q", g, round, got.Value, ok, want)
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
