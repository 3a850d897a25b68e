package rules

import (
	"fmt"
	"net/url"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/token"
)

// LowEntropySessionID flags session IDs a guesser could reach.
var LowEntropySessionID = &Rule{
	ID:       "low-entropy-session-id",
	Title:    "Session IDs with too little randomness",
	Severity: Medium,
	CWE:      331,
	Doc: `During a scan, cookiescan asks again, without cookies, for the page that
issued a session cookie (--entropy-samples times, 20 by default) and
estimates the entropy of the part that varies. Under 128 bits (OWASP ASVS
V7.2.3) is medium, under 64 high, and so are IDs that count up, follow the
clock or repeat between clients: an attacker can guess a live session.

Fix: generate session IDs from a CSPRNG with at least 128 bits, as every
framework's default session store does.`,
	Bad: []Example{{Samples: []string{"1001", "1002", "1003", "1004", "1005", "1006"}}},
	Good: []Example{{Samples: []string{
		"8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6", "1d9e7c3b5a8f2e4d6c0b9a7f5e3d1c2b", "5b2e8d4f1a9c7e3b6d0f8a2c4e6b1d9f",
		"e7c1a5f3b9d2e8c4a6f0b3d7e1c9a5f2", "3c8f1e5a9d2b7c4e6a0d8f3b1e5c9a7d", "a4d9f2c6e1b8a3d7f5c0e9b2d4a6f8c1",
	}}},
	Check: func(p *Pass) {
		for _, s := range p.Site.Samples {
			// A client-side session holds data, not a random ID: its values
			// repeat by design (the same data, signed in the same second).
			if len(s.Values) < 2 || token.Recognise(s.Name, s.Values[0], nil).Readable {
				continue
			}
			est := token.EstimateEntropy(s.Values)
			var sev Severity
			switch {
			case est.Repeated || est.Sequential || est.TimeBased || est.Bits < 64:
				sev = High
			case est.Bits < 128:
				sev = Medium
			default:
				continue
			}
			r := &Response{Response: &evidence.Response{URL: s.URL}}
			r.Parsed, _ = url.Parse(s.URL)
			msg := fmt.Sprintf("%d fresh values of %q carry about %.0f bits of randomness", len(s.Values), s.Name, est.Bits)
			if est.Note != "" {
				msg += ": " + est.Note
			}
			p.Report(Diagnostic{At: ResponseCookie{r, s.Name}, Severity: sev, Message: msg})
		}
	},
}
