// The quirksmode helpers, followed from their calls with constants.
function setCookie(name, value, days) {
  var expires = "";
  if (days) {
    var date = new Date();
    date.setTime(date.getTime() + (days * 24 * 60 * 60 * 1000));
    expires = "; expires=" + date.toUTCString();
  }
  document.cookie = name + "=" + (value || "") + expires + "; path=/";
}

function getCookie(name) {
  var nameEQ = name + "=";
  var ca = document.cookie.split(';');
  for (var i = 0; i < ca.length; i++) {
    var c = ca[i];
    while (c.charAt(0) == ' ') c = c.substring(1, c.length);
    if (c.indexOf(nameEQ) == 0) return c.substring(nameEQ.length, c.length);
  }
  return null;
}

function eraseCookie(name) {
  document.cookie = name + '=; Path=/; Expires=Thu, 01 Jan 1970 00:00:01 GMT;';
}

setCookie("theme", "dark", 365); // want write "theme" value="dark" attrs~"max-age=31536000"
setCookie("session_hint", "1"); // want write "session_hint" value="1" attrs~"path=/"
setCookie("stale", "", -1); // want delete "stale"
var theme = getCookie("theme"); // want read "theme"

function logout() {
  eraseCookie("sid"); // want delete "sid" logout fn="logout"
  eraseCookie("csrf"); // want delete "csrf" logout
  window.location = "/login";
}

// A helper of a helper: reported where the constant comes in.
function deleteCookie(name) {
  setCookie(name, "", -1);
}
function handleSignOut() {
  deleteCookie("remember_me"); // want delete "remember_me" logout fn="handleSignOut"
}

// Only ever called with a variable: the helper's own operation stays.
function setPref(key, val) {
  localStorage.setItem(key, val);
  document.cookie = key + "=" + val + "; max-age=31536000"; // want write ? fn="setPref"
}
for (const k of Object.keys(prefs)) setPref(k, prefs[k]);

// Arrow helpers and template literals; a helper that returns a date.
const getCookieValue = (n) => document.cookie.match('(^|;)\\s*' + n + '\\s*=\\s*([^;]+)')?.pop() || '';
const csrf = getCookieValue('XSRF-TOKEN'); // want read "XSRF-TOKEN"
const inDays = (d) => { const t = new Date(); t.setTime(t.getTime() + d * 864e5); return t.toUTCString(); };
document.cookie = `consent=yes; expires=${inDays(180)}; path=/`; // want write "consent" attrs~"max-age=15552000"

// A branch ruled out by the constants is not reported.
function store(name, value, remove) {
  if (remove) {
    document.cookie = name + "=; max-age=0";
  } else {
    document.cookie = name + "=" + value;
  }
}
store("cart", "3", false); // want write "cart" value="3"

// Constant arrays are iterated.
["a_id", "b_id"].forEach(function (n) {
  document.cookie = n + "=; max-age=0"; // want delete "a_id" delete "b_id"
});

// A callback-style helper whose own read has no name.
function readAll(cb) { cb(document.cookie); } // want read ? fn="readAll"
readAll(console.log);
