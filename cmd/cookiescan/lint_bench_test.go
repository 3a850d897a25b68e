package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkLintSmallFiles lints a front-end tree of 10 000 small files, one
// in ten touching cookies, end to end: walking, reading, analysing, judging
// and writing the JSON report.
func BenchmarkLintSmallFiles(b *testing.B) {
	dir := b.TempDir()
	for i := range 10000 {
		sub := filepath.Join(dir, fmt.Sprintf("pkg%03d", i/100))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			b.Fatal(err)
		}
		src := fmt.Sprintf("export function render%d(el) {\n  el.textContent = 'item %d';\n  return el;\n}\n", i, i)
		if i%10 == 0 {
			src += fmt.Sprintf("export function logout%d() {\n  document.cookie = 'sessionid=; max-age=0; path=/';\n}\n", i)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("m%d.js", i)), []byte(src), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if code := run(context.Background(), []string{"lint", "--format", "json", dir}, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/10000-files")
}
