package token

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"strings"
	"testing"
)

// checkHMACLine parses a hashcat "HMAC (key = $pass)" line and reports whether secret produced it.
func checkHMACLine(t *testing.T, c *Crack, h func() hash.Hash, secret string) {
	t.Helper()
	digest, salt, ok := strings.Cut(c.Hash, ":")
	if !ok {
		t.Fatalf("hash line %q has no salt", c.Hash)
	}
	msg := []byte(salt)
	if c.HexSalt {
		var err error
		if msg, err = hex.DecodeString(salt); err != nil {
			t.Fatal(err)
		}
	}
	if got := hex.EncodeToString(mac(h, []byte(secret), msg)); got != digest {
		t.Fatalf("HMAC of the salt with %q is %s, line says %s", secret, got, digest)
	}
}

func TestCrackGivesHashcatLinesThatTheSecretSolves(t *testing.T) {
	fx := loadFixtures(t)
	pick := func(format Format, secret string) fixture {
		for _, f := range fx {
			if f.Format == format && f.Secret != nil && *f.Secret == secret {
				return f
			}
		}
		t.Fatalf("no %s fixture with secret %q", format, secret)
		return fixture{}
	}
	for _, tt := range []struct {
		sentence string
		format   Format
		secret   string
		mode     int
		hash     func() hash.Hash
		hexSalt  bool
	}{
		{"an express-session cookie is HMAC-SHA256 with the secret as key", ExpressSession, "keyboard cat", 1450, sha256.New, false},
		{"a Bottle cookie is HMAC-MD5 over its base64 pickle", BottleSigned, "some-secret-key", 50, md5.New, false},
		{"a keygrip signature is HMAC-SHA1 over name=value", CookieSession, "key1", 150, sha1.New, false},
	} {
		t.Run(tt.sentence, func(t *testing.T) {
			f := pick(tt.format, tt.secret)
			c := Recognise(f.Name, f.Value, f.Siblings).Crack()
			if c == nil || c.HashcatMode != tt.mode || c.HexSalt != tt.hexSalt {
				t.Fatalf("crack %+v, want mode %d hex salt %v", c, tt.mode, tt.hexSalt)
			}
			checkHMACLine(t, c, tt.hash, tt.secret)
			if cmd := c.Command("HASH", "words.txt"); !strings.HasPrefix(cmd, "hashcat -m ") || !strings.HasSuffix(cmd, " 'HASH' words.txt") {
				t.Fatalf("command %q", cmd)
			}
		})
	}
	t.Run("a JWT is hashcat mode 16500 with the token itself as the hash", func(t *testing.T) {
		f := pick(JWT, "shhhhh")
		c := Recognise(f.Name, f.Value, nil).Crack()
		if c.HashcatMode != 16500 || c.Hash != f.Value {
			t.Fatalf("crack %+v", c)
		}
	})
	t.Run("a PS_TOKEN is hashcat mode 13500: SHA-1 over the data and the UTF-16 password", func(t *testing.T) {
		f := pick(PeopleSoftToken, "password")
		c := Recognise(f.Name, f.Value, nil).Crack()
		digest, data, _ := strings.Cut(c.Hash, ":")
		raw, _ := hex.DecodeString(data)
		sum := sha1.Sum(append(raw, []byte("p\x00a\x00s\x00s\x00w\x00o\x00r\x00d\x00")...))
		if c.HashcatMode != 13500 || hex.EncodeToString(sum[:]) != digest {
			t.Fatalf("crack %+v", c)
		}
	})
}

func TestCrackSaysWhatIsNeededWhenHashcatCannotHelp(t *testing.T) {
	for _, tt := range []struct{ sentence, name, value, needs string }{
		{"a Flask session needs a bigger secret list", "session", flaskValue(b64u([]byte(`{"a":1}`)), 1740787200, "x"), "--secrets"},
		{"rememberMe=deleteMe needs a real rememberMe cookie", "rememberMe", "deleteMe", "Remember Me"},
		{"an ASP.NET Data Protection payload needs the server's key", "auth", aspnetPayload(), "server's key"},
	} {
		t.Run(tt.sentence, func(t *testing.T) {
			c := Recognise(tt.name, tt.value, nil).Crack()
			if c == nil || c.HashcatMode != 0 || c.Command("h", "w") != "" || !strings.Contains(c.Need, tt.needs) {
				t.Fatalf("crack %+v", c)
			}
		})
	}
	if c := Recognise("lang", "en-US", nil).Crack(); c != nil {
		t.Fatalf("plain text has a crack: %+v", c)
	}
}

// A hash line must be usable as is: a message with a colon goes in hex.
func TestCrackPutsMessagesWithColonsInHex(t *testing.T) {
	secret := "__TODO:_GENERATE_YOUR_OWN_RANDOM_VALUE_HERE__"
	msg := "2|1:0|10:1740787200|4:user|8:YWxpY2U=|"
	value := msg + hex.EncodeToString(mac(sha256.New, []byte(secret), []byte(msg)))
	c := Recognise("user", value, nil).Crack()
	if c.HashcatMode != 1450 || !c.HexSalt {
		t.Fatalf("crack %+v", c)
	}
	checkHMACLine(t, c, sha256.New, secret)
	if !hmac.Equal([]byte(c.Hash[:64]), []byte(value[len(msg):])) {
		t.Fatalf("digest %s", c.Hash[:64])
	}
}
