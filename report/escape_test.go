package report

import "testing"

func TestVisible(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plain sid=1; Path=/", "plain sid=1; Path=/"},
		{"\x1b[2J", `\x1b[2J`},
		{"tab\tnew\nline\rnul\x00", `tab\x09new\x0aline\x0dnul\x00`},
		{"del\x7f", `del\x7f`},
		{"c1\u009b31m\u0085", `c1\u009b31m\u0085`},
		{"bidi\u202egpj.exe\u2066", `bidi\u202egpj.exe\u2066`},
		{"bad\xff\xfeutf8", `bad\xff\xfeutf8`},
		{"lone\x9b", `lone\x9b`},
		{"café ×3 · 日本 \U0001F36A", "café ×3 · 日本 \U0001F36A"},
		{"already \\x1b text", `already \x1b text`},
	} {
		if got := visible(tc.in); got != tc.want {
			t.Errorf("visible(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
