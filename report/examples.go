package report

import (
	"fmt"
	"strings"

	"github.com/cookiescan/cookiescan/rules"
)

// exampleHeaderMax is as long as a Set-Cookie example gets when shown.
const exampleHeaderMax = 160

// exampleGroup is examples under the heading help shows them with.
type exampleGroup struct {
	label    string
	examples []rules.Example
}

// exampleGroups are a rule's examples, those it reports first.
func exampleGroups(rule *rules.Rule) []exampleGroup {
	return []exampleGroup{{"Reported", rule.Bad}, {"Not reported", rule.Good}}
}

// ExamplesText is a rule's examples as plain text, each indented under
// "Reported:" or "Not reported:", for a terminal or a plain-text help.
func ExamplesText(rule *rules.Rule) string {
	var b strings.Builder
	for _, g := range exampleGroups(rule) {
		if len(g.examples) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n\n%s:", g.label)
		for i, e := range g.examples {
			if i > 0 {
				b.WriteString("\n")
			}
			for _, line := range exampleLines(e) {
				b.WriteString("\n    " + line)
			}
		}
	}
	return b.String()
}

// ExamplesMarkdown is a rule's examples as fenced code blocks under
// "Reported:" and "Not reported:", for Markdown documentation and help.
func ExamplesMarkdown(rule *rules.Rule) string {
	var b strings.Builder
	for _, g := range exampleGroups(rule) {
		if len(g.examples) == 0 {
			continue
		}
		lang := "http"
		if g.examples[0].Script != "" {
			lang = "js"
		}
		blocks := make([]string, len(g.examples))
		for i, e := range g.examples {
			blocks[i] = strings.Join(exampleLines(e), "\n") + "\n"
		}
		code := codeBlock(strings.Join(blocks, "\n"), lang)
		fmt.Fprintf(&b, "\n\n%s:\n\n%s", g.label, strings.TrimSuffix(code, "\n"))
	}
	return b.String()
}

// exampleLines shows an example as the docs do: the script's source, and
// the response's Set-Cookie lines, headed by the URL it came from.
func exampleLines(e rules.Example) []string {
	if e.Session != nil {
		return sessionLines(e.RequestURL(), e.Session)
	}
	var lines []string
	if e.Script != "" {
		lines = append(lines, "// script")
		lines = append(lines, strings.Split(strings.TrimRight(e.Script, "\n"), "\n")...)
		if len(e.SetCookie) == 0 && e.Location == "" {
			return lines
		}
	}
	if e.Logout != "" {
		lines = append(lines, "# set earlier", "Set-Cookie: "+elideHeader(e.Logout, exampleHeaderMax), "# logout probe")
	}
	lines = append(lines, "# from "+e.RequestURL())
	if e.Location != "" {
		lines = append(lines, "Location: "+e.Location)
	}
	for _, c := range e.SetCookie {
		lines = append(lines, "Set-Cookie: "+elideHeader(c, exampleHeaderMax))
	}
	return lines
}

// elideHeader shortens s to about limit bytes, cutting between characters and
// saying how long it was.
func elideHeader(s string, limit int) string {
	if len(s) <= limit {
		return s
	}
	cut := 0
	for i := range s {
		if i > limit-40 {
			break
		}
		cut = i
	}
	return s[:cut] + fmt.Sprintf("… (%d bytes)", len(s))
}

// sessionLines shows what the session-lifecycle probes saw, as steps.
func sessionLines(base string, s *rules.SessionExample) []string {
	var lines []string
	if s.Before != "" || s.After != "" {
		lines = append(lines, "# login at "+base+"login")
		if s.Before != "" {
			lines = append(lines, "Cookie before: "+s.Cookie+"="+s.Before)
		}
		if s.After != "" {
			lines = append(lines, "Cookie after:  "+s.Cookie+"="+s.After)
		}
	}
	if s.Planted {
		lines = append(lines, "# "+s.Cookie+" set to a made-up value, then a login: the made-up value is the logged-in session")
	}
	if s.Replayed != "" {
		outcome := "logged out"
		if s.StillLoggedIn {
			outcome = "still logged in"
		}
		lines = append(lines, "# login, logout at "+base+"logout, then the cookie held before it, sent again:",
			"Cookie: "+elideHeader(s.Cookie+"="+s.Replayed, exampleHeaderMax), "# "+base+"account answers "+outcome)
	}
	return lines
}
