package rules

import "testing"

func TestClassifierPutsCookiesInTheirClass(t *testing.T) {
	cases := []struct {
		name, value string
		want        Class
	}{
		{"PHPSESSID", "x", ClassSession},
		{"JSESSIONID", "x", ClassSession},
		{"ASP.NET_SessionId", "x", ClassSession},
		{"connect.sid", "s%3Aabc", ClassSession},
		{"laravel_session", "x", ClassSession},
		{"_myapp_session", "x", ClassSession},
		{"__Host-session", "x", ClassSession},
		{"auth_token", "x", ClassSession},
		{"remember_user_token", "x", ClassSession},
		{"wordpress_logged_in_abc123", "x", ClassSession},
		{"user_session", "x", ClassSession},
		{"ssid", "x", ClassSession},
		{"user", "alice", ClassIdentity},
		{"isAdmin", "false", ClassIdentity},
		{"is_admin", "0", ClassIdentity},
		{"role", "admin", ClassIdentity},
		{"account", "alice", ClassIdentity},
		{"user_id", "42", ClassIdentity},
		{"csrftoken", "x", ClassCSRF},
		{"XSRF-TOKEN", "x", ClassCSRF},
		{"_csrf", "x", ClassCSRF},
		{".AspNetCore.Antiforgery.abc", "x", ClassCSRF},
		{"AWSALB", "x", ClassInfrastructure},
		{"ARRAffinity", "x", ClassInfrastructure},
		{"BIGipServerpool_web", "x", ClassInfrastructure},
		{"incap_ses_123_456", "x", ClassInfrastructure},
		{"_ga", "GA1.1.1.1", ClassTracking},
		{"_ga_ABC123", "x", ClassTracking},
		{"_hjSessionUser_123", "x", ClassTracking},
		{"__stripe_sid", "x", ClassTracking},
		{"theme", "dark", ClassTracking},
		{"author_pref", "compact", ClassUnknown},
		{"sidebar_state", "open", ClassUnknown},
		{"foo", "bar", ClassUnknown},
		{"foo", "Zx8Qp3Lm9Rt2Vw7Yk4Hn6Bc1", ClassSession},
		{"foo", "aaaaaaaaaaaaaaaaaaaaaaaa", ClassUnknown},
		// A flag is never a session token, whatever its name says.
		{"rememberMe", "true", ClassUnknown},
		{"remember_me", "", ClassUnknown},
		{"rememberme", "", ClassUnknown},
		{"remember-me", "YWxpY2U6MTcwMDAwMDAwMDpkZWFkYmVlZg", ClassSession},
		{"isAuthenticated", "", ClassUnknown},
		{"session", "1", ClassUnknown},
		{"auth", "off", ClassUnknown},
		{"auth", "", ClassSession},
		{"login_token", "yes", ClassUnknown},
		// Credentials are what the user types.
		{"password", "", ClassCredential},
		{"userPassword", "x", ClassCredential},
		{"passwd", "x", ClassCredential},
		{"pwd", "U2FsdGVkX1", ClassCredential},
		{"card_pin", "1234", ClassCredential},
		{"client_secret", "x", ClassCredential},
		{"spinner", "x", ClassUnknown},
		{"_pin_unauth", "x", ClassTracking},
	}
	// A judgement's memo judges a name once, and must give the same class
	// whatever value comes with the name the second time.
	memo := newClassMemo(DefaultClassifier)
	for _, c := range cases {
		if got := DefaultClassifier.Classify(c.name, c.value); got != c.want {
			t.Errorf("Classify(%q, %q) = %s, want %s", c.name, c.value, got, c.want)
		}
		for range 2 {
			if got := memo.Classify(c.name, c.value); got != c.want {
				t.Errorf("classMemo.Classify(%q, %q) = %s, want %s", c.name, c.value, got, c.want)
			}
		}
	}
}

func TestUserPatternsExtendTheClasses(t *testing.T) {
	c, err := NewClassifier(map[Class][]string{ClassSession: {"acme_[a-z]+"}, ClassCSRF: {"guard"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Classify("acme_login", "x"); got != ClassSession {
		t.Errorf("acme_login = %s, want session", got)
	}
	if got := c.Classify("GUARD", "x"); got != ClassCSRF {
		t.Errorf("GUARD = %s, want csrf", got)
	}
	if _, err := NewClassifier(map[Class][]string{ClassSession: {"("}}); err == nil {
		t.Error("an invalid pattern was accepted")
	}
}
