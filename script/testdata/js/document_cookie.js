// document.cookie writes, reads and deletes, through every way of naming it.
document.cookie = "sid=abc123; path=/; Secure; SameSite=Lax"; // want write "sid" value="abc123" attrs~"SameSite=Lax"
window.document.cookie = "a=1"; // want write "a"
self.document.cookie = "b=2"; // want write "b"
globalThis.document.cookie = "c=3; max-age=" + 60 * 60 * 24; // want write "c" attrs~"max-age=86400"
document["cookie"] = "d=4"; // want write "d"
document['coo' + 'kie'] = "e=5"; // want write "e"
document.cookie += "f=6; path=/"; // want write "f"

var d = document;
d.cookie = "alias=1"; // want write "alias"
const doc = window.document;
doc.cookie = `tmpl=${"x"}; path=/app`; // want write "tmpl" value="x" attrs~"path=/app"

const NAME = "pref";
const ONE_YEAR = 365 * 24 * 60 * 60;
let lang = "en";
document.cookie = `${NAME}=${lang}; max-age=${ONE_YEAR}; path=/`; // want write "pref" value="en" attrs~"max-age=31536000"
document.cookie = NAME + "=" + encodeURIComponent(lang) + ";path=/;SameSite=Strict"; // want write "pref" value="en"

// Deletes: a past date, max-age=0, a date from new Date(0), a date before now.
document.cookie = "sid=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/"; // want delete "sid"
document.cookie = "sid=; Max-Age=0"; // want delete "sid"
document.cookie = "old=; expires=" + new Date(0).toUTCString(); // want delete "old"
document.cookie = "gone=; expires=" + new Date(Date.now() - 1000).toUTCString(); // want delete "gone" attrs~"max-age=-1"
document.cookie = "neg=x; max-age=-1"; // want delete "neg"
document.cookie = "keep=1; max-age=10; expires=Thu, 01 Jan 1970 00:00:00 GMT"; // want write "keep"
document.cookie = "later=1; expires=" + new Date(Date.now() + 864e5).toUTCString(); // want write "later" attrs~"max-age=86400"

var exp = new Date();
exp.setDate(exp.getDate() + 30);
document.cookie = "month=1; expires=" + exp.toGMTString(); // want write "month" attrs~"max-age=2592000"

// Unknown parts: the name stays known, unknowable attributes are left out.
function save(token, host) {
  document.cookie = "auth=" + token + "; domain=" + host + "; path=/"; // want write "auth" fn="save" attrs~"path=/"
  document.cookie = token; // want write ? fn="save"
}

// Reads, with and without a name.
var all = document.cookie; // want read ?
const theme = document.cookie.split('; ').find(row => row.startsWith('theme='))?.split('=')[1]; // want read "theme"
const m = document.cookie.match(/(^| )csrftoken=([^;]+)/); // want read "csrftoken"
const re = new RegExp('(^| )' + 'lang' + '=([^;]+)'); const lm = document.cookie.match(re); // want read "lang"
if (document.cookie.indexOf('consent=') !== -1) { console.log('ok'); } // want read "consent"
const mdn = document.cookie.replace(/(?:(?:^|.*;\s*)test2\s*\=\s*([^;]*).*$)|^.*$/, "$1"); // want read "test2"
const hasTrack = document.cookie.includes("_ga"); // want read "_ga"
var parts = ("; " + document.cookie).split("; visitor="); // want read "visitor"
const jar = Object.fromEntries(document.cookie.split('; ').map(c => c.split('='))); // want read "uid"
console.log(jar.uid);

// The delete-every-cookie idioms: deletes of unknown names.
document.cookie.split(";").forEach(function (c) { // want read ?
  document.cookie = c.replace(/^ +/, "").replace(/=.*/, "=;expires=" + new Date().toUTCString() + ";path=/"); // want delete ? attrs~"path=/"
});
var cookies = document.cookie.split(";"); // want read ?
for (var i = 0; i < cookies.length; i++) {
  var cookie = cookies[i];
  var eqPos = cookie.indexOf("=");
  var name = eqPos > -1 ? cookie.substr(0, eqPos) : cookie;
  document.cookie = name + "=;expires=Thu, 01 Jan 1970 00:00:00 GMT"; // want delete ?
}
