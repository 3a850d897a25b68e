package scanner

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
)

// got is the part of a Response that the format tests compare.
type got struct {
	Entry, Line   int
	URL, Method   string
	Status        int
	TLS           bool
	Hop           int
	From          string
	SetCookie     []string
	SetCookieLine []int
}

func project(rs []*evidence.Response) []got {
	out := make([]got, len(rs))
	for i, r := range rs {
		out[i] = got{r.Entry, r.Line, r.URL, r.Method, r.Status, r.TLS, r.Hop, r.From, r.SetCookie, r.SetCookieLine}
	}
	return out
}

// collect runs a reader over input and returns what it delivered.
func collect(read func(io.Reader, string, func(*evidence.Response) error) error, name string, input []byte) ([]*evidence.Response, error) {
	var rs []*evidence.Response
	err := read(bytes.NewReader(input), name, func(r *evidence.Response) error {
		rs = append(rs, r)
		return nil
	})
	return rs, err
}

func readFixture(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func zeros(n int) []int { return make([]int, n) }

func TestReadHARChrome(t *testing.T) {
	const name = "testdata/har/chrome.har"
	rs, err := collect(ReadHAR, name, readFixture(t, name))
	if err != nil {
		t.Fatalf("ReadHAR: %v", err)
	}
	want := []got{
		{Entry: 0, URL: "http://shop.example.com/", Method: "GET", Status: 301,
			SetCookie:     []string{"visitor_id=v-81f3c2; Path=/; Max-Age=31536000", "tracking=on; Path=/"},
			SetCookieLine: zeros(2)},
		{Entry: 1, URL: "https://shop.example.com/", Method: "GET", Status: 302, TLS: true,
			Hop: 1, From: "http://shop.example.com/",
			SetCookie:     []string{"session=s%3AqT81.a9; Path=/; Secure; HttpOnly; SameSite=Lax"},
			SetCookieLine: zeros(1)},
		{Entry: 2, URL: "https://shop.example.com/account/login?next=%2F", Method: "GET", Status: 200, TLS: true,
			Hop: 2, From: "https://shop.example.com/",
			SetCookie:     []string{"csrftoken=Zx81kQ; Path=/; Secure; SameSite=Strict"},
			SetCookieLine: zeros(1)},
		{Entry: 3, URL: "https://shop.example.com/static/app.js", Method: "GET", Status: 200, TLS: true,
			SetCookie: []string{}, SetCookieLine: []int{}},
		// Entry 4 was blocked by the client (status 0): no response.
		{Entry: 5, URL: "https://shop.example.com/api/cart", Method: "POST", Status: 201, TLS: true,
			SetCookie:     []string{"cart=1f2e; Path=/api; Secure; HttpOnly", "cart_count=1; Path=/"},
			SetCookieLine: zeros(2)},
	}
	if g := project(rs); !reflect.DeepEqual(g, want) {
		t.Fatalf("responses:\n got %+v\nwant %+v", g, want)
	}
	for _, r := range rs {
		if r.File != name {
			t.Errorf("entry %d: File = %q, want %q", r.Entry, r.File, name)
		}
	}
	// Header is canonicalised and keeps the split Set-Cookie values.
	if got := rs[0].Header.Values("Set-Cookie"); len(got) != 2 {
		t.Errorf("entry 0 Header Set-Cookie = %q, want 2 values", got)
	}
	if got := rs[1].Header.Get("Location"); got != "/account/login?next=%2F" {
		t.Errorf("entry 1 Location = %q", got)
	}
	if got := rs[1].Header["Strict-Transport-Security"]; len(got) != 1 || got[0] != "max-age=63072000" {
		t.Errorf("entry 1 canonical Strict-Transport-Security = %q", got)
	}
}

func TestReadHARFirefox(t *testing.T) {
	const name = "testdata/har/firefox.har"
	rs, err := collect(ReadHAR, name, readFixture(t, name))
	if err != nil {
		t.Fatalf("ReadHAR: %v", err)
	}
	want := []got{
		{Entry: 0, URL: "https://news.example.org/login", Method: "GET", Status: 303, TLS: true,
			SetCookie: []string{"__Host-pre=1; Path=/; Secure"}, SetCookieLine: zeros(1)},
		{Entry: 1, URL: "https://auth.example.org/sso?return=https%3A%2F%2Fnews.example.org%2F", Method: "GET", Status: 302, TLS: true,
			Hop: 1, From: "https://news.example.org/login",
			SetCookie:     []string{"sso_state=st-91; Path=/sso; HttpOnly", "sso_nonce=n-22; Path=/sso; Secure; HttpOnly"},
			SetCookieLine: zeros(2)},
		// Firefox keeps the Location value as is: "/sso/form" is relative.
		{Entry: 2, URL: "https://auth.example.org/sso/form", Method: "GET", Status: 200, TLS: true,
			Hop: 2, From: "https://auth.example.org/sso?return=https%3A%2F%2Fnews.example.org%2F",
			SetCookie: []string{"x=1"}, SetCookieLine: zeros(1)},
		{Entry: 3, URL: "http://news.example.org/legacy/counter.php?p=login", Method: "GET", Status: 200,
			SetCookie: []string{"hits=3; path=/"}, SetCookieLine: zeros(1)},
		// Entry 4 was aborted (status 0).
	}
	if g := project(rs); !reflect.DeepEqual(g, want) {
		t.Fatalf("responses:\n got %+v\nwant %+v", g, want)
	}
	if got := rs[0].Header.Get("X-Firefox-Spdy"); got != "h2" {
		t.Errorf("X-Firefox-Spdy = %q, want h2", got)
	}
}

func TestReadHARPlaywright(t *testing.T) {
	const name = "testdata/har/playwright.har"
	rs, err := collect(ReadHAR, name, readFixture(t, name))
	if err != nil {
		t.Fatalf("ReadHAR: %v", err)
	}
	want := []got{
		{Entry: 0, URL: "https://app.example.com/dashboard", Method: "GET", Status: 302, TLS: true,
			SetCookie:     []string{"pw_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT"},
			SetCookieLine: zeros(1)},
		{Entry: 1, URL: "https://app.example.com/signin?to=%2Fdashboard", Method: "GET", Status: 200, TLS: true,
			Hop: 1, From: "https://app.example.com/dashboard",
			SetCookie:     []string{"pw_csrf=c5d1; Path=/; Secure; SameSite=Strict", "locale=en-GB; Path=/; Max-Age=31536000"},
			SetCookieLine: zeros(2)},
		{Entry: 2, URL: "https://app.example.com/assets/logo.png", Method: "GET", Status: 200, TLS: true,
			SetCookie: []string{}, SetCookieLine: []int{}},
		// Entry 3 failed (Playwright writes status -1).
	}
	if g := project(rs); !reflect.DeepEqual(g, want) {
		t.Fatalf("responses:\n got %+v\nwant %+v", g, want)
	}
}

// harOf wraps entries (JSON text, comma-separated) in a HAR document.
func harOf(entries ...string) string {
	return `{"log":{"version":"1.2","creator":{"name":"t","version":"1"},"entries":[` + strings.Join(entries, ",") + `]}}`
}

// entry is a well-formed entry with one Set-Cookie header.
func entry(url string, status int, extra string) string {
	return fmt.Sprintf(`{"request":{"method":"GET","url":%q},"response":{"status":%d,"headers":[{"name":"Set-Cookie","value":"id=%d"}%s],"content":{"text":"body"}}}`,
		url, status, status, extra)
}

func TestReadHARBadInput(t *testing.T) {
	good := entry("https://a.example/", 200, "")
	chrome := readFixture(t, "testdata/har/chrome.har")
	cut := chrome[:bytes.Index(chrome, []byte(`"url": "https://shop.example.com/static/app.js"`))]
	tests := []struct {
		name    string
		input   string
		wantErr string
		wantN   int // responses delivered despite the error
	}{
		{"empty", "", "empty file", 0},
		{"whitespace", " \n\t ", "empty file", 0},
		{"array", `[{"log":{}}]`, "not a HAR file: top-level value is an array", 0},
		{"string", `"log"`, "not a HAR file: top-level value is a string", 0},
		{"no log", `{"version":"1.2","entries":[]}`, "not a HAR file: missing log", 0},
		{"no entries", `{"log":{"version":"1.2","pages":[{"id":"p"}]}}`, "not a HAR file: missing log.entries", 0},
		{"log not object", `{"log":[1,2]}`, "not a HAR file: log is an array", 0},
		{"entries not array", `{"log":{"entries":{"a":1}}}`, "not a HAR file: log.entries is an object", 0},
		{"truncated", string(cut), fmt.Sprintf("truncated JSON at byte %d", len(cut)), 3},
		{"truncated in key", `{"log":{"entr`, "truncated JSON at byte 13", 0},
		{"missing response", harOf(good, `{"request":{"method":"GET","url":"https://a.example/x"}}`, good),
			"entry 1: missing response", 2},
		{"missing request", harOf(`{"response":{"status":200,"headers":[]}}`, good), "entry 0: missing request", 1},
		{"missing url", harOf(`{"request":{"method":"GET"},"response":{"status":200,"headers":[]}}`), "entry 0: missing request.url", 0},
		{"relative url", harOf(`{"request":{"url":"/x"},"response":{"status":200,"headers":[]}}`), `entry 0: invalid request.url "/x"`, 0},
		{"bad url", harOf(`{"request":{"url":"https://a b/%zz"},"response":{"status":200,"headers":[]}}`), `entry 0: invalid request.url "https://a b/%zz"`, 0},
		{"missing status", harOf(`{"request":{"url":"https://a.example/"},"response":{"headers":[]}}`), "entry 0: missing response.status", 0},
		{"bad status", harOf(`{"request":{"url":"https://a.example/"},"response":{"status":42,"headers":[]}}`), "entry 0: invalid response.status 42", 0},
		{"status string", harOf(`{"request":{"url":"https://a.example/"},"response":{"status":"200","headers":[]}}`, good),
			"entry 0: response.status is JSON string, want an integer", 1},
		{"entry not object", harOf(`7`, good), "entry 0: JSON number, want an object", 1},
		{"null entry", harOf(`null`, good), "entry 0: null", 1},
		{"missing headers", harOf(`{"request":{"url":"https://a.example/"},"response":{"status":200}}`), "entry 0: missing response.headers", 0},
		{"header without name", harOf(`{"request":{"url":"https://a.example/"},"response":{"status":200,"headers":[{"value":"x"}]}}`),
			"entry 0: response.headers[0] has no name", 0},
		{"many bad entries", harOf(`null`, `null`, good, `null`, `null`, `null`, `null`, `null`),
			"entry 0: null; entry 1: null; entry 3: null; entry 4: null; entry 5: null; and 2 more bad entries", 1},
		{"bad entries then truncation", harOf(`null`, good)[:len(harOf(`null`, good))-2],
			fmt.Sprintf("entry 0: null; truncated JSON at byte %d", len(harOf(`null`, good))-2), 1},
		{"syntax error in entry", harOf(good, `{"request":{"url":"https://a.example/"}, x}`),
			fmt.Sprintf("invalid JSON in entry 1, which starts at byte %d: invalid character 'x' looking for beginning of object key string",
				len(harOf(good))-2), 1},
		{"syntax error in structure", `{"log":{"entries":[]} ]`, "invalid JSON near byte 22: invalid character ']' after object key:value pair", 0},
		{"data after HAR", harOf(good) + `{}`, fmt.Sprintf("unexpected data after the HAR object, which ends at byte %d", len(harOf(good))), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := collect(ReadHAR, "x.har", []byte(tt.input))
			if err == nil || err.Error() != tt.wantErr {
				t.Fatalf("error = %v\n          want %s", err, tt.wantErr)
			}
			if len(rs) != tt.wantN {
				t.Errorf("delivered %d responses, want %d", len(rs), tt.wantN)
			}
		})
	}
}

