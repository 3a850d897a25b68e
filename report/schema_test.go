package report

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/rules"
)

// The published schema and its prose must describe exactly the fields the
// Go types write; these tests catch a field added, renamed or made optional
// without the docs following.

const (
	schemaFile = "../docs/report-schema.json"
	schemaDoc  = "../docs/report-schema.md"
)

func loadSchema(t *testing.T) map[string]any {
	t.Helper()
	data, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatalf("%s: %v", schemaFile, err)
	}
	return schema
}

// jsonField is one field as encoding/json writes it.
type jsonField struct {
	name     string
	optional bool // omitempty: may be absent
}

// jsonFields lists the JSON fields of a struct type, flattening embedded
// structs as encoding/json does.
func jsonFields(t reflect.Type) []jsonField {
	var fields []jsonField
	for f := range t.Fields() {
		tag := f.Tag.Get("json")
		if tag == "-" || !f.IsExported() {
			continue
		}
		if f.Anonymous && tag == "" {
			fields = append(fields, jsonFields(f.Type)...)
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		fields = append(fields, jsonField{name: name, optional: slices.Contains(strings.Split(opts, ","), "omitempty")})
	}
	return fields
}

func TestSchemaMatchesStructs(t *testing.T) {
	schema := loadSchema(t)
	defs, _ := schema["$defs"].(map[string]any)
	for _, tc := range []struct {
		where  string
		schema any
		typ    reflect.Type
	}{
		{"top level", schema, reflect.TypeFor[jsonReport]()},
		{"$defs/tool", defs["tool"], reflect.TypeFor[Tool]()},
		{"$defs/stats", defs["stats"], reflect.TypeFor[Stats]()},
		{"$defs/finding", defs["finding"], reflect.TypeFor[rules.Finding]()},
		{"$defs/cookie", defs["cookie"], reflect.TypeFor[rules.CookieRef]()},
		{"$defs/location", defs["location"], reflect.TypeFor[rules.Location]()},
		{"$defs/seen_cookie", defs["seen_cookie"], reflect.TypeFor[rules.SeenCookie]()},
	} {
		t.Run(tc.where, func(t *testing.T) {
			obj, ok := tc.schema.(map[string]any)
			if !ok {
				t.Fatalf("%s missing from %s", tc.where, schemaFile)
			}
			props, _ := obj["properties"].(map[string]any)
			var required []string
			for _, r := range asSlice(obj["required"]) {
				required = append(required, r.(string))
			}
			var names []string
			for _, f := range jsonFields(tc.typ) {
				names = append(names, f.name)
				if _, ok := props[f.name]; !ok {
					t.Errorf("%s: field %q of %s is not in the schema", tc.where, f.name, tc.typ)
				}
				if req := slices.Contains(required, f.name); req == f.optional {
					t.Errorf("%s: field %q has omitempty=%v in Go but required=%v in the schema", tc.where, f.name, f.optional, req)
				}
			}
			for name := range props {
				if !slices.Contains(names, name) {
					t.Errorf("%s: schema property %q is not written by %s", tc.where, name, tc.typ)
				}
			}
		})
	}

	severities := asSlice(defs["severity"].(map[string]any)["enum"])
	for s := rules.Info; s <= rules.Critical; s++ {
		if !slices.Contains(severities, any(s.String())) {
			t.Errorf("severity %q missing from $defs/severity", s)
		}
	}
	if len(severities) != int(rules.Critical) {
		t.Errorf("$defs/severity lists %d severities, Go has %d", len(severities), rules.Critical)
	}
	if got := schema["properties"].(map[string]any)["schema"].(map[string]any)["const"]; got != Schema {
		t.Errorf("schema const = %v, want %q", got, Schema)
	}
}

// Every field name and enum value in the schema is explained in the prose.
func TestSchemaDocMentionsEveryField(t *testing.T) {
	data, err := os.ReadFile(schemaDoc)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	var words []string
	var collect func(node any)
	collect = func(node any) {
		switch n := node.(type) {
		case map[string]any:
			if props, ok := n["properties"].(map[string]any); ok {
				for name := range props {
					words = append(words, name)
				}
			}
			for _, v := range asSlice(n["enum"]) {
				words = append(words, v.(string))
			}
			for _, v := range n {
				collect(v)
			}
		case []any:
			for _, v := range n {
				collect(v)
			}
		}
	}
	collect(loadSchema(t))
	sort.Strings(words)
	for _, w := range slices.Compact(words) {
		if !strings.Contains(doc, "`"+w+"`") {
			t.Errorf("%s does not mention `%s`", schemaDoc, w)
		}
	}
	if !strings.Contains(doc, Schema) {
		t.Errorf("%s does not name the schema %s", schemaDoc, Schema)
	}
}

// The golden reports and the documented example must be valid against the
// published schema. Only the keywords the schema uses are implemented; any
// other keyword fails the test rather than being silently ignored.
func TestExamplesMatchSchema(t *testing.T) {
	schema := loadSchema(t)
	examples := map[string][]byte{}
	for _, name := range []string{"json.json", "empty-json.json"} {
		data, err := os.ReadFile(goldenPath(name))
		if err != nil {
			t.Fatal(err)
		}
		examples[name] = data
	}
	doc, err := os.ReadFile(schemaDoc)
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile("(?s)```json\n(.*?)```").FindSubmatch(doc)
	if block == nil {
		t.Fatalf("%s has no json example", schemaDoc)
	}
	examples[schemaDoc] = block[1]

	for name, data := range examples {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, problem := range validate(schema, schema, v, "") {
			t.Errorf("%s: %s", name, problem)
		}
		if _, err := ReadJSON(bytes.NewReader(data)); err != nil {
			t.Errorf("%s: ReadJSON: %v", name, err)
		}
	}
}

// The validator must reject what the schema forbids, or the test above proves nothing.
func TestValidatorCatchesViolations(t *testing.T) {
	schema := loadSchema(t)
	var good map[string]any
	data, err := os.ReadFile(goldenPath("json.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		mutate func(doc map[string]any)
		want   string
	}{
		{"missing field", func(d map[string]any) { delete(d, "partial") }, `missing required "partial"`},
		{"null list", func(d map[string]any) { d["findings"] = nil }, "want array"},
		{"bad severity", func(d map[string]any) { finding(d)["severity"] = "urgent" }, "not one of"},
		{"bad fingerprint", func(d map[string]any) { finding(d)["fingerprint"] = "XYZ" }, "does not match"},
		{"fractional count", func(d map[string]any) { finding(d)["occurrences"] = 1.5 }, "want integer"},
		{"wrong schema", func(d map[string]any) { d["schema"] = "cookiescan/report/v2" }, "want const"},
		{"bad by_severity key", func(d map[string]any) {
			d["stats"].(map[string]any)["by_severity"].(map[string]any)["urgent"] = 1.0
		}, "not one of"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := json.Unmarshal(data, &good); err != nil {
				t.Fatal(err)
			}
			tc.mutate(good)
			problems := validate(schema, schema, good, "")
			if !slices.ContainsFunc(problems, func(p string) bool { return strings.Contains(p, tc.want) }) {
				t.Errorf("problems %q, want one containing %q", problems, tc.want)
			}
		})
	}
}

func finding(doc map[string]any) map[string]any {
	return doc["findings"].([]any)[0].(map[string]any)
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}

// annotations are keywords that do not constrain a value.
var annotations = []string{"$schema", "$defs", "title", "description", "format"}

// validate checks v against the JSON Schema node s, resolving $ref in root.
func validate(root, s map[string]any, v any, at string) []string {
	var problems []string
	fail := func(format string, args ...any) {
		problems = append(problems, fmt.Sprintf("%s: ", cmp.Or(at, "/"))+fmt.Sprintf(format, args...))
	}
	for key, arg := range s {
		switch key {
		case "$ref":
			name, ok := strings.CutPrefix(arg.(string), "#/$defs/")
			def, found := root["$defs"].(map[string]any)[name].(map[string]any)
			if !ok || !found {
				fail("unresolvable $ref %v", arg)
				continue
			}
			problems = append(problems, validate(root, def, v, at)...)
		case "type":
			if !hasType(v, arg.(string)) {
				fail("%v is %T, want %s", v, v, arg)
			}
		case "const":
			if v != arg {
				fail("%v, want const %v", v, arg)
			}
		case "enum":
			if !slices.Contains(asSlice(arg), v) {
				fail("%v is not one of %v", v, arg)
			}
		case "minimum":
			if n, ok := v.(float64); ok && n < arg.(float64) {
				fail("%v is below the minimum %v", n, arg)
			}
		case "pattern":
			if str, ok := v.(string); ok && !regexp.MustCompile(arg.(string)).MatchString(str) {
				fail("%q does not match %s", str, arg)
			}
		case "required":
			if obj, ok := v.(map[string]any); ok {
				for _, name := range asSlice(arg) {
					if _, ok := obj[name.(string)]; !ok {
						fail("missing required %q", name)
					}
				}
			}
		case "properties":
			if obj, ok := v.(map[string]any); ok {
				for name, sub := range arg.(map[string]any) {
					if val, ok := obj[name]; ok {
						problems = append(problems, validate(root, sub.(map[string]any), val, at+"/"+name)...)
					}
				}
			}
		case "additionalProperties":
			if obj, ok := v.(map[string]any); ok {
				props, _ := s["properties"].(map[string]any)
				for name, val := range obj {
					if _, known := props[name]; !known {
						problems = append(problems, validate(root, arg.(map[string]any), val, at+"/"+name)...)
					}
				}
			}
		case "propertyNames":
			if obj, ok := v.(map[string]any); ok {
				for name := range obj {
					problems = append(problems, validate(root, arg.(map[string]any), name, at+"/"+name+" (name)")...)
				}
			}
		case "items":
			for i, item := range asSlice(v) {
				problems = append(problems, validate(root, arg.(map[string]any), item, fmt.Sprintf("%s/%d", at, i))...)
			}
		default:
			if !slices.Contains(annotations, key) {
				fail("validator does not implement keyword %q; extend it", key)
			}
		}
	}
	return problems
}

func hasType(v any, typ string) bool {
	switch typ {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		n, ok := v.(float64)
		return ok && n == float64(int64(n))
	}
	return false
}

// A finding's class is one of the schema's: a class the classifier can give
// but the schema leaves out makes every such report invalid.
func TestSchemaListsEveryCookieClass(t *testing.T) {
	class := loadSchema(t)["$defs"].(map[string]any)["class"].(map[string]any)["enum"].([]any)
	for _, c := range []rules.Class{rules.ClassCredential, rules.ClassSession, rules.ClassIdentity, rules.ClassCSRF, rules.ClassInfrastructure, rules.ClassTracking, rules.ClassUnknown} {
		if !slices.Contains(class, any(string(c))) {
			t.Errorf("class %q is not in the schema's enum %v", c, class)
		}
	}
}
