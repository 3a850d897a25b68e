package token

import (
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
		"_5#y2L\"F4Q8z\n\xec]/", "\x02\x01thisismyscretkey\x01\x02\\e\\y\\y\\h", "SomeRandomString", "jwt_secret"} {
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
	want := []Secret{{"one", "--secrets f.txt"}, {"  two words  ", "--secrets f.txt"}, {"#not a comment", "--secrets f.txt"}, {"last", "--secrets f.txt"}}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q", got)
	}
}

func TestParseSecretsReportsOverlongLines(t *testing.T) {
	if _, err := ParseSecrets(strings.NewReader(strings.Repeat("x", 2<<20)), "big"); err == nil {
		t.Fatal("no error for a 2 MB line")
	}
}