func TestReadHARAccepts(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []string // SetCookie of each response, joined by "|"
	}{
		{"byte order mark", "\xEF\xBB\xBF" + harOf(entry("https://a.example/", 200, "")), []string{"id=200"}},
		{"entries before other keys", `{"log":{"entries":[` + entry("https://a.example/", 200, "") + `],"version":"1.2"},"x":[1]}`, []string{"id=200"}},
		{"empty entries", harOf(), nil},
		{"folded CRLF and blank pieces", harOf(`{"request":{"url":"https://a.example/"},"response":{"status":200,"headers":[{"name":"set-cookie","value":"a=1\r\n\r\nb=2\n"}]}}`),
			[]string{"a=1|b=2"}},
		{"empty Set-Cookie kept", harOf(`{"request":{"url":"https://a.example/"},"response":{"status":200,"headers":[{"name":"Set-Cookie","value":" "}]}}`),
			[]string{""}},
		{"no response received", harOf(`{"request":{"url":"https://a.example/"},"response":{"status":0,"headers":[]}}`,
			`{"request":{"url":"https://a.example/"},"response":{"status":-1}}`), nil},
		{"websocket over TLS", harOf(`{"request":{"url":"wss://a.example/ws"},"response":{"status":101,"headers":[]}}`), []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := collect(ReadHAR, "x.har", []byte(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			var g []string
			for _, r := range rs {
				g = append(g, strings.Join(r.SetCookie, "|"))
				if len(r.SetCookieLine) != len(r.SetCookie) {
					t.Errorf("SetCookieLine %v for SetCookie %q", r.SetCookieLine, r.SetCookie)
				}
				if !r.TLS {
					t.Errorf("%s: TLS = false", r.URL)
				}
			}
			if !reflect.DeepEqual(g, tt.want) {
				t.Errorf("Set-Cookie = %q, want %q", g, tt.want)
			}
		})
	}
}

