import Cookies from "js-cookie";

const TokenKey = "Admin-Token";

export function getToken() {
  return Cookies.get(TokenKey); // want js-reads-auth-cookie "Admin-Token"
}

export function removeToken() {
  return Cookies.remove(TokenKey); // want logout-in-js "Admin-Token"
}
