package script

import (
	"strings"

	"github.com/tdewolff/parse/v2/js"
)

// requestFunctions are globals whose call sends a request to the server.
var requestFunctions = map[string]bool{"fetch": true, "axios": true, "ky": true, "ofetch": true, "$fetch": true, "request": true}

// requestClients are objects whose methods send requests: axios and its
// instances by their usual names, jQuery, Angular's HttpClient, Vue's $http.
var requestClients = map[string]bool{
	"axios": true, "$": true, "jQuery": true, "http": true, "$http": true, "$axios": true,
	"httpClient": true, "api": true, "service": true, "request": true, "instance": true, "client": true,
}

// requestMethods are the methods of requestClients that send a request.
var requestMethods = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "request": true,
	"ajax": true, "getJSON": true, "head": true,
}

// isAPIModule reports whether an import path names a module of server
// calls ("@/api/user", "../services/auth", "./api").
func isAPIModule(mod string) bool {
	for _, seg := range strings.FieldsFunc(strings.ToLower(mod), func(r rune) bool { return r == '/' || r == '.' || r == '@' }) {
		if seg == "api" || seg == "apis" || seg == "services" || seg == "service" {
			return true
		}
	}
	return false
}

// addAPIImports remembers the bindings an import takes from an API module.
func (a *analyzer) addAPIImports(n *js.ImportStmt) {
	mod, _ := decodeString(string(n.Module))
	if !isAPIModule(mod) {
		return
	}
	if a.apiImports == nil {
		a.apiImports = map[string]bool{}
	}
	if n.Default != nil {
		a.apiImports[string(n.Default)] = true
	}
	for _, al := range n.List {
		if al.Binding != nil {
			a.apiImports[string(al.Binding)] = true
		}
	}
}

// sendsRequest reports whether a call sends a request to the server:
// fetch(), axios.post(), this.$http.get(), $.ajax(), form.submit(),
// navigator.sendBeacon(), or a function imported from an API module.
func (a *analyzer) sendsRequest(callee js.IExpr) bool {
	switch x := callee.(type) {
	case *js.Var:
		return requestFunctions[string(x.Data)] || a.apiImports[string(x.Data)]
	case *js.DotExpr:
		method := string(dotData(x))
		switch method {
		case "submit", "requestSubmit", "sendBeacon", "send":
			return true
		}
		if !requestMethods[method] {
			return false
		}
		switch r := x.X.(type) {
		case *js.Var:
			return requestClients[string(r.Data)] || a.apiImports[string(r.Data)]
		case *js.DotExpr:
			return requestClients[string(dotData(r))]
		}
	}
	return false
}

// requestChain reports whether f, a function enclosing it, or a function
// that calls into it sends a request to the server.
func (f *fnInfo) requestChain() bool {
	for g := f; g != nil; g = g.parent {
		if g.requests || g.requestReach {
			return true
		}
	}
	return false
}

// propagateRequests marks the functions called from a function that sends
// a request: clearing the token after logout() has posted is cleanup.
func (a *analyzer) propagateRequests() {
	var work []*fnInfo
	for _, f := range a.fnList {
		if f.requestChain() {
			work = append(work, f)
		}
	}
	markCalled(work, func(f *fnInfo) *bool { return &f.requestReach })
}

// navigatesToLogout reports whether n sends the browser to a logout URL:
// location.href = "/logout", window.location = "/auth/signout",
// location.assign("/logout") or location.replace(...).
func navigatesToLogout(n js.INode) bool {
	var target, url js.IExpr
	switch n := n.(type) {
	case *js.BinaryExpr:
		if n.Op != js.EqToken {
			return false
		}
		target, url = n.X, n.Y
	case *js.CallExpr:
		d, ok := n.X.(*js.DotExpr)
		if !ok || len(n.Args.List) == 0 {
			return false
		}
		if m := string(dotData(d)); m != "assign" && m != "replace" {
			return false
		}
		target, url = d.X, n.Args.List[0].Value
	default:
		return false
	}
	if !isLocation(target) {
		return false
	}
	lit, ok := url.(*js.LiteralExpr)
	if !ok || lit.TokenType != js.StringToken {
		return false
	}
	s, _ := decodeString(string(lit.Data))
	return isLogoutName(s)
}

// isLocation reports whether e is location, location.href or
// window/document.location(.href).
func isLocation(e js.IExpr) bool {
	switch e := e.(type) {
	case *js.Var:
		return string(e.Data) == "location"
	case *js.DotExpr:
		switch string(dotData(e)) {
		case "location":
			return true
		case "href":
			return isLocation(e.X)
		}
	}
	return false
}
