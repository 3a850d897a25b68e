package scanner

// pageQueue holds the pages waiting to be fetched, by depth, and decides
// which may go next, so that each page is fetched at its shortest depth
// from the start URLs even though many are fetched at once. It is used by
// the goroutine running the crawl only.
//
// Two rules make the depths exact. A page found again by a shorter path
// while it waits moves to the shallower level. And a page of depth d is
// not sent while a page of depth d-2 or less is being fetched, as that
// page might still link to it. Levels d-1 and d overlap, so workers rarely
// wait.
type pageQueue struct {
	budget int        // MaxPages
	seen   *crawlSeen // shared with the workers, which claim redirect targets

	// levels[d] lists the pages of depth d in the order found. An entry is
	// stale, and skipped, once its page has moved to a shallower level.
	levels     [][]crawlTask
	pending    map[string]int // waiting page → its depth
	inflight   []int          // pages being fetched, by depth
	dispatched int            // pages sent to workers
	dropped    bool           // a page was left out for the budget
}

func newPageQueue(budget int, seen *crawlSeen) *pageQueue {
	return &pageQueue{budget: budget, seen: seen, pending: map[string]int{}}
}

// add queues a page unless it has been seen, or moves it to a shallower
// level. The queue holds no more pages than the budget leaves room for:
// when full, a new page displaces a deeper one, or is left out.
func (q *pageQueue) add(t crawlTask) {
	if d, ok := q.pending[t.key]; ok {
		if t.depth < d {
			q.pending[t.key] = t.depth
			q.push(t)
		}
		return
	}
	if !q.seen.claim(t.key) {
		return
	}
	if q.dispatched+len(q.pending) >= q.budget {
		q.dropped = true
		if !q.evictDeeper(t.depth) {
			q.seen.release(t.key)
			return
		}
	}
	q.pending[t.key] = t.depth
	q.push(t)
}

func (q *pageQueue) push(t crawlTask) {
	for len(q.levels) <= t.depth {
		q.levels = append(q.levels, nil)
	}
	q.levels[t.depth] = append(q.levels[t.depth], t)
}

// live reports whether t is where its page waits.
func (q *pageQueue) live(t crawlTask) bool {
	d, ok := q.pending[t.key]
	return ok && d == t.depth
}

// evictDeeper removes the page found last among the deepest, if deeper
// than depth, so that it can be found again later.
func (q *pageQueue) evictDeeper(depth int) bool {
	for d := len(q.levels) - 1; d > depth; d-- {
		level := q.levels[d]
		for len(level) > 0 {
			t := level[len(level)-1]
			level = level[:len(level)-1]
			if q.live(t) {
				q.levels[d] = level
				delete(q.pending, t.key)
				q.seen.release(t.key)
				return true
			}
		}
		q.levels[d] = level
	}
	return false
}

// next returns the page to send now, if any may go.
func (q *pageQueue) next() (crawlTask, bool) {
	for d, level := range q.levels {
		for len(level) > 0 && !q.live(level[0]) {
			level = level[1:]
		}
		if len(level) == 0 {
			q.levels[d] = nil // frees the backing array, which may be large
			continue
		}
		q.levels[d] = level
		for _, n := range q.inflight[:min(max(d-1, 0), len(q.inflight))] {
			if n > 0 {
				return crawlTask{}, false
			}
		}
		return level[0], true
	}
	return crawlTask{}, false
}

// start records that t, which next returned, is sent to a worker.
func (q *pageQueue) start(t crawlTask) {
	q.levels[t.depth] = q.levels[t.depth][1:]
	delete(q.pending, t.key)
	if len(q.pending) == 0 {
		q.pending = map[string]int{} // a map never shrinks: let the grown one go
	}
	q.dispatched++
	q.begin(t.depth)
}

// begin counts a task that may find pages of depth+1 as being fetched.
func (q *pageQueue) begin(depth int) {
	for len(q.inflight) <= depth {
		q.inflight = append(q.inflight, 0)
	}
	q.inflight[depth]++
}

// end records that a task counted by begin is done.
func (q *pageQueue) end(depth int) { q.inflight[depth]-- }

// len is the number of pages waiting.
func (q *pageQueue) len() int { return len(q.pending) }
