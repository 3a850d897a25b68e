package token

import (
	"fmt"
	"math"
	"regexp"
	"strings"
)

var uuidShape = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// recogniseShape classifies what no decoder claimed by its shape alone: UUID, hex digest,
// random-looking ID or plain text. None of these is ever signed or readable.
func recogniseShape(c *candidate) *Token {
	v := c.value
	switch {
	case uuidShape.MatchString(v):
		return &Token{Format: UUID, Note: "UUID (version " + v[14:15] + ")"}
	case IsHexDigest(v):
		return &Token{Format: HexDigest, Note: fmt.Sprintf("%d hex digits (%d bits): a digest or random ID", len(v), len(v)*4)}
	case RandomID(v):
		return &Token{Format: Opaque, Note: "opaque identifier"}
	}
	return &Token{Format: Plain, Note: "plain text"}
}

// IsHexDigest reports whether v is hex digits of the length of a digest or HMAC:
// SHA-1 (40), SHA-224 (56), SHA-256 (64), SHA-384 (96) or SHA-512 (128). 32 is left
// out: it would take every MD5-shaped session ID for a digest.
func IsHexDigest(v string) bool {
	switch len(v) {
	case 40, 56, 64, 96, 128:
		return isHex(v)
	}
	return false
}

// RandomID reports whether a value looks like a random identifier: 16 to 512
// characters of a token alphabet, letters mixed with digits (so that words and
// counters are not taken for IDs), carrying at least 64 bits by EntropyBits.
func RandomID(v string) bool {
	if len(v) < 16 || len(v) > 512 {
		return false
	}
	var digits, letters bool
	for i := 0; i < len(v); i++ {
		switch ch := v[i]; {
		case ch >= '0' && ch <= '9':
			digits = true
		case ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z':
			letters = true
		case strings.IndexByte("-_.%+/=~", ch) < 0:
			return false
		}
	}
	return digits && letters && EntropyBits(v) >= 64
}

// EntropyBits estimates the information in a value from its character
// frequencies (Shannon entropy per character times length). It is an upper
// bound for structured values and a fair estimate for random ones.
func EntropyBits(value string) float64 {
	if value == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(value); i++ {
		counts[value[i]]++
	}
	n := float64(len(value))
	perChar := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			perChar -= p * math.Log2(p)
		}
	}
	return perChar * n
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return s != ""
}
