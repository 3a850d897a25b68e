package evidence

// Lifecycle is what an authenticated scan's login and session-lifecycle
// probes saw. Cookie values in it are credentials: they are kept for
// comparison and recognition, never for showing.
type Lifecycle struct {
	// Login is the login the crawl ran with.
	Login *Login `json:"login"`
	// Fixation is a login in a fresh client, with the cookies it held when
	// it submitted the login and those it held once logged in. A probe that
	// could not run is nil here, with its reason in Evidence.Errors.
	Fixation *FixationProbe `json:"fixation,omitempty"`
	// Planted is a login in a fresh client that first set a session cookie
	// to a value of its own choosing.
	Planted *PlantedProbe `json:"planted,omitempty"`
	// Logout is a login in a fresh client, a logout, then the cookies held
	// before the logout sent again to the check page.
	Logout *LogoutReplay `json:"logout,omitempty"`
}

// Login is one login as the scanner performed it. It holds no credential:
// the data submitted is never recorded.
type Login struct {
	// Page is the login URL as given.
	Page string `json:"page"`
	// Method and Action are how the credentials were submitted; Action
	// has no query when the credentials were in it (a GET form).
	Method string `json:"method"`
	Action string `json:"action"`
	// Form is set when a form on the login page was filled in, JSON when
	// the data was posted as JSON.
	Form bool `json:"form,omitempty"`
	JSON bool `json:"json,omitempty"`
	// Status and Landed are the final answer to the submission after its redirects.
	Status int    `json:"status"`
	Landed string `json:"landed"`
	// Check is the page that tells whether the client is logged in.
	Check string `json:"check"`
	// LoggedIn is set when the check page showed the logged-in state.
	LoggedIn bool `json:"logged_in"`
	// Why says what the check saw, in words, when LoggedIn is not set.
	Why string `json:"why,omitempty"`
}

// HeldCookie is a cookie a client held, by name and value.
type HeldCookie struct {
	Name  string `json:"name"`
	Value string `json:"-"`
}

// FixationProbe is a login that notes the cookies before and after.
type FixationProbe struct {
	Login *Login `json:"login"`
	// Before are the cookies the client sent with the login submission.
	Before []HeldCookie `json:"before"`
	// After are the cookies the client held for the check page once the login was done.
	After []HeldCookie `json:"after"`
}

// PlantedProbe is a login after the client set a session cookie to a
// random value of its own: a server that keeps that value as the
// logged-in session adopts IDs an attacker chooses.
type PlantedProbe struct {
	Login *Login `json:"login"`
	// Cookie is the planted cookie, by name and planted value.
	Cookie HeldCookie `json:"cookie"`
	// Kept is set when the client still held the planted value once logged in.
	Kept bool `json:"kept"`
}

// LogoutReplay is a login, a logout, and a replay of the cookies held
// before the logout to the check page.
type LogoutReplay struct {
	Login *Login `json:"login"`
	// Method and URL are the logout request.
	Method string `json:"method"`
	URL    string `json:"url"`
	// Status is the final status of the logout after its redirects.
	Status int `json:"status"`
	// Kept are the cookies held before the logout, which the replay sent.
	Kept []HeldCookie `json:"kept"`
	// Check, ReplayStatus and ReplayLanded are the replay's request and its final answer.
	Check        string `json:"check"`
	ReplayStatus int    `json:"replay_status"`
	ReplayLanded string `json:"replay_landed"`
	// StillLoggedIn is set when the replay was answered as a logged-in client.
	StillLoggedIn bool `json:"still_logged_in"`
}
