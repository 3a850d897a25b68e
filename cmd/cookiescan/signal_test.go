//go:build unix

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// commandArgsEnv carries, to a child copy of the test binary, the command
// line that TestRunAsCommand runs through main, separated by newlines.
const commandArgsEnv = "COOKIESCAN_TEST_COMMAND"

// TestRunAsCommand is main in a child process for the signal tests; it does
// nothing unless one of them started it.
func TestRunAsCommand(t *testing.T) {
	args := os.Getenv(commandArgsEnv)
	if args == "" {
		return
	}
	os.Args = append([]string{"cookiescan"}, strings.Split(args, "\n")...)
	main()
}

// command starts cookiescan with args in a child process, with stdout
// collected and stderr given to the caller line by line.
func command(t *testing.T, args ...string) (*exec.Cmd, *bytes.Buffer, *bufio.Reader) {
	t.Helper()
	var stdout bytes.Buffer
	cmd, stderr := commandTo(t, &stdout, args...)
	return cmd, &stdout, stderr
}

// commandTo is command with stdout going to w.
func commandTo(t *testing.T, w io.Writer, args ...string) (*exec.Cmd, *bufio.Reader) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestRunAsCommand$", "-test.count=1")
	cmd.Env = append(os.Environ(), commandArgsEnv+"="+strings.Join(args, "\n"))
	cmd.Stdout = w
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	return cmd, bufio.NewReader(stderr)
}

// fullPipe is a pipe already full, that nobody reads: writing to it blocks.
func fullPipe(t *testing.T) *os.File {
	t.Helper()
	var fds [2]int
	if err := syscall.Pipe(fds[:]); err != nil {
		t.Fatal(err)
	}
	r, w := os.NewFile(uintptr(fds[0]), "pipe"), fds[1]
	t.Cleanup(func() { r.Close() })
	if err := syscall.SetNonblock(w, true); err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 4096)
	for {
		if _, err := syscall.Write(w, chunk); err != nil {
			break // EAGAIN: full
		}
	}
	if err := syscall.SetNonblock(w, false); err != nil {
		t.Fatal(err)
	}
	f := os.NewFile(uintptr(w), "full-pipe")
	t.Cleanup(func() { f.Close() })
	return f
}

// exitCode waits for cmd and returns its exit code.
func exitCode(t *testing.T, cmd *exec.Cmd, stderr io.Reader) int {
	t.Helper()
	rest, _ := io.ReadAll(stderr)
	err := cmd.Wait()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee) && ee.Exited():
		return ee.ExitCode()
	}
	t.Fatalf("child: %v\n%s", err, rest)
	return -1
}

// waitForLine reads stderr up to a line containing want.
func waitForLine(t *testing.T, stderr *bufio.Reader, want string) {
	t.Helper()
	for {
		line, err := stderr.ReadString('\n')
		if strings.Contains(line, want) {
			return
		}
		if err != nil {
			t.Fatalf("stderr ended before a line with %q: %v", want, err)
		}
	}
}

func mkfifo(t *testing.T, name string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	return path
}

// partialReport reads a JSON report and checks that it is marked partial
// with an error naming why.
func partialReport(t *testing.T, data []byte, reason string) {
	t.Helper()
	var rep struct {
		Partial bool     `json:"partial"`
		Errors  []string `json:"errors"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("no JSON report: %v\n%s", err, data)
	}
	if !rep.Partial || !strings.Contains(strings.Join(rep.Errors, "\n"), reason) {
		t.Errorf("partial %v, errors %q; want partial and %q", rep.Partial, rep.Errors, reason)
	}
}

func TestSIGINTDuringAPipeReadWritesAPartialReport(t *testing.T) {
	in := mkfifo(t, "capture.har")
	cmd, stdout, stderr := command(t, "lint", "--format", "json", in)
	// Opening the writing end waits for the child to open the pipe: it then
	// blocks reading a capture that never comes.
	w, err := os.OpenFile(in, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	w.WriteString(`{"log":{"entries":[`)
	cmd.Process.Signal(syscall.SIGINT)
	if code := exitCode(t, cmd, stderr); code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	partialReport(t, stdout.Bytes(), "interrupted by SIGINT")
}

func TestASecondSignalExitsAtOnce(t *testing.T) {
	for _, tt := range []struct {
		sig  syscall.Signal
		name string
		code int
	}{{syscall.SIGINT, "SIGINT", 130}, {syscall.SIGTERM, "SIGTERM", 143}} {
		t.Run(tt.name, func(t *testing.T) {
			in := mkfifo(t, "capture.har")
			// The report goes to a full pipe nobody reads: writing it blocks for ever.
			cmd, stderr := commandTo(t, fullPipe(t), "lint", "--format", "json", in)
			w, err := os.OpenFile(in, os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			cmd.Process.Signal(tt.sig)
			waitForLine(t, stderr, tt.name+": writing the report of what was gathered; send it again to stop at once")
			cmd.Process.Signal(tt.sig)
			if code := exitCode(t, cmd, stderr); code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
		})
	}
}

func TestSIGTERMDuringACrawlWritesAPartialReport(t *testing.T) {
	requested := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case requested <- struct{}{}:
		default:
		}
		<-r.Context().Done() // hangs until the client gives up
	}))
	defer srv.Close()
	report := filepath.Join(t.TempDir(), "report.json")
	cmd, _, stderr := command(t, "scan", "--no-sitemap", "--entropy-samples", "0", "-o", "json="+report, srv.URL+"/")
	<-requested
	cmd.Process.Signal(syscall.SIGTERM)
	if code := exitCode(t, cmd, stderr); code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	partialReport(t, data, "interrupted by SIGTERM")
}

func TestLintOfANamedPipeNobodyWritesStopsWhenCancelled(t *testing.T) {
	in := mkfifo(t, "capture.har")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	var stdout bytes.Buffer
	go func() { done <- run(ctx, []string{"lint", "--format", "json", in}, &stdout, io.Discard) }()
	cancel()
	if code := <-done; code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	partialReport(t, stdout.Bytes(), "context canceled")
}
