package script

import (
	"strconv"
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
	if name == "deleteAll" {
		// ngx-cookie-service's deleteAll(path, domain): every cookie.
		c := &cookieAttrs{maxAge: -86400, hasMaxAge: true}
		c.apply(positionalOptions(args, 0, []string{"path", "domain", "secure", "sameSite"}), true)
		a.libOp(Delete, api, unknown, str(""), c, e, c0)
		return unknown
	}
	if api == NgxCookieService || api == VueCookies {
		// set(name, value, expires, path, domain, secure, sameSite) and
		// delete(name, path, domain, secure, sameSite), each also taking
		// an options object instead.
		switch libraryOpKind(name) {
		case Write:
			expires := arg(args, 2)
			if api == VueCookies {
				expires = vueExpiry(expires)
			}
			opts := positionalOptions(append([]value{expires}, args[min(3, len(args)):]...), 0, []string{"expires", "path", "domain", "secure", "sameSite"})
			args = []value{arg(args, 0), arg(args, 1), opts}
		case Delete:
			args = []value{arg(args, 0), positionalOptions(args, 1, []string{"path", "domain", "secure", "sameSite"})}
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

// positionalOptions turns the arguments from index from on, named by keys
// in order, into the options object they stand for; an object in their
// first place is that object already.
func positionalOptions(args []value, from int, keys []string) value {
	if first := arg(args, from); first.k == vObj {
		return first
	}
	o := &objVal{}
	for i, k := range keys {
		if v := arg(args, from+i); v.k != vUndef && v.k != vNull {
			o.set(k, v)
		}
	}
	return value{k: vObj, o: o}
}

// vueExpiry turns vue-cookies' expiry (seconds as a number, or "7d",
// "12h", "30min", "1y" as a string) into js-cookie's days, which the
// options read; a Date or anything else is kept.
func vueExpiry(v value) value {
	if n, ok := toNum(v); ok && n.rel == relNone && v.k != vStr {
		return num(n.n / 86400)
	}
	s, ok := toStr(v).known()
	if !ok || v.k != vStr {
		return v
	}
	s = strings.ToLower(strings.TrimSpace(s))
	units := []struct {
		suffix string
		days   float64
	}{{"min", 1.0 / 1440}, {"d", 1}, {"h", 1.0 / 24}, {"m", 30}, {"y", 365}, {"s", 1.0 / 86400}}
	for _, u := range units {
		if n, err := strconv.ParseFloat(strings.TrimSuffix(s, u.suffix), 64); strings.HasSuffix(s, u.suffix) && err == nil {
			return num(n * u.days)
		}
	}
	return v
}
