//go:build unix

package scanner

import (
	"os"
	"syscall"
)

// unblockOpen ends an open of the named pipe at path that waits for a
// writer, by opening it for writing without waiting. A pipe nobody may
// write to cannot be unblocked so: that open ends when a writer comes.
func unblockOpen(path string) {
	if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
		w.Close()
	}
}
