//go:build unix

package token

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, so benchmarks can report per-core rates on a
// machine that other work shares.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
