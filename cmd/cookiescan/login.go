package main

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"

	"github.com/spf13/pflag"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

// loginFlags are the flags of an authenticated scan.
type loginFlags struct {
	url, data, check, loggedIn, logout string
	noLifecycle                        bool
	// dataKey names the login data in messages: the flag, or the config
	// file's line and key when the data comes from there.
	dataKey string
}

func (l *loginFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&l.url, "login", "", "log in at this URL before crawling: its form is filled in, or --login-data is posted to it")
	fs.StringVar(&l.data, "login-data", "", "credentials for --login, form-encoded ('user=alice&password=${PASS}') or JSON ('{...}'); ${NAME} comes from the environment")
	fs.StringVar(&l.check, "login-check", "", "page that shows whether the scan is logged in (default: the page the login lands on)")
	fs.StringVar(&l.loggedIn, "logged-in", "", "regular expression the check page's body matches when logged in")
	fs.StringVar(&l.logout, "logout", "", "logout URL for the session-lifecycle probe (default: the logout link or form found)")
	fs.BoolVar(&l.noLifecycle, "no-lifecycle", false, "do not probe session fixation and logout after the crawl")
}

// build returns the login configuration the flags give, nil without
// --login. ${NAME} references in --login-data are expanded from getenv; an
// error names the variable, never a value.
func (l *loginFlags) build(getenv func(string) (string, bool), classifier *rules.Classifier) (*scanner.LoginConfig, error) {
	if l.url == "" {
		for _, f := range []struct{ flag, value string }{{"--login-data", l.data}, {"--login-check", l.check}, {"--logged-in", l.loggedIn}, {"--logout", l.logout}} {
			if f.value != "" {
				return nil, fmt.Errorf("%s needs --login", f.flag)
			}
		}
		return nil, nil
	}
	if l.data == "" {
		return nil, errors.New("--login needs --login-data")
	}
	data, err := expandEnv(cmp.Or(l.dataKey, "--login-data"), l.data, getenv)
	if err != nil {
		return nil, err
	}
	cfg := &scanner.LoginConfig{
		URL: l.url, Data: data, CheckURL: l.check, LogoutURL: l.logout, Lifecycle: !l.noLifecycle,
		SessionCookie: func(name, value string) bool { return classifier.Classify(name, value) == rules.ClassSession },
	}
	if l.loggedIn != "" {
		if cfg.LoggedIn, err = regexp.Compile(l.loggedIn); err != nil {
			return nil, fmt.Errorf("--logged-in: not a valid regular expression: %s", regexpProblem(err))
		}
	}
	return cfg, nil
}

// expandEnv replaces the ${NAME} references of text from the environment.
// A variable that is not set, or is empty (as CI passes a secret it does
// not have), is an error naming it.
func expandEnv(what, text string, getenv func(string) (string, bool)) (string, error) {
	var err error
	v := envRef.ReplaceAllStringFunc(text, func(ref string) string {
		name := ref[2 : len(ref)-1]
		value, ok := getenv(name)
		switch {
		case err != nil: // the first variable missing is the one named
		case !ok:
			err = fmt.Errorf("%s: environment variable %s is not set", what, name)
		case value == "":
			err = fmt.Errorf("%s: environment variable %s is empty", what, name)
		}
		return value
	})
	return v, err
}
