package token

import (
	"bytes"
	"compress/zlib"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"net/netip"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Hand-built values follow each format's published algorithm; tests say which.

func b64u(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

// flaskValue signs payload like itsdangerous URLSafeTimedSerializer with salt "cookie-session",
// "hmac" key derivation and SHA-1, with a raw timestamp (the caller picks the epoch).
func flaskValue(payload string, ts uint32, secret string) string {
	var tb [4]byte
	binary.BigEndian.PutUint32(tb[:], ts)
	signed := payload + "." + b64u(tb[:])
	key := mac(sha1.New, []byte(secret), []byte("cookie-session"))
	return signed + "." + b64u(mac(sha1.New, key, []byte(signed)))
}

func deflate(b []byte) []byte {
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// railsSignedSHA256 builds a Rails ≥ 7.0 signed cookie: key from ActiveSupport::KeyGenerator with
// hash_digest_class SHA256 (1,000 iterations, salt "signed cookie"), HMAC-SHA1 hex digest.
func railsSignedSHA256(secret string, inner any) string {
	msg, _ := json.Marshal(inner)
	env, _ := json.Marshal(map[string]any{"_rails": map[string]any{"message": base64.StdEncoding.EncodeToString(msg), "exp": nil, "pur": "cookie.user"}})
	data := base64.StdEncoding.EncodeToString(env)
	key, _ := pbkdf2.Key(sha256.New, secret, []byte("signed cookie"), 1000, 64)
	return url.QueryEscape(data + "--" + hex.EncodeToString(mac(sha1.New, key, []byte(data))))
}

// aspnetPayload builds a Data Protection payload: magic 0x09F0C9F0, key id, IV, ciphertext, MAC.
func aspnetPayload() string {
	b := []byte{0x09, 0xF0, 0xC9, 0xF0}
	b = append(b, bytes.Repeat([]byte{0xA5}, 16)...) // key id
	b = append(b, bytes.Repeat([]byte{0x11}, 16)...) // IV
	b = append(b, bytes.Repeat([]byte{0x22}, 48)...) // ciphertext
	b = append(b, bytes.Repeat([]byte{0x33}, 32)...) // HMAC-SHA256
	return b64u(b)
}

func jwtOf(header, claims string, sig string) string {
	return b64u([]byte(header)) + "." + b64u([]byte(claims)) + "." + sig
}

func TestRecogniseHandBuiltFormats(t *testing.T) {
	now := uint32(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC).Unix())
	bomb := "." + b64u(deflate([]byte(`{"a":"`+strings.Repeat("x", 300<<10)+`"}`)))
	yiiData := `a:2:{i:0;s:9:"_language";i:1;s:2:"en";}`
	tests := []struct {
		sentence       string
		name, value    string
		siblings       map[string]string
		format         Format
		signed, read   bool
		encrypted      bool
		keys           []string
		noteHas        string
		secret         string // verifies when set
		timestampAfter time.Time
	}{
		{sentence: "a BIG-IP IPv4 cookie decodes to its backend address and port",
			name: "BIGipServerweb_pool", value: "1677787402.36895.0000", format: BigIP, read: true,
			keys: []string{"addr", "pool", "port"}, noteHas: "10.1.1.100:8080 (pool web_pool)"},
		{sentence: "a BIG-IP routed-domain IPv4 cookie decodes with its route domain",
			name: "BIGipServerapp", value: "rd5o00000000000000000000ffffc0a80a05o80", format: BigIP, read: true,
			keys: []string{"addr", "pool", "port", "route_domain"}, noteHas: "192.168.10.5:80"},
		{sentence: "a BIG-IP IPv6 cookie decodes with its byte-swapped port",
			name: "BIGipServerv6", value: "vi20010112000000000000000000000030.20480", format: BigIP, read: true,
			keys: []string{"addr", "pool", "port"}, noteHas: "[2001:112::30]:80"},
		{sentence: "a BIG-IP routed-domain IPv6 cookie decodes",
			name: "BIGipServerv6rd", value: "rd3o20010112000000000000000000000030o443", format: BigIP, read: true,
			keys: []string{"addr", "pool", "port", "route_domain"}, noteHas: "[2001:112::30]:443"},
		{sentence: "an encrypted BIG-IP cookie is recognised under a BIGipServer name",
			name: "BIGipServerpool_x", value: "!q3vYAOu7YcTKbF2mRj0sVQ9hZ+8wP0iJYp3nYwq2v3mV8kqRk1Jk1oWbQ2nFvGcB4hT6uYvAeBvC0w==", format: BigIP, encrypted: true, noteHas: "encrypted"},
		{sentence: "an ASP.NET Core Data Protection payload is encrypted and names its key",
			name: ".AspNetCore.Cookies", value: aspnetPayload(), format: ASPNETDataProtection, signed: true, encrypted: true, noteHas: "a5a5a5a5-a5a5-a5a5-a5a5-a5a5a5a5a5a5"},
		{sentence: "a JWE is encrypted and reports its algorithms",
			name: "token", value: b64u([]byte(`{"alg":"RSA-OAEP","enc":"A256GCM"}`)) + ".AAAA.BBBBBBBBBBBBBBBB.CCCC.DDDDDDDDDDDDDDDDDDDDDD",
			format: JWE, signed: true, encrypted: true, noteHas: "RSA-OAEP / A256GCM"},
		{sentence: "a JWT with an HS256 header and an empty signature is not signed",
			name: "jwt", value: jwtOf(`{"alg":"HS256","typ":"JWT"}`, `{"sub":"1","admin":true}`, ""),
			format: JWT, read: true, keys: []string{"admin", "sub"}, noteHas: "empty signature"},
		{sentence: "a legacy itsdangerous timestamp counts from 2011",
			name: "session", value: flaskValue(b64u([]byte(`{"user":"x"}`)), now-itsdangerousEpoch, "dev"),
			format: Flask, signed: true, read: true, keys: []string{"user"}, noteHas: "2011 epoch", secret: "dev",
			timestampAfter: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)},
		{sentence: "a Flask payload that inflates past 256 KB is recognised but not decoded",
			name: "session", value: flaskValue(bomb, now, "dev"), format: Flask, signed: true, noteHas: "256 KB", secret: "dev"},
		{sentence: "a Rails 7 signed cookie (SHA-256 key generator) is readable and verifies",
			name: "user", value: railsSignedSHA256("0123456789abcdef0123456789abcdef", map[string]any{"id": 7, "admin": true}),
			format: RailsSigned, signed: true, read: true, keys: []string{"admin", "id"}, noteHas: `purpose "cookie.user"`,
			secret: "0123456789abcdef0123456789abcdef"},
		{sentence: "a Rails signed cookie holding Ruby Marshal is signed but not decoded",
			name: "remember_token", value: base64.StdEncoding.EncodeToString([]byte("\x04\x08[\x07i\x06I\"\x06x\x06:\x06ET")) + "--" + strings.Repeat("ab", 20),
			format: RailsSigned, signed: true, noteHas: "Ruby Marshal"},
		{sentence: "PHP serialize() data is readable",
			name: "prefs", value: url.QueryEscape(`a:2:{s:4:"user";s:5:"alice";s:5:"admin";b:1;}`), format: PHPSerialized, read: true, keys: []string{"admin", "user"}},
		{sentence: "a serialized PHP object is flagged for object injection",
			name: "cart", value: `O:8:"stdClass":2:{s:4:"role";s:5:"admin";s:9:"` + "\x00*\x00secret" + `";i:1;}`, format: PHPSerialized, read: true,
			keys: []string{"role", "secret"}, noteHas: "class stdClass"},
		{sentence: "a Yii2 validated cookie is PHP data behind an HMAC-SHA256 prefix that verifies",
			name: "_language", value: hex.EncodeToString(mac(sha256.New, []byte("secret"), []byte(yiiData))) + url.QueryEscape(yiiData),
			format: PHPSerialized, signed: true, read: true, noteHas: "Yii2", secret: "secret"},
		{sentence: "JSON in clear is readable and unsigned",
			name: "prefs", value: url.QueryEscape(`{"theme":"dark","isAdmin":false}`), format: JSONValue, read: true, keys: []string{"isAdmin", "theme"}},
		{sentence: "a cookie-parser j: JSON cookie is readable and unsigned",
			name: "cart", value: url.PathEscape(`j:{"items":[1,2]}`), format: JSONValue, read: true, keys: []string{"items"}, noteHas: "j:"},
		{sentence: "base64 JSON without a signature is readable and unsigned",
			name: "user", value: base64.StdEncoding.EncodeToString([]byte(`{"name":"bob","role":"admin"}`)), format: Base64JSON, read: true, keys: []string{"name", "role"}},
		{sentence: "base64 JSON without its .sig sibling is not cookie-session",
			name: "session", value: "eyJ1c2VyIjoiYWxpY2UiLCJpc0FkbWluIjp0cnVlfQ==", format: Base64JSON, read: true, keys: []string{"isAdmin", "user"}},
		{sentence: "an identity cookie with an HMAC-SHA256 hex digest in a _hmac sibling is signed and verifies",
			name: "user", value: "alice", siblings: map[string]string{"user_hmac": hex.EncodeToString(mac(sha256.New, []byte("changeme"), []byte("alice")))},
			format: SiblingSigned, signed: true, read: true, noteHas: "user_hmac", secret: "changeme"},
		{sentence: "a keygrip .sig cookie is the signature of its sibling, not a token",
			name: "session.sig", value: "9J18dZvcsaBheoXaCRZ_utPpvPA", siblings: map[string]string{"session": "eyJ1c2VyIjoiYWxpY2UifQ=="},
			format: Opaque, noteHas: "signature of cookie session"},
		{sentence: "a UUID is a UUID", name: "uid", value: "550e8400-e29b-41d4-a716-446655440000", format: UUID},
		{sentence: "a SHA-1 hex string is a hex digest", name: "token", value: "5d41402abc4b2a76b9719d911017c592aaf0c8e1", format: HexDigest},
		{sentence: "a random base64url ID is opaque", name: "sid", value: "Zk3pQ9sX2vB7nL0mR4tY8wE1aC6dF5gH", format: Opaque},
		{sentence: "a locale is plain text", name: "lang", value: "en-US", format: Plain},
		{sentence: "role=admin is plain text", name: "role", value: "admin", format: Plain},
		{sentence: "an empty value is plain text", name: "x", value: "", format: Plain},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			tok := Recognise(tt.name, tt.value, tt.siblings)
			if tok.Format != tt.format || tok.Signed != tt.signed || tok.Readable != tt.read || tok.Encrypted != tt.encrypted {
				t.Fatalf("got %s signed=%v readable=%v encrypted=%v (%s)", tok.Format, tok.Signed, tok.Readable, tok.Encrypted, tok.Note)
			}
			if strings.Join(tok.Keys, ",") != strings.Join(tt.keys, ",") {
				t.Errorf("keys %v, want %v", tok.Keys, tt.keys)
			}
			if !strings.Contains(tok.Note, tt.noteHas) {
				t.Errorf("note %q lacks %q", tok.Note, tt.noteHas)
			}
			if !tt.timestampAfter.IsZero() && tok.Timestamp.Before(tt.timestampAfter) {
				t.Errorf("timestamp %v", tok.Timestamp)
			}
			if tt.secret != "" {
				if _, ok := Verify(tok, tt.name, tt.value, tt.siblings, []Secret{{Value: "wrong"}, {Value: tt.secret, Source: "test"}}); !ok {
					t.Error("did not verify")
				}
			}
		})
	}
}

