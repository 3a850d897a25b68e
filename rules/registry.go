package rules

import (
	"errors"
	"fmt"
	"strings"
)

// All is every rule, in catalog order. The list is explicit so that what
// runs is what is read here.
var All = []*Rule{
	MissingHTTPOnly,
	MissingSecure,
	CleartextCookie,
	SecureOverHTTP,
	SameSiteMissing,
	SameSiteNoneInsecure,
	SameSiteInvalid,
	OversizeCookie,
	AttributeTooLong,
	ExpiryOver400Days,
	LongLivedSession,
	InvalidPrefix,
	LooseDomain,
	PublicSuffixDomain,
	PartitionedInsecure,
	MalformedCookie,
	DuplicateCookie,
	TooManyCookies,
	CookieHeaderTooLarge,
	DeletionMismatch,
	SessionIDInURL,
	UnsignedAuthValue,
	JSSetsAuthCookie,
	JSReadsAuthCookie,
	LogoutInJS,
	LogoutNotServerSide,
	SessionFixation,
	SessionSurvivesLogout,
	WeakSigningSecret,
	SignedValueIdentified,
	JWTAlgNone,
	JWTNoExpiry,
	ClientSessionReadable,
	SensitiveDataInCookie,
	LowEntropySessionID,
	CredentialInCookie,
}

// Validate checks a rule set: unique kebab-case IDs, a title, a doc that does
// not repeat it, a known severity, a check, and examples both ways.
func Validate(rules []*Rule) error {
	var errs []error
	seen := map[string]bool{}
	for _, r := range rules {
		bad := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("rule %q: %s", r.ID, fmt.Sprintf(format, args...)))
		}
		if !ValidID(r.ID) {
			bad("ID is not kebab-case")
		}
		if seen[r.ID] {
			bad("duplicate ID")
		}
		seen[r.ID] = true
		if r.Title == "" {
			bad("no title")
		}
		if strings.TrimSpace(r.Doc) == "" {
			bad("no Doc")
		} else if r.Title != "" && strings.HasPrefix(r.Doc, r.Title) {
			bad("Doc repeats the title; it holds only the body")
		}
		if r.Severity < Info || r.Severity > Critical {
			bad("unknown severity %d", r.Severity)
		}
		if r.Check == nil {
			bad("no Check")
		}
		if len(r.Bad) == 0 || len(r.Good) == 0 {
			bad("needs Bad and Good examples")
		}
		if r.CWE == 0 {
			bad("no CWE")
		}
	}
	return errors.Join(errs...)
}

// ByID finds a rule in All.
func ByID(id string) *Rule {
	for _, r := range All {
		if r.ID == id {
			return r
		}
	}
	return nil
}
