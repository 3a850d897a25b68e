package scanner

import (
	"sync"
	"time"
)

// inPhase runs do, a part of the crawl outside its loop (the login, the
// sampling, the logout and lifecycle probes), reporting progress about
// every progressEvery meanwhile, as the loop does, so that the progress
// line keeps counting their requests. The counts the crawl goroutine owns
// are taken when the phase starts, since do may change them; the request
// counts are read live. Progress is never called concurrently: the ticking
// goroutine ends before inPhase reports the phase's end.
func (c *crawler) inPhase(do func()) {
	if c.cfg.Progress == nil {
		do()
		return
	}
	at := c.progress(c.start)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		ticker := time.NewTicker(progressEvery)
		defer ticker.Stop()
		for {
			select {
			case <-stop:
				return
			case <-ticker.C:
				c.cfg.Progress(c.f.counts.update(at, c.start))
			}
		}
	}()
	do()
	close(stop)
	wg.Wait()
	c.cfg.Progress(c.progress(c.start))
}

// update returns p with the request counts and rate as they are now.
func (n *fetchCounts) update(p CrawlProgress, start time.Time) CrawlProgress {
	p.Requests, p.Lifecycle = int(n.requests.Load()), int(n.lifecycle.Load())
	p.Rate = 0
	if s := time.Since(start).Seconds(); s > 0 {
		p.Rate = float64(p.Requests) / s
	}
	return p
}
