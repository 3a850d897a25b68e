package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/cookiescan/cookiescan/rules"
)

// JSON writes the machine-readable report described in docs/report-schema.md.
type JSON struct{}

// jsonReport is the document on the wire: the schema name first, then the
// result's own fields, so a field added to Result reaches the JSON without
// being listed twice.
type jsonReport struct {
	Schema string `json:"schema"`
	Result
}

// Write writes r as indented JSON followed by a newline. Lists that are nil
// in r are written as [] and a nil by_severity as {}, so consumers never see
// null; r itself is left untouched.
func (JSON) Write(w io.Writer, r *Result) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	// URLs carry & and query strings; \u0026 would only make them harder to read.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(jsonReport{Schema: Schema, Result: withEmptyLists(r)}); err != nil {
		return fmt.Errorf("encoding JSON report: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// withEmptyLists returns a shallow copy of r whose nil lists and map are
// empty ones. Findings are copied only when their URLs need filling, and nil
// findings are dropped, since a null entry would break the schema.
func withEmptyLists(r *Result) Result {
	c := *r
	c.Targets = orEmpty(c.Targets)
	c.Errors = orEmpty(c.Errors)
	if c.Stats.BySeverity == nil {
		c.Stats.BySeverity = map[string]int{}
	}
	c.Findings = make([]*rules.Finding, 0, len(r.Findings))
	for _, f := range r.Findings {
		if f == nil {
			continue
		}
		if f.URLs == nil {
			fc := *f
			fc.URLs = []string{}
			f = &fc
		}
		c.Findings = append(c.Findings, f)
	}
	return c
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// ReadJSON reads a report written by JSON, as baselines and merges need. It
// rejects documents that are not cookiescan reports or use another schema
// version; fields it does not know are ignored, so reports from newer
// versions of the same schema still read.
func ReadJSON(r io.Reader) (*Result, error) {
	dec := json.NewDecoder(r)
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("reading JSON report: %w", err)
	}
	if err := dec.Decode(new(json.RawMessage)); !errors.Is(err, io.EOF) {
		return nil, errors.New("reading JSON report: unexpected data after the report")
	}
	// Check the schema first: decoding a foreign document as a Result would
	// fail with a type error that does not say what is actually wrong.
	var head struct {
		Schema *string `json:"schema"`
	}
	if err := json.Unmarshal(raw, &head); err != nil || head.Schema == nil {
		return nil, fmt.Errorf("not a cookiescan report: want a JSON object with \"schema\": %q", Schema)
	}
	if *head.Schema != Schema {
		return nil, fmt.Errorf("unsupported report schema %q: this version reads %q", *head.Schema, Schema)
	}
	var doc jsonReport
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("reading %s report: %w", Schema, err)
	}
	return &doc.Result, nil
}