func TestBigIPInfoCarriesAddressPortAndPool(t *testing.T) {
	tok := Recognise("BIGipServer~Common~pool_80", "1677787402.36895.0000", nil)
	want := BigIPInfo{Addr: netip.MustParseAddr("10.1.1.100"), Port: 8080, Pool: "~Common~pool_80"}
	if tok.BigIP == nil || *tok.BigIP != want {
		t.Fatalf("BigIP = %+v, want %+v", tok.BigIP, want)
	}
	if hits := Sensitive("1677787402.36895.0000", tok.Data); len(hits) != 2 {
		t.Errorf("hits %v, want internal-ip at value and addr", hits)
	}
}

func TestJWTInfoReadsClaimsTimesAndKeyHeaders(t *testing.T) {
	v := jwtOf(`{"alg":"HS256","kid":"../../dev/null","jku":"https://evil.example/jwks.json","x5u":"https://x.example/c.pem"}`,
		`{"sub":"1","iat":1700000000,"nbf":1700000000,"exp":1700003600}`, "c2ln")
	tok := Recognise("token", v, nil)
	j := tok.JWT
	if j == nil || j.Alg != "HS256" || j.Kid != "../../dev/null" || j.Jku == "" || j.X5u == "" || j.EmptySignature {
		t.Fatalf("JWT = %+v", j)
	}
	if j.Exp == nil || j.Exp.Sub(*j.Iat) != time.Hour || j.Nbf == nil {
		t.Errorf("times exp=%v iat=%v nbf=%v", j.Exp, j.Iat, j.Nbf)
	}
	if j.Claims["sub"] != "1" || j.Header["alg"] != "HS256" {
		t.Errorf("claims %v header %v", j.Claims, j.Header)
	}
}

