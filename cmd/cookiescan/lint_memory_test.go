package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

const lintMemChildEnv = "COOKIESCAN_LINT_MEMTEST"

// writeLargeHAR writes a HAR of entries of bodySize bytes each, every one
// setting a session cookie, named the same in every entry or anew in each.
func writeLargeHAR(w io.Writer, entries, bodySize int, distinctNames bool) error {
	body := strings.Repeat(`x\"\u00e9 `, bodySize/10)
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(`{"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[`)
	for i := range entries {
		if i > 0 {
			bw.WriteString(",")
		}
		name := "sessionid"
		if distinctNames {
			name = fmt.Sprintf("sessionid%d", i)
		}
		fmt.Fprintf(bw, `{"request":{"method":"GET","url":"https://big.example/p/%d"},"response":{"status":200,"headers":[{"name":"set-cookie","value":"%s=%032x; Path=/"}],"content":{"text":"%s"}}}`, i, name, i, body)
	}
	bw.WriteString("]}}\n")
	return bw.Flush()
}

// TestLintOfAOneGigabyteHARThroughAPipeStaysSmall pipes a generated 1 GB
// HAR into lint in a child process and checks the child's peak resident
// memory, with one cookie name and with a new name in every entry.
func TestLintOfAOneGigabyteHARThroughAPipeStaysSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and lints a 1 GB HAR")
	}
	const entries, bodySize = 2048, 512 << 10
	for _, distinct := range []bool{false, true} {
		t.Run(fmt.Sprintf("distinct names %v", distinct), func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestLintPeakMemoryChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), lintMemChildEnv+"=/dev/stdin")
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			werr := writeLargeHAR(stdin, entries, bodySize, distinct)
			stdin.Close()
			if err := cmd.Wait(); err != nil || werr != nil {
				t.Fatalf("child: %v, writing: %v\n%s", err, werr, out.Bytes())
			}
			if !bytes.Contains(out.Bytes(), []byte(fmt.Sprintf(`"responses": %d,`, entries))) {
				t.Fatalf("the report does not cover %d responses:\n%.2000s", entries, out.Bytes())
			}
			m := regexp.MustCompile(`VmHWM:\s+(\d+) kB`).FindSubmatch(out.Bytes())
			if m == nil {
				t.Fatalf("child output lacks VmHWM:\n%.2000s", out.Bytes())
			}
			peakKiB, _ := strconv.Atoi(string(m[1]))
			t.Logf("peak RSS linting a %d MB HAR: %.1f MB", entries*bodySize>>20, float64(peakKiB)/1024)
			if peakKiB >= 300<<10 {
				t.Errorf("peak RSS %d KiB, want under 300 MiB", peakKiB)
			}
		})
	}
}

// TestLintPeakMemoryChild is the child of TestLintOfAOneGigabyteHARThroughAPipeStaysSmall;
// it does nothing unless that test started it.
func TestLintPeakMemoryChild(t *testing.T) {
	path := os.Getenv(lintMemChildEnv)
	if path == "" {
		return
	}
	var report bytes.Buffer
	code := run(context.Background(), []string{"lint", "--format", "json", "--fail-on", "none", path}, &report, os.Stderr)
	var stats bytes.Buffer
	for _, line := range strings.Split(report.String(), "\n") {
		if strings.Contains(line, `"responses"`) || strings.Contains(line, `"occurrences"`) {
			stats.WriteString(line + "\n")
		}
	}
	fmt.Printf("exit %d\n%s", code, stats.String())
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status to read peak memory from")
	}
	os.Stdout.Write(status)
}

// TestLintOfAScriptRepeatingOneWriteStaysSmall lints, in a child process, a
// one-line script writing the same cookie 600 000 times, through
// document.cookie and through js-cookie: the writes are one operation
// counted 600 000 times, and the peak resident memory stays within ten
// times the file.
func TestLintOfAScriptRepeatingOneWriteStaysSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and lints two 19 MB scripts")
	}
	const writes = 600000
	// Such a script is parsed a piece at a time: whole, its tree would be
	// 5 times the script for the assignment, 20 times for the call with
	// its options object.
	const times = 10
	for _, write := range []string{
		`document.cookie="sid=x; path=/";`,
		`Cookies.set("sid","x",{path:"/"});`,
	} {
		t.Run(write, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "repeat.min.js")
			src := strings.Repeat(write, writes)
			if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestLintPeakMemoryChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), lintMemChildEnv+"="+path)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("child: %v\n%.2000s", err, out)
			}
			if !bytes.Contains(out, []byte(fmt.Sprintf(`"occurrences": %d,`, writes))) {
				t.Fatalf("no finding counts the %d writes:\n%.2000s", writes, out)
			}
			m := regexp.MustCompile(`VmHWM:\s+(\d+) kB`).FindSubmatch(out)
			if m == nil {
				t.Fatalf("child output lacks VmHWM:\n%.2000s", out)
			}
			peakKiB, _ := strconv.Atoi(string(m[1]))
			t.Logf("peak RSS linting a %.1f MB script: %.1f MB (%.1f times)", float64(len(src))/(1<<20), float64(peakKiB)/1024, float64(peakKiB<<10)/float64(len(src)))
			if limit := times * len(src) >> 10; peakKiB > limit {
				t.Errorf("peak RSS %d KiB, want at most %d KiB (%d times the script)", peakKiB, limit, times)
			}
		})
	}
}
