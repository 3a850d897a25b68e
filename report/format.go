package report

import (
	"fmt"
	"strings"
)

// format is a report format: the name --format and -o give it, and how to
// make its writer. color is honoured by formats meant for terminals and
// ignored by the rest.
type format struct {
	name      string
	newWriter func(color bool) Writer
}

// formats lists every report format, sorted by name: adding a format is a
// file that writes it and one line here.
var formats = []format{
	{"html", func(bool) Writer { return HTMLWriter(defaultFailOn) }},
	{"json", func(bool) Writer { return JSON{} }},
	{"junit", func(bool) Writer { return JUnitWriter(defaultFailOn) }},
	{"markdown", func(bool) Writer { return MarkdownWriter(defaultFailOn) }},
	{"sarif", func(bool) Writer { return SARIF{} }},
	{"table", func(color bool) Writer { return Table{Color: color} }},
}

// ForFormat returns the writer for a format name as given to --format.
// color is honoured by formats meant for terminals and ignored by the rest.
func ForFormat(name string, color bool) (Writer, error) {
	for _, f := range formats {
		if f.name == name {
			return f.newWriter(color), nil
		}
	}
	return nil, fmt.Errorf("unknown report format %q (supported: %s)", name, strings.Join(Formats(), ", "))
}

// Formats lists the supported format names, sorted.
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}
