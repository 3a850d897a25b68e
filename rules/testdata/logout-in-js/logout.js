// A front-end logout that only deletes cookies in the browser.
function deleteCookie(name) {
  document.cookie = name + "=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
}

function logout() {
  deleteCookie("sessionid"); // want logout-in-js "sessionid"
  deleteCookie("theme");
  window.location.href = "/login";
}

document.getElementById("logout").addEventListener("click", function () {
  Cookies.remove("remember_token"); // want logout-in-js "remember_token"
});

function resetPreferences() {
  $.removeCookie("lang", { path: "/" });
}
