// Helpers put on the global object and called through it.
window.App = window.App || {};
window.App.setCookie = function (name, value, days) {
  var d = new Date();
  d.setTime(d.getTime() + days * 864e5);
  document.cookie = name + "=" + value + "; expires=" + d.toUTCString() + "; path=/";
};
App.setCookie("sid", "v1", 30); // want write "sid" value="v1" attrs~"max-age=2592000"
window.App.setCookie("lang", "en", 1); // want write "lang" attrs~"max-age=86400"
self.App.setCookie("old", "", -1); // want delete "old"

var CKEDITOR = window.CKEDITOR || {};
CKEDITOR.tools = {
  setCookie: function (name, value) {
    document.cookie = encodeURIComponent(name) + "=" + encodeURIComponent(value) + ";path=/";
  },
};
CKEDITOR.tools.setCookie("editor", "1"); // want write "editor" value="1"
