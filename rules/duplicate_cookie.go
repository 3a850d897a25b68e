package rules

// DuplicateCookie flags one response setting the same cookie twice.
var DuplicateCookie = &Rule{
	ID:       "duplicate-cookie",
	Title:    "Same cookie set twice in one response",
	Severity: Low,
	CWE:      20,
	Doc: `Two Set-Cookie headers for the same name, domain and path in one response:
the browser keeps only the last, so the first is wasted at best and, when the
two differ, the one that wins may not be the one the code meant (a session
regenerated after the old one was sent, a flag only on the first).

Fix: set each cookie once per response.`,
	Bad:  []Example{{SetCookie: []string{"sid=a1; Path=/; Secure; HttpOnly", "sid=b2; Path=/; Secure"}}},
	Good: []Example{{SetCookie: []string{"sid=a1; Path=/; Secure; HttpOnly", "sid=b2; Path=/admin; Secure; HttpOnly"}}},
	Check: func(p *Pass) {
		for _, r := range p.Site.Responses {
			if len(r.Cookies) < 2 {
				continue // most responses set one cookie at most
			}
			seen := map[string]bool{}
			for _, o := range r.Cookies {
				if !o.Eval.Stored {
					continue
				}
				key := o.Cookie.Name + "\x00" + o.Eval.Domain + "\x00" + o.Eval.Path
				if seen[key] {
					p.Reportf(o, "cookie %q is set more than once in one response: browsers keep only the last", o.Cookie.Name)
				}
				seen[key] = true
			}
		}
	},
}
