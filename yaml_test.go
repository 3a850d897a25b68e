package cookiescan_test

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestEveryYAMLFileParses parses the workflows, examples, action and
// release config, and every YAML block of the README, as GitHub and
// Kubernetes would read them. Test data is left out: some of it is broken
// on purpose.
func TestEveryYAMLFileParses(t *testing.T) {
	var files []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (d.Name() == "testdata" || d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".") && d.Name() != ".github") {
			return filepath.SkipDir
		}
		if ext := filepath.Ext(path); !d.IsDir() && (ext == ".yml" || ext == ".yaml") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{".github/workflows/ci.yml", "action.yml", ".goreleaser.yaml", "examples/github/sharded-scan.yml"} {
		if !slices.Contains(files, want) {
			t.Errorf("the walk missed %s (found %q)", want, files)
		}
	}
	for _, path := range files {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := parseAll(raw); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}

	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := yamlBlocks(readme)
	if len(blocks) == 0 {
		t.Fatal("README.md has no ```yaml blocks")
	}
	for _, b := range blocks {
		if err := parseAll([]byte(b.text)); err != nil {
			t.Errorf("README.md:%d: %v", b.line, err)
		}
	}
}

// TestYAMLBlocksAreFoundAndBadOnesFail keeps the check honest: the README's
// former Action snippet, with an unquoted ": " in a plain value, must fail.
func TestYAMLBlocksAreFoundAndBadOnesFail(t *testing.T) {
	doc := "text\n```yaml\n- uses: x\n  with:\n    args: -H \"Authorization: Bearer t\"\n```\n```sh\nnot: [yaml\n```\n"
	blocks := yamlBlocks([]byte(doc))
	if len(blocks) != 1 || blocks[0].line != 3 {
		t.Fatalf("blocks = %+v, want one starting on line 3", blocks)
	}
	if err := parseAll([]byte(blocks[0].text)); err == nil {
		t.Error("an unquoted \": \" in a plain value parsed")
	}
}

type yamlBlock struct {
	line int // first line of the block's content
	text string
}

// yamlBlocks returns the contents of the ```yaml fences of a Markdown document.
func yamlBlocks(md []byte) []yamlBlock {
	var blocks []yamlBlock
	var cur *yamlBlock
	for i, line := range strings.Split(string(md), "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case cur == nil && (trimmed == "```yaml" || trimmed == "```yml"):
			cur = &yamlBlock{line: i + 2}
		case cur != nil && trimmed == "```":
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.text += line + "\n"
		}
	}
	return blocks
}

// parseAll decodes every document of a YAML stream.
func parseAll(raw []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	for {
		var doc yaml.Node
		if err := dec.Decode(&doc); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
}