func TestReadHARRedirectLinks(t *testing.T) {
	loc := func(to string) string { return fmt.Sprintf(`,{"name":"Location","value":%q}`, to) }
	tests := []struct {
		name    string
		entries []string
		hops    []int
		froms   []string
	}{
		{"interleaved request between hops",
			[]string{
				entry("https://a.example/", 302, loc("/next#frag")),
				entry("https://cdn.example/x.css", 200, ""),
				entry("https://A.example/next", 200, ""),
			},
			[]int{0, 0, 1}, []string{"", "", "https://a.example/"}},
		{"redirectURL wins over Location",
			[]string{
				`{"request":{"url":"https://a.example/"},"response":{"status":307,"headers":[{"name":"Location","value":"/wrong"}],"redirectURL":"https://b.example/right"}}`,
				entry("https://a.example/wrong", 200, ""),
				entry("https://b.example/right", 200, ""),
			},
			[]int{0, 0, 1}, []string{"", "", "https://a.example/"}},
		{"a target is followed once",
			[]string{
				entry("https://a.example/", 302, loc("https://a.example/b")),
				entry("https://a.example/b", 200, ""),
				entry("https://a.example/b", 200, ""),
			},
			[]int{0, 1, 0}, []string{"", "https://a.example/", ""}},
		{"not a redirect status",
			[]string{
				entry("https://a.example/", 201, loc("https://a.example/b")),
				entry("https://a.example/b", 200, ""),
			},
			[]int{0, 0}, []string{"", ""}},
	}
	far := []string{entry("https://a.example/", 302, loc("https://a.example/far"))}
	for range redirectWindow {
		far = append(far, entry("https://cdn.example/y", 200, ""))
	}
	tests = append(tests, struct {
		name    string
		entries []string
		hops    []int
		froms   []string
	}{"beyond the window", append(far, entry("https://a.example/far", 200, "")), nil, nil})

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := collect(ReadHAR, "x.har", []byte(harOf(tt.entries...)))
			if err != nil {
				t.Fatal(err)
			}
			if tt.hops == nil { // beyond the window: nothing links
				for _, r := range rs {
					if r.Hop != 0 || r.From != "" {
						t.Fatalf("entry %d linked: Hop %d From %q", r.Entry, r.Hop, r.From)
					}
				}
				return
			}
			var hops []int
			var froms []string
			for _, r := range rs {
				hops = append(hops, r.Hop)
				froms = append(froms, r.From)
			}
			if !reflect.DeepEqual(hops, tt.hops) || !reflect.DeepEqual(froms, tt.froms) {
				t.Errorf("hops %v froms %q, want %v %q", hops, froms, tt.hops, tt.froms)
			}
		})
	}
}

func TestReadHARStopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop")
	input := harOf(`null`, entry("https://a.example/", 200, ""), entry("https://a.example/2", 200, ""))
	calls := 0
	err := ReadHAR(strings.NewReader(input), "x.har", func(*evidence.Response) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Fatalf("err %v after %d calls, want stop after 1", err, calls)
	}
	if want := "entry 0: null; stop"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}

// writeSyntheticHAR writes a HAR of n entries, each a 200 response with
// two Set-Cookie headers and a content.text of about bodySize bytes.
func writeSyntheticHAR(w io.Writer, n, bodySize int) error {
	unit := `Lorem ipsum \"dolor\" sit amet,\n consectetur \u00e9 adipiscing <div class=\"x\">elit</div>\t`
	body := strings.Repeat(unit, bodySize/len(unit)+1)[:bodySize/len(unit)*len(unit)]
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, `{"log":{"version":"1.2","creator":{"name":"synthetic","version":"1"},"pages":[],"entries":[`)
	for i := range n {
		if i > 0 {
			bw.WriteString(",")
		}
		fmt.Fprintf(bw, `{"_initiator":{"type":"other"},"_resourceType":"document","request":{"method":"GET","url":"https://big.example/page/%d","httpVersion":"http/2.0","headers":[],"queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},`, i)
		fmt.Fprintf(bw, `"response":{"status":200,"statusText":"","httpVersion":"http/2.0","headers":[{"name":"content-type","value":"text/html"},{"name":"set-cookie","value":"s=%d; Secure"},{"name":"set-cookie","value":"t=%d"}],"cookies":[],`, i, i)
		fmt.Fprintf(bw, `"content":{"size":%d,"mimeType":"text/html","text":"%s"},"redirectURL":"","headersSize":-1,"bodySize":-1,"_transferSize":%d},"startedDateTime":"2024-05-14T09:12:03.518Z","time":1,"timings":{"send":0,"wait":1,"receive":0}}`,
			len(body), body, len(body))
	}
	bw.WriteString("]}}\n")
	return bw.Flush()
}

