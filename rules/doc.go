// Package rules judges cookie evidence: each Rule checks the site model built
// once from the evidence and reports what it finds, and the engine folds the
// reports into findings, one per rule and cookie however often it was seen.
//
// Rule, All and Validate are in rule.go and registry.go, Finding in
// finding.go. The engine is split by concern: pass.go runs the rules (Run,
// Judge, a Judgement that judges responses a part at a time in bounded
// memory, Pass and its reporting calls), site.go replays the evidence through
// a browser's cookie jar (Site, Observed), scripts.go finds the cookie
// operations of scripts, browser.go adds what a browser saw (cookie writes
// made at run time, and where its verdicts differ from the model's),
// aggregate.go folds reports into findings and redact.go hides values. classify.go decides what each cookie is for,
// inspect.go explains single headers and suppress.go applies ignores and
// severity overrides. Each rule has a file of its own, named by its ID.
//
// # Adding a rule
//
//  1. Create the file named by the rule's ID with hyphens as underscores:
//     samesite-none-insecure lives in samesite_none_insecure.go. A name that
//     would end in _js.go takes a _rule suffix (logout_in_js_rule.go), since
//     Go builds *_js.go files only for GOOS=js.
//  2. Declare one exported value, var SameSiteNoneInsecure = &Rule{…}, with
//     ID (kebab-case, stable), Title (one line), Doc (the explanation and the
//     fix, without the title), the default Severity, the CWE, Bad and Good
//     examples (Set-Cookie lines, a URL, a script: every Bad example must
//     fire the rule and no Good one may) and Check.
//  3. In Check, read p.Site (Live for the cookies a browser keeps, Cookies,
//     Responses, ScriptOps…) and report with p.Reportf(at, format, args...),
//     or with p.Report(Diagnostic{…}) for another severity or evidence.
//     p.Site may be one part of a large capture: a rule that needs the whole
//     evidence reads what the engine gathers across parts (CookieHeaders,
//     SiteCookies, HTTPOnlyNames), which the last part holds, as it holds
//     ScriptOps and Samples.
//  4. Add fixtures under testdata/<rule-id>/: response dumps (*.http) ending
//     the line that triggers the rule with # want <rule-id> "<cookie>", or
//     source files with the same words in a comment.
//  5. Add the value to All, in catalog order.
//  6. Run go test ./rules, then regenerate docs/rules.md and the README's
//     rule table with go test ./cmd/cookiescan -run TestDocs -update.
package rules