// Values that tools in this space have mistaken for signed sessions: none may be signed,
// readable or encrypted.
func TestRecogniseNeverClaimsInfrastructureAndTrackingValues(t *testing.T) {
	tests := []struct{ sentence, name, value string }{
		{"an AWSALB load-balancer value is opaque", "AWSALB", "y3JCR1z7Mmc8KcDYm2cPaDYc1ShkN5ZqcBq9mb0WT/5SE5dqxTu8Q8EIbIpSsm3CQbS8OMgEcCQC5UvG6YmhwsKEKdjnOc6Dx5KXj+1ZIRa6S8fhnFS0OkEvSgWG"},
		{"an AWSALBCORS value is opaque", "AWSALBCORS", "eKq4Cw1m0S3YF0bQZ7yP5aB9jL2tX8nR4vG6hD1cE3fK7mN0pQ2sU5wY9zA4bC6dE8gH1iJ3kL5nO7qR9tV2xZ4A6cE8gI0kM2oQ4sU6wY8A"},
		{"a Google Analytics _ga value is not a token", "_ga", "GA1.1.123456789.1700000000"},
		{"a Google Analytics _gid value is not a token", "_gid", "GA1.2.987654321.1700000000"},
		{"a Meta _fbp value is not a token", "_fbp", "fb.1.1700000000000.123456789"},
		{"a Cloudflare __cf_bm value is not a Flask session", "__cf_bm", "8c4Ez5F1G0Yy0pV1uY2Jkq5fXx5oT2m3QfF3E0jzW8s-1700000000-1.0.1.1-Zf6x1l0v0oQ3qz1m2H0s3v9s5m7ZrjR8mB7mXkV2K1oQ9j4m4F8i3rY0c6nL2u9wJzV5aQ0E3nC8cH1pT7dA5w"},
		{"an Azure ARRAffinity value is a hex digest, not a session", "ARRAffinity", "8f2a6c0e4b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a"},
		{"a Heroku session-affinity value is opaque", "heroku-session-affinity", "ACyDaANoA25tBgAKL4fRhgFiAAGGoGEBbAAAAAFtAAAABXdlYi4xag__a8d2b5f0f3d1c7e9"},
		{"a Google NID value is opaque", "NID", "511=N8Ua7kE2xm9RuWXu4ueZE_9QxXfXT5m6Ss9Q0GxS8V2fq1pYH2Jw3kL0mN5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9"},
		{"a 26-character PHPSESSID is opaque", "PHPSESSID", "9q1v8b4a3k2l7m6n5o0p1r2s3t"},
		{"a 32-hex PHPSESSID is opaque", "PHPSESSID", "5f4dcc3b5aa765d61d8327deb882cf99"},
		{"a JSESSIONID is opaque", "JSESSIONID", "8A3F5C1E9B7D2F4A6C8E0B1D3F5A7C9E"},
		{"a JSESSIONID with a node suffix is opaque", "JSESSIONID", "8A3F5C1E9B7D2F4A6C8E0B1D3F5A7C9E.node1"},
		{"a dotted value whose first part is not JSON is not Flask", "session", "abcdefghijkl.AbCdEf.abcdefghijklmnopqrstuvwxyz0"},
		{"an eyJ value whose header has no alg is not a JWT", "token", b64u([]byte(`{"typ":"JWT"}`)) + "." + b64u([]byte(`{"a":1}`)) + ".c2ln"},
		{"base64 of random bytes is not base64 JSON", "data", "q83vEjRWeJq83vEjRWeJq83vEjRWeJA="},
		{"base64 of a bare number is not base64 JSON", "n", base64.StdEncoding.EncodeToString([]byte("12345678"))},
		{"JSON nested deeper than 32 levels is not decoded", "deep", url.QueryEscape(strings.Repeat("[", 40) + strings.Repeat("]", 40))},
		{"a PHP string whose length field overruns the value is not PHP", "p", `s:999999999:"abc";`},
		{"a BIG-IP-looking encrypted value without the BIGipServer name is not BIG-IP", "other", "!q3vYAOu7YcTKbF2mRj0sVQ9hZ+8wP0iJYp3nYwq2v3mV8k=="},
		{"a value containing -- is not Rails without base64 parts of the right sizes", "_app_session", "abc--def--ghi"},
		{"a value longer than 64 KB is not decoded", "big", strings.Repeat("eyJhIjoxfQ", 7000)},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			tok := Recognise(tt.name, tt.value, nil)
			if tok.Signed || tok.Readable || tok.Encrypted {
				t.Fatalf("got %s signed=%v readable=%v encrypted=%v (%s)", tok.Format, tok.Signed, tok.Readable, tok.Encrypted, tok.Note)
			}
			if _, ok := Verify(tok, tt.name, tt.value, nil, BuiltinSecrets()); ok {
				t.Fatal("verified")
			}
		})
	}
}

