import Cookies from "js-cookie";

export function authHeaders() {
  const token = Cookies.get("jwt"); // want js-reads-auth-cookie "jwt"
  const csrf = Cookies.get("csrftoken");
  return { Authorization: "Bearer " + token, "X-CSRFToken": csrf };
}

function getCookie(name) {
  const match = document.cookie.split("; ").find((row) => row.startsWith(name + "="));
  return match ? match.split("=")[1] : null;
}

const sid = getCookie("PHPSESSID"); // want js-reads-auth-cookie "PHPSESSID"
const lang = getCookie("lang");
