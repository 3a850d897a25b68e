package token

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// errTooBig reports a compressed payload that inflates past maxInflated.
var errTooBig = errors.New("inflated payload exceeds 256 KB")

// b64url decodes base64url with or without padding.
func b64url(s string) ([]byte, bool) {
	if s == "" || len(s) > maxEncoded {
		return nil, false
	}
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
	return b, err == nil
}

// b64std decodes standard base64 with or without padding.
func b64std(s string) ([]byte, bool) {
	if s == "" || len(s) > maxEncoded {
		return nil, false
	}
	b, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
	return b, err == nil
}

// b64any decodes either base64 alphabet, with or without padding.
func b64any(s string) ([]byte, bool) {
	if b, ok := b64std(s); ok {
		return b, true
	}
	return b64url(s)
}

// inflate undoes zlib compression, refusing output past maxInflated.
func inflate(b []byte) ([]byte, error) {
	zr, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, maxInflated+1))
	if err != nil {
		return nil, err
	}
	if len(out) > maxInflated {
		return nil, errTooBig
	}
	return out, nil
}

// decodeJSON parses one JSON value after checking its nesting depth, so a hostile
// value cannot make the decoder recurse deeply.
func decodeJSON(b []byte) (any, bool) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || len(b) > maxInflated || !depthOK(b) {
		return nil, false
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, false
	}
	return v, true
}

// decodeObject parses b as a JSON object.
func decodeObject(b []byte) (map[string]any, bool) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] != '{' {
		return nil, false
	}
	v, ok := decodeJSON(b)
	if !ok {
		return nil, false
	}
	m, ok := v.(map[string]any)
	return m, ok
}

// decodeContainer parses b as a JSON object or array, never a bare scalar: a base64
// string that happens to decode to "123" says nothing.
func decodeContainer(b []byte) (any, bool) {
	t := bytes.TrimSpace(b)
	if len(t) == 0 || (t[0] != '{' && t[0] != '[') {
		return nil, false
	}
	return decodeJSON(t)
}

// depthOK scans JSON text and reports whether brackets nest at most maxDepth deep.
func depthOK(b []byte) bool {
	depth, inString, escaped := 0, false, false
	for _, c := range b {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
			if depth > maxDepth {
				return false
			}
		case c == '}' || c == ']':
			depth--
		}
	}
	return true
}

// decodePayload decodes a base64url payload that a leading '.' marks as zlib-compressed
// (itsdangerous and Django both use this convention) and parses the JSON inside.
// tooBig reports a compressed payload that was refused for its inflated size.
func decodePayload(s string) (v any, compressed, tooBig, ok bool) {
	compressed = strings.HasPrefix(s, ".")
	b, ok := b64url(strings.TrimPrefix(s, "."))
	if !ok {
		return nil, compressed, false, false
	}
	if compressed {
		var err error
		if b, err = inflate(b); err != nil {
			return nil, true, errors.Is(err, errTooBig), false
		}
	}
	v, ok = decodeJSON(b)
	return v, compressed, false, ok
}

// untag undoes Flask's TaggedJSONSerializer markers (" t" tuple, " b" bytes, " u" UUID,
// " m" Markup, " d" date, " di" escaped dict) so Data holds plain JSON-ish values.
func untag(v any) any {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 1 {
			for k, inner := range x {
				switch k {
				case " t", " di":
					return untag(inner)
				case " u", " m", " d":
					return inner
				case " b":
					if s, ok := inner.(string); ok {
						if b, err := base64.StdEncoding.DecodeString(s); err == nil && printable(b) {
							return string(b)
						}
					}
					return inner
				}
			}
		}
		out := make(map[string]any, len(x))
		for k, inner := range x {
			out[k] = untag(inner)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, inner := range x {
			out[i] = untag(inner)
		}
		return out
	}
	return v
}

// printable reports whether b is text worth showing as a string.
func printable(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}