const memChildEnv = "COOKIESCAN_HAR_MEMTEST"

// TestReadHARPeakMemory reads a 200 MB HAR in a child process and checks
// the child's peak resident memory, which covers everything the process
// did, garbage collector included.
func TestReadHARPeakMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads a 200 MB file")
	}
	const entries, bodySize = 2000, 100 << 10
	path := filepath.Join(t.TempDir(), "big.har")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeSyntheticHAR(f, entries, bodySize); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Size() < 200e6 {
		t.Fatalf("synthetic HAR is %d bytes, want at least 200 MB", fi.Size())
	}

	cmd := exec.Command(os.Args[0], "-test.run=^TestReadHARPeakMemoryChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), memChildEnv+"="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	want := fmt.Sprintf("responses=%d errors=0 last=%q", entries, fmt.Sprintf("t=%d", entries-1))
	if !bytes.Contains(out, []byte(want)) {
		t.Fatalf("child output lacks %s:\n%s", want, out)
	}
	// The child reports its own VmHWM: getrusage's maxrss would include the
	// parent's peak, which exec carries over into the child's accounting.
	m := regexp.MustCompile(`VmHWM:\s+(\d+) kB`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("child output lacks VmHWM:\n%s", out)
	}
	peakKiB, _ := strconv.Atoi(string(m[1]))
	t.Logf("peak RSS reading a %.1f MB HAR: %.1f MB", float64(fi.Size())/1e6, float64(peakKiB)/1024)
	if peakKiB >= 100<<10 {
		t.Errorf("peak RSS %d KiB, want under 100 MiB", peakKiB)
	}
}

