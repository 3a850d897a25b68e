package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestForFormat(t *testing.T) {
	w, err := ForFormat("table", true)
	if err != nil || w != (Table{Color: true}) {
		t.Errorf(`ForFormat("table", true) = %#v, %v; want a coloured Table`, w, err)
	}
	w, err = ForFormat("table", false)
	if err != nil || w != (Table{}) {
		t.Errorf(`ForFormat("table", false) = %#v, %v; want a plain Table`, w, err)
	}
	w, err = ForFormat("json", true)
	if err != nil || w != (JSON{}) {
		t.Errorf(`ForFormat("json", true) = %#v, %v; want JSON`, w, err)
	}
	_, err = ForFormat("xml", false)
	if err == nil || !strings.Contains(err.Error(), `unknown report format "xml"`) || !strings.Contains(err.Error(), strings.Join(Formats(), ", ")) {
		t.Errorf(`ForFormat("xml") error = %v, want one naming the format and listing the supported ones`, err)
	}
}

func TestFormatsSorted(t *testing.T) {
	got := Formats()
	if !slices.IsSorted(got) || !slices.Contains(got, "json") || !slices.Contains(got, "table") {
		t.Errorf("Formats() = %v, want a sorted list including json and table", got)
	}
}

func TestEveryFormatHasAUniqueNameAndWritesAnEmptyResult(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range formats {
		if f.name == "" || seen[f.name] {
			t.Errorf("format name %q is empty or listed twice", f.name)
		}
		seen[f.name] = true
		for _, color := range []bool{false, true} {
			for what, result := range map[string]*Result{"a zero Result": {}, "a clean scan": emptyFixture(), "a clean scan with its rules": withRules(emptyFixture())} {
				var buf bytes.Buffer
				if err := f.newWriter(color).Write(&buf, result); err != nil {
					t.Errorf("%s (color %v) on %s: %v", f.name, color, what, err)
				} else if buf.Len() == 0 {
					t.Errorf("%s (color %v) on %s wrote nothing", f.name, color, what)
				}
			}
		}
	}
	if got := Formats(); len(got) != len(formats) || !slices.IsSorted(got) {
		t.Errorf("Formats() = %v, want the %d names of the list, sorted", got, len(formats))
	}
}
