package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/rules"
)

func TestJSONRoundTrip(t *testing.T) {
	want := fixture()
	var buf bytes.Buffer
	if err := (JSON{}).Write(&buf, want); err != nil {
		t.Fatal(err)
	}
	got, err := ReadJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the result:\ngot  %+v\nwant %+v", got, want)
	}

	// Writing what was read gives the same bytes, so baselines stay stable.
	var first, second bytes.Buffer
	if err := (JSON{}).Write(&first, want); err != nil {
		t.Fatal(err)
	}
	if err := (JSON{}).Write(&second, got); err != nil {
		t.Fatal(err)
	}
	if first.String() != second.String() {
		t.Errorf("rewriting a read report changed it:\n%s\nvs\n%s", first.String(), second.String())
	}
}

func TestJSONNeverWritesNullLists(t *testing.T) {
	r := &Result{Findings: []*rules.Finding{{Rule: "missing-secure", Severity: rules.High, Confidence: rules.Certain}, nil}}
	var buf bytes.Buffer
	if err := (JSON{}).Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "null") {
		t.Errorf("output contains null:\n%s", out)
	}
	if !strings.HasSuffix(out, "}\n") {
		t.Errorf("output does not end in a newline after the object:\n%q", out)
	}
	var doc struct {
		Targets  []string `json:"targets"`
		Errors   []string `json:"errors"`
		Findings []struct {
			URLs []string `json:"urls"`
		} `json:"findings"`
		Stats struct {
			BySeverity map[string]int `json:"by_severity"`
		} `json:"stats"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Targets == nil || doc.Errors == nil || doc.Stats.BySeverity == nil || len(doc.Findings) != 1 || doc.Findings[0].URLs == nil {
		t.Errorf("lists not written as []/{}:\n%s", out)
	}
	// The caller's result is not filled in behind its back.
	if r.Targets != nil || r.Errors != nil || r.Stats.BySeverity != nil || r.Findings[0].URLs != nil || len(r.Findings) != 2 {
		t.Errorf("Write mutated the caller's result: %+v", r)
	}
}

func TestJSONKeepsOrderAndText(t *testing.T) {
	r := &Result{Findings: []*rules.Finding{
		{Rule: "low-first", Severity: rules.Low, URL: "https://a.example/?a=1&b=<2>"},
		{Rule: "critical-second", Severity: rules.Critical, Message: "\x1b[2J"},
	}}
	var buf bytes.Buffer
	if err := (JSON{}).Write(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Index(out, "low-first") > strings.Index(out, "critical-second") {
		t.Error("findings were reordered; the engine's order must be kept")
	}
	if !strings.Contains(out, `"https://a.example/?a=1&b=<2>"`) {
		t.Errorf("URL was HTML-escaped:\n%s", out)
	}
	if !strings.Contains(out, `"\u001b[2J"`) {
		t.Errorf("control character not escaped by JSON encoding:\n%s", out)
	}
}

func TestReadJSONRejects(t *testing.T) {
	for _, tc := range []struct {
		name, in, wantErr string
	}{
		{"empty", "", "reading JSON report"},
		{"not JSON", "SEVERITY RULE", "reading JSON report"},
		{"array", `[{"schema":"cookiescan/report/v1"}]`, "not a cookiescan report"},
		{"no schema", `{"tool":{"name":"x"}}`, "not a cookiescan report"},
		{"SARIF", `{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[]}`, "not a cookiescan report"},
		{"schema not a string", `{"schema":1}`, "not a cookiescan report"},
		{"other version", `{"schema":"cookiescan/report/v2"}`, `unsupported report schema "cookiescan/report/v2"`},
		{"trailing data", `{"schema":"cookiescan/report/v1"} {}`, "unexpected data after the report"},
		{"bad field", `{"schema":"cookiescan/report/v1","findings":[{"severity":"urgent"}]}`, "unknown severity"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadJSON(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ReadJSON error = %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}

func TestReadJSONIgnoresNewFields(t *testing.T) {
	in := `{"schema":"cookiescan/report/v1","tool":{"name":"cookiescan","version":"9.0.0","vendor":"x"},"future":true,"partial":true}`
	r, err := ReadJSON(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if r.Tool.Version != "9.0.0" || !r.Partial {
		t.Errorf("known fields not read: %+v", r)
	}
}
