package script

import (
	"runtime"
	"sync"
	"unsafe"
)

// Bounds of the parses kept between ToJavaScript and Analyze: room for
// every file the readers convert at once, and source bytes bounded low,
// since a parse tree is several times its source.
var memoEntries = max(8, 2*runtime.GOMAXPROCS(0))

const memoBytes = 16 << 20

// parsed hands the parse ToJavaScript made of a source it returned as it
// is to the Analyze of that same string, which a scanner runs right after:
// a file is then parsed once. It keeps a few parses, the latest first; a
// source analysed later than that is parsed again.
var parsed parseMemo

type parseMemo struct {
	mu      sync.Mutex
	entries []memoEntry // oldest first
	bytes   int
}

type memoEntry struct {
	src  string // kept, so that its address names it alone
	prog *program
}

// sameString reports whether a and b are one string, not two equal ones.
func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}

// put keeps the parse of src, dropping the oldest past the bounds.
func (m *parseMemo) put(src string, prog *program) {
	if len(src) == 0 || len(src) > memoBytes {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.entries = append(m.entries, memoEntry{src, prog})
	m.bytes += len(src)
	for len(m.entries) > memoEntries || m.bytes > memoBytes {
		m.bytes -= len(m.entries[0].src)
		m.entries[0] = memoEntry{}
		m.entries = m.entries[1:]
	}
}

// take returns and forgets the parse kept for src itself; nil when none is.
// A parse is used once: the analysis may change its tree.
func (m *parseMemo) take(src string) *program {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i, e := range m.entries {
		if sameString(e.src, src) {
			m.bytes -= len(src)
			m.entries = append(m.entries[:i], m.entries[i+1:]...)
			return e.prog
		}
	}
	return nil
}
