package token

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/pem"
	"math/big"
	"strings"
	"sync"
)

// xmldsigAlgs maps the XML-DSig algorithm URIs that .NET's System.IdentityModel writes into a
// JWT's alg header to the JWA names they stand for.
var xmldsigAlgs = map[string]string{
	"http://www.w3.org/2001/04/xmldsig-more#hmac-sha256":  "HS256",
	"http://www.w3.org/2001/04/xmldsig-more#hmac-sha384":  "HS384",
	"http://www.w3.org/2001/04/xmldsig-more#hmac-sha512":  "HS512",
	"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256":   "RS256",
	"http://www.w3.org/2001/04/xmldsig-more#rsa-sha384":   "RS384",
	"http://www.w3.org/2001/04/xmldsig-more#rsa-sha512":   "RS512",
	"http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256": "ES256",
}

// jwaAlg is alg as a JWA name: XML-DSig URIs translated, others unchanged.
func jwaAlg(alg string) string {
	if a, ok := xmldsigAlgs[strings.TrimSpace(alg)]; ok {
		return a
	}
	return alg
}

// publishedKey is a signing key whose private half is printed in a specification and copied
// into applications as a "development" key: a token it verifies can be forged by anyone.
type publishedKey struct {
	source string
	rsa    *rsa.PublicKey
	ec     *ecdsa.PublicKey
}

// publishedKeys are the example keys of the JOSE specifications, whose private parts the RFCs print.
var publishedKeys = sync.OnceValue(func() []publishedKey {
	n := func(s string) *big.Int {
		b, _ := b64url(s)
		return new(big.Int).SetBytes(b)
	}
	return []publishedKey{
		{source: "RSA key of RFC 7515 Appendix A.2 (private key printed there)", rsa: &rsa.PublicKey{E: 65537, N: n(
			"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMs" +
				"D1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdV" +
				"MTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ")}},
		{source: "RSA key 2011-04-29 of RFC 7517 Appendix A (private key printed in A.2)", rsa: &rsa.PublicKey{E: 65537, N: n(
			"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMs" +
				"tn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbI" +
				"SD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw")}},
		{source: "jwt.io debugger's default RS256/PS256 key pair (private key shown on the page, widely copied)", rsa: &rsa.PublicKey{E: 65537, N: n(
			"u1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0_IzW7yWR7QkrmBL7jTKEn5u-qKhbwKfBstIs-bMY2Zkp18gnTxKLxoS2tFczGkPLPgiz" +
				"skuemMghRniWaoLcyehkd3qqGElvW_VDL5AaWTg0nLVkjRo9z-40RQzuVaE8AkAFmxZzow3x-VJYKdjykkJ0iT9wCS0DRTXu269V264Vf_3jvredZiKRkgwlL9xNAwxXFg0x_XF" +
				"w005UWVRIkdgcKWTjpBP2dPwVZ4WWC-9aGVd-Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmw")}},
		{source: "P-256 key of RFC 7515 Appendix A.3 (private key printed there)",
			ec: p256("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")},
		{source: "P-256 key of RFC 7517 Appendix A (private key printed in A.2)",
			ec: p256("MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4", "4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM")},
	}
})

// p256 builds a P-256 public key from a JWK's base64url x and y.
func p256(x, y string) *ecdsa.PublicKey {
	xb, _ := b64url(x)
	yb, _ := b64url(y)
	k, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), append(append([]byte{4}, xb...), yb...))
	if err != nil {
		panic("token: bad built-in P-256 key: " + err.Error()) // fixed data: cannot happen
	}
	return k
}

// publicKeyCheck returns the check of an RS*, PS* or ES256 signature over signed against one
// public key, or nil for other algorithms.
func publicKeyCheck(alg string, signed, sig []byte) func(key crypto.PublicKey) bool {
	var h crypto.Hash
	var digest []byte
	switch alg {
	case "RS256", "PS256", "ES256":
		d := sha256.Sum256(signed)
		h, digest = crypto.SHA256, d[:]
	case "RS384", "PS384":
		d := sha512.Sum384(signed)
		h, digest = crypto.SHA384, d[:]
	case "RS512", "PS512":
		d := sha512.Sum512(signed)
		h, digest = crypto.SHA512, d[:]
	default:
		return nil
	}
	return func(key crypto.PublicKey) bool {
		switch k := key.(type) {
		case *ecdsa.PublicKey:
			if alg != "ES256" || len(sig) != 64 || k.Curve != elliptic.P256() {
				return false
			}
			return ecdsa.Verify(k, digest, new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:]))
		case *rsa.PublicKey:
			if strings.HasPrefix(alg, "PS") {
				return rsa.VerifyPSS(k, h, digest, sig, nil) == nil
			}
			return alg != "ES256" && rsa.VerifyPKCS1v15(k, h, digest, sig) == nil
		}
		return false
	}
}

// publishedKeyCheck checks verify against the published keys.
func publishedKeyCheck(verify func(crypto.PublicKey) bool) func() (Secret, bool) {
	return func() (Secret, bool) {
		for _, k := range publishedKeys() {
			var key crypto.PublicKey = k.rsa
			if k.ec != nil {
				key = k.ec
			}
			if verify(key) {
				return Secret{Value: k.source, Source: "published key: " + k.source}, true
			}
		}
		return Secret{}, false
	}
}

// pemKeyCheck checks verify against a secret that is a PEM key, public or private (PKIX,
// PKCS #1, PKCS #8 or SEC 1), as key lists hold them: on one line with "\n" escapes, or not.
func pemKeyCheck(verify func(crypto.PublicKey) bool) func(*verifier, Secret) bool {
	return func(_ *verifier, s Secret) bool {
		if !strings.HasPrefix(s.Value, "-----BEGIN ") {
			return false
		}
		block, _ := pem.Decode([]byte(strings.ReplaceAll(s.Value, `\n`, "\n")))
		if block == nil {
			return false
		}
		key := pemPublicKey(block.Bytes)
		return key != nil && verify(key)
	}
}

// pemPublicKey is the public half of a DER key in any of the usual encodings, or nil.
func pemPublicKey(der []byte) crypto.PublicKey {
	if k, err := x509.ParsePKIXPublicKey(der); err == nil {
		return k
	}
	if k, err := x509.ParsePKCS1PublicKey(der); err == nil {
		return k
	}
	if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
		return &k.PublicKey
	}
	if k, err := x509.ParseECPrivateKey(der); err == nil {
		return &k.PublicKey
	}
	if k, err := x509.ParsePKCS8PrivateKey(der); err == nil {
		if signer, ok := k.(crypto.Signer); ok {
			return signer.Public()
		}
	}
	return nil
}
