package main

import (
	"cmp"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// configProblem is one problem of a config file, on a line of its own.
type configProblem struct {
	line int
	msg  string
}

// configProblems are the problems of a file, reported in the order of their lines.
type configProblems []configProblem

func (ps *configProblems) add(line int, format string, args ...any) {
	*ps = append(*ps, configProblem{line, fmt.Sprintf(format, args...)})
}

// err is one error holding every problem, each line starting with path:line.
func (ps configProblems) err(path string) error {
	if len(ps) == 0 {
		return nil
	}
	slices.SortStableFunc(ps, func(a, b configProblem) int { return cmp.Compare(a.line, b.line) })
	lines := make([]string, len(ps))
	for i, p := range ps {
		// Each problem stays on its line, whatever text from the file it quotes.
		p.msg = strings.ReplaceAll(p.msg, "\n", `\n`)
		if p.line == 0 {
			lines[i] = fmt.Sprintf("%s: %s", path, p.msg)
		} else {
			lines[i] = fmt.Sprintf("%s:%d: %s", path, p.line, p.msg)
		}
	}
	return errors.New(strings.Join(lines, "\n"))
}

// position is where a node starts in the file.
type position struct{ line, column int }

// keyAt is a key as written on a line.
type keyAt struct {
	line int
	key  string
}

// keyPaths names every value of a config file by the keys that lead to it
// ("scan.depth", "rules.disable", "ignore cookie"), so that messages about a
// value, whether the decoder's or a value type's, name the setting.
type keyPaths struct {
	// values are the names of values by their position.
	values map[position]string
	// byLine are the values on each line, in document order.
	byLine map[int][]*yaml.Node
	// wanted says what each value should be written as, by its position.
	wanted map[position]string
	// mappings are the mapping a key is in, by the key: its name for
	// messages ("" for the whole file, "ignore entry") and its Go type.
	mappings map[keyAt]mappingAt
	// keyLines are the lines of the keys, by the name of their value.
	keyLines map[string]int
	// undecodable is set when a key is not a plain one, which the decoder
	// would read as something else than a setting.
	undecodable bool
}

type mappingAt struct {
	name string
	typ  reflect.Type
}

var unmarshalerType = reflect.TypeFor[yaml.Unmarshaler]()

// indexConfig names the values of the document root, which decodes into a
// value of type t, and reports what the decoder would accept silently:
// aliases, merge keys and keys that are not plain, and values left empty
// where a value or a list item is wanted.
func indexConfig(root *yaml.Node, t reflect.Type, problems *configProblems) *keyPaths {
	k := &keyPaths{values: map[position]string{}, byLine: map[int][]*yaml.Node{}, mappings: map[keyAt]mappingAt{}, keyLines: map[string]int{}, wanted: map[position]string{}}
	k.walk(root, t, "", false, problems)
	return k
}

// walk names n and its children; t is the Go type n decodes into, nil when
// unknown, and item says that n is an item of a list.
func (k *keyPaths) walk(n *yaml.Node, t reflect.Type, name string, item bool, problems *configProblems) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	pos := position{n.Line, n.Column}
	if _, seen := k.values[pos]; !seen {
		k.values[pos] = name
		k.wanted[pos] = wantedKind(t)
	}
	k.byLine[n.Line] = append(k.byLine[n.Line], n)
	switch n.Kind {
	case yaml.AliasNode:
		if t == nil {
			problems.add(n.Line, "%s: %s", orFile(name), kindName(n))
		} else {
			problems.add(n.Line, "%s: want %s, got %s", orFile(name), wantedKind(t), kindName(n))
		}
	case yaml.MappingNode:
		mapping := name
		if item {
			mapping += " entry"
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			key, value := n.Content[i], n.Content[i+1]
			// The decoder would read these keys as something else than a setting.
			if key.Kind != yaml.ScalarNode || key.ShortTag() == "!!merge" {
				problems.add(key.Line, "want a plain key%s, got %s", under(mapping), keyKindName(key))
				k.undecodable = true
				continue
			}
			k.mappings[keyAt{key.Line, key.Value}] = mappingAt{mapping, t}
			child := settingName(name, key.Value, item)
			if _, seen := k.keyLines[child]; !seen {
				k.keyLines[child] = key.Line
			}
			vt := valueType(t, key.Value)
			if isNull(value) && vt != nil && wantedKind(vt) == "a value" {
				problems.add(value.Line, "%s: want a value, got nothing", child)
			}
			k.walk(value, vt, child, false, problems)
		}
	case yaml.SequenceNode:
		var et reflect.Type
		if t != nil && t.Kind() == reflect.Slice {
			et = t.Elem()
		}
		for _, it := range n.Content {
			if isNull(it) && et != nil {
				problems.add(it.Line, "%s: want %s, got nothing", name, wantedKind(et))
			}
			k.walk(it, et, name, true, problems)
		}
	}
}

// settingName names the value of key in the mapping named name, which is
// an item of a list when item is set: "scan.depth", "ignore cookie". A key
// with characters that do not print is quoted.
func settingName(name, key string, item bool) string {
	if strings.ContainsFunc(key, func(r rune) bool { return !unicode.IsPrint(r) }) {
		key = strconv.Quote(key)
	}
	switch {
	case item:
		return name + " " + key
	case name != "":
		return name + "." + key
	}
	return key
}

