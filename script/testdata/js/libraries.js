// More cookie libraries, each through its usual import or injection.
import { setCookie as nextSet, deleteCookie, getCookie } from "cookies-next";
import { setCookie, destroyCookie, parseCookies } from "nookies";
import Cookie from "tiny-cookie";
import { setCookie as tsSet, removeCookie, Cookies } from "typescript-cookie";

export class AuthService {
  constructor(cookieService) { this.cookieService = cookieService; }
  login(t) {
    this.cookieService.set("session_token", t); // want write(ngx-cookie-service) "session_token"
  }
  check() {
    return this.cookieService.get("session_token"); // want read(ngx-cookie-service) "session_token"
  }
}

export const component = {
  methods: {
    save(t) { this.$cookies.set("token", t, "1d"); }, // want write(vue-cookies) "token"
  },
};
VueCookies.set("jwt", "abc"); // want write(vue-cookies) "jwt" value="abc"
nextSet("auth", "x", { domain: ".example.com" }); // want write(cookies-next) "auth" attrs~"Domain=.example.com"
const auth = getCookie("auth"); // want read(cookies-next) "auth"
setCookie(null, "sid", "v", { maxAge: 3600, path: "/" }); // want write(nookies) "sid" attrs~"Max-Age=3600"
const all = parseCookies(null); // want read(nookies) ?
Cookie.set("user_id", "42", { expires: 7 }); // want write(tiny-cookie) "user_id" attrs~"Max-Age=604800"
tsSet("access_token", "z", { secure: true }); // want write(typescript-cookie) "access_token" attrs~"Secure"
Cookies.set("theme", "dark"); // want write(js-cookie) "theme"

export function signOut() {
  deleteCookie("auth"); // want delete(cookies-next) "auth" logout
  destroyCookie(null, "sid"); // want delete(nookies) "sid" logout
  removeCookie("access_token"); // want delete(typescript-cookie) "access_token" logout
}
