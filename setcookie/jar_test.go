package setcookie

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a manual test clock.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func newTestJar() (*Jar, *clock) {
	clk := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	return NewJar(clk.now), clk
}

func header(t *testing.T, j *Jar, raw string, ctx Context) string {
	t.Helper()
	return j.CookieHeader(mustURL(t, raw), ctx)
}

func TestJarReplacementKeepsCreationTime(t *testing.T) {
	j, clk := newTestJar()
	u := mustURL(t, "https://example.com/")
	created := clk.t
	j.SetCookie(u, "a=1")
	clk.advance(time.Minute)
	j.SetCookie(u, "b=1")
	clk.advance(time.Hour)
	ev := j.Set(u, Parse("a=2"), FromHTTP)
	if !ev.Stored {
		t.Fatalf("replacement rejected: %v", ev.Reasons)
	}
	all := j.All()
	if len(all) != 2 || all[0].Name != "a" || all[0].Value != "2" || !all[0].Created.Equal(created) || !all[0].LastAccess.Equal(clk.t) {
		t.Fatalf("All() = %+v", all)
	}
	if got := header(t, j, "https://example.com/", SameSiteRequest); got != "a=2; b=1" {
		t.Errorf("Cookie = %q, want the replaced cookie first by creation time", got)
	}
}

func TestJarDeletionRemovesTheMatchingCookieOnly(t *testing.T) {
	j, _ := newTestJar()
	u := mustURL(t, "https://example.com/app/page")
	j.SetCookie(u, "sid=1; Path=/")
	j.SetCookie(u, "sid=2; Path=/app")
	_, ev := j.SetCookie(u, "sid=; Path=/app; Expires=Thu, 01 Jan 1970 00:00:00 GMT")
	if !ev.Stored || !ev.Deletion {
		t.Fatalf("deletion: Stored=%v Deletion=%v %v", ev.Stored, ev.Deletion, ev.Reasons)
	}
	if got := header(t, j, "https://example.com/app/page", SameSiteRequest); got != "sid=1" {
		t.Errorf("Cookie = %q, want only the Path=/ cookie left", got)
	}
	j.SetCookie(u, "sid=; Path=/; Max-Age=0")
	if all := j.All(); len(all) != 0 {
		t.Errorf("All() = %+v, want empty", all)
	}
}

func TestJarDropsCookiesWhenTheyExpire(t *testing.T) {
	j, clk := newTestJar()
	u := mustURL(t, "https://example.com/")
	j.SetCookie(u, "short=1; Max-Age=60")
	j.SetCookie(u, "session=1")
	clk.advance(60 * time.Second)
	if got := header(t, j, "https://example.com/", SameSiteRequest); got != "session=1" {
		t.Errorf("Cookie = %q, want the expired cookie gone", got)
	}
	if all := j.All(); len(all) != 1 || all[0].Persistent {
		t.Errorf("All() = %+v", all)
	}
}

func TestJarLeavesSecureCookiesAlone(t *testing.T) {
	tests := []struct {
		name, from, line string
		rejected         bool
	}{
		{"plain HTTP cannot overwrite a Secure cookie", "http://www.example.com/", "sid=evil", true},
		{"plain HTTP cannot shadow it from a parent domain", "http://www.example.com/", "sid=evil; Domain=example.com", true},
		{"plain HTTP cannot shadow it on a deeper path", "http://www.example.com/", "sid=evil; Path=/admin/x", true},
		{"plain HTTP cannot delete it", "http://www.example.com/", "sid=; Max-Age=0", true},
		{"plain HTTP may set a cookie on a path the Secure one does not cover", "http://www.example.com/", "sid=x; Path=/other", false},
		{"plain HTTP may set another name", "http://www.example.com/", "other=x", false},
		{"HTTPS may overwrite it", "https://www.example.com/", "sid=new", false},
		{"plain-HTTP loopback counts as secure", "http://localhost/", "sid=new", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, _ := newTestJar()
			j.SetCookie(mustURL(t, "https://www.example.com/admin"), "sid=good; Secure; Path=/admin")
			j.SetCookie(mustURL(t, "https://localhost/admin"), "sid=good; Secure; Path=/admin")
			from := mustURL(t, tt.from)
			if !strings.Contains(tt.line, "Path=") {
				tt.line += "; Path=/admin"
			}
			_, ev := j.SetCookie(from, tt.line)
			want := []Reason(nil)
			if tt.rejected {
				want = []Reason{RejectOverwriteSecure}
			}
			if !reflect.DeepEqual(ev.Reasons, want) || ev.Stored == tt.rejected {
				t.Errorf("Reasons = %v Stored = %v, want %v", ev.Reasons, ev.Stored, want)
			}
			if tt.rejected {
				if got := header(t, j, "https://www.example.com/admin/x", SameSiteRequest); got != "sid=good" {
					t.Errorf("Cookie = %q, want the Secure cookie untouched", got)
				}
			}
		})
	}
}

