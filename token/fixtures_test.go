package token

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// fixture is one value made by a real library (testdata/gen).
type fixture struct {
	Name      string            `json:"name"`
	Value     string            `json:"value"`
	Siblings  map[string]string `json:"siblings"`
	Format    Format            `json:"format"`
	Signed    bool              `json:"signed"`
	Readable  bool              `json:"readable"`
	Encrypted bool              `json:"encrypted"`
	Keys      []string          `json:"keys"`
	Secret    *string           `json:"secret"`
	Source    string            `json:"source"`
	// Published names the published key a value verifies with whatever the secret list holds.
	Published string `json:"published"`
}

func loadFixtures(t testing.TB) []fixture {
	t.Helper()
	b, err := os.ReadFile("testdata/fixtures.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx []fixture
	if err := json.Unmarshal(b, &fx); err != nil {
		t.Fatal(err)
	}
	if len(fx) < 50 {
		t.Fatalf("only %d fixtures", len(fx))
	}
	return fx
}

func TestRecogniseReadsEveryValueTheRealLibrariesMade(t *testing.T) {
	for _, f := range loadFixtures(t) {
		t.Run(f.Source, func(t *testing.T) {
			tok := Recognise(f.Name, f.Value, f.Siblings)
			if tok.Format != f.Format || tok.Signed != f.Signed || tok.Readable != f.Readable || tok.Encrypted != f.Encrypted {
				t.Errorf("got %s signed=%v readable=%v encrypted=%v (%s), want %s signed=%v readable=%v encrypted=%v",
					tok.Format, tok.Signed, tok.Readable, tok.Encrypted, tok.Note, f.Format, f.Signed, f.Readable, f.Encrypted)
			}
			if !slices.Equal(tok.Keys, f.Keys) && !(len(tok.Keys) == 0 && len(f.Keys) == 0) {
				t.Errorf("keys %v, want %v", tok.Keys, f.Keys)
			}
			if tok.Note == "" {
				t.Error("no note")
			}
		})
	}
}

func TestVerifyFindsTheWeakSecretAndNeverARandomOne(t *testing.T) {
	decoys := []Secret{{Value: "", Source: "empty"}, {Value: "not-it", Source: "decoy"}, {Value: "keyboard dog", Source: "decoy"}}
	for _, f := range loadFixtures(t) {
		t.Run(f.Source, func(t *testing.T) {
			tok := Recognise(f.Name, f.Value, f.Siblings)
			if f.Published != "" {
				if got, ok := Verify(tok, f.Name, f.Value, f.Siblings, decoys); !ok || got.Value != f.Published {
					t.Fatalf("Verify = %q, %v; want the published key %q", got.Value, ok, f.Published)
				}
				return
			}
			if f.Secret == nil {
				if s, ok := Verify(tok, f.Name, f.Value, f.Siblings, append(decoys, BuiltinSecrets()...)); ok {
					t.Fatalf("a random secret verified as %q", s.Value)
				}
				return
			}
			want := Secret{Value: *f.Secret, Source: "fixture"}
			got, ok := Verify(tok, f.Name, f.Value, f.Siblings, append(slices.Clone(decoys), want))
			if !ok || got != want {
				t.Fatalf("Verify = %q, %v; want %q", got.Value, ok, want.Value)
			}
			// Without a Token, Verify recognises the value itself.
			if _, ok := Verify(nil, f.Name, f.Value, f.Siblings, []Secret{want}); !ok {
				t.Fatal("Verify(nil, …) did not verify")
			}
		})
	}
}

func TestBuiltinSecretsCatchTheDocumentedDefaults(t *testing.T) {
	builtin := map[string]bool{}
	for _, s := range BuiltinSecrets() {
		builtin[s.Value] = true
	}
	checked := 0
	for _, f := range loadFixtures(t) {
		if f.Secret == nil || !builtin[*f.Secret] {
			continue
		}
		checked++
		got, ok := Verify(nil, f.Name, f.Value, f.Siblings, BuiltinSecrets())
		if !ok {
			t.Errorf("%s: builtin list did not find %q", f.Source, *f.Secret)
			continue
		}
		// Another builtin secret verifying first would mean a broken check, not a collision.
		if got.Value != *f.Secret {
			t.Errorf("%s: verified with %q, want %q", f.Source, got.Value, *f.Secret)
		}
	}
	if checked < 20 {
		t.Errorf("only %d fixtures use a builtin secret", checked)
	}
}