func TestRecogniseNeverReturnsNil(t *testing.T) {
	for _, v := range []string{"", `""`, "%", "%zz", "\x00\xff", "s:", "eyJ", "a:", "--", ".", ":", "rd1o"} {
		if Recognise("n", v, nil) == nil {
			t.Fatalf("nil for %q", v)
		}
	}
}

// A gob map declaring 2^28 entries in a 40-byte value must not reach encoding/gob, which would
// allocate gigabytes for it.
func TestRecogniseRefusesAGobMapBomb(t *testing.T) {
	var bomb bytes.Buffer
	gob.NewEncoder(&bomb).Encode(map[any]any{"a": "b"})
	b := bomb.Bytes()
	// b[14] is the value message's length, b[18] its map count (1): make it 0x10000000.
	p := append(append(slices.Clone(b[:18]), 0xfc, 0x10, 0, 0, 0), b[19:]...)
	p[14] += 4
	date := strconv.FormatInt(time.Now().Unix(), 10)
	value := base64.URLEncoding.EncodeToString([]byte(date + "|" + base64.URLEncoding.EncodeToString(p) + "|" + strings.Repeat("m", 32)))
	tok := Recognise("session", value, nil)
	if tok.Format != GorillaSecureCookie || tok.Readable {
		t.Fatalf("got %s readable=%v (%s)", tok.Format, tok.Readable, tok.Note)
	}
	// The untouched stream still decodes.
	if v, ok := decodeGob(b); !ok || v.(map[string]any)["a"] != "b" {
		t.Fatalf("decodeGob = %v, %v", v, ok)
	}
}
