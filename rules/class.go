package rules

// Class is what a cookie is for, which decides how much its weaknesses matter.
type Class string

// Cookie classes, from most to least sensitive.
const (
	ClassCredential     Class = "credential"
	ClassSession        Class = "session"
	ClassIdentity       Class = "identity"
	ClassCSRF           Class = "csrf"
	ClassInfrastructure Class = "infrastructure"
	ClassTracking       Class = "tracking"
	ClassUnknown        Class = "unknown"
)

// Sensitive reports whether forging, reading or stealing the cookie hands over an account.
func (c Class) Sensitive() bool {
	return c == ClassSession || c == ClassIdentity || c == ClassCredential
}

// bySensitivity picks a severity by cookie class: session and identity
// cookies (and credentials) get the first, CSRF, infrastructure and unknown cookies the second,
// tracking and preference cookies the third. Zero means no finding.
func bySensitivity(c Class, sensitive, other, tracking Severity) Severity {
	switch c {
	case ClassSession, ClassIdentity, ClassCredential:
		return sensitive
	case ClassTracking:
		return tracking
	}
	return other
}