// TestReadHARPeakMemoryChild is the child of TestReadHARPeakMemory; it does
// nothing unless that test started it.
func TestReadHARPeakMemoryChild(t *testing.T) {
	path := os.Getenv(memChildEnv)
	if path == "" {
		return
	}
	ev := LoadFiles(context.Background(), []string{path}, LoadOptions{})
	last := ""
	if n := len(ev.Responses); n > 0 {
		sc := ev.Responses[n-1].SetCookie
		last = sc[len(sc)-1]
	}
	fmt.Printf("responses=%d errors=%d last=%q\n", len(ev.Responses), len(ev.Errors), last)
	for _, e := range ev.Errors {
		fmt.Println(e)
	}
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status to read peak memory from")
	}
	os.Stdout.Write(status)
}

func BenchmarkReadHAR(b *testing.B) {
	var buf bytes.Buffer
	if err := writeSyntheticHAR(&buf, 500, 16<<10); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		n := 0
		err := ReadHAR(bytes.NewReader(data), "bench.har", func(*evidence.Response) error { n++; return nil })
		if err != nil || n != 500 {
			b.Fatalf("%d responses, err %v", n, err)
		}
	}
}

func TestLoadFilesCutsHARStringsAtMaxBody(t *testing.T) {
	body := strings.Repeat(`ab\"\u00e9\\`, 10000)
	har := harOf(strings.Replace(entry("https://a.example/", 200, ""), `"text":"body"`, `"text":"`+body+`"`, 1))
	path := filepath.Join(t.TempDir(), "big.har")
	if err := os.WriteFile(path, []byte(har), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []*evidence.Response
	ev := LoadFiles(context.Background(), []string{path}, LoadOptions{MaxBodyBytes: 1001, Responses: func(r *evidence.Response) { got = append(got, r) }})
	if len(ev.Errors) > 0 || len(ev.Responses) != 0 || len(got) != 1 || got[0].SetCookie[0] != "id=200" {
		t.Fatalf("errors %v, %d kept, %d streamed", ev.Errors, len(ev.Responses), len(got))
	}
	want := fmt.Sprintf("max body: %s: 1 strings longer than 1001 bytes were cut", path)
	if len(ev.Limits) != 1 || ev.Limits[0] != want {
		t.Errorf("limits %q, want %q", ev.Limits, want)
	}
}

func TestLoadFilesWarnsOfASanitizedHAR(t *testing.T) {
	dir := t.TempDir()
	bare := `{"request":{"method":"GET","url":"https://a.example/","headers":[{"name":"Accept","value":"*/*"}],"cookies":[]},` +
		`"response":{"status":200,"headers":[{"name":"Content-Type","value":"text/html"}],"cookies":[]}}`
	withRequestCookie := `{"request":{"method":"GET","url":"https://a.example/","headers":[{"name":"cookie","value":"sid=1"}]},` +
		`"response":{"status":200,"headers":[]}}`
	withCookieList := `{"request":{"method":"GET","url":"https://a.example/","headers":[],"cookies":[{"name":"sid","value":"1"}]},` +
		`"response":{"status":200,"headers":[]}}`
	writeFiles(t, dir, map[string][]byte{
		"sanitized.har":      []byte(harOf(bare, bare)),
		"set-cookie.har":     []byte(harOf(bare, entry("https://a.example/b", 200, ""))),
		"request-cookie.har": []byte(harOf(bare, withRequestCookie)),
		"cookie-list.har":    []byte(harOf(bare, withCookieList)),
		"no-entries.har":     []byte(harOf()),
	})
	ev := LoadFiles(context.Background(), []string{dir}, LoadOptions{})
	if len(ev.Errors) > 0 {
		t.Fatalf("errors: %v", ev.Errors)
	}
	if len(ev.Warnings) != 1 {
		t.Fatalf("warnings %q, want one, for sanitized.har", ev.Warnings)
	}
	w := ev.Warnings[0]
	for _, part := range []string{filepath.Join(dir, "sanitized.har"), "sanitized export", "Chrome 130", "with sensitive data"} {
		if !strings.Contains(w, part) {
			t.Errorf("warning %q does not say %q", w, part)
		}
	}
}
