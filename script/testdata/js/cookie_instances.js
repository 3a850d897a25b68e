// Cookie objects made by a library call: @vueuse/integrations' useCookies,
// js-cookie's withAttributes and withConverter.
import { useCookies } from "@vueuse/integrations";
import Cookies from "js-cookie";

const cookies = useCookies(["token"]);
cookies.set("token", "v1", { path: "/", secure: true, maxAge: 3600 }); // want write(universal-cookie) "token" value="v1" attrs~"Max-Age=3600"
const token = cookies.get("token"); // want read(universal-cookie) "token"

const encoded = Cookies.withConverter({ write: (value) => encodeURIComponent(value) });
encoded.set("lang", "en", { expires: 1 }); // want write(js-cookie) "lang" attrs~"Path=/; Max-Age=86400"

const scoped = Cookies.withAttributes({ path: "/app", domain: "example.com" }).withConverter({ read: (v) => v });
scoped.set("cart", "2", { path: "/shop" }); // want write(js-cookie) "cart" attrs~"Path=/shop; Domain=example.com"

const strict = Cookies.withConverter({ read: (v) => v }).withAttributes({ secure: true, sameSite: "strict" });
strict.set("pref", "1"); // want write(js-cookie) "pref" attrs~"Path=/; Secure; SameSite=Strict"

export function signOut() {
  cookies.remove("token", { path: "/" }); // want delete(universal-cookie) "token" logout
  scoped.remove("cart"); // want delete(js-cookie) "cart" logout attrs~"Path=/app; Domain=example.com"
  strict.remove("pref", { path: "/p" }); // want delete(js-cookie) "pref" logout attrs~"Path=/p; Max-Age=-86400; Secure; SameSite=Strict"
}

const { useCookies: useVueCookies } = require("@vueuse/integrations");
useVueCookies().set("required", "1"); // want write(universal-cookie) "required"
