package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestEveryTargetIsInExactlyOneShard(t *testing.T) {
	for i := range 200 {
		target := fmt.Sprintf("https://app%d.example.com/", i)
		in := 0
		for k := 1; k <= 7; k++ {
			if inShard(target, k, 7) {
				in++
			}
		}
		if in != 1 {
			t.Fatalf("%s is in %d of 7 shards", target, in)
		}
	}
	for _, bad := range []string{"0/3", "4/3", "1/0", "x/2", "2"} {
		if _, _, err := parseShard(bad); err == nil {
			t.Errorf("--shard %s accepted", bad)
		}
	}
}

func TestMergedShardsEqualTheUnshardedScan(t *testing.T) {
	var targets []string
	for i := range 6 {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Add("Set-Cookie", fmt.Sprintf("sess%d=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/", i))
			w.Header().Add("Set-Cookie", fmt.Sprintf("role%d=admin; Path=/; Secure; HttpOnly; SameSite=Lax", i))
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<a href="/next">next</a>`)
		}))
		t.Cleanup(srv.Close)
		targets = append(targets, srv.URL+"/")
	}
	dir := t.TempDir()
	list := filepath.Join(dir, "targets.txt")
	if err := os.WriteFile(list, []byte(strings.Join(targets, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	findings := func(path string) []string {
		t.Helper()
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var rep struct {
			Findings []struct {
				Rule, Severity, Fingerprint string
				Occurrences                 int
			}
			Cookies []struct {
				Name, Domain string
				Occurrences  int
			}
		}
		if err := json.Unmarshal(raw, &rep); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, f := range rep.Findings {
			out = append(out, fmt.Sprintf("%s %s %s ×%d", f.Rule, f.Severity, f.Fingerprint, f.Occurrences))
		}
		for _, c := range rep.Cookies {
			out = append(out, fmt.Sprintf("cookie %s %s ×%d", c.Name, c.Domain, c.Occurrences))
		}
		slices.Sort(out)
		return out
	}
	whole := filepath.Join(dir, "whole.json")
	cli(t, "scan", "--no-sitemap", "--entropy-samples", "0", "-l", list, "-o", "json="+whole)
	var shards []string
	for k := 1; k <= 3; k++ {
		path := filepath.Join(dir, fmt.Sprintf("shard%d.json", k))
		if code, _, stderr := cli(t, "scan", "--no-sitemap", "--entropy-samples", "0", "-l", list, "--shard", fmt.Sprintf("%d/3", k), "-o", "json="+path); code == 2 {
			t.Fatalf("shard %d: %s", k, stderr)
		}
		shards = append(shards, path)
	}
	mergedPath := filepath.Join(dir, "merged.json")
	if code, _, stderr := cli(t, append([]string{"merge", "-o", "json=" + mergedPath}, shards...)...); code == 2 {
		t.Fatalf("merge: %s", stderr)
	}
	want, got := findings(whole), findings(mergedPath)
	if !slices.ContainsFunc(want, func(s string) bool { return strings.HasPrefix(s, "cookie ") }) || !slices.Equal(got, want) {
		t.Errorf("merged shards:\n%s\nunsharded:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMergeWithAMissingOrFailedShardIsPartial(t *testing.T) {
	dir := t.TempDir()
	shard := func(name, body string) string {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	complete := shard("shard-1.json", `{"schema":"cookiescan/report/v1","targets":["https://a.example/"],"partial":false,"stats":{"started_at":"2026-01-02T03:04:05Z"}}`)
	// The marker a CI shard writes when its scan ended without a report.
	failed := shard("shard-2.json", `{"schema":"cookiescan/report/v1","partial":true,"errors":["shard 2/3 failed before writing its report"],"stats":{"started_at":"2026-01-02T03:04:06Z"}}`)
	partial := func(path string) (bool, []string) {
		t.Helper()
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var rep struct {
			Partial bool
			Errors  []string
		}
		if err := json.Unmarshal(raw, &rep); err != nil {
			t.Fatal(err)
		}
		return rep.Partial, rep.Errors
	}
	tests := []struct {
		name        string
		args        []string
		code        int
		partial     bool
		errorSuffix string
	}{
		{"every expected shard, none failed", []string{"--expect", "1", complete}, 0, false, ""},
		{"a shard missing", []string{"--expect", "3", complete, failed}, 2, true, "1 of 3 expected reports missing"},
		{"a failed shard's marker", []string{"--expect", "2", complete, failed}, 0, true, "failed before writing its report"},
		{"without --expect nothing is missing", []string{complete}, 0, false, ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, fmt.Sprintf("merged-%d.json", i))
			code, _, stderr := cli(t, append([]string{"merge", "--fail-on", "high", "-o", "json=" + out}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, stderr)
			}
			gotPartial, errs := partial(out)
			if gotPartial != tt.partial {
				t.Errorf("partial = %v, want %v", gotPartial, tt.partial)
			}
			if tt.errorSuffix != "" && !slices.ContainsFunc(errs, func(e string) bool { return strings.HasSuffix(e, tt.errorSuffix) }) {
				t.Errorf("errors %q lack one ending %q", errs, tt.errorSuffix)
			}
			if tt.code == 2 && !strings.Contains(stderr, "merged report is partial") {
				t.Errorf("stderr does not say the merged report is partial: %s", stderr)
			}
		})
	}
	if code, _, stderr := cli(t, "merge", "--expect", "1", complete, failed); code != 2 || !strings.Contains(stderr, "--expect 1: 2 reports given") {
		t.Errorf("more reports than --expect: exit %d, stderr %s", code, stderr)
	}
}