func TestJarKeepsScriptsAwayFromHttpOnlyCookies(t *testing.T) {
	j, _ := newTestJar()
	u := mustURL(t, "https://example.com/")
	j.SetCookie(u, "sid=1; HttpOnly; Path=/")
	for _, line := range []string{"sid=2; Path=/", "sid=; Path=/; Max-Age=0"} {
		ev := j.Set(u, Parse(line), FromScript)
		if ev.Stored || !reflect.DeepEqual(ev.Reasons, []Reason{RejectOverwriteHTTPOnly}) {
			t.Errorf("script %q: Stored=%v Reasons=%v", line, ev.Stored, ev.Reasons)
		}
	}
	if ev := j.Set(u, Parse("other=1"), FromScript); !ev.Stored {
		t.Errorf("script could not set an unrelated cookie: %v", ev.Reasons)
	}
	if ev := j.Set(u, Parse("sid=3; HttpOnly; Path=/"), FromHTTP); !ev.Stored {
		t.Errorf("HTTP could not overwrite its own HttpOnly cookie: %v", ev.Reasons)
	}
	if got := header(t, j, "https://example.com/", SameSiteRequest); got != "sid=3; other=1" {
		t.Errorf("Cookie = %q", got)
	}
}

func TestJarEvictsLeastRecentlyUsedOver180CookiesPerSite(t *testing.T) {
	j, clk := newTestJar()
	secure := mustURL(t, "https://a.example.com/")
	for i := 0; i < 10; i++ { // the oldest cookies, but Secure
		j.SetCookie(secure, fmt.Sprintf("s%d=1; Secure", i))
		clk.advance(time.Second)
	}
	other := mustURL(t, "https://other.test/")
	j.SetCookie(other, "keep=1")
	for i := 0; i < 170; i++ {
		j.SetCookie(mustURL(t, "https://b.example.com/"), fmt.Sprintf("n%d=1; Domain=example.com", i))
		clk.advance(time.Second)
	}
	if n := len(j.All()); n != 181 {
		t.Fatalf("before the limit: %d cookies, want 181", n)
	}
	j.SetCookie(secure, "last=1")
	names := map[string]bool{}
	count := 0
	for _, c := range j.All() {
		names[c.Name] = true
		if strings.HasSuffix(c.Domain, "example.com") {
			count++
		}
	}
	if count != 150 {
		t.Errorf("example.com keeps %d cookies, want 150", count)
	}
	for _, name := range []string{"s0", "s9", "last", "n31", "n169"} {
		if !names[name] {
			t.Errorf("%s was evicted", name)
		}
	}
	for _, name := range []string{"n0", "n30"} {
		if names[name] {
			t.Errorf("%s survived, want the least recently used non-Secure cookies evicted", name)
		}
	}
	if !names["keep"] {
		t.Error("a cookie of another site was evicted")
	}
}

func TestJarEvictsExpiredCookiesFirst(t *testing.T) {
	j, clk := newTestJar()
	u := mustURL(t, "https://example.com/")
	for i := 0; i < 179; i++ {
		j.SetCookie(u, fmt.Sprintf("c%d=1", i))
	}
	j.SetCookie(u, "late=1; Max-Age=10") // the 180th cookie: at the limit, not over
	clk.advance(11 * time.Second)
	j.SetCookie(u, "new=1")
	all := j.All()
	if len(all) != 180 || all[0].Name != "c0" {
		t.Errorf("got %d cookies starting with %s, want the expired one purged and nothing else", len(all), all[0].Name)
	}
}

func TestJarCapsTheTotalAt3300Cookies(t *testing.T) {
	j, clk := newTestJar()
	for site := 0; site < 33; site++ {
		u := mustURL(t, fmt.Sprintf("https://site%d.example/", site))
		for i := 0; i < 100; i++ {
			j.SetCookie(u, fmt.Sprintf("c%d=1", i))
			clk.advance(time.Millisecond)
		}
	}
	if n := len(j.All()); n != 3300 {
		t.Fatalf("jar holds %d cookies before the limit, want 3300", n)
	}
	j.SetCookie(mustURL(t, "https://last.example/"), "c=1")
	if n := len(j.All()); n != 3000 {
		t.Errorf("jar holds %d cookies, want 3000 after purging past 3300", n)
	}
	for _, tt := range []struct {
		url  string
		sent bool
	}{{"https://site0.example/", false}, {"https://site2.example/", false}, {"https://site3.example/", true}, {"https://last.example/", true}} {
		if got := header(t, j, tt.url, SameSiteRequest) != ""; got != tt.sent {
			t.Errorf("%s still has cookies: %v, want %v (oldest purged first)", tt.url, got, tt.sent)
		}
	}
}

