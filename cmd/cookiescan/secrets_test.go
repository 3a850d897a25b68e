package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// jwtWith signs a JWT with HS256 by RFC 7515's algorithm.
func jwtWith(secret string) string {
	enc := base64.RawURLEncoding.EncodeToString
	signed := enc([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + enc([]byte(`{"sub":"alice","exp":1780003600,"iat":1780000000}`))
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(signed))
	return signed + "." + enc(m.Sum(nil))
}

// lintFindings runs lint with --format json and returns "rule cookie" for each finding, and the secrets of each.
func lintFindings(t *testing.T, args ...string) (code int, got []string, secrets [][]string, stderr string) {
	t.Helper()
	code, stdout, stderr := cli(t, append([]string{"lint", "--format", "json", "--fail-on", "none"}, args...)...)
	var rep struct {
		Findings []struct {
			Rule    string   `json:"rule"`
			Secrets []string `json:"secrets"`
			Cookie  struct {
				Name string `json:"name"`
			} `json:"cookie"`
		} `json:"findings"`
	}
	if code != 2 {
		if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
			t.Fatalf("%v: %s", err, stdout)
		}
	}
	for _, f := range rep.Findings {
		got = append(got, f.Rule+" "+f.Cookie.Name)
		secrets = append(secrets, f.Secrets)
	}
	return code, got, secrets, stderr
}

func TestLintTriesSecretListsFromFilesDirectoriesAndTheConfig(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, text string) string {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	dump := write("token.http", "# url: https://app.example.com/\nHTTP/1.1 200 OK\nSet-Cookie: token="+jwtWith("staging-jwt-2024")+"; Path=/; Secure; HttpOnly; SameSite=Lax\n\n")
	write("lists/a.txt", "# not this one\nwrong-key\n")
	keys := write("lists/b.txt", "#source: staging vault\nstaging-jwt-2024\n")
	other := write("other.txt", "another-wrong-key\n")
	const identified, weak = "signed-value-identified token", "weak-signing-secret token"

	_, got, _, _ := lintFindings(t, dump)
	if !slices.Contains(got, identified) || slices.Contains(got, weak) {
		t.Errorf("built-in list alone: %q", got)
	}
	for _, args := range [][]string{
		{"--secrets", filepath.Join(dir, "lists")},
		{"--secrets", other, "--secrets", keys},
	} {
		_, got, secrets, stderr := lintFindings(t, append(args, dump)...)
		i := slices.Index(got, weak)
		if i < 0 || slices.Contains(got, identified) {
			t.Errorf("%q: findings %q (%s)", args, got, stderr)
			continue
		}
		if !slices.Equal(secrets[i], []string{"staging vault"}) {
			t.Errorf("%q: secrets %q, want the list's source", args, secrets[i])
		}
	}

	// secrets: in a config file, relative to the file's directory.
	conf := write("ci/cookiescan.yaml", "secrets:\n  - ../lists\n")
	t.Chdir(t.TempDir())
	if _, got, _, stderr := lintFindings(t, "--config", conf, dump); !slices.Contains(got, weak) {
		t.Errorf("config secrets: %q (%s)", got, stderr)
	}

	// Info findings go with --min-severity low, like any other.
	if _, got, _, _ := lintFindings(t, "--min-severity", "low", dump); slices.Contains(got, identified) {
		t.Errorf("--min-severity low kept %q", got)
	}

	bad := write("ci/broken.yaml", "fail_on: high\nsecrets:\n  - ../missing\n")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--secrets", filepath.Join(dir, "missing.txt"), dump}, "--secrets: "},
		{[]string{"--config", bad, dump}, "broken.yaml:3: secrets: "},
	} {
		if code, _, _, stderr := lintFindings(t, tt.args...); code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%q: exit %d, %q; want 2 and %q", tt.args, code, stderr, tt.want)
		}
	}
}
