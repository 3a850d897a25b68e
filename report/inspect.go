package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/cookiescan/cookiescan/rules"
)

// InspectSchema names the JSON layout of `cookiescan inspect --format json`.
const InspectSchema = "cookiescan/inspect/v1"

// InspectJSON writes an inspection as versioned JSON.
func InspectJSON(w io.Writer, in *rules.Inspection) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Schema string `json:"schema"`
		*rules.Inspection
	}{InspectSchema, in})
}

// InspectText writes an inspection for people: each header, what the
// browser did with it and why, then the Cookie header it sends back.
func InspectText(w io.Writer, in *rules.Inspection) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Received from %s at %s\n", visible(in.URL), in.Now.Format(time.RFC3339))
	for i, c := range in.Cookies {
		fmt.Fprintf(&b, "\n[%d] Set-Cookie: %s\n", i+1, visible(c.Header))
		switch {
		case !c.Stored:
			fmt.Fprintf(&b, "    REJECTED\n")
			for _, r := range c.Rejections {
				fmt.Fprintf(&b, "      - %s (%s)\n", r.Message, r.Code)
			}
		case c.Deletion:
			fmt.Fprintf(&b, "    DELETES any cookie %q with domain %s and path %s\n", visible(c.Name), c.Domain, c.Path)
		default:
			fmt.Fprintf(&b, "    STORED as %q (%s cookie)\n", visible(c.Name), c.Class)
			scope := "host-only " + c.Domain
			if !c.HostOnly {
				scope = c.Domain + " and its subdomains"
			}
			fmt.Fprintf(&b, "      scope:    %s, path %s\n", visible(scope), visible(c.Path))
			expiry := "end of the browser session"
			if c.Expires != nil {
				expiry = c.Expires.Format(time.RFC3339)
				if c.Clamped {
					expiry += " (clamped to 400 days)"
				}
			}
			fmt.Fprintf(&b, "      expires:  %s\n", expiry)
			samesite := c.SameSite
			if samesite != c.SameSiteEffective {
				samesite = fmt.Sprintf("%s (enforced by Chromium as %s)", cmp.Or(samesite, "unset"), c.SameSiteEffective)
			}
			fmt.Fprintf(&b, "      flags:    Secure=%v HttpOnly=%v Partitioned=%v SameSite=%s\n", c.Secure, c.HTTPOnly, c.Partitioned, samesite)
		}
		for _, warn := range c.Warnings {
			fmt.Fprintf(&b, "    warning: %s\n", visible(warn.Message))
		}
		for _, n := range c.Notes {
			fmt.Fprintf(&b, "    note: %s\n", visible(n))
		}
		for _, f := range c.Findings {
			fmt.Fprintf(&b, "    %-8s %s: %s\n", strings.ToUpper(f.Severity.String()), f.Rule, visible(f.Message))
		}
	}
	if len(in.ResponseFindings) > 0 {
		b.WriteString("\nAll headers together:\n")
		for _, f := range in.ResponseFindings {
			fmt.Fprintf(&b, "    %-8s %s: %s\n", strings.ToUpper(f.Severity.String()), f.Rule, visible(f.Message))
		}
	}
	fmt.Fprintf(&b, "\nRequest to %s at %s (%s):\n", visible(in.CheckURL), in.CheckAt.Format(time.RFC3339), in.Context)
	if in.CookieHeader == "" {
		b.WriteString("  no Cookie header is sent\n")
	} else {
		fmt.Fprintf(&b, "  Cookie: %s\n", visible(in.CookieHeader))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
