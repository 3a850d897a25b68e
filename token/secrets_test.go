package token

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"hash"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestBuiltinSecretsAreManyUniqueAndIncludeTheDefaults(t *testing.T) {
	all := BuiltinSecrets()
	if len(all) < 2000 || len(all) > 10000 {
		t.Fatalf("%d secrets", len(all))
	}
	seen := map[string]bool{}
	for _, s := range all {
		if seen[s.Value] {
			t.Fatalf("duplicate %q", s.Value)
		}
		seen[s.Value] = true
		if s.Source == "" {
			t.Fatalf("%q has no source", s.Value)
		}
	}
	for _, want := range []string{"", "dev", "secret", "secret-key", "change-me", "super secret key", "your-secret-key", "SECRET_KEY",
		"keyboard cat", "key1", "key2", "shhhhh", "password", "123456", "admin", "changeme", "letmein", "Password123",
		"_5#y2L\"F4Q8z\n\xec]/", "\x02\x01thisismyscretkey\x01\x02\\e\\y\\y\\h", "SomeRandomString", "jwt_secret",
		"base64:MMNfh7xgld/MGUCGMIbNLV3ECQTyddwzf6Q9BTcaV9I=", "kPH+bIxk5D2deZiIxcaaaA==", "__TODO:_GENERATE_YOUR_OWN_RANDOM_VALUE_HERE__"} {
		if !seen[want] {
			t.Errorf("missing %q", want)
		}
	}
	if i := slices.IndexFunc(all, func(s Secret) bool { return s.Value == "keyboard cat" }); all[i].Source != "express-session README and Passport examples" {
		t.Errorf("keyboard cat source %q", all[i].Source)
	}
}

func TestParseSecretsKeepsLinesVerbatim(t *testing.T) {
	got, err := ParseSecrets(strings.NewReader("one\r\n\n  two words  \n#not a comment\n\nlast"), "--secrets f.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []Secret{{Value: "one", Source: "--secrets f.txt"}, {Value: "  two words  ", Source: "--secrets f.txt"}, {Value: "#not a comment", Source: "--secrets f.txt"}, {Value: "last", Source: "--secrets f.txt"}}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q", got)
	}
}

func TestParseSecretsReportsOverlongLines(t *testing.T) {
	if _, err := ParseSecrets(strings.NewReader(strings.Repeat("x", 2<<20)), "big"); err == nil {
		t.Fatal("no error for a 2 MB line")
	}
}

