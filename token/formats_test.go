package token

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
)

// Companion pairs and XML-DSig JWTs are built here from their published algorithms: no library
// makes the first, and jsonwebtoken refuses XML-DSig alg names.
func TestCompanionHMACPairsVerifyAgainstTheSecretLists(t *testing.T) {
	random := make([]byte, 32)
	rand.Read(random)
	hexMAC := func(h func() []byte) string { return hex.EncodeToString(h()) }
	tests := []struct {
		sentence string
		name     string
		value    string
		siblings map[string]string
		signed   bool
		verifies string
	}{
		{"an HMAC-SHA256 of the account in ssid signs it", "account", "alice",
			map[string]string{"ssid": hexMAC(func() []byte { return mac(sha256.New, []byte("secret"), []byte("alice")) })}, true, "secret"},
		{"an HMAC-SHA1 of name=value in base64 is tried", "user", "bob",
			map[string]string{"auth": base64.StdEncoding.EncodeToString(mac(sha1.New, []byte("changeme"), []byte("user=bob")))}, false, "changeme"},
		{"an HMAC-MD5 companion is tried but does not make the value signed", "role", "admin",
			map[string]string{"PHPSESSID": hexMAC(func() []byte { return mac(md5.New, []byte("secret"), []byte("admin")) })}, false, "secret"},
		{"a companion signed with a random 32-byte key verifies with no listed secret", "account", "alice",
			map[string]string{"ssid": hexMAC(func() []byte { return mac(sha256.New, random, []byte("alice")) })}, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			tok := Recognise(tt.name, tt.value, tt.siblings)
			if tok.Signed != tt.signed || !tok.Verifiable() {
				t.Fatalf("signed=%v verifiable=%v (%s)", tok.Signed, tok.Verifiable(), tok.Note)
			}
			got, ok := Verify(tok, tt.name, tt.value, tt.siblings, BuiltinSecrets())
			if tt.verifies == "" {
				if ok {
					t.Fatalf("verified with %q", got.Value)
				}
				return
			}
			if !ok || got.Value != tt.verifies {
				t.Fatalf("Verify = %q, %v; want %q", got.Value, ok, tt.verifies)
			}
		})
	}
}

// TestSiblingsIndexedOnceTryTheFirstDigestsByName checks the index a response's cookies share:
// among many siblings, the first eight by name whose value is digest-sized are tried, as
// Recognise tries them, and a companion past them is not.
func TestSiblingsIndexedOnceTryTheFirstDigestsByName(t *testing.T) {
	siblings := map[string]string{}
	for i := range 20000 {
		siblings[fmt.Sprintf("c%05d", i)] = fmt.Sprintf("v%d", i) // not digest-sized
	}
	digest := hex.EncodeToString(mac(sha256.New, []byte("secret"), []byte("alice")))
	siblings["a_ssid"] = digest
	index := NewSiblings(siblings)
	if tok := RecogniseAmong("account", "alice", index); !tok.Signed || !tok.Verifiable() {
		t.Errorf("with the index: signed=%v verifiable=%v, want a signed companion pair", tok.Signed, tok.Verifiable())
	}
	if tok := Recognise("account", "alice", siblings); !tok.Signed {
		t.Errorf("without it: not signed, want the same as with it")
	}
	for i := range 8 {
		siblings[fmt.Sprintf("A%d", i)] = hex.EncodeToString(make([]byte, 32)) // before a_ssid by name
	}
	tok := RecogniseAmong("account", "alice", NewSiblings(siblings))
	if tok.proof == nil || len(tok.proof.alts) != 16 {
		t.Fatalf("want 8 companions tried two ways each, got %+v", tok.proof)
	}
	for _, alt := range tok.proof.alts {
		if hex.EncodeToString(alt.sig) == digest {
			t.Errorf("a companion past the first eight digests by name was tried")
		}
	}
}

func TestJWTWithAnXMLDSigAlgVerifiesAsItsJWAName(t *testing.T) {
	header := `{"alg":"http://www.w3.org/2001/04/xmldsig-more#hmac-sha256","typ":"JWT"}`
	signed := b64u([]byte(header)) + "." + b64u([]byte(`{"sub":"alice"}`))
	value := signed + "." + b64u(mac(sha256.New, []byte("secret"), []byte(signed)))
	tok := Recognise("token", value, nil)
	if tok.Format != JWT || !strings.Contains(tok.Note, "HS256") {
		t.Fatalf("%s: %s", tok.Format, tok.Note)
	}
	if got, ok := Verify(tok, "token", value, nil, BuiltinSecrets()); !ok || got.Value != "secret" {
		t.Fatalf("Verify = %q, %v", got.Value, ok)
	}
}

