package token

import (
	"slices"
	"testing"
)

func TestSensitiveFindsKindsAndPlacesButNeverValues(t *testing.T) {
	tests := []struct {
		sentence string
		value    string
		data     any
		want     []Hit
	}{
		{"a Luhn-valid card number in a value is found", "4111 1111 1111 1111", nil, []Hit{{"card-number", "value"}}},
		{"a Luhn-invalid card number is not", "4111111111111112", nil, nil},
		{"one repeated digit is not a card number", "4444444444444444", nil, nil},
		{"a 13-digit millisecond timestamp is not a card number", "1700000000000", map[string]any{"ts": "1700000000000"}, nil},
		{"a card number under a card key in decoded data is found", "", map[string]any{"billing": map[string]any{"cc": "5555-5555-5555-4444"}}, []Hit{{"card-number", "billing.cc"}}},
		{"a numeric card number counts only under a card key", "", map[string]any{"card_number": 4012888888881881.0, "n": 4012888888881881.0}, []Hit{{"card-number", "card_number"}}},
		{"an e-mail address in a URL-encoded value is found", "alice%40example.com", nil, []Hit{{"email", "value"}}},
		{"an e-mail address inside a field list is found", "uid=7&mail=bob@corp.example.org", nil, []Hit{{"email", "value"}}},
		{"an e-mail address in decoded data reports its key path", "", map[string]any{"user": map[string]any{"email": "carol@example.com"}}, []Hit{{"email", "user.email"}}},
		{"a password key with a value is found", "", map[string]any{"user": map[string]any{"password": "hunter2"}}, []Hit{{"password", "user.password"}}},
		{"an empty password key is not", "", map[string]any{"password": ""}, nil},
		{"an E.164 phone number is found", "+14155552671", nil, []Hit{{"phone", "value"}}},
		{"digits under a phone key are a phone number", "", map[string]any{"mobile": "020 7946 0958"}, []Hit{{"phone", "mobile"}}},
		{"a bare count is not a phone number", "", map[string]any{"count": "1234567"}, nil},
		{"an RFC 1918 address is internal", "10.0.0.5", nil, []Hit{{"internal-ip", "value"}}},
		{"a private address with a port is internal", "", map[string]any{"backend": "192.168.1.20:8080"}, []Hit{{"internal-ip", "backend"}}},
		{"loopback is internal", "127.0.0.1", nil, []Hit{{"internal-ip", "value"}}},
		{"IPv6 link-local is internal", "", []any{"fe80::1"}, []Hit{{"internal-ip", "[0]"}}},
		{"a public address is not internal", "8.8.8.8", nil, nil},
		{"a BIG-IP cookie value is decoded to its internal address", "1677787402.36895.0000", nil, []Hit{{"internal-ip", "value"}}},
		{"a Google Analytics value holds nothing sensitive", "GA1.1.123456789.1700000000", nil, nil},
		{"a Meta _fbp value holds nothing sensitive", "fb.1.1700000000000.123456789", nil, nil},
		{"lists report the element index", "", map[string]any{"friends": []any{"x", "dave@example.net"}}, []Hit{{"email", "friends[1]"}}},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			got := Sensitive(tt.value, tt.data)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSensitiveKeysListsThePathsThatMatter(t *testing.T) {
	data := map[string]any{
		"user":     map[string]any{"isAdmin": true, "email": "x@example.com", "name": "x"},
		"roles":    []any{"editor"},
		"cart":     []any{map[string]any{"card_number": "4111111111111111", "sku": "a"}},
		"theme":    "dark",
		"IS-ADMIN": false,
	}
	want := []string{"IS-ADMIN", "cart[0].card_number", "roles", "user.email", "user.isAdmin"}
	if got := SensitiveKeys(data); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if got := SensitiveKeys("just a string"); got != nil {
		t.Fatalf("got %v for a string", got)
	}
}

func TestLuhnAcceptsKnownTestCardNumbers(t *testing.T) {
	for _, n := range []string{"4111111111111111", "5500005555555559", "378282246310005", "6011111111111117", "4012888888881881", "3530111333300000"} {
		if !isCardNumber(n) {
			t.Errorf("%s rejected", n)
		}
	}
	for _, n := range []string{"4111111111111", "1234567812345670", "0000000000000000", "41111111111111111111"} {
		if isCardNumber(n) {
			t.Errorf("%s accepted", n)
		}
	}
}