func TestParseSecretsReadsCommentsSourcesAndKeyForms(t *testing.T) {
	list := "# staging keys\n#\n#source: ops vault export\nkeyboard cat\n#hashtag\nhex:00ff41\nbase64:AAECAwQFBgcICQoLDA0ODw==\n#for: shiro-rememberme\nkPH+bIxk5D2deZiIxcaaaA==\n"
	got, err := ParseSecrets(strings.NewReader(list), "keys.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []Secret{
		{Value: "keyboard cat", Source: "ops vault export"},
		{Value: "#hashtag", Source: "ops vault export"},
		{Value: "\x00\xffA", Source: "ops vault export"},
		{Value: "base64:AAECAwQFBgcICQoLDA0ODw==", Source: "ops vault export"},
		{Value: "kPH+bIxk5D2deZiIxcaaaA==", Source: "ops vault export", For: ShiroRememberMe},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestParseSecretsNamesTheLineOfABadHexKey(t *testing.T) {
	_, err := ParseSecrets(strings.NewReader("one\nhex:abc\n"), "keys.txt")
	if err == nil || !strings.Contains(err.Error(), "keys.txt") || !strings.Contains(err.Error(), "line 2") {
		t.Fatalf("error %v", err)
	}
}

func TestLoadSecretsReadsAFileOrEveryListInADirectory(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	b := write("b.txt", "second\n")
	write("a.txt", "first\n")
	write(".hidden", "skipped\n")
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o700); err != nil {
		t.Fatal(err)
	}
	got, err := LoadSecrets(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []Secret{{Value: "first", Source: filepath.Join(dir, "a.txt")}, {Value: "second", Source: b}}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q", got)
	}
	if got, err := LoadSecrets(b); err != nil || len(got) != 1 || got[0].Value != "second" {
		t.Fatalf("file: %q, %v", got, err)
	}
	if _, err := LoadSecrets(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("no error for a missing path")
	}
	if _, err := LoadSecrets(filepath.Join(dir, "sub")); err == nil {
		t.Fatal("no error for a directory without lists")
	}
}

func TestVerifyTriesASecretOnlyAgainstItsFormat(t *testing.T) {
	value := flaskValue(b64u([]byte(`{"user":"alice"}`)), 1740787200, "kPH+bIxk5D2deZiIxcaaaA==")
	if _, ok := Verify(nil, "session", value, nil, []Secret{{Value: "kPH+bIxk5D2deZiIxcaaaA==", For: ShiroRememberMe}}); ok {
		t.Fatal("a Shiro key verified a Flask session")
	}
	if _, ok := Verify(nil, "session", value, nil, []Secret{{Value: "kPH+bIxk5D2deZiIxcaaaA=="}}); !ok {
		t.Fatal("the same secret without For did not verify")
	}
}

// TestBuiltinSecretsFindValuesSignedWithPublishedExamples signs a value with each documentation
// secret the list holds, by the format's published algorithm, and expects the list to find it
// under the documentation's name.
func TestBuiltinSecretsFindValuesSignedWithPublishedExamples(t *testing.T) {
	hmacB64 := func(h func() hash.Hash, secret, msg string) string {
		return base64.RawStdEncoding.EncodeToString(mac(h, []byte(secret), []byte(msg)))
	}
	rack := func(secret string) string { // Rack 2 session: base64(Marshal) + "--" + hex HMAC-SHA1 of the raw secret
		data := base64.StdEncoding.EncodeToString([]byte("\x04\b{\x06I\"\x0fsession_id\x06:\x06ETI\"\x09abcd\x06;\x00T"))
		return data + "--" + hex.EncodeToString(mac(sha1.New, []byte(secret), []byte(data)))
	}
	laravel := func(appKey string) string { // Laravel AES-CBC: MAC = HMAC-SHA256(key, iv + value), hex
		iv := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{7}, 16))
		value := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{9}, 32))
		obj, _ := json.Marshal(map[string]string{"iv": iv, "value": value, "mac": hex.EncodeToString(mac(sha256.New, laravelKey(appKey), []byte(iv+value))), "tag": ""})
		return base64.StdEncoding.EncodeToString(obj)
	}
	for _, c := range []struct{ name, value, source string }{
		{"remember", "s:1." + hmacB64(sha256.New, "my secret here", "1"), "Express examples/cookies (cookie-parser signing secret)"},
		{"sessionId", "Xj2nQ1v8Kd9sLm4pRt7wYz0aBc3eFg6h." + hmacB64(sha256.New, "a secret with minimum length of 32 characters", "Xj2nQ1v8Kd9sLm4pRt7wYz0aBc3eFg6h"), "@fastify/session README"},
		{"rack.session", rack("also_change_me"), "Rack::Session::Cookie documentation (rack, rack-session)"},
		{"rack.session", rack("change_me"), "Rack::Session::Cookie documentation (rack, rack-session)"},
		{"rack.session", rack("super secret"), "Sinatra README (2.x), Using Sessions: session_secret"},
		{"laravel_session", laravel("AckfSECXIvnK5r28GVIWUAxmbBSjTsmF"), "Orchestra Testbench documentation, Application Key (phpunit.xml APP_KEY)"},
		{"_app_session", railsSignedSHA256("3b7cd727ee24e8444053437c36cc66c3", map[string]any{"user_id": 1}), "Rails 4.1 release notes and Rails guides, secrets.yml and credentials example"},
	} {
		got, ok := Verify(nil, c.name, c.value, nil, BuiltinSecrets())
		if !ok || got.Source != c.source {
			t.Errorf("%s (%s): verified %v with %q from %q; want %q", c.name, Recognise(c.name, c.value, nil).Format, ok, got.Value, got.Source, c.source)
		}
	}
}
