import Cookies from "js-cookie";
import { encrypt, decrypt } from "./jsencrypt";

export function rememberLogin(form) {
  if (form.rememberMe) {
    Cookies.set("username", form.username, { expires: 30 }); // want js-sets-auth-cookie "username" want missing-secure "username" want samesite-missing "username"
    Cookies.set("password", encrypt(form.password), { expires: 30 }); // want credential-in-cookie "password" want js-sets-auth-cookie "password" want missing-secure "password" want samesite-missing "password"
    Cookies.set("rememberMe", form.rememberMe, { expires: 30 }); // want missing-secure "rememberMe" want samesite-missing "rememberMe"
  } else {
    Cookies.remove("username");
    Cookies.remove("password");
    Cookies.remove("rememberMe"); // a flag: no logout, no session
  }
}

export function savedLogin() {
  const password = Cookies.get("password"); // want js-reads-auth-cookie "password"
  return { password: password === undefined ? "" : decrypt(password), rememberMe: Boolean(Cookies.get("rememberMe")) };
}
