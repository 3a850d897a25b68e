package token

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Secret is a candidate signing secret with where it comes from ("flask docs example", "express-session README", "wordlist").
type Secret struct {
	Value  string
	Source string
	// For, when set, is the only format the secret is tried against: an AES key of Shiro's or
	// an LTPA key is no Flask secret, and trying it as one would only cost time.
	For Format
}

//go:embed secrets/*.txt
var secretFiles embed.FS

var builtin = sync.OnceValue(loadBuiltin)

// BuiltinSecrets returns the embedded weak-secret list: framework defaults and documentation
// examples first, then published keys, common secret phrases and common passwords with simple
// variations. It is deduplicated (the first source wins) and the same slice is shared: do not
// modify it. secrets/README.md documents the sources.
func BuiltinSecrets() []Secret { return builtin() }

// loadBuiltin reads the embedded lists, in the format ParseSecrets reads, plus one thing: a
// line starting with '"' is a Go string literal (for the empty key and keys with control bytes).
func loadBuiltin() []Secret {
	var out []Secret
	seen := map[string]bool{}
	// Documented defaults outrank the generic lists, so they are read first.
	for _, file := range []string{"secrets/frameworks.txt", "secrets/keys.txt", "secrets/phrases.txt", "secrets/passwords.txt"} {
		b, err := fs.ReadFile(secretFiles, file)
		if err != nil {
			panic(err) // embedded at build time: cannot happen
		}
		err = readList(string(b), file, true, func(s Secret) error {
			values := []string{s.Value}
			if s.Source == sourcePasswords {
				values = passwordVariants(s.Value)
			}
			for _, v := range values {
				if !seen[v] {
					seen[v] = true
					out = append(out, Secret{Value: v, Source: s.Source, For: s.For})
				}
			}
			return nil
		})
		if err != nil {
			panic(err) // embedded at build time: a test reads every line
		}
	}
	return out
}

// passwordVariants expands a common password the way people vary one:
// as is, Capitalised, and with "1", "123" or "!" appended.
func passwordVariants(p string) []string {
	out := []string{p}
	if r, size := utf8.DecodeRuneInString(p); unicode.IsLower(r) {
		out = append(out, string(unicode.ToUpper(r))+p[size:])
	}
	if !strings.ContainsAny(p[len(p)-1:], "0123456789") {
		out = append(out, p+"1", p+"123")
	}
	return append(out, p+"!")
}

// Bounds on one --secrets load: ten million candidates or a gigabyte of text is past any list
// worth trying per cookie; no key or password is a megabyte long.
const (
	maxSecrets    = 10_000_000
	maxSecretLine = 1 << 20
	maxListBytes  = 1 << 30
)

// ParseSecrets reads a secret list, for --secrets FILE: one secret a line, kept verbatim (inner
// and edge spaces included) except for a trailing "\r". Blank lines are skipped, and so are
// comments: "#" alone or followed by a space ("#hashtag" is a secret, as wordlists hold such
// passwords). "#source: TEXT" names where the following lines come from (source otherwise),
// "#for: FORMAT" limits them to one format. "hex:DIGITS" is the key those digits encode, for
// keys that are bytes; "base64:…" is kept as written, as Laravel writes APP_KEY and as the
// byte-keyed formats (Laravel, Shiro, LTPA) read it. The secrets share the list's text: a
// 100,000-line list costs one string and one slice.
func ParseSecrets(r io.Reader, source string) ([]Secret, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxListBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading secrets from %s: %w", source, err)
	}
	if len(b) > maxListBytes {
		return nil, fmt.Errorf("reading secrets from %s: larger than 1 GB", source)
	}
	out := make([]Secret, 0, min(bytes.Count(b, []byte("\n"))+1, maxSecrets))
	err = readList(string(b), source, false, func(s Secret) error {
		if len(out) == maxSecrets {
			return fmt.Errorf("more than %d secrets", maxSecrets)
		}
		out = append(out, s)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading secrets from %s: %w", source, err)
	}
	return out, nil
}

// LoadSecrets reads --secrets PATH: a list file, or each regular file directly in a directory,
// in name order, skipping names that start with '.'. Each secret's source is its file unless a
// "#source:" line says more.
func LoadSecrets(path string) ([]Secret, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	files := []string{path}
	if info.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, err
		}
		files = files[:0]
		for _, e := range entries {
			if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
				files = append(files, filepath.Join(path, e.Name()))
			}
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: no secret list files in the directory", path)
		}
	}
	var out []Secret
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			return nil, err
		}
		list, err := ParseSecrets(f, file)
		f.Close()
		if err != nil {
			return nil, err
		}
		if len(out)+len(list) > maxSecrets {
			return nil, fmt.Errorf("%s: more than %d secrets", path, maxSecrets)
		}
		out = append(out, list...)
	}
	return out, nil
}

// readList reads one list, calling add for each secret. literals turns on the builtin lists'
// Go string literal lines.
func readList(text, source string, literals bool, add func(Secret) error) error {
	src, only := source, Format("")
	n := 0
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		if len(line) > maxSecretLine {
			return fmt.Errorf("line %d is longer than 1 MB", n)
		}
		var value string
		switch {
		case line == "" || line == "#" || strings.HasPrefix(line, "# "):
			continue
		case strings.HasPrefix(line, "#source: "):
			src = strings.TrimPrefix(line, "#source: ")
			continue
		case strings.HasPrefix(line, "#for: "):
			only = Format(strings.TrimPrefix(line, "#for: "))
			continue
		case literals && strings.HasPrefix(line, "#"):
			continue
		case literals && strings.HasPrefix(line, `"`):
			v, err := strconv.Unquote(line)
			if err != nil {
				return fmt.Errorf("line %d: bad string literal %s", n, line)
			}
			value = v
		case strings.HasPrefix(line, "hex:"):
			k, ok := hexDecode(strings.TrimPrefix(line, "hex:"))
			if !ok {
				return fmt.Errorf("line %d: hex: key with characters other than an even number of hex digits", n)
			}
			value = string(k)
		default:
			value = line
		}
		if err := add(Secret{Value: value, Source: src, For: only}); err != nil {
			return err
		}
	}
	return nil
}
