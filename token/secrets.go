package token

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
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
}

//go:embed secrets/*.txt
var secretFiles embed.FS

var builtin = sync.OnceValue(loadBuiltin)

// BuiltinSecrets returns the embedded weak-secret list: framework defaults and documentation
// examples first, then common secret phrases and common passwords with simple variations.
// It is deduplicated (the first source wins) and the same slice is shared: do not modify it.
// secrets/README.md documents the sources.
func BuiltinSecrets() []Secret { return builtin() }

// loadBuiltin reads the embedded lists. Their format: "#source: TEXT" sets the source of the
// lines after it, other lines starting with '#' are comments, blank lines are skipped, and a
// line starting with '"' is a Go string literal (for the empty key and keys with control bytes).
func loadBuiltin() []Secret {
	var out []Secret
	seen := map[string]bool{}
	add := func(v, src string) {
		if !seen[v] {
			seen[v] = true
			out = append(out, Secret{Value: v, Source: src})
		}
	}
	// Documented defaults outrank the generic lists, so they are read first.
	for _, file := range []string{"secrets/frameworks.txt", "secrets/phrases.txt", "secrets/passwords.txt"} {
		b, err := fs.ReadFile(secretFiles, file)
		if err != nil {
			panic(err) // embedded at build time: cannot happen
		}
		src := ""
		for line := range strings.Lines(string(b)) {
			line = strings.TrimRight(line, "\r\n")
			switch {
			case strings.HasPrefix(line, "#source: "):
				src = strings.TrimPrefix(line, "#source: ")
			case line == "" || strings.HasPrefix(line, "#"):
			case strings.HasPrefix(line, `"`):
				v, err := strconv.Unquote(line)
				if err != nil {
					panic(fmt.Sprintf("%s: bad literal %s", file, line))
				}
				add(v, src)
			case src == sourcePasswords:
				for _, v := range passwordVariants(line) {
					add(v, src)
				}
			default:
				add(line, src)
			}
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

// ParseSecrets reads one secret a line, for --secrets FILE. Blank lines are skipped; lines are
// kept verbatim (inner and edge spaces included) except for a trailing "\r".
func ParseSecrets(r io.Reader, source string) ([]Secret, error) {
	var out []Secret
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if line != "" {
			out = append(out, Secret{Value: line, Source: source})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading secrets from %s: %w", source, err)
	}
	return out, nil
}
