package token

import (
	"slices"
	"testing"
)

// FuzzRecognise feeds arbitrary values through everything that reads them: nothing may panic,
// and what comes back must be consistent.
func FuzzRecognise(f *testing.F) {
	for _, fx := range loadFixtures(f) {
		sig := ""
		for _, s := range fx.Siblings {
			sig = s
		}
		f.Add(fx.Name, fx.Value, sig)
	}
	for _, v := range []string{"1677787402.36895.0000", "rd5o00000000000000000000ffffc0a80a05o80", `a:1:{s:1:"a";O:1:"X":0:{}}`,
		"j:[1,2]", "CfDJ8AAAA", "s%3Aabc.def", "eyJhbGciOiJub25lIn0.e30.", "x--y--z", "GA1.1.1.1", "+14155552671",
		"2|1:0|10:1740787200|4:user|8:YWxpY2U=|00", "Fe26.2**a*b*c*d*0*e*f", "!AAAA?gAWV", "deleteMe"} {
		f.Add("c", v, "")
	}
	secrets := []Secret{{Value: ""}, {Value: "secret"}, {Value: "dev"}}
	f.Fuzz(func(t *testing.T, name, value, sig string) {
		siblings := map[string]string{name + ".sig": sig, "companion": sig}
		tok := Recognise(name, value, siblings)
		if tok == nil {
			t.Fatal("nil token")
		}
		if !slices.IsSorted(tok.Keys) {
			t.Fatalf("keys not sorted: %v", tok.Keys)
		}
		if (tok.Signed || tok.Readable) && (tok.Format == Plain || tok.Format == Opaque || tok.Format == UUID || tok.Format == HexDigest) {
			t.Fatalf("%s claims signed=%v readable=%v", tok.Format, tok.Signed, tok.Readable)
		}
		if !tok.Readable && tok.Data != nil {
			t.Fatalf("data without readable: %v", tok.Data)
		}
		Verify(tok, name, value, siblings, secrets)
		if c := tok.Crack(); c != nil && c.Need == "" {
			t.Fatal("a crack hint without what it needs")
		}
		Sensitive(value, tok.Data)
		SensitiveKeys(tok.Data)
		EstimateEntropy([]string{name, value, sig, value})
	})
}
