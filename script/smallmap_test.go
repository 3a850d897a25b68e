package script

import (
	"math/rand"
	"testing"
)

// TestSmallMapActsAsAMap replays random sets, gets and deletes on a
// smallMap and a map, across the size where the smallMap moves to a map.
func TestSmallMapActsAsAMap(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, hint := range []int{0, smallMapFew + 1} {
		m := newSmallMap[int, int](hint)
		want := map[int]int{}
		for step := range 5000 {
			k := r.Intn(3 * smallMapFew)
			switch r.Intn(3) {
			case 0:
				m.set(k, step)
				want[k] = step
			case 1:
				m.delete(k)
				delete(want, k)
			}
			for k := range 3 * smallMapFew {
				got, ok := m.get(k)
				if w, wok := want[k]; got != w || ok != wok {
					t.Fatalf("hint %d, step %d: get(%d) = %d, %v; want %d, %v", hint, step, k, got, ok, w, wok)
				}
			}
		}
	}
}