// valueType is the Go type of the value of key in a mapping that decodes into t.
func valueType(t reflect.Type, key string) reflect.Type {
	switch {
	case t == nil || isValueType(t):
		return nil
	case t.Kind() == reflect.Map:
		return t.Elem()
	case t.Kind() == reflect.Struct:
		for i := range t.NumField() {
			if yamlKey(t.Field(i)) == key {
				return t.Field(i).Type
			}
		}
	}
	return nil
}

// yamlKey is the key of a struct field in the file, "" when it has none.
func yamlKey(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if !f.IsExported() || name == "-" {
		return ""
	}
	return name
}

// knownKeys are the keys of a mapping that decodes into the struct type t, in field order.
func knownKeys(t reflect.Type) []string {
	var keys []string
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	for i := range t.NumField() {
		if key := yamlKey(t.Field(i)); key != "" {
			keys = append(keys, key)
		}
	}
	return keys
}

// isValueType reports whether t checks its own value as one of the config's value types.
func isValueType(t reflect.Type) bool {
	return t.Implements(unmarshalerType) || reflect.PointerTo(t).Implements(unmarshalerType)
}

// wantedKind says what a value of type t is written as, in the words of the messages.
func wantedKind(t reflect.Type) string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == nil || isValueType(t):
		return "a value"
	case t.Kind() == reflect.Slice:
		return "a list"
	default:
		return "a mapping (key: value lines)"
	}
}

// keyKindName says what a key is, in the words of the messages.
func keyKindName(key *yaml.Node) string {
	if key.ShortTag() == "!!merge" {
		return "a merge key (<<): anchors and aliases are not supported"
	}
	return kindName(key)
}

// orFile names a value for messages, the whole file having no key.
func orFile(name string) string {
	if name == "" {
		return "the file"
	}
	return name
}

// The decoder's messages, which translate says again in the words of the other messages.
var (
	decoderLine      = regexp.MustCompile(`(?s)^line (\d+): (.*)$`)
	valueProblemText = regexp.MustCompile(`(?s)^column (\d+): (.*)$`)
	unknownFieldText = regexp.MustCompile(`(?s)^field (.*) not found in type \S+$`)
	duplicateKeyText = regexp.MustCompile(`^mapping key (".*") already defined at line (\d+)$`)
	wrongKindText    = regexp.MustCompile("(?s)^cannot unmarshal (!!\\w+)(?: `(.*)`)? into (\\S+)$")
)

// truncatedValueEnd ends a value the decoder shortened in its message.
const truncatedValueEnd = "..."

// translate adds a message of the decoder to problems, naming the key of the
// value it is about.
func (k *keyPaths) translate(msg string, problems *configProblems) {
	m := decoderLine.FindStringSubmatch(msg)
	if m == nil {
		problems.add(0, "%s", msg)
		return
	}
	line, _ := strconv.Atoi(m[1])
	text := m[2]
	if v := valueProblemText.FindStringSubmatch(text); v != nil {
		column, _ := strconv.Atoi(v[1])
		text = v[2]
		if rest, ok := strings.CutPrefix(text, keyPlaceholder); ok {
			name := k.values[position{line, column}]
			text = orFile(name) + rest
		}
		problems.add(line, "%s", text)
		return
	}
	if v := unknownFieldText.FindStringSubmatch(text); v != nil {
		key := v[1]
		in := k.mappings[keyAt{line, key}]
		problems.add(line, "unknown key %q%s (known: %s)", key, under(in.name), strings.Join(knownKeys(in.typ), ", "))
		return
	}
	if v := duplicateKeyText.FindStringSubmatch(text); v != nil {
		key, err := strconv.Unquote(v[1])
		if err == nil {
			problems.add(line, "key %q given twice%s (first at line %s)", key, under(k.mappings[keyAt{line, key}].name), v[2])
			return
		}
	}
	if v := wrongKindText.FindStringSubmatch(text); v != nil {
		want := "a mapping (key: value lines)"
		if strings.HasPrefix(v[3], "[]") {
			want = "a list"
		}
		if n := k.nodeOnLine(line, v[1], v[2], want); n != nil {
			problems.add(line, "%s: want %s, got %s", orFile(k.values[position{n.Line, n.Column}]), want, kindName(n))
			return
		}
	}
	problems.add(line, "%s", text)
}

// nodeOnLine finds the node the decoder describes by its tag, the start of
// its value and what it should have been.
func (k *keyPaths) nodeOnLine(line int, tag, value, want string) *yaml.Node {
	for _, n := range k.byLine[line] {
		if n.ShortTag() != tag || k.wanted[position{n.Line, n.Column}] != want {
			continue
		}
		if prefix, cut := strings.CutSuffix(value, truncatedValueEnd); value == "" || n.Value == value || cut && strings.HasPrefix(n.Value, prefix) {
			return n
		}
	}
	return nil
}

func under(mapping string) string {
	if mapping == "" {
		return ""
	}
	return " under " + mapping
}
