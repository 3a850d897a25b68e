package scanner

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
)

func TestReadDumpFixtures(t *testing.T) {
	tests := []struct {
		file string
		want []got
	}{
		{"curl_i.http", []got{
			{Entry: -1, Line: 1, Status: 200,
				SetCookie:     []string{"PHPSESSID=9k2l1m0n8b7v6c5x4z3a; path=/", "theme=dark"},
				SetCookieLine: []int{6, 7}},
		}},
		{"curl_sD_L.http", []got{
			{Entry: -1, Line: 2, URL: "http://example.com/login", Status: 302,
				SetCookie: []string{"lb=web-3; Path=/"}, SetCookieLine: []int{9}},
			{Entry: -1, Line: 11, URL: "https://example.com/login", Status: 200, TLS: true,
				Hop: 1, From: "http://example.com/login",
				SetCookie:     []string{"sid=Fe26.2**9c41; Path=/; Secure; HttpOnly; SameSite=Lax", "prefs=compact; Path=/; Max-Age=2592000"},
				SetCookieLine: []int{13, 14}},
		}},
		{"curl_h2.http", []got{
			{Entry: -1, Line: 2, URL: "https://api.example.net/v2/session", Status: 200, TLS: true,
				SetCookie:     []string{"x=1", "api_token=eyJhbGciOi.J9; Path=/v2; Secure; HttpOnly; SameSite=Strict"},
				SetCookieLine: []int{4, 5}},
		}},
		// No "# url:": the first URL is unknown, the absolute Location
		// gives the second, and the relative one resolves against it.
		{"curl_sSIL.http", []got{
			{Entry: -1, Line: 1, Status: 301,
				SetCookie: []string{"edge=fra1; Path=/"}, SetCookieLine: []int{7}},
			{Entry: -1, Line: 9, URL: "https://www.example.org/", Status: 301, TLS: true, Hop: 1,
				SetCookie: []string{"lang_probe=1; Path=/; Secure"}, SetCookieLine: []int{12}},
			{Entry: -1, Line: 15, URL: "https://www.example.org/en/", Status: 200, TLS: true, Hop: 2, From: "https://www.example.org/",
				SetCookie:     []string{"consent=pending; Path=/; Secure; SameSite=Lax", "ab_bucket=B; Path=/; Max-Age=86400"},
				SetCookieLine: []int{18, 19}},
		}},
		// The interim 100 Continue is skipped; the 201's Location does not redirect.
		{"curl_continue.http", []got{
			{Entry: -1, Line: 4, URL: "https://upload.example.com/files", Status: 201, TLS: true,
				SetCookie: []string{"upload_ticket=t-3391; Path=/files; Secure; HttpOnly"}, SetCookieLine: []int{7}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			name := "testdata/dumps/" + tt.file
			rs, err := collect(ReadDump, name, readFixture(t, name))
			if err != nil {
				t.Fatalf("ReadDump: %v", err)
			}
			if g := project(rs); !reflect.DeepEqual(g, tt.want) {
				t.Fatalf("responses:\n got %+v\nwant %+v", g, tt.want)
			}
			for _, r := range rs {
				if r.File != name {
					t.Errorf("File = %q, want %q", r.File, name)
				}
			}
		})
	}
}

func TestReadDumpHeaders(t *testing.T) {
	input := "HTTP/2 200 \r\n" +
		"content-type: text/html\r\n" +
		"set-cookie:\ta=1;\r\n" +
		"  Path=/;\r\n" +
		"\tSecure\r\n" +
		"x-empty:\r\n" +
		"Set-Cookie: b=2\r\n" +
		"\r\n"
	rs, err := collect(ReadDump, "d", []byte(input))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 {
		t.Fatalf("%d responses, want 1", len(rs))
	}
	r := rs[0]
	if want := []string{"a=1; Path=/; Secure", "b=2"}; !reflect.DeepEqual(r.SetCookie, want) {
		t.Errorf("SetCookie %q, want %q", r.SetCookie, want)
	}
	if want := []int{3, 7}; !reflect.DeepEqual(r.SetCookieLine, want) {
		t.Errorf("SetCookieLine %v, want %v", r.SetCookieLine, want)
	}
	if got := r.Header["Content-Type"]; !reflect.DeepEqual(got, []string{"text/html"}) {
		t.Errorf("canonical Content-Type = %q", got)
	}
	if got, ok := r.Header["X-Empty"]; !ok || got[0] != "" {
		t.Errorf("X-Empty = %q, %v; want one empty value", got, ok)
	}
	if got := r.Header.Values("Set-Cookie"); len(got) != 2 {
		t.Errorf("Header Set-Cookie = %q", got)
	}
	if r.URL != "" || r.TLS || r.Method != "" || r.Entry != -1 {
		t.Errorf("unknown request: URL %q TLS %v Method %q Entry %d", r.URL, r.TLS, r.Method, r.Entry)
	}
}

func TestReadDumpChains(t *testing.T) {
	type hop struct {
		Status int
		URL    string
		Hop    int
		From   string
	}
	tests := []struct {
		name  string
		input string
		want  []hop
	}{
		{"relative Location with unknown URL",
			"HTTP/1.1 302 Found\nLocation: /login\n\nHTTP/1.1 200 OK\n\n",
			[]hop{{302, "", 0, ""}, {200, "", 1, ""}}},
		{"fragment dropped",
			"# url: https://a.example/x\nHTTP/1.1 301 Moved\nLocation: https://b.example/y#top\n\nHTTP/1.1 200 OK\n\n",
			[]hop{{301, "https://a.example/x", 0, ""}, {200, "https://b.example/y", 1, "https://a.example/x"}}},
		{"new chain after a final response",
			"# url: https://a.example/\nHTTP/1.1 200 OK\n\nbody\nHTTP/1.1 200 OK\n\n",
			[]hop{{200, "https://a.example/", 0, ""}, {200, "", 0, ""}}},
		{"status line ends headers without a blank line",
			"# url: https://a.example/\nHTTP/1.0 302 Found\nLocation: /b\nHTTP/3 200\n",
			[]hop{{302, "https://a.example/", 0, ""}, {200, "https://a.example/b", 1, "https://a.example/"}}},
		{"proxy CONNECT answer skipped",
			"# url: https://a.example/\nHTTP/1.1 200 Connection established\n\nHTTP/2 200 \n\n",
			[]hop{{200, "https://a.example/", 0, ""}}},
		{"interim responses skipped but 101 kept",
			"# url: https://a.example/\nHTTP/1.1 103 Early Hints\nLink: </s.css>\n\nHTTP/1.1 101 Switching Protocols\nUpgrade: websocket\n\n",
			[]hop{{101, "https://a.example/", 0, ""}}},
		{"body lines that are not status lines",
			"HTTP/1.1 200 OK\n\nHTTP/1.1 2000 no\nHTTP/1.x 200\nhttp/1.1 200 OK\nHTTP/1.1 200OK\n",
			[]hop{{200, "", 0, ""}}},
		{"binary body",
			"HTTP/1.1 200 OK\nContent-Type: image/png\n\n\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\nHTTP/1.1 204 No Content\n\n",
			[]hop{{200, "", 0, ""}, {204, "", 0, ""}}},
		{"leading blank lines and comments",
			"\n# saved by hand\n\n# URL:   https://a.example/p  \n\nHTTP/1.1 204 No Content\n",
			[]hop{{204, "https://a.example/p", 0, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := collect(ReadDump, "d", []byte(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			var g []hop
			for _, r := range rs {
				g = append(g, hop{r.Status, r.URL, r.Hop, r.From})
			}
			if !reflect.DeepEqual(g, tt.want) {
				t.Errorf("got  %+v\nwant %+v", g, tt.want)
			}
		})
	}
}

func TestReadDumpBadInput(t *testing.T) {
	long := strings.Repeat("v", maxHeaderLine+10)
	tests := []struct {
		name    string
		input   string
		wantErr string
		want    []int // Line of each response delivered
	}{
		{"empty", "", "empty file", nil},
		{"blank lines", "\n\r\n  \n", "empty file", nil},
		{"comments only", "# url: https://a.example/\n", `no HTTP response found: no line such as "HTTP/1.1 200 OK"`, nil},
		{"not a dump", "<html>\nHTTP/1.1 200 OK\n", `line 1: expected an HTTP status line such as "HTTP/1.1 200 OK"`, nil},
		{"header line over 1 MiB",
			"HTTP/1.1 200 OK\nSet-Cookie: a=1\nX-Big: " + long + "\nSet-Cookie: b=2\n\nHTTP/1.1 200 OK\nSet-Cookie: c=3\n\n",
			"line 3: header line longer than 1048576 bytes", []int{6}},
		{"status line over 1 MiB", "HTTP/1.1 200 " + long + "\n\n", "line 1: status line longer than 1048576 bytes", nil},
		{"no colon", "HTTP/1.1 200 OK\nSet-Cookie a=1\n\nHTTP/1.1 204 No Content\n\n", "line 2: malformed header line: no colon", []int{4}},
		{"space in name", "HTTP/1.1 200 OK\nSet Cookie: a=1\n\n", `line 2: malformed header name "Set Cookie"`, nil},
		{"continuation first", "HTTP/1.1 200 OK\n folded\n\n", "line 2: continuation line before any header", nil},
		{"status below 100", "HTTP/1.1 099 Odd\n\n", "line 1: invalid status code 099", nil},
		{"bad url comment", "# url: /relative\nHTTP/1.1 200 OK\n\n", `line 1: invalid URL in "# url:" comment: "/relative"`, []int{2}},
		{"many bad responses",
			strings.Repeat("HTTP/1.1 200 OK\nbad\n\n", 7) + "HTTP/1.1 204 No Content\n",
			"line 2: malformed header line: no colon; line 5: malformed header line: no colon; line 8: malformed header line: no colon; " +
				"line 11: malformed header line: no colon; line 14: malformed header line: no colon; and 2 more problems", []int{22}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := collect(ReadDump, "d", []byte(tt.input))
			if err == nil || err.Error() != tt.wantErr {
				t.Fatalf("error = %v\n          want %s", err, tt.wantErr)
			}
			var lines []int
			for _, r := range rs {
				lines = append(lines, r.Line)
			}
			if !reflect.DeepEqual(lines, tt.want) {
				t.Errorf("delivered responses at lines %v, want %v", lines, tt.want)
			}
		})
	}
}

func TestReadDumpLongBodyLine(t *testing.T) {
	// A body line far longer than maxHeaderLine is skipped, not an error.
	input := "HTTP/1.1 200 OK\n\n" + strings.Repeat("x", 3*maxHeaderLine) + "\nHTTP/1.1 204 No Content\n"
	rs, err := collect(ReadDump, "d", []byte(input))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 || rs[1].Line != 4 {
		t.Fatalf("got %d responses (%+v), want the 204 at line 4", len(rs), project(rs))
	}
}

func TestReadDumpRedirectThroughBadResponse(t *testing.T) {
	// A skipped response still took its hop: the next one continues the chain.
	input := "# url: https://a.example/\nHTTP/1.1 302 Found\nLocation: /b\nbad line\n\nHTTP/1.1 200 OK\n\n"
	rs, err := collect(ReadDump, "d", []byte(input))
	if err == nil || !strings.Contains(err.Error(), "line 4") {
		t.Fatalf("error %v, want one about line 4", err)
	}
	if len(rs) != 1 || rs[0].URL != "https://a.example/b" || rs[0].Hop != 1 || rs[0].From != "https://a.example/" {
		t.Fatalf("got %+v", project(rs))
	}
}

func TestReadDumpStopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := ReadDump(strings.NewReader("HTTP/1.1 200 OK\n\nHTTP/1.1 200 OK\n\n"), "d", func(*evidence.Response) error {
		calls++
		return fmt.Errorf("wrapped: %w", stop)
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Fatalf("err %v after %d calls, want stop after 1", err, calls)
	}
}

func TestDumpURLCommentBetweenResponsesStartsANewChain(t *testing.T) {
	dump := "# url: https://app.example.com/\nHTTP/1.1 302 Found\nLocation: /home\n\n" +
		"HTTP/1.1 200 OK\nSet-Cookie: a=1\n\n<html>\n\n# not a url comment\n" +
		"# url: https://app.example.com/logout\nHTTP/1.1 200 OK\nSet-Cookie: a=; Max-Age=0\n\n"
	var got []*evidence.Response
	err := ReadDump(strings.NewReader(dump), "session.http", func(r *evidence.Response) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		url string
		hop int
	}{{"https://app.example.com/", 0}, {"https://app.example.com/home", 1}, {"https://app.example.com/logout", 0}}
	if len(got) != len(want) {
		t.Fatalf("got %d responses, want %d", len(got), len(want))
	}
	for i, w := range want {
		if got[i].URL != w.url || got[i].Hop != w.hop {
			t.Errorf("response %d: %s hop %d, want %s hop %d", i, got[i].URL, got[i].Hop, w.url, w.hop)
		}
	}
}
