package token

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// EntropyEstimate is what EstimateEntropy concluded about a session ID generator.
type EntropyEstimate struct {
	Bits       float64 // estimated bits of entropy in the part that varies between samples
	Samples    int
	Sequential bool // the varying part is a counter
	TimeBased  bool // the varying part is mostly a clock reading
	Repeated   bool // two fresh clients got the same value
	Note       string
}

// maxEntropySamples bounds the work: more samples than this add nothing to the estimate.
const maxEntropySamples = 1000

// EstimateEntropy estimates, from several samples of a session ID issued to fresh clients, the bits
// of entropy of the varying part; it reports whether values are sequential or time-based, or shared
// between samples. The estimate counts the character positions that differ between samples times
// the bits per character of the alphabet seen there, so it is an upper bound for a generator that
// looks random, and exact for counters and clocks, which are detected separately.
func EstimateEntropy(samples []string) EntropyEstimate {
	if len(samples) > maxEntropySamples {
		samples = samples[:maxEntropySamples]
	}
	e := EntropyEstimate{Samples: len(samples)}
	distinct := slices.Clone(samples)
	slices.Sort(distinct)
	distinct = slices.Compact(distinct)
	e.Repeated = len(distinct) < len(samples)
	if len(distinct) < 2 {
		e.Note = "fewer than two distinct samples: nothing varies"
		if e.Repeated {
			e.Note = "every sample is the same value: the ID is shared between clients"
		}
		return e
	}
	parts := varyingParts(samples)

	// A clock is also a counter; the clock is the more telling finding, so it is tried first.
	if rest, spread, unit, ok := clockReadings(samples); ok {
		e.TimeBased = true
		e.Bits = positionalBits(varyingParts(rest)) + math.Log2(spread+1)
		e.Note = fmt.Sprintf("values embed a clock reading in %s (spread %.0f); about %.0f bits remain", unit, spread, e.Bits)
		return e.withRepeat()
	}
	if lo, hi, ok := integers(parts); ok && hi-lo <= uint64(10000*len(samples)) {
		e.Sequential = true
		e.Bits = math.Log2(float64(hi-lo) + 1)
		e.Note = fmt.Sprintf("values are a counter: the varying part spans only %d", hi-lo)
		return e.withRepeat()
	}
	e.Bits = positionalBits(parts)
	e.Note = fmt.Sprintf("about %.0f bits vary between %d samples", e.Bits, len(samples))
	return e.withRepeat()
}

func (e EntropyEstimate) withRepeat() EntropyEstimate {
	if e.Repeated {
		e.Note += "; some samples repeat"
	}
	return e
}

// varyingParts strips the prefix and suffix every sample shares.
func varyingParts(samples []string) []string {
	pre, suf := samples[0], samples[0]
	for _, s := range samples[1:] {
		pre = pre[:commonPrefix(pre, s)]
		suf = suf[len(suf)-commonSuffix(suf, s):]
	}
	out := make([]string, len(samples))
	for i, s := range samples {
		end := max(len(pre), len(s)-len(suf))
		out[i] = s[len(pre):end]
	}
	return out
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// integers parses every part as a decimal (or, failing that, hex) integer and returns the range.
func integers(parts []string) (lo, hi uint64, ok bool) {
	for _, base := range []int{10, 16} {
		lo, hi, ok = math.MaxUint64, 0, true
		for _, p := range parts {
			n, err := strconv.ParseUint(p, base, 64)
			if err != nil || len(p) > 16 {
				ok = false
				break
			}
			lo, hi = min(lo, n), max(hi, n)
		}
		if ok {
			return lo, hi, true
		}
	}
	return 0, 0, false
}

// clockUnits are the decimal Unix-time widths clockReadings knows, by digit count.
var clockUnits = map[int]struct {
	name string
	per  float64 // readings per second
}{10: {"seconds", 1}, 13: {"milliseconds", 1e3}, 16: {"microseconds", 1e6}, 19: {"nanoseconds", 1e9}}

// clockReadings finds a Unix time in every sample — the first decimal run of 10, 13, 16 or 19
// digits (s, ms, µs, ns), or the leading 8 hex digits of a MongoDB-style ObjectId — all in the
// same unit and within a day of each other. It returns the samples with that run blanked and the
// spread of the readings in their unit.
func clockReadings(samples []string) (rest []string, spread float64, unit string, ok bool) {
	lo, hi, per := math.Inf(1), math.Inf(-1), 0.0
	rest = make([]string, len(samples))
	for i, s := range samples {
		var start, end int
		var name string
		var reading, p float64
		if len(s) == 24 && isHex(s) {
			n, _ := strconv.ParseUint(s[:8], 16, 64)
			start, end, reading, name, p = 0, 8, float64(n), "seconds (ObjectId)", 1
		} else if start, end = clockRun(s); start >= 0 {
			reading, _ = strconv.ParseFloat(s[start:end], 64)
			name, p = clockUnits[end-start].name, clockUnits[end-start].per
		} else {
			return nil, 0, "", false
		}
		if sec := reading / p; sec < minPlausible || sec > maxPlausible || unit != "" && unit != name {
			return nil, 0, "", false
		}
		unit, per = name, p
		lo, hi = min(lo, reading), max(hi, reading)
		rest[i] = s[:start] + strings.Repeat("T", end-start) + s[end:]
	}
	if (hi-lo)/per > 86400 {
		return nil, 0, "", false
	}
	return rest, hi - lo, unit, true
}

// clockRun returns the bounds of the first decimal run in s with a Unix-time width, or -1, -1.
func clockRun(s string) (start, end int) {
	for j := 0; j < len(s); {
		if s[j] < '0' || s[j] > '9' {
			j++
			continue
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if _, ok := clockUnits[k-j]; ok {
			return j, k
		}
		j = k
	}
	return -1, -1
}

// positionalBits counts positions that differ between samples, times the bits per character of
// the alphabet the varying characters come from. Unequal lengths use the mean length.
func positionalBits(parts []string) float64 {
	var chars strings.Builder
	sameLen, total := true, 0
	for _, p := range parts {
		chars.WriteString(p)
		total += len(p)
		sameLen = sameLen && len(p) == len(parts[0])
	}
	per := math.Log2(float64(alphabetSize(chars.String())))
	if !sameLen {
		return float64(total) / float64(len(parts)) * per
	}
	varying := 0
	for i := 0; i < len(parts[0]); i++ {
		for _, p := range parts[1:] {
			if p[i] != parts[0][i] {
				varying++
				break
			}
		}
	}
	return float64(varying) * per
}

// alphabetSize names the smallest usual alphabet (decimal, hex, base36, base62, base64) holding s.
func alphabetSize(s string) int {
	var digit, lowerHex, upperHex, lower, upper, b64, other bool
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'f':
			lowerHex = true
		case c >= 'A' && c <= 'F':
			upperHex = true
		case c >= 'g' && c <= 'z':
			lower = true
		case c >= 'G' && c <= 'Z':
			upper = true
		case c == '-' || c == '_' || c == '+' || c == '/':
			b64 = true
		default:
			other = true
		}
	}
	switch {
	case other:
		return 95
	case b64:
		return 64
	case (lower || lowerHex) && (upper || upperHex):
		return 62
	case lower || upper:
		return 36
	case lowerHex || upperHex:
		return 16
	case digit:
		return 10
	}
	return 1
}
