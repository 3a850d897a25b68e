package scanner

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/setcookie"
)

// maxSampledCookies bounds how many cookies are sampled, each costing
// EntropySamples requests.
const maxSampledCookies = 5

// sample asks again, without cookies, for the first URL that set each
// selected cookie, and records the values the fresh clients got.
func (c *crawler) sample(ctx context.Context) {
	seen := map[string]bool{}
	for _, r := range c.ev.Responses {
		if r.Status >= 400 || r.Hop > 0 || r.Method != http.MethodGet {
			continue // a redirect hop cannot be requested alone, nor a login submission again
		}
		for _, line := range r.SetCookie {
			if len(seen) == maxSampledCookies || ctx.Err() != nil {
				return
			}
			sc := setcookie.Parse(line)
			if sc.Name == "" || seen[sc.Name] || !c.cfg.SampleCookie(sc.Name, sc.Value) {
				continue
			}
			seen[sc.Name] = true
			c.ev.Samples = append(c.ev.Samples, c.sampleOne(ctx, r.URL, sc.Name))
		}
	}
}

func (c *crawler) sampleOne(ctx context.Context, key, name string) *evidence.CookieSample {
	s := &evidence.CookieSample{URL: key, Name: name}
	u, err := url.Parse(key)
	if err != nil {
		return s
	}
	for range c.cfg.EntropySamples {
		resp, cancel, err := c.f.send(ctx, u, key, acceptPage, "")
		if err != nil {
			return s
		}
		for _, line := range resp.Header.Values("Set-Cookie") {
			if sc := setcookie.Parse(strings.TrimSpace(line)); sc.Name == name {
				s.Values = append(s.Values, sc.Value)
				break
			}
		}
		drain(resp)
		resp.Body.Close()
		cancel()
	}
	return s
}
