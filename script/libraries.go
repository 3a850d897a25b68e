package script

import (
	"strings"

	"github.com/tdewolff/parse/v2/js"
)

// More cookie libraries, called the same way: set(name, value, options),
// get(name), remove(name).
const (
	TinyCookie       API = "tiny-cookie"
	NgxCookieService API = "ngx-cookie-service"
	VueCookies       API = "vue-cookies"
	CookiesNext      API = "cookies-next"
	Nookies          API = "nookies"
	TypeScriptCookie API = "typescript-cookie"
)

// libraryModules maps the import path of a library to its API.
var libraryModules = map[string]API{
	"tiny-cookie":        TinyCookie,
	"ngx-cookie-service": NgxCookieService,
	"vue-cookies":        VueCookies,
	"cookies-next":       CookiesNext,
	"nookies":            Nookies,
	"typescript-cookie":  TypeScriptCookie,
}

// libraryObjects are the names under which code reaches a library object:
// vue-cookies' global and component property, Angular's injected service.
var libraryObjects = map[string]API{
	"$cookies":       VueCookies,
	"VueCookies":     VueCookies,
	"cookieService":  NgxCookieService,
	"cookiesService": NgxCookieService,
	"CookieService":  NgxCookieService,
}

// libraryExport is what export name of a library module is: its object
// (default, Cookies, CookieService) or one of its functions (setCookie,
// destroyCookie...).
func libraryExport(mod, name string) (value, bool) {
	api, ok := libraryModules[mod]
	if !ok {
		return unknown, false
	}
	if libraryOpKind(name) != "" {
		return value{k: vHost, h: hCookieFunc, s: string(api) + "\x00" + name}, true
	}
	if api == TypeScriptCookie && name == "Cookies" {
		return hostVal(hJSCookie), true // js-cookie's API, typed
	}
	return value{k: vHost, h: hCookieLib, s: string(api)}, true
}

// libraryOpKind tells what a library function or method does by its name;
// "" when it touches no cookie.
func libraryOpKind(name string) OpKind {
	switch name {
	case "set", "setCookie", "setRaw":
		return Write
	case "get", "getCookie", "getAll", "getCookies", "getRaw", "parseCookies", "check", "hasCookie", "isKey":
		return Read
	case "remove", "removeCookie", "delete", "deleteCookie", "destroyCookie", "destroy":
		return Delete
	}
	return ""
}

// libraryCall is a call of a library function or method name.
func (a *analyzer) libraryCall(api API, name string, args []value, e *js.CallExpr, c0 int) value {
	if api == Nookies && strings.HasSuffix(name, "Cookie") || api == Nookies && name == "parseCookies" {
		// nookies takes the request context first: setCookie(ctx, name, value, options).
		if len(args) > 0 {
			args = args[1:]
		}
	}
	switch libraryOpKind(name) {
	case Write:
		a.libWrite(api, args, e, c0)
	case Read:
		a.libOp(Read, api, arg(args, 0), unknown, nil, e, c0)
	case Delete:
		a.libRemove(api, args, e, c0)
	}
	return unknown
}
