package evidence

// BrowserResponse is what a browser adds to a response it received itself:
// how the page asked for it and what the browser did with each cookie.
type BrowserResponse struct {
	// Resource is the browser's kind of request: Document, XHR, Fetch, Script…
	Resource string `json:"resource"`
	// CrossSite is set when the request was made from a page of another
	// site (scheme and registrable domain) than the response's URL.
	CrossSite bool `json:"cross_site,omitempty"`
	// Verdicts holds the browser's verdict on each SetCookie entry of the
	// response, in the same order.
	Verdicts []CookieVerdict `json:"verdicts,omitempty"`
}

// CookieVerdict is what a browser did with one Set-Cookie line.
type CookieVerdict struct {
	Stored bool `json:"stored"`
	// Reasons are the browser's reasons for blocking the cookie, in its own
	// words (Chromium's SetCookieBlockedReason: SameSiteNoneInsecure…).
	Reasons []string `json:"reasons,omitempty"`
	// Issues are what the browser's Issues panel says of the cookie,
	// warnings and exclusions in its own words (Chromium's
	// CookieWarningReason and CookieExclusionReason: WarnThirdPartyPhaseout,
	// ExcludeSameSiteNoneInsecure…), for a cookie stored or blocked.
	Issues []string `json:"issues,omitempty"`
}

// CookieWrite is one write or delete of a cookie that a page's script made
// at run time, as a browser saw it happen.
type CookieWrite struct {
	// Page is the URL of the document the script ran in.
	Page string `json:"page"`
	// API is how the script wrote: document.cookie, cookieStore.set or
	// cookieStore.delete.
	API string `json:"api"`
	// Name is the cookie's name; Value its value, empty for a delete.
	Name  string `json:"name"`
	Value string `json:"-"`
	// Cookie is the write as a Set-Cookie line: the string assigned to
	// document.cookie, or the Cookie Store call rendered with its defaults.
	Cookie string `json:"-"`
	// Delete is set for cookieStore.delete; a document.cookie write that
	// expires the cookie is told by its Cookie line.
	Delete bool `json:"delete,omitempty"`
	// Script is the URL of the script that wrote, the page's URL for an
	// inline script; Line and Col (1-based) are where in it the write was
	// called, from the stack.
	Script string `json:"script"`
	Line   int    `json:"line"`
	Col    int    `json:"col"`
	// Function is the innermost named function on the stack, if any.
	Function string `json:"function,omitempty"`
	// Logout is set for writes made by the logout probe's click on a
	// logout control.
	Logout bool `json:"logout,omitempty"`
}
