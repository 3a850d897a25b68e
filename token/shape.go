package token

import (
	"fmt"
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
	case isHex(v) && (len(v) == 40 || len(v) == 56 || len(v) == 64 || len(v) == 96 || len(v) == 128):
		return &Token{Format: HexDigest, Note: fmt.Sprintf("%d hex digits (%d bits): a digest or random ID", len(v), len(v)*4)}
	case looksRandom(v):
		return &Token{Format: Opaque, Note: "opaque identifier"}
	}
	return &Token{Format: Plain, Note: "plain text"}
}

// looksRandom reports an identifier-like value: at least 16 token characters, mixing
// digits with letters, and not made of a few repeated characters.
func looksRandom(v string) bool {
	if len(v) < 16 {
		return false
	}
	var digits, letters int
	seen := map[byte]bool{}
	for i := 0; i < len(v); i++ {
		ch := v[i]
		switch {
		case ch >= '0' && ch <= '9':
			digits++
		case ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z':
			letters++
		case strings.IndexByte("-_.+/=~!%:|", ch) >= 0:
		default:
			return false
		}
		seen[ch] = true
	}
	return digits > 0 && letters > 0 && len(seen) >= 8
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
