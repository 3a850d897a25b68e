package rules

import "regexp"

// Rule is one check, describing itself fully so that the catalog, `explain`
// and report formats all come from the same value.
type Rule struct {
	// ID is a stable kebab-case slug, used in configs, baselines and reports.
	ID string
	// Title is one line saying what the rule finds.
	Title string
	// Doc is the explanation and the fix, in paragraphs, without the title.
	Doc string
	// Severity is the default; a finding may be lower or higher by cookie class.
	Severity Severity
	CWE      int
	// Bad holds examples that must fire the rule; Good examples must not.
	Bad, Good []Example
	Check     func(*Pass)
}

// idPattern is kebab-case: lower-case words of letters and digits joined by hyphens.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ValidID reports whether id has the form of a rule ID, so that it can name
// a rule in a config, a baseline or a documentation link.
func ValidID(id string) bool { return idPattern.MatchString(id) }

// HelpURI is where a rule's documentation lives.
func (r *Rule) HelpURI() string {
	return "https://github.com/cookiescan/cookiescan/blob/main/docs/rules.md#" + r.ID
}
