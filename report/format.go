package report

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// formats maps each format name to its writer. Formats living in other files
// of this package add themselves from an init function, so adding one never
// means editing this file.
var formats = map[string]func(color bool) Writer{
	"json":  func(bool) Writer { return JSON{} },
	"table": func(color bool) Writer { return Table{Color: color} },
}

// ForFormat returns the writer for a format name as given to --format.
// color is honoured by formats meant for terminals and ignored by the rest.
func ForFormat(name string, color bool) (Writer, error) {
	newWriter, ok := formats[name]
	if !ok {
		return nil, fmt.Errorf("unknown report format %q (supported: %s)", name, strings.Join(Formats(), ", "))
	}
	return newWriter(color), nil
}

// Formats lists the supported format names, sorted.
func Formats() []string {
	return slices.Sorted(maps.Keys(formats))
}
