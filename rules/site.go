package rules

import (
	"iter"
	"slices"

	"github.com/cookiescan/cookiescan/setcookie"
)

// Live yields the named cookies a browser stores and that set rather than
// delete: the ones whose flags matter. Rejected and nameless cookies have
// findings of their own, and deletions never need flags.
func (s *Site) Live() iter.Seq[*Observed] {
	return func(yield func(*Observed) bool) {
		for _, o := range s.Cookies {
			if o.Eval.Stored && o.Cookie.Name != "" && !o.Deletion() && !yield(o) {
				return
			}
		}
	}
}

// Rejected reports whether a browser drops the cookie for any of reasons.
func (o *Observed) Rejected(reasons ...setcookie.Reason) bool {
	for _, r := range o.Eval.Reasons {
		if slices.Contains(reasons, r) {
			return true
		}
	}
	return false
}

// bySensitivity picks a severity by cookie class: session and identity
// cookies get the first, CSRF, infrastructure and unknown cookies the second,
// tracking and preference cookies the third. Zero means no finding.
func bySensitivity(c Class, sensitive, other, tracking Severity) Severity {
	switch c {
	case ClassSession, ClassIdentity:
		return sensitive
	case ClassTracking:
		return tracking
	}
	return other
}
