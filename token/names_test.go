package token

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
)

// declaredFormats reads the Format constants token.go declares.
func declaredFormats(t *testing.T) []Format {
	t.Helper()
	file, err := parser.ParseFile(token.NewFileSet(), "token.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var formats []Format
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			v := spec.(*ast.ValueSpec)
			if id, ok := v.Type.(*ast.Ident); !ok || id.Name != "Format" {
				continue
			}
			for _, value := range v.Values {
				s, err := strconv.Unquote(value.(*ast.BasicLit).Value)
				if err != nil {
					t.Fatal(err)
				}
				formats = append(formats, Format(s))
			}
		}
	}
	return formats
}

func TestEveryFormatHasAPhrase(t *testing.T) {
	formats := declaredFormats(t)
	if len(formats) < 20 {
		t.Fatalf("read %d formats from token.go", len(formats))
	}
	for _, f := range formats {
		n, ok := formatNames[f]
		if !ok {
			t.Errorf("format %q has no name in formatNames", f)
			continue
		}
		if n.article != "a" && n.article != "an" {
			t.Errorf("format %q: article %q", f, n.article)
		}
		if n.name == "" || n.name == string(f) {
			t.Errorf("format %q is named by its ID: %q", f, n.name)
		}
	}
	if len(formatNames) != len(formats) {
		t.Errorf("formatNames names %d formats, token.go declares %d", len(formatNames), len(formats))
	}
}

func TestPhraseReadsAsPeopleSayIt(t *testing.T) {
	for f, want := range map[Format]string{
		Flask:          "a Flask session cookie",
		JWT:            "a JWT",
		Django:         "a Django signed cookie",
		ExpressSession: "an Express session cookie",
		SiblingSigned:  "a value with its HMAC in a companion cookie",
		Format("new"):  "a new value",
	} {
		if got := f.Phrase(); got != want {
			t.Errorf("%q.Phrase() = %q, want %q", f, got, want)
		}
	}
}
