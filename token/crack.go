package token

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
)

// Crack says how to test a signed or encrypted value further when no listed secret verified it.
type Crack struct {
	// Need is what a stronger check needs, in one sentence.
	Need string
	// HashcatMode is hashcat's mode for the value's scheme, 0 when hashcat has none.
	HashcatMode int
	// Hash is the line hashcat reads for that mode. It holds the value's MAC and the signed
	// message, so it is as secret as the cookie itself.
	Hash string
	// HexSalt is set when the message is given in hex (hashcat's --hex-salt).
	HexSalt bool
}

// Command is the hashcat command that tries wordlist against the value, or "" when hashcat has
// no mode for it. hash stands in for the hash line (Hash, or a placeholder when it must not be shown).
func (c *Crack) Command(hash, wordlist string) string {
	if c.HashcatMode == 0 {
		return ""
	}
	flags := ""
	if c.HexSalt {
		flags = " --hex-salt"
	}
	return fmt.Sprintf("hashcat -m %d -a 0%s '%s' %s", c.HashcatMode, flags, hash, wordlist)
}

// hmacModes are hashcat's "HMAC-H (key = $pass)" modes by digest size.
var hmacModes = map[int]int{16: 50, 20: 150, 32: 1450, 64: 1750}

// Crack tells how to test the value's secret beyond the lists Verify tried; nil for a value that
// is neither signed nor encrypted, and nothing points at a secret. A value paired only with a
// digest-shaped companion cookie has none: nothing says that cookie is its MAC until a secret
// proves it.
func (t *Token) Crack() *Crack {
	p := t.proof
	switch {
	case p != nil && p.scheme == schemeCompanion && !p.named:
		return nil
	case t.Format == ShiroRememberMe && p == nil:
		return &Crack{Need: "a rememberMe cookie from a login with Remember Me ticked: Shiro's published keys can be tried against it"}
	case !t.Signed && !t.Encrypted && p == nil:
		return nil
	case t.Format == JWT && t.JWT != nil && p != nil && p.scheme == schemeHMAC:
		return &Crack{Need: "a bigger wordlist: the JWT's HMAC secret can be tried offline", HashcatMode: 16500, Hash: string(p.msg) + "." + base64.RawURLEncoding.EncodeToString(p.sig)}
	case t.Format == PeopleSoftToken:
		return &Crack{Need: "a bigger wordlist of node passwords, tried offline", HashcatMode: 13500, Hash: hex.EncodeToString(p.sig) + ":" + hex.EncodeToString(p.msg)}
	case p == nil:
		return &Crack{Need: "the server's key: the value cannot be tested from the cookie alone"}
	}
	switch p.scheme {
	case schemeHMAC, schemeCompanion, schemeRailsSigned, schemeYii:
		q := p
		if p.scheme == schemeCompanion {
			q = p.alts[0] // the value itself; the others are name=value and other companions
		}
		mode := hmacModes[len(q.sig)]
		need := "a bigger wordlist: the HMAC key can be tried offline"
		if p.scheme == schemeRailsSigned {
			need = "a bigger wordlist: as a Rack 2 or Rails 3 cookie the raw secret can be tried offline; as a Rails 4+ cookie each secret needs PBKDF2 first"
		}
		if p.scheme == schemeCompanion {
			need = "a bigger wordlist: the companion cookie's HMAC of the value (or of name=value) can be tried offline"
		}
		if mode == 0 {
			return &Crack{Need: need}
		}
		c := &Crack{Need: need, HashcatMode: mode}
		if hashcatSafe(q.msg) {
			c.Hash = hex.EncodeToString(q.sig) + ":" + string(q.msg)
		} else {
			c.Hash, c.HexSalt = hex.EncodeToString(q.sig)+":"+hex.EncodeToString(q.msg), true
		}
		return c
	case schemeItsdangerous, schemeDjango:
		return &Crack{Need: "a bigger --secrets list: the key is derived from the secret with the framework's salt, which hashcat has no mode for"}
	case schemeRailsCBC, schemeRailsGCM:
		return &Crack{Need: "a list of secret_key_base values: each costs a PBKDF2 derivation, which hashcat has no mode for"}
	case schemeLaravelCBC, schemeLaravelGCM:
		return &Crack{Need: "a list of APP_KEY values (base64:…): the key is random bytes, so only known keys can match"}
	}
	switch t.Format {
	case Iron:
		return &Crack{Need: "a bigger --secrets list of passwords of 32 characters or more"}
	case ShiroRememberMe:
		return &Crack{Need: "a bigger list of published Shiro keys (base64 AES keys), in a --secrets file under #for: shiro-rememberme"}
	case LTPAToken:
		return &Crack{Need: "the ltpa.keys file's 3DESKey (and its password, if not WebAS)"}
	case JWT:
		return &Crack{Need: "the issuer's public key, to test for algorithm confusion, and the private keys published in other specifications and tutorials"}
	}
	return &Crack{Need: "a bigger --secrets list"}
}

// hashcatSafe reports whether msg can stand in a hashcat hash line as text.
func hashcatSafe(msg []byte) bool {
	for _, c := range msg {
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`'":\`, c) >= 0 {
			return false
		}
	}
	return len(msg) > 0
}
