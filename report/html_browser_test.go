package report_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"image"
	_ "image/png" // screenshots are PNG
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/cookiescan/cookiescan/report"
	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner/browser"
)

var (
	screenshotPage = flag.String("screenshot-page", "", "HTML report to render instead of the test's own")
	screenshotOut  = flag.String("screenshot", "", "also write the rendered page's screenshot to this PNG file")
)

// TestHTMLRendersInChromium opens the report in headless Chromium from a
// file, with no server and no network, checks that it draws something,
// and that the severity and host filters hide what they should.
func TestHTMLRendersInChromium(t *testing.T) {
	path, err := browser.Find("")
	if errors.Is(err, browser.ErrNoBrowser) {
		t.Skip("no Chromium or Chrome on PATH (apt-get install chromium): the HTML report is not rendered")
	}
	if err != nil {
		t.Fatal(err)
	}
	page := *screenshotPage
	if page == "" {
		page = filepath.Join(t.TempDir(), "report.html")
		var buf bytes.Buffer
		if err := report.HTMLWriter(rules.High).Write(&buf, renderFixture()); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	page, err = filepath.Abs(page)
	if err != nil {
		t.Fatal(err)
	}

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path), chromedp.Headless, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("hide-scrollbars", true),
	}
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox) // Chromium refuses to run as root with its sandbox
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	tab, cancelTab := chromedp.NewContext(allocCtx)
	defer cancelTab()

	count := chromedp.Evaluate[int](`document.querySelectorAll(".finding:not([hidden])").length`)
	if err := chromedp.Do(tab, chromedp.Navigate("file://"+page), chromedp.WaitVisible("#summary")); err != nil {
		t.Fatalf("rendering %s: %v", page, err)
	}
	filtersShown := run(t, tab, chromedp.Evaluate[bool](`!document.getElementById("filters").hidden`))
	shot := run(t, tab, chromedp.CaptureScreenshot())
	if *screenshotOut != "" {
		if err := os.WriteFile(*screenshotOut, shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	img, _, err := image.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if share := inkShare(img); share < 0.02 {
		t.Errorf("screenshot is blank: %.2f%% of its pixels are not white", share*100)
	}
	if !filtersShown {
		t.Error("the filters stay hidden with JavaScript on")
	}
	if *screenshotPage != "" {
		return // a page of unknown content: its counts cannot be checked
	}
	total := run(t, tab, count)
	run(t, tab, chromedp.Click(`#filters input[value="high"]`))
	afterHigh := run(t, tab, count)
	run(t, tab, chromedp.Click(`#filters input[value="high"]`))
	run(t, tab, chromedp.SetValue(`#filters select[name="host"]`, "app.example.com"))
	run(t, tab, chromedp.Evaluate[chromedp.Void](`document.getElementById("filters").dispatchEvent(new Event("change"))`))
	afterHost := run(t, tab, count)
	r := renderFixture()
	high, onHost := 0, 0
	for _, f := range r.Findings {
		if f.Severity == rules.High {
			high++
		}
		if strings.HasPrefix(f.URL, "https://app.example.com/") {
			onHost++
		}
	}
	if total != len(r.Findings) || afterHigh != total-high || afterHost != onHost {
		t.Errorf("visible findings: %d at first, %d without high, %d on app.example.com; want %d, %d, %d",
			total, afterHigh, afterHost, len(r.Findings), total-high, onHost)
	}
}

// run runs one action in the tab, failing the test on an error.
func run[T any](t *testing.T, tab context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(tab, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// renderFixture is a result with findings of several severities on two hosts.
func renderFixture() *report.Result {
	finding := func(rule string, s rules.Severity, url string) *rules.Finding {
		return &rules.Finding{
			Rule: rule, Severity: s, Confidence: rules.Certain, Title: rules.ByID(rule).Title, Message: "the " + rule + " message",
			Cookie: &rules.CookieRef{Name: "sid", Domain: "app.example.com", Path: "/", Class: rules.ClassSession},
			URL:    url, Occurrences: 1, URLs: []string{url}, Fingerprint: "0123abcd",
		}
	}
	return &report.Result{
		Tool:    report.Tool{Name: "cookiescan", Version: "1.4.0"},
		Targets: []string{"https://app.example.com/", "https://shop.example.com/"},
		Stats:   report.Stats{Responses: 3, Cookies: 2, Findings: 4, StartedAt: time.Date(2025, 3, 14, 9, 0, 0, 0, time.UTC)},
		Findings: []*rules.Finding{
			finding("missing-httponly", rules.High, "https://app.example.com/login"),
			finding("cleartext-cookie", rules.High, "https://shop.example.com/cart"),
			finding("missing-secure", rules.Medium, "https://app.example.com/"),
			finding("samesite-missing", rules.Low, "https://shop.example.com/"),
		},
		Cookies: []*rules.SeenCookie{
			{Name: "sid", Domain: "app.example.com", Path: "/", Value: rules.Redacted, Class: rules.ClassSession, SetBy: "header",
				URL: "https://app.example.com/login", Occurrences: 2, HostOnly: true, Size: 36, Stored: true},
		},
		Rules: rules.All,
	}
}

// inkShare is the share of an image's pixels that are not near white.
func inkShare(img image.Image) float64 {
	b := img.Bounds()
	ink := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r < 0xe000 || g < 0xe000 || bl < 0xe000 {
				ink++
			}
		}
	}
	return float64(ink) / float64(b.Dx()*b.Dy())
}
