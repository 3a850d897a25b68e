package token

import (
	"net/netip"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Hit is one piece of sensitive data: what kind, and where (never the value itself).
type Hit struct {
	Kind  string // email, password, card-number, phone, internal-ip
	Where string // "value" or a key path like "user.email"
}

var (
	// emailPattern is compiled when first needed: its bounded repetitions
	// make a large program, which every run would otherwise build at start.
	emailPattern = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}`)
	})
	// phonePattern is E.164 with a '+' and 8–15 digits, spaces or dashes between groups allowed.
	phonePattern = regexp.MustCompile(`^\+[1-9][0-9 -]{6,18}[0-9]$`)
	cardPattern  = regexp.MustCompile(`^[0-9][0-9 -]{11,21}[0-9]$`)
)

// Names of keys whose value is a password or secret; compared after normalize.
var passwordKeys = []string{"password", "passwd", "pwd", "pass", "passphrase", "secret", "clientsecret", "privatekey", "pin"}

// phoneKeys mark a number as a phone number even without a leading '+'.
var phoneKeys = []string{"phone", "phonenumber", "mobile", "tel", "telephone", "msisdn"}

// Sensitive finds sensitive data in a value or in decoded data: e-mail addresses, password-like
// keys with values, card numbers (Luhn-checked, 13–19 digits, not all the same digit), phone
// numbers (E.164-ish, conservative), internal IP addresses (RFC 1918, loopback, link-local, and
// decoded BigIP). It returns what kind and where (key path), never the value.
func Sensitive(value string, data any) []Hit {
	var hits []Hit
	add := func(kind, where string) {
		h := Hit{Kind: kind, Where: where}
		if !slices.Contains(hits, h) {
			hits = append(hits, h)
		}
	}
	if len(value) <= maxEncoded {
		v := cleanValue(value)
		scanString("value", "", v, add)
		// Cookie values often hold several fields: a=b&c=d, a|b, comma lists.
		for f := range strings.FieldsFuncSeq(v, func(r rune) bool { return strings.ContainsRune("&|,; =", r) }) {
			if f != v {
				scanString("value", "", f, add)
			}
		}
		if info, _, ok := decodeBigIP(v); ok && internalAddr(info.Addr) {
			add("internal-ip", "value")
		}
	}
	walk(data, func(path, key string, leaf any) {
		switch x := leaf.(type) {
		case string:
			if x != "" && slices.Contains(passwordKeys, normalize(key)) {
				add("password", path)
			}
			scanString(path, key, x, add)
		case float64:
			// Numbers only count under a telling key: a bare 13-digit number is usually a timestamp.
			s := strconv.FormatFloat(x, 'f', -1, 64)
			switch k := normalize(key); {
			case strings.Contains(k, "card") || k == "pan" || k == "ccnumber":
				if isCardNumber(s) {
					add("card-number", path)
				}
			case slices.Contains(phoneKeys, k) && len(s) >= 7 && len(s) <= 15:
				add("phone", path)
			case slices.Contains(passwordKeys, k):
				add("password", path)
			}
		}
	})
	return hits
}

// scanString reports sensitive data in one string found at where.
func scanString(where, key, s string, add func(kind, where string)) {
	if len(s) > 4096 {
		s = s[:4096]
	}
	if strings.Contains(s, "@") && emailPattern().MatchString(s) {
		add("email", where)
	}
	if cardPattern.MatchString(s) && isCardNumber(s) {
		add("card-number", where)
	}
	if phonePattern.MatchString(s) && digitCount(s) >= 8 && digitCount(s) <= 15 ||
		slices.Contains(phoneKeys, normalize(key)) && isPhoneDigits(s) {
		add("phone", where)
	}
	if a, err := netip.ParseAddr(s); err == nil && internalAddr(a) {
		add("internal-ip", where)
	} else if ap, err := netip.ParseAddrPort(s); err == nil && internalAddr(ap.Addr()) {
		add("internal-ip", where)
	}
}

// isCardNumber checks a payment card number: 13–19 digits (spaces and dashes allowed), an issuer
// digit 2–6 (Visa, Mastercard, Amex, Discover, JCB, UnionPay…; this also rules out Unix
// timestamps in milliseconds), not one repeated digit, and a valid Luhn checksum.
func isCardNumber(s string) bool {
	d := make([]byte, 0, 19)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			d = append(d, c-'0')
		case c == ' ' || c == '-':
		default:
			return false
		}
	}
	if len(d) < 13 || len(d) > 19 || d[0] < 2 || d[0] > 6 {
		return false
	}
	same := true
	for _, x := range d {
		same = same && x == d[0]
	}
	return !same && luhn(d)
}

// luhn validates the mod-10 checksum over digits.
func luhn(d []byte) bool {
	sum := 0
	for i := range d {
		x := int(d[len(d)-1-i])
		if i%2 == 1 {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
	}
	return sum%10 == 0
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// isPhoneDigits accepts 7–15 digits with the usual separators, under a phone-like key.
func isPhoneDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("0123456789+-() .", rune(s[i])) {
			return false
		}
	}
	n := digitCount(s)
	return n >= 7 && n <= 15
}

// internalAddr reports private (RFC 1918, IPv6 ULA), loopback and link-local addresses.
func internalAddr(a netip.Addr) bool {
	a = a.Unmap()
	return a.IsPrivate() || a.IsLoopback() || a.IsLinkLocalUnicast()
}

// sensitiveKeyNames are the session keys worth reporting by name, compared after normalize.
var sensitiveKeyNames = []string{
	"password", "passwd", "pwd", "pass", "passphrase", "secret", "clientsecret", "privatekey",
	"token", "accesstoken", "refreshtoken", "idtoken", "authtoken", "apikey", "apisecret", "csrftoken",
	"email", "mail", "emailaddress",
	"role", "roles", "isadmin", "admin", "issuperuser", "superuser", "isstaff", "staff",
	"permissions", "permission", "perms", "scope", "scopes", "group", "groups", "level", "accesslevel",
	"creditcard", "card", "cardnumber", "ccnumber", "cvv", "cvc", "pan", "iban",
	"ssn", "socialsecuritynumber", "dob", "dateofbirth", "birthdate", "phone", "phonenumber", "mobile",
}

// SensitiveKeys lists the keys of decoded session data that matter: password, passwd, pwd, secret,
// token, api_key, email, role, roles, is_admin, admin, isAdmin, permissions, credit_card, card, ssn…
// It returns the matching key paths, in walk order.
func SensitiveKeys(data any) []string {
	var out []string
	walkKeys(data, func(path, key string) {
		if slices.Contains(sensitiveKeyNames, normalize(key)) && !slices.Contains(out, path) {
			out = append(out, path)
		}
	})
	return out
}

// normalize folds case and drops separators, so isAdmin, is_admin and IS-ADMIN compare equal.
func normalize(key string) string {
	var b strings.Builder
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case c == '_' || c == '-' || c == '.' || c == ' ':
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// walk visits every leaf of JSON-ish data with its key path and the key it sits under, in a
// stable order and no deeper than maxDepth.
func walk(v any, leaf func(path, key string, v any)) {
	visit(v, "", "", 0, func(path, key string, v any, isLeaf bool) {
		if isLeaf {
			leaf(path, key, v)
		}
	})
}

// walkKeys visits every object key (leaf or not) with its path.
func walkKeys(v any, fn func(path, key string)) {
	visit(v, "", "", 0, func(path, key string, _ any, _ bool) {
		if key != "" && !strings.HasSuffix(path, "]") {
			fn(path, key)
		}
	})
}

func visit(v any, path, key string, depth int, fn func(path, key string, v any, isLeaf bool)) {
	if depth > maxDepth {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		if path != "" {
			fn(path, key, v, false)
		}
		for _, k := range sortedKeys(x) {
			p := k
			if path != "" {
				p = path + "." + k
			}
			visit(x[k], p, k, depth+1, fn)
		}
	case []any:
		if path != "" {
			fn(path, key, v, false)
		}
		for i, e := range x {
			visit(e, path+"["+strconv.Itoa(i)+"]", key, depth+1, fn)
		}
	default:
		if path == "" {
			path = "value"
		}
		fn(path, key, v, true)
	}
}
