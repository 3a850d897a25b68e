package script

// Lines turns byte offsets of a source into 1-based lines and byte columns
// and back. Lines end at "\n", "\r\n" or a lone "\r", in HTML pages and
// components as in JavaScript.
type Lines struct {
	starts []int // offset of the first byte of each line
	size   int
}

// LinesOf indexes the lines of s.
func LinesOf[T string | []byte](s T) Lines {
	ls := []int{0}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '\r' && (i+1 == len(s) || s[i+1] != '\n') {
			ls = append(ls, i+1)
		}
	}
	return Lines{starts: ls, size: len(s)}
}

// Count is the number of lines; text with no line break is one line.
func (l Lines) Count() int { return len(l.starts) }

// Start is the offset of the first byte of line n (1-based), clamped to the
// source.
func (l Lines) Start(n int) int {
	if n < 1 || len(l.starts) == 0 {
		return 0
	}
	if n > len(l.starts) {
		return l.size
	}
	return l.starts[n-1]
}

// Position converts an offset, clamped to the source, to a 1-based line and
// byte column.
func (l Lines) Position(off int) (line, col int) {
	off = max(0, min(off, l.size))
	if len(l.starts) == 0 {
		return 1, off + 1
	}
	lo, hi := 0, len(l.starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if l.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo + 1, off - l.starts[lo] + 1
}

// Offset converts a 1-based line and byte column back to an offset,
// clamped to the source.
func (l Lines) Offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(l.starts) {
		return l.size
	}
	return min(l.size, l.starts[line-1]+col-1)
}