// A value whose signature or ciphertext changed by one character never verifies with the secret
// that made the original: each format's check covers what it signs. Shiro's AES-CBC carries no
// MAC and the check reads the first block, so there the change is made to the IV.
func TestTamperedValuesNeverVerify(t *testing.T) {
	for _, f := range loadFixtures(t) {
		if f.Secret == nil || !f.Signed {
			continue
		}
		t.Run(f.Source, func(t *testing.T) {
			v := strings.Trim(f.Value, `"`)
			i := len(v) - 3
			switch f.Format {
			case Flask, FastifySigned, ExpressSession, ExpressSigned:
				i = len(v) - 6
			case ShiroRememberMe:
				i = 2
			}
			flipped := byte('A')
			if v[i] == 'A' || v[i] == 'a' {
				flipped = '0'
			}
			tampered := v[:i] + string(flipped) + v[i+1:]
			if _, ok := Verify(nil, f.Name, tampered, f.Siblings, []Secret{{Value: *f.Secret}}); ok {
				t.Fatalf("%s verified after one character changed", f.Format)
			}
		})
	}
}

func TestNearMissesOfTheNewFormatsAreNotClaimed(t *testing.T) {
	for _, tt := range []struct{ sentence, name, value string }{
		{"a Tornado v2 value whose field length overruns is not Tornado", "user", "2|1:0|99:1740787200|4:user|8:YWxpY2U=|" + strings.Repeat("a", 64)},
		{"a Tornado v1 value with a 2150 timestamp is not Tornado", "user", "YWxpY2U=|5740787200|" + strings.Repeat("a", 40)},
		{"an iron-like value with seven parts is not iron", "sid", "Fe26.2**salt*iv*ct*0*hsalt"},
		{"a Bottle-like value without a pickle is not Bottle", "account", "!" + base64.StdEncoding.EncodeToString(make([]byte, 16)) + "?" + base64.StdEncoding.EncodeToString([]byte("plain text"))},
		{"a short rememberMe value is not Shiro", "rememberMe", "dGVzdA=="},
		{"base64 named otherwise is not Shiro", "remember", base64.StdEncoding.EncodeToString(make([]byte, 64))},
		{"an LtpaToken2 whose length is not whole AES blocks is not LTPA", "LtpaToken2", base64.StdEncoding.EncodeToString(make([]byte, 40))},
		{"a PS_TOKEN-like header over a broken zlib stream is not PS_TOKEN", "PS_TOKEN", base64.StdEncoding.EncodeToString(append(append(append([]byte{0xa8, 0, 0, 0, 4, 3, 2, 1}, make([]byte, 18)...), []byte("Shdr")...), make([]byte, 80)...))},
	} {
		t.Run(tt.sentence, func(t *testing.T) {
			tok := Recognise(tt.name, tt.value, nil)
			switch tok.Format {
			case TornadoSigned, Iron, BottleSigned, ShiroRememberMe, LTPAToken, PeopleSoftToken:
				t.Fatalf("claimed as %s (%s)", tok.Format, tok.Note)
			}
		})
	}
	random := make([]byte, 160)
	rand.Read(random)
	for _, name := range []string{"rememberMe", "LtpaToken2"} {
		tok := Recognise(name, base64.StdEncoding.EncodeToString(random), nil)
		if _, ok := Verify(tok, name, "", nil, BuiltinSecrets()); ok || !tok.Verifiable() {
			t.Errorf("%s of random bytes: verifiable=%v, verified=%v", name, tok.Verifiable(), ok)
		}
	}
}

func TestVerifyKeyIgnoresSiblingsThatSignNothing(t *testing.T) {
	sig := hex.EncodeToString(mac(sha256.New, []byte("secret"), []byte("alice")))
	a := Recognise("account", "alice", map[string]string{"ssid": sig, "recent": "1"})
	b := Recognise("account", "alice", map[string]string{"ssid": sig, "recent": "2"})
	c := Recognise("account", "bob", map[string]string{"ssid": sig, "recent": "1"})
	if a.VerifyKey() == "" || a.VerifyKey() != b.VerifyKey() {
		t.Error("an unrelated sibling changed the key")
	}
	if a.VerifyKey() == c.VerifyKey() {
		t.Error("another value has the same key")
	}
	if Recognise("lang", "en", nil).VerifyKey() != "" {
		t.Error("plain text has a key")
	}
}
