package token

import (
	"strings"
	"testing"
)

func TestRandomIDTellsIdentifiersFromWordsAndCounters(t *testing.T) {
	for _, c := range []struct {
		sentence string
		value    string
		want     bool
	}{
		{"a base64url session ID is random", "Zk3pQ9sX2vB7nL0mR4tY8wE1aC6dF5gH", true},
		{"a 32-digit hex ID is random", "5d41402abc4b2a76b9719d911017c592", true},
		{"sixteen distinct hex digits carry exactly 64 bits", "0123456789abcdef", true},
		{"percent-encoded padding stays in the alphabet", "Zx8Qp3Lm9Rt2Vw7Yk4Hn6Bc1%3D%3D", true},
		{"fifteen characters are too short", "Zx8Qp3Lm9Rt2Vw7", false},
		{"a long word has no digits", "administrator_account", false},
		{"a counter has no letters", "17000000001234567890", false},
		{"a few characters repeated carry under 64 bits", "abcd1234abcd1234", false},
		{"one letter repeated with a digit carries nothing", "aaaaaaaaaaaaaaaaaaaaaaa1", false},
		{"a colon or a pipe says structure, not randomness", "user:42|role:admin|exp:1700000000", false},
		{"a space is not in a token", "Zx8Qp3Lm9 Rt2Vw7Yk4Hn6Bc1", false},
		{"over 512 characters is no identifier", strings.Repeat("Zx8Qp3Lm9Rt2Vw7Yk4Hn6Bc1", 22), false},
	} {
		if got := RandomID(c.value); got != c.want {
			t.Errorf("%s: RandomID(%q) = %v, want %v (%.0f bits)", c.sentence, c.value, got, c.want, EntropyBits(c.value))
		}
	}
}

func TestIsHexDigestKnowsTheDigestLengths(t *testing.T) {
	hex := strings.Repeat("0123456789abcdef", 8)
	for _, c := range []struct {
		sentence string
		value    string
		want     bool
	}{
		{"SHA-1 is 40 digits", hex[:40], true},
		{"SHA-224 is 56 digits", hex[:56], true},
		{"SHA-256 is 64 digits", hex[:64], true},
		{"SHA-384 is 96 digits", hex[:96], true},
		{"SHA-512 is 128 digits", hex, true},
		{"upper case counts", strings.ToUpper(hex[:64]), true},
		{"32 digits are an MD5-shaped session ID, not a digest", hex[:32], false},
		{"a length between digests is not one", hex[:48], false},
		{"a non-hex letter rules it out", "g" + hex[1:40], false},
		{"nothing is not a digest", "", false},
	} {
		if got := IsHexDigest(c.value); got != c.want {
			t.Errorf("%s: IsHexDigest(%q) = %v, want %v", c.sentence, c.value, got, c.want)
		}
	}
}

func TestEntropyBitsGrowsWithRandomness(t *testing.T) {
	for _, c := range []struct {
		value string
		want  float64
	}{
		{"", 0},
		{"aaaaaaaa", 0},
		{"abababab", 8},
		{"0123456789abcdef", 64},
	} {
		if got := EntropyBits(c.value); got != c.want {
			t.Errorf("EntropyBits(%q) = %v, want %v", c.value, got, c.want)
		}
	}
}
