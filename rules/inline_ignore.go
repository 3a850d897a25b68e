package rules

import (
	"regexp"
	"strings"

	"github.com/cookiescan/cookiescan/evidence"
)

// InlineIgnore is a `cookiescan-ignore RULE reason` comment in a script
// that silenced a finding on its line or the line below.
type InlineIgnore struct {
	Rule   string `json:"rule"`
	File   string `json:"file"` // the file or page URL of the script
	Line   int    `json:"line"` // the line of the finding
	Reason string `json:"reason"`
}

// inlineIgnoreComment is the comment: the rule ID, then a reason, which a
// suppression must give.
var inlineIgnoreComment = regexp.MustCompile(`cookiescan-ignore\s+([a-z0-9-]+)\s+(\S[^\r\n]*?)\s*(?:\*/|-->)?\s*$`)

// searchAgainBytes is the size up to which a script is searched for the
// comment each time it is asked about.
const searchAgainBytes = 4096

// inlineIgnore finds the comment that silences rule at line (of the file or
// page) of script sc: on that line or the one above.
func (a *aggregator) inlineIgnore(sc *evidence.Script, line int, rule string) (InlineIgnore, bool) {
	if sc == nil || line <= 0 {
		return InlineIgnore{}, false
	}
	lines, seen := a.scriptLines[sc]
	if !seen {
		// Split once per script, and only scripts that have the comment.
		if strings.Contains(sc.Source, "cookiescan-ignore") {
			lines = strings.Split(sc.Source, "\n")
		}
		// A small script without the comment is searched again rather
		// than remembered: a crawl reports thousands of them.
		if lines != nil || len(sc.Source) > searchAgainBytes {
			if a.scriptLines == nil {
				a.scriptLines = map[*evidence.Script][]string{}
			}
			a.scriptLines[sc] = lines
		}
	}
	start := max(sc.Line, 1)
	for _, l := range []int{line, line - 1} {
		i := l - start
		if i < 0 || i >= len(lines) {
			continue
		}
		for _, m := range inlineIgnoreComment.FindAllStringSubmatch(lines[i], -1) {
			if m[1] == rule {
				file := sc.File
				if file == "" {
					file = scriptName(sc)
				}
				return InlineIgnore{Rule: rule, File: file, Line: line, Reason: m[2]}, true
			}
		}
	}
	return InlineIgnore{}, false
}

// scriptOf is the script op of a subject that comes from one, if any.
func scriptOf(s Subject) *ScriptOp {
	switch s := s.(type) {
	case *ScriptOp:
		return s
	case *Observed:
		return s.Op
	}
	return nil
}