func TestJarSendsCookiesBySameSiteContext(t *testing.T) {
	lines := []string{
		"strict=1; SameSite=Strict",
		"lax=1; SameSite=Lax",
		"none=1; SameSite=None; Secure",
		"unset=1",
		"invalid=1; SameSite=bogus",
	}
	tests := []struct {
		ctx   Context
		after time.Duration
		want  string
	}{
		{SameSiteRequest, 0, "strict=1; lax=1; none=1; unset=1; invalid=1"},
		{CrossSiteNavigation, 0, "lax=1; none=1; unset=1; invalid=1"},
		{CrossSitePost, 0, "none=1; unset=1; invalid=1"},
		{CrossSitePost, 2 * time.Minute, "none=1; unset=1; invalid=1"},
		{CrossSitePost, 2*time.Minute + time.Second, "none=1"},
		{CrossSiteSubresource, 0, "none=1"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s after %s", tt.ctx, tt.after), func(t *testing.T) {
			j, clk := newTestJar()
			u := mustURL(t, "https://example.com/")
			for _, l := range lines {
				j.SetCookie(u, l)
			}
			clk.advance(tt.after)
			if got := header(t, j, "https://example.com/", tt.ctx); got != tt.want {
				t.Errorf("Cookie = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestJarMatchesDomainPathAndSecure(t *testing.T) {
	j, _ := newTestJar()
	j.SetCookie(mustURL(t, "https://www.example.com/docs/a"), "host=1")
	j.SetCookie(mustURL(t, "https://www.example.com/"), "dom=1; Domain=example.com; Path=/")
	j.SetCookie(mustURL(t, "https://www.example.com/"), "sec=1; Secure; HttpOnly; Path=/")
	j.SetCookie(mustURL(t, "https://www.example.com/"), "deep=1; Path=/docs/a/b")
	tests := []struct{ url, want string }{
		{"https://www.example.com/docs/a/b", "deep=1; host=1; dom=1; sec=1"},
		{"https://WWW.EXAMPLE.COM/docs", "host=1; dom=1; sec=1"},
		{"https://www.example.com/docsx", "dom=1; sec=1"},
		{"http://www.example.com/docs", "host=1; dom=1"},
		{"https://api.example.com/docs", "dom=1"},
		{"https://sub.www.example.com/docs", "dom=1"},
		{"https://example.com/", "dom=1"},
		{"https://notexample.com/", ""},
		{"https://www.example.com:8443/docs", "host=1; dom=1; sec=1"},
	}
	for _, tt := range tests {
		if got := header(t, j, tt.url, SameSiteRequest); got != tt.want {
			t.Errorf("%s: Cookie = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestJarCookiesUpdatesLastAccessAndReturnsCopies(t *testing.T) {
	j, clk := newTestJar()
	u := mustURL(t, "https://example.com/")
	j.SetCookie(u, "a=1")
	clk.advance(time.Hour)
	got := j.Cookies(u, SameSiteRequest)
	if len(got) != 1 || !got[0].LastAccess.Equal(clk.t) {
		t.Fatalf("Cookies = %+v", got)
	}
	got[0].Value = "tampered"
	if all := j.All(); all[0].Value != "1" || !all[0].LastAccess.Equal(clk.t) {
		t.Errorf("All() = %+v", all[0])
	}
}

func TestJarSendsANamelessCookieAsItsValue(t *testing.T) {
	j, _ := newTestJar()
	u := mustURL(t, "https://example.com/")
	j.SetCookie(u, "a=b")
	j.SetCookie(u, "justvalue")
	j.SetCookie(u, "=x=y") // replaces the nameless cookie
	if got := header(t, j, "https://example.com/", SameSiteRequest); got != "a=b; x=y" {
		t.Errorf("Cookie = %q", got)
	}
}

func TestJarKeepsPartitionedCookiesApart(t *testing.T) {
	j, _ := newTestJar()
	u := mustURL(t, "https://example.com/")
	j.SetCookie(u, "id=plain; Secure")
	j.SetCookie(u, "id=chips; Secure; Partitioned")
	if all := j.All(); len(all) != 2 || all[1].Partitioned != true {
		t.Errorf("All() = %+v, want two cookies", all)
	}
}

func TestJarRejectsWhatEvaluateRejects(t *testing.T) {
	j, _ := newTestJar()
	_, ev := j.SetCookie(mustURL(t, "https://www.example.com/"), "a=b; Domain=com")
	if ev.Stored || len(j.All()) != 0 {
		t.Errorf("stored a public-suffix cookie: %+v", ev)
	}
	if ev := j.Set(mustURL(t, "https://example.com/"), nil, FromHTTP); ev.Stored {
		t.Error("stored a nil cookie")
	}
}

func TestJarStoresSameSiteAsDeclared(t *testing.T) {
	j, _ := newTestJar()
	u := mustURL(t, "https://example.com/")
	j.SetCookie(u, "a=1; SameSite=bogus")
	j.SetCookie(u, "b=1; SameSite=strict")
	all := j.All()
	if all[0].SameSite != SameSiteUnset || all[1].SameSite != SameSiteStrict {
		t.Errorf("SameSite = %v, %v; want unset, Strict", all[0].SameSite, all[1].SameSite)
	}
}

func TestJarIsSafeForConcurrentUse(t *testing.T) {
	j := NewJar(nil)
	u := mustURL(t, "https://example.com/")
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				j.SetCookie(u, fmt.Sprintf("c%d=%d", i, g))
				j.CookieHeader(u, SameSiteRequest)
				j.All()
			}
		}()
	}
	wg.Wait()
	if n := len(j.All()); n != 50 {
		t.Errorf("jar holds %d cookies, want 50", n)
	}
}

func TestContextNamesRoundTrip(t *testing.T) {
	for _, ctx := range []Context{SameSiteRequest, CrossSiteNavigation, CrossSitePost, CrossSiteSubresource} {
		got, err := ParseContext(ctx.String())
		if err != nil || got != ctx {
			t.Errorf("ParseContext(%q) = %v, %v", ctx.String(), got, err)
		}
	}
	if _, err := ParseContext("third-party"); err == nil {
		t.Error("ParseContext accepted an unknown name")
	}
	if s := Context(42).String(); s != "context(42)" {
		t.Errorf("Context(42).String() = %q", s)
	}
}

// TestJarSetEvaluatedIsSet stores the same lines in two jars, one through
// Set and one through SetEvaluated with the cookie's own evaluation: the
// verdicts and the jars agree, rejections by what the jar holds included,
// and the caller's evaluation shares no array with the verdict.
func TestJarSetEvaluatedIsSet(t *testing.T) {
	set, clk := newTestJar()
	evaluated := NewJar(clk.now)
	steps := []struct{ from, line string }{
		{"https://www.example.com/admin", "sid=good; Secure; Path=/admin"},
		{"http://www.example.com/", "sid=evil; Path=/admin"},
		{"http://www.example.com/", "sid=evil; Secure; Path=/admin/x"},
		{"http://www.example.com/", "sid=evil; Path=/admin; SameSite=None"},
		{"https://www.example.com/", "a=1; Max-Age=60; SameSite=None; Secure"},
		{"https://www.example.com/", "a=; Max-Age=0"},
		{"http://localhost/", "__Host-x=1; Secure; Path=/"},
		{"https://www.example.com/", "b=2; Domain=com"},
	}
	for _, s := range steps {
		u, c := mustURL(t, s.from), Parse(s.line)
		want := set.Set(u, c, FromHTTP)
		ev := Evaluate(c, u, clk.now(), FromHTTP)
		if len(ev.Reasons) > 0 {
			// Room in the array, for the jar's rejections to land in were it shared.
			ev.Reasons = append(make([]Reason, 0, 8), ev.Reasons...)
		}
		got := evaluated.SetEvaluated(u, c, FromHTTP, ev)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s from %s: SetEvaluated = %+v, Set = %+v", s.line, s.from, got, want)
		}
		ev.Reasons = append(ev.Reasons, RejectTooLarge)
		if !reflect.DeepEqual(got.Reasons, want.Reasons) {
			t.Errorf("%s from %s: the verdict's reasons changed with the caller's to %v", s.line, s.from, got.Reasons)
		}
		clk.advance(time.Second)
	}
	if got, want := evaluated.All(), set.All(); !reflect.DeepEqual(got, want) {
		t.Errorf("jars differ:\n%+v\n%+v", got, want)
	}
}
