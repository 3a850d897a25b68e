package token

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strconv"
	"testing"
)

func TestEstimateEntropy(t *testing.T) {
	random := func(n int, f func() string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = f()
		}
		return out
	}
	hex32 := func() string {
		b := make([]byte, 16)
		rand.Read(b)
		return hex.EncodeToString(b)
	}
	t.Run("random 32-hex IDs carry about 128 bits", func(t *testing.T) {
		e := EstimateEntropy(random(20, hex32))
		if e.Bits < 115 || e.Bits > 128 || e.Sequential || e.TimeBased || e.Repeated || e.Samples != 20 {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("sequential integers are a counter", func(t *testing.T) {
		var s []string
		for i := 1001; i <= 1010; i++ {
			s = append(s, "sess"+strconv.Itoa(i))
		}
		e := EstimateEntropy(s)
		if !e.Sequential || e.Bits > 4 {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("millisecond Unix times are time-based", func(t *testing.T) {
		var s []string
		for i := range 10 {
			s = append(s, strconv.FormatInt(1732550400000+int64(i)*1371, 10))
		}
		e := EstimateEntropy(s)
		if !e.TimeBased || e.Bits > 16 {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("a Unix time with a short random suffix is time-based with few bits", func(t *testing.T) {
		i := 0
		e := EstimateEntropy(random(10, func() string {
			b := make([]byte, 2)
			rand.Read(b)
			i++
			return fmt.Sprintf("%d-%x", 1732550400+i, b)
		}))
		if !e.TimeBased || e.Bits > 24 {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("ObjectIds are time-based", func(t *testing.T) {
		i := 0
		e := EstimateEntropy(random(8, func() string {
			b := make([]byte, 8)
			rand.Read(b)
			i++
			return fmt.Sprintf("%08x%x", 1732550400+i, b)
		}))
		if !e.TimeBased {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("identical samples are repeated and carry nothing", func(t *testing.T) {
		e := EstimateEntropy([]string{"abc123", "abc123", "abc123"})
		if !e.Repeated || e.Bits != 0 {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("a repeat among random samples is reported", func(t *testing.T) {
		s := random(5, hex32)
		e := EstimateEntropy(append(s, s[0]))
		if !e.Repeated || e.Bits < 100 {
			t.Fatalf("%+v", e)
		}
	})
	t.Run("one sample says nothing", func(t *testing.T) {
		if e := EstimateEntropy([]string{"x"}); e.Bits != 0 || e.Note == "" {
			t.Fatalf("%+v", e)
		}
	})
}
