package token

import (
	"testing"
)

// BenchmarkVerify runs the full builtin list against values signed with a strong secret: the
// worst case, where every secret is tried and none matches.
func BenchmarkVerify(b *testing.B) {
	fx := loadFixtures(b)
	pick := func(format Format) fixture {
		for _, f := range fx {
			if f.Format == format && f.Secret == nil {
				return f
			}
		}
		b.Fatalf("no strong-secret %s fixture", format)
		return fixture{}
	}
	secrets := BuiltinSecrets()
	for _, format := range []Format{Flask, JWT, Django, ExpressSession, CookieSession, RailsEncrypted} {
		f := pick(format)
		tok := Recognise(f.Name, f.Value, f.Siblings)
		b.Run(string(format), func(b *testing.B) {
			for b.Loop() {
				if _, ok := Verify(tok, f.Name, f.Value, f.Siblings, secrets); ok {
					b.Fatal("verified")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ms/cookie")
			b.ReportMetric(float64(len(secrets)), "secrets")
		})
	}
}

// BenchmarkRecognise recognises a mixed set of 20 real values: library-made sessions and
// infrastructure, analytics and framework ID cookies as servers send them.
func BenchmarkRecognise(b *testing.B) {
	type value struct {
		name, value string
		siblings    map[string]string
	}
	var values []value
	seen := map[Format]int{}
	for _, f := range loadFixtures(b) {
		if seen[f.Format] < 1 {
			seen[f.Format]++
			values = append(values, value{f.Name, f.Value, f.Siblings})
		}
	}
	for _, v := range [][2]string{
		{"AWSALB", "y3JCR1z7Mmc8KcDYm2cPaDYc1ShkN5ZqcBq9mb0WT/5SE5dqxTu8Q8EIbIpSsm3CQbS8OMgEcCQC5UvG6YmhwsKEKdjnOc6Dx5KXj+1ZIRa6S8fhnFS0OkEvSgWG"},
		{"_ga", "GA1.1.123456789.1700000000"},
		{"PHPSESSID", "9q1v8b4a3k2l7m6n5o0p1r2s3t"},
		{"JSESSIONID", "8A3F5C1E9B7D2F4A6C8E0B1D3F5A7C9E.node1"},
		{"BIGipServerpool", "1677787402.36895.0000"},
		{"ARRAffinity", "8f2a6c0e4b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c5e7b9d0f2a"},
		{"lang", "en-US"},
		{"uid", "550e8400-e29b-41d4-a716-446655440000"},
	} {
		values = append(values, value{v[0], v[1], nil})
	}
	values = values[:20]
	for b.Loop() {
		for _, v := range values {
			Recognise(v.name, v.value, v.siblings)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(values))/1e3, "µs/value")
}
