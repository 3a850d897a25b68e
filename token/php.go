package token

import (
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

var (
	errPHP = errors.New("not PHP serialize() output")
	// yii2Prefix is Yii2's validated-cookie form: hex HMAC-SHA256 of the serialized data, then the data.
	yii2Prefix = regexp.MustCompile(`^[0-9a-f]{64}[aOsibdE]:`)
)

// recognisePHP finds PHP serialize() output, optionally behind Yii2's HMAC-SHA256 prefix.
func recognisePHP(c *candidate) *Token {
	data, signed := c.value, false
	if yii2Prefix.MatchString(data) {
		data, signed = data[64:], true
	}
	if len(data) < 4 || !strings.ContainsRune("aOsibdE", rune(data[0])) || data[1] != ':' {
		return nil
	}
	p := &phpParser{s: data}
	v, err := p.value(0)
	if err != nil || p.i != len(p.s) {
		return nil
	}
	t := &Token{Format: PHPSerialized, Signed: signed, Readable: true, Data: v}
	t.Note = "PHP serialize() data"
	if signed {
		t.Note = "Yii2 validated cookie: PHP serialize() data behind an HMAC-SHA256 prefix"
		sig, _ := hexDecode(c.value[:64])
		t.proof = &proof{scheme: schemeYii, msg: []byte(data), sig: sig}
	}
	if len(p.classes) > 0 {
		t.Note += ", with objects of class " + strings.Join(p.classes, ", ") + " (unserialize() of a cookie allows object injection)"
	}
	return t
}

// phpParser reads PHP serialize() output without trusting its length fields.
type phpParser struct {
	s       string
	i       int
	classes []string
}

func (p *phpParser) value(depth int) (any, error) {
	if depth > maxDepth || p.i+2 > len(p.s) {
		return nil, errPHP
	}
	kind := p.s[p.i]
	if kind == 'N' {
		return nil, p.expect("N;")
	}
	p.i++
	if err := p.expect(":"); err != nil {
		return nil, err
	}
	switch kind {
	case 'b':
		v, err := p.until(';')
		if err != nil || (v != "0" && v != "1") {
			return nil, errPHP
		}
		return v == "1", nil
	case 'i', 'd':
		v, err := p.until(';')
		if err != nil {
			return nil, err
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, errPHP
		}
		return f, nil
	case 's', 'E': // E is a PHP 8.1 enum case: E:len:"Class:Case";
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		return s, p.expect(";")
	case 'a':
		return p.array(depth)
	case 'O':
		class, err := p.str()
		if err != nil {
			return nil, err
		}
		if len(p.classes) < 8 && !slices.Contains(p.classes, class) {
			p.classes = append(p.classes, class)
		}
		if err := p.expect(":"); err != nil {
			return nil, err
		}
		return p.array(depth)
	}
	return nil, errPHP
}

// array reads "N:{key value …}" (also an object's property list) into a map,
// or a slice when the keys are 0..N-1.
func (p *phpParser) array(depth int) (any, error) {
	n, err := p.length()
	if err != nil {
		return nil, err
	}
	if err := p.expect(":{"); err != nil {
		return nil, err
	}
	// Each entry takes at least 6 bytes ("i:0;N;"), so n cannot exceed what is left.
	if n > (len(p.s)-p.i)/6 {
		return nil, errPHP
	}
	m := make(map[string]any, n)
	list := true
	for k := 0; k < n; k++ {
		key, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		var name string
		switch kv := key.(type) {
		case string:
			name = propertyName(kv)
			list = false
		case float64:
			name = strconv.FormatFloat(kv, 'f', -1, 64)
			list = list && kv == float64(k)
		default:
			return nil, errPHP
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		m[name] = v
	}
	if err := p.expect("}"); err != nil {
		return nil, err
	}
	if list && n > 0 {
		out := make([]any, n)
		for k := range n {
			out[k] = m[strconv.Itoa(k)]
		}
		return out, nil
	}
	return m, nil
}

// propertyName drops the "\0*\0" and "\0Class\0" markers PHP puts on protected and private properties.
func propertyName(s string) string {
	if strings.HasPrefix(s, "\x00") {
		if i := strings.LastIndexByte(s, 0); i >= 0 {
			return s[i+1:]
		}
	}
	return s
}

// str reads `len:"bytes"` with len checked against the input left.
func (p *phpParser) str() (string, error) {
	n, err := p.length()
	if err != nil {
		return "", err
	}
	if err := p.expect(":\""); err != nil {
		return "", err
	}
	if n > len(p.s)-p.i-1 {
		return "", errPHP
	}
	s := p.s[p.i : p.i+n]
	p.i += n
	return s, p.expect("\"")
}

// length reads a decimal count, leaving the ':' after it unread.
func (p *phpParser) length() (int, error) {
	j := p.i
	for j < len(p.s) && j-p.i < 9 && p.s[j] >= '0' && p.s[j] <= '9' {
		j++
	}
	if j == p.i {
		return 0, errPHP
	}
	n, _ := strconv.Atoi(p.s[p.i:j]) // at most 9 digits: cannot fail
	p.i = j
	return n, nil
}

func (p *phpParser) until(end byte) (string, error) {
	j := strings.IndexByte(p.s[p.i:], end)
	if j < 0 || j > 32 {
		return "", errPHP
	}
	v := p.s[p.i : p.i+j]
	p.i += j + 1
	return v, nil
}

func (p *phpParser) expect(lit string) error {
	if !strings.HasPrefix(p.s[p.i:], lit) {
		return errPHP
	}
	p.i += len(lit)
	return nil
}
