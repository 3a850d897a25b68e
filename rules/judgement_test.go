package rules

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cookiescan/cookiescan/evidence"
)

// fixtureEvidence is every response of the dump fixtures, as one capture of
// many sites, and the source fixtures as scripts.
func fixtureEvidence(t *testing.T) *evidence.Evidence {
	t.Helper()
	files, err := filepath.Glob("testdata/*/*.http")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	ev := &evidence.Evidence{}
	for i, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		// Each fixture's responses, as the same capture's, on a host of its own.
		for j, block := range strings.Split(string(raw), "\nHTTP/") {
			var lines []string
			for _, l := range strings.Split(block, "\n") {
				l, _, _ = strings.Cut(l, " # want ")
				if name, value, ok := strings.Cut(l, ":"); ok && strings.EqualFold(name, "Set-Cookie") {
					lines = append(lines, strings.TrimSpace(value))
				}
			}
			ev.Responses = append(ev.Responses, &evidence.Response{
				URL: fmt.Sprintf("https://f%d.example.com/%d", i, j), Status: 200, TLS: true,
				Header: http.Header{"Date": {"Mon, 01 Jun 2026 12:00:00 GMT"}}, SetCookie: lines, Entry: -1,
			})
		}
	}
	// Enough of one site to pass the cookie count and Cookie header limits
	// across parts, and an HttpOnly session a script later fails to delete.
	for i := range 200 {
		ev.Responses = append(ev.Responses, &evidence.Response{
			URL: "https://many.example.com/", Status: 200, TLS: true, Header: http.Header{}, Entry: -1,
			SetCookie: []string{fmt.Sprintf("c%d=%040d; Path=/; Secure; HttpOnly; SameSite=Lax", i, i)},
		})
	}
	ev.Responses[3].SetCookie = append(ev.Responses[3].SetCookie, "sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; HttpOnly")
	ev.Scripts = []*evidence.Script{{File: "logout.js", Line: 1, Col: 1, Source: `function logout() { document.cookie = "sessionid=; max-age=0"; }`}}
	return ev
}

func TestJudgingInPartsFindsWhatJudgingAtOnceFinds(t *testing.T) {
	ev := fixtureEvidence(t)
	whole := Judge(ev, Options{Now: testNow})
	for _, size := range []int{1, 7} {
		j := NewJudgement(context.Background(), Options{Now: testNow})
		j.partSize = size
		for _, r := range ev.Responses {
			j.Add(r)
		}
		parts := j.Finish(ev)
		want, _ := json.MarshalIndent(whole, "", " ")
		got, _ := json.MarshalIndent(parts, "", " ")
		if string(got) != string(want) {
			t.Errorf("parts of %d responses: outcome differs from judging at once:\n%s\nwant\n%s", size, got, want)
		}
	}
	// A caller judging what waits whenever it is idle makes parts of
	// uneven sizes, which find the same.
	j := NewJudgement(context.Background(), Options{Now: testNow})
	for i, r := range ev.Responses {
		j.Add(r)
		j.JudgePending(1 + i%4)
		if len(j.pending) > i%4 {
			t.Fatalf("after response %d, %d left pending, want at most %d", i, len(j.pending), i%4)
		}
	}
	want, _ := json.MarshalIndent(whole, "", " ")
	if got, _ := json.MarshalIndent(j.Finish(ev), "", " "); string(got) != string(want) {
		t.Errorf("parts judged while idle: outcome differs from judging at once:\n%s\nwant\n%s", got, want)
	}
	if len(whole.Findings) == 0 || whole.Responses != len(ev.Responses) {
		t.Fatalf("%d findings over %d responses", len(whole.Findings), whole.Responses)
	}
}

func TestFindingsPastTheCapAreCountedAndTheOutcomeSaysSo(t *testing.T) {
	ev := &evidence.Evidence{}
	for i := range 30 {
		ev.Responses = append(ev.Responses, &evidence.Response{
			URL: "https://app.example.com/", Status: 200, TLS: true, Header: http.Header{}, Entry: -1,
			SetCookie: []string{fmt.Sprintf("sessionid%d=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/; Secure; SameSite=Lax", i)},
		})
	}
	out := Judge(ev, Options{Rules: []*Rule{MissingHTTPOnly}, Now: testNow, MaxFindings: 10})
	if len(out.Findings) != 10 {
		t.Errorf("%d findings, want the cap of 10", len(out.Findings))
	}
	want := "max findings: kept the first 10 distinct findings, left out 20 more"
	if len(out.Limits) != 1 || out.Limits[0] != want {
		t.Errorf("limits %q, want %q", out.Limits, want)
	}
}

func TestJudgingStopsWhenItsContextEnds(t *testing.T) {
	ev := responses("https://app.example.com/", 3000, "sessionid=8f3a9c2e41b7d6a0f5e1c3b9a7d2e4f6; Path=/")
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(fmt.Errorf("max duration reached"))
	out := JudgeContext(ctx, ev, Options{Now: testNow})
	want := "judging stopped (max duration reached) after 0 of 3000 responses"
	if len(out.Findings) != 0 || len(out.Limits) != 1 || out.Limits[0] != want {
		t.Errorf("%d findings, limits %q; want none and %q", len(out.Findings), out.Limits, want)
	}
}

func TestOneFileSettingACookieInManyPlacesIsOneFindingWithItsFirstPlaces(t *testing.T) {
	src := strings.Repeat(`document.cookie="sessionid="+t;`, 1000)
	ev := &evidence.Evidence{Scripts: []*evidence.Script{{File: "bundle.min.js", Line: 1, Col: 1, Source: src}}}
	got := Run(ev, Options{Rules: []*Rule{JSSetsAuthCookie}, Now: testNow})
	if len(got) != 1 {
		t.Fatalf("%d findings, want 1", len(got))
	}
	f := got[0]
	if f.Occurrences != 1000 || len(f.Locations) != 5 || f.Locations[0] != *f.Location || f.Locations[1].Col <= f.Locations[0].Col {
		t.Errorf("occurrences %d, location %v, locations %v; want 1000 and the first 5 columns", f.Occurrences, f.Location, f.Locations)
	}
}

// TestAFindingTakesTheMessageOfItsMostSevereReport judges one cookie set
// first with a plain value, then with a session ID (or the other way): the
// finding is as severe as the session ID makes it, and says so, in either order.
func TestAFindingTakesTheMessageOfItsMostSevereReport(t *testing.T) {
	plain := "pref=blue; Path=/"
	session := "pref=Zx8Qp3Lm9Rt2Vw7Yk4Hn6Bc1; Path=/"
	for _, order := range [][]string{{plain, session, plain}, {session, plain, plain}} {
		ev := &evidence.Evidence{}
		for i, line := range order {
			ev.Responses = append(ev.Responses, &evidence.Response{
				URL: fmt.Sprintf("https://shop.example/p/%d", i), Status: 200, TLS: true, Entry: -1, SetCookie: []string{line},
			})
		}
		var got *Finding
		for _, f := range Run(ev, Options{Now: testNow}) {
			if f.Rule == MissingSecure.ID {
				got = f
			}
		}
		want := `session cookie "pref" lacks Secure: browsers also send it over plain HTTP`
		if got == nil || got.Severity != Medium || got.Message != want || got.Occurrences != 3 {
			t.Errorf("%q: finding %+v, want severity medium, message %q and 3 occurrences", order, got, want)
		}
	}
}
