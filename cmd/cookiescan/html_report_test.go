package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHTMLReportShowsTheCookiesOfALintAndHidesTheirValues(t *testing.T) {
	dir := t.TempDir()
	dump := filepath.Join(dir, "login.http")
	const value = "5b0c7e1d93a24f68b1e0c4d2a7f9e361"
	raw := "HTTP/1.1 200 OK\r\nSet-Cookie: sessionid=" + value + "; Path=/\r\nSet-Cookie: theme=dark; Path=/; SameSite=None\r\n\r\n"
	if err := os.WriteFile(dump, []byte(raw), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		flags     []string
		wantValue bool
	}{{nil, false}, {[]string{"--show-values"}, true}} {
		page := filepath.Join(dir, "report.html")
		args := append([]string{"lint", "-o", "html=" + page}, tc.flags...)
		if code, _, stderr := cli(t, append(args, dump)...); code == 2 {
			t.Fatalf("lint: %s", stderr)
		}
		data, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		html := string(data)
		for _, want := range []string{"<!DOCTYPE html>", `<tr class="cookie"`, "sessionid", "theme", "rejected: SameSite=None requires the Secure attribute.", `id="rule-missing-httponly"`} {
			if !strings.Contains(html, want) {
				t.Errorf("%v: page lacks %q", tc.flags, want)
			}
		}
		if strings.Contains(html, value) != tc.wantValue {
			t.Errorf("%v: cookie value shown = %v, want %v", tc.flags, !tc.wantValue, tc.wantValue)
		}
	}
}
