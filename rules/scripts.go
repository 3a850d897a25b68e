package rules

import (
	"fmt"
	"net/url"
	"path/filepath"
	"time"

	"github.com/cookiescan/cookiescan/evidence"
	"github.com/cookiescan/cookiescan/script"
	"github.com/cookiescan/cookiescan/setcookie"
)

// ScriptOp is one read, write or delete of a cookie in a script, with the
// script it is in and the class of the cookie it names.
type ScriptOp struct {
	script.Op
	Script *evidence.Script
	Class  Class

	// place is where, worked out on first use: every finding about the
	// operation asks for it, and it parses a URL.
	place *scriptPlace
}

// scriptPlace is an operation's where, with its URL parsed when it has a host.
type scriptPlace struct {
	where
	parsed *url.URL
}

// where is the operation's place: the page URL for a crawled script (the
// script's own URL for an external one), the file for a linted one.
func (op *ScriptOp) where() where { return op.located().where }

func (op *ScriptOp) located() *scriptPlace {
	if op.place != nil {
		return op.place
	}
	p := &scriptPlace{where: where{url: op.Script.Page, file: op.Script.File, line: op.Line, col: op.Col}}
	if p.url == "" {
		p.url = op.Script.URL
	}
	if p.file == "" {
		p.file = op.Script.URL
	}
	if u, err := url.Parse(p.url); err == nil && u.Host != "" {
		p.host, p.parsed = u.Hostname(), u
	} else {
		p.unknownURL = true
	}
	op.place = p
	return p
}

// analyseScript finds the cookie operations of one script.
func analyseScript(sc *evidence.Script) *script.Result {
	return script.Analyze(sc.Source, script.Options{Line: sc.Line, Col: sc.Col, Logout: sc.Logout})
}

// analyseScripts finds the cookie operations of every script (JavaScript,
// as the scanner made it; analysed holds those found already), and turns
// each write with a known cookie into an Observed cookie so that the header
// rules judge it too. Scripts that fail to parse are analysed as far as
// they go and noted.
func (s *Site) analyseScripts(scripts []*evidence.Script, analysed map[*evidence.Script]*script.Result, now time.Time, classifier *classMemo) {
	// Source files form a tree whose modules call into one another: a
	// deletion is cleanup when a request is reached through another file.
	tree := script.NewTree()
	type deletion struct {
		op  *ScriptOp
		res *script.Result
		i   int
	}
	var deletions []deletion
	results := make([]*script.Result, len(scripts))
	for i, sc := range scripts {
		if results[i] = analysed[sc]; results[i] == nil {
			results[i] = analyseScript(sc)
		}
	}
	followHelpers(scripts, results)
	for i, sc := range scripts {
		res := results[i]
		switch {
		case len(res.SkippedLines) > 0:
			s.Notes = append(s.Notes, fmt.Sprintf("%s: JavaScript analysed in part: lines %d-%d skipped (%v)", scriptName(sc), res.SkippedLines[0][0], res.SkippedLines[len(res.SkippedLines)-1][1], res.Err))
		case res.Err != nil:
			s.Notes = append(s.Notes, fmt.Sprintf("%s: JavaScript analysed only up to %v", scriptName(sc), res.Err))
		}
		if sc.File != "" {
			tree.Add(filepath.ToSlash(sc.File), sc.Source, res)
		}
		for i, op := range res.Ops {
			o := &ScriptOp{Op: op, Script: sc, Class: classifier.Classify(op.Name, op.Value)}
			s.ScriptOps = append(s.ScriptOps, o)
			if op.Kind != script.Read && op.Cookie != "" {
				s.Cookies = append(s.Cookies, s.scriptCookie(o, now))
			}
			if op.Kind == script.Delete && !op.ServerRequest && sc.File != "" && o.Class.Sensitive() {
				deletions = append(deletions, deletion{o, res, i})
			}
		}
	}
	for _, d := range deletions {
		d.op.ServerRequest = tree.ServerRequest(d.res, d.i)
	}
}

// followHelpers analyses again the source files that call a helper another
// file of the tree defines (window.App.setCookie = ..., or an imported
// setCookie), after that file, so that the call is followed into it.
func followHelpers(scripts []*evidence.Script, results []*script.Result) {
	helpers := script.NewTree()
	for i, sc := range scripts {
		if sc.File != "" {
			helpers.Add(filepath.ToSlash(sc.File), sc.Source, results[i])
		}
	}
	preludes := helpers.HelperPreludes()
	for i, sc := range scripts {
		if p := preludes[results[i]]; len(p) > 0 {
			results[i] = script.Analyze(sc.Source, script.Options{Line: sc.Line, Col: sc.Col, Logout: sc.Logout, Preludes: p})
		}
	}
}

// scriptCookie is what a browser makes of a cookie a script writes.
func (s *Site) scriptCookie(op *ScriptOp, now time.Time) *Observed {
	w := op.located()
	r := &Response{Response: &evidence.Response{URL: w.url, File: w.file, Line: op.Line, Entry: -1}, Received: now, Parsed: w.parsed}
	c := s.parse(op.Cookie)
	return &Observed{
		Response: r,
		Cookie:   c,
		Eval:     setcookie.Evaluate(c, r.evaluationURL(c), now, setcookie.FromScript),
		Class:    op.Class,
		Op:       op,
	}
}

func scriptName(sc *evidence.Script) string {
	switch {
	case sc.File != "":
		return fmt.Sprintf("%s:%d", sc.File, sc.Line)
	case sc.Inline:
		return fmt.Sprintf("%s:%d (inline script)", sc.Page, sc.Line)
	}
	return sc.URL
}
