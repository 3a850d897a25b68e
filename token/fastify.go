package token

import "strings"

// recogniseFastify finds @fastify/cookie's signed value: "value.signature", the signature being
// base64 HMAC (SHA-256 by default) of the value without padding: cookie-signature's scheme
// without express's "s:" prefix. A 27-character (SHA-1) signature is not taken: too many dotted
// IDs end in 27 base64 characters, and SHA-1 is not @fastify/cookie's default.
func recogniseFastify(c *candidate) *Token {
	i := strings.LastIndexByte(c.value, '.')
	if i <= 0 || len(c.value)-i-1 == 27 {
		return nil
	}
	payload, p, hname, ok := cookieSignature(c.value)
	if !ok {
		return nil
	}
	return &Token{Format: FastifySigned, Signed: true, Readable: true, Data: payload,
		Note: "@fastify/cookie signed value, signed with " + hname, proof: p}
}
