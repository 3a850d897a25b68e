package rules

import (
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/setcookie"
)

// FuzzAttributeSignature checks the signature that tells cookies apart
// against its definition: every attribute lower-cased, expiry values left out.
func FuzzAttributeSignature(f *testing.F) {
	for _, line := range []string{
		"a=b",
		"sid=1; Path=/; Secure; HttpOnly; SameSite=Lax",
		"a=b; Expires=Wed, 09 Jun 2027 10:18:14 GMT; MAX-AGE=60; Domain=.Example.COM",
		"a=b; PATH=/Ä; SameSite=ſtrict; Ｅxpires=x",
		"a=b; \xffx=\xfe; =; ;",
	} {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		c := setcookie.Parse(line)
		var want strings.Builder
		for _, a := range c.Attributes {
			name := strings.ToLower(a.Name)
			want.WriteString(name)
			if name != "expires" && name != "max-age" {
				want.WriteString("=" + strings.ToLower(a.Value))
			}
			want.WriteString(";")
		}
		if got := attributeSignature(c); got != want.String() {
			t.Errorf("attributeSignature(%q) = %q, want %q", line, got, want.String())
		}
	})
}
