package report

import (
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
