// Calls a helper imported from another module of the tree.
import { setCookie } from "../utils/cookies";

export function remember(token) {
  setCookie("remember_token", token, 1); // want js-sets-auth-cookie "remember_token"
  setCookie("lang", "en", 1);
}
