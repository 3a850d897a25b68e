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

	// origin is where Script is, shared by the operations of the script:
	// every finding about one of them asks for it, and it parses a URL.
	origin *scriptOrigin
}

// scriptOrigin is where a script is, worked out on first use (resolve):
// the page URL for a crawled script (the script's own URL for an external
// one), the file for a linted one, with the URL parsed when it has a host.
type scriptOrigin struct {
	script          *evidence.Script
	resolved        bool
	url, file, host string
	unknownURL      bool
	parsed          *url.URL
}

func (o *scriptOrigin) resolve() *scriptOrigin {
	if o.resolved {
		return o
	}
	o.url, o.file, o.resolved = o.script.Page, o.script.File, true
	if o.url == "" {
		o.url = o.script.URL
	}
	if o.file == "" {
		o.file = o.script.URL
	}
	if u, err := url.Parse(o.url); err == nil && u.Host != "" {
		o.host, o.parsed = u.Hostname(), u
	} else {
		o.unknownURL = true
	}
	return o
}

// located is where the operation's script is.
func (op *ScriptOp) located() *scriptOrigin {
	if op.origin == nil {
		op.origin = &scriptOrigin{script: op.Script}
	}
	return op.origin.resolve()
}

// where is the operation's place: its script's origin, at its position.
func (op *ScriptOp) where() where {
	o := op.located()
	return where{host: o.host, url: o.url, file: o.file, line: op.Line, col: op.Col, unknownURL: o.unknownURL}
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
		var origin *scriptOrigin
		for i, op := range res.Ops {
			if origin == nil {
				origin = &scriptOrigin{script: sc}
			}
			o := &ScriptOp{Op: op, Script: sc, Class: classifier.Classify(op.Name, op.Value), origin: origin}
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
	at := op.located()
	// The response stands for the script's place: it and the evidence it
	// wraps are made in one allocation.
	both := &struct {
		Response
		raw evidence.Response
	}{raw: evidence.Response{URL: at.url, File: at.file, Line: op.Line, Entry: -1}}
	r := &both.Response
	r.Response, r.Received, r.Parsed = &both.raw, now, at.parsed
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
