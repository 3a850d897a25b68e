package script

// smallMap is a map that keeps its first few entries in a slice: a small
// script binds a handful of names and records a write or two, which a short
// search finds sooner than a hash map is made and filled.
type smallMap[K comparable, V any] struct {
	few  []smallEntry[K, V]
	many map[K]V // all the entries once there are more than fit in few
}

type smallEntry[K comparable, V any] struct {
	key K
	val V
}

// smallMapFew is how many entries a smallMap keeps in its slice.
const smallMapFew = 8

// newSmallMap returns a smallMap for about n entries.
func newSmallMap[K comparable, V any](n int) smallMap[K, V] {
	switch {
	case n > smallMapFew:
		return smallMap[K, V]{many: make(map[K]V, n)}
	case n > 0:
		return smallMap[K, V]{few: make([]smallEntry[K, V], 0, n)}
	}
	return smallMap[K, V]{}
}

func (m *smallMap[K, V]) get(k K) (V, bool) {
	if m.many != nil {
		v, ok := m.many[k]
		return v, ok
	}
	for i := range m.few {
		if m.few[i].key == k {
			return m.few[i].val, true
		}
	}
	var zero V
	return zero, false
}

func (m *smallMap[K, V]) set(k K, v V) {
	if m.many != nil {
		m.many[k] = v
		return
	}
	for i := range m.few {
		if m.few[i].key == k {
			m.few[i].val = v
			return
		}
	}
	if len(m.few) < smallMapFew {
		m.few = append(m.few, smallEntry[K, V]{k, v})
		return
	}
	m.many = make(map[K]V, 2*smallMapFew)
	for _, e := range m.few {
		m.many[e.key] = e.val
	}
	m.many[k] = v
	m.few = nil
}

func (m *smallMap[K, V]) delete(k K) {
	if m.many != nil {
		delete(m.many, k)
		return
	}
	for i := range m.few {
		if m.few[i].key == k {
			last := len(m.few) - 1
			m.few[i] = m.few[last]
			m.few[last] = smallEntry[K, V]{}
			m.few = m.few[:last]
			return
		}
	}
}

// appendRoomy appends v to s, making room for a few from the start: lists
// a script fills one by one would otherwise be copied at one, two and four.
func appendRoomy[T any](s []T, v T) []T {
	if s == nil {
		s = make([]T, 0, 4)
	}
	return append(s, v)
}
