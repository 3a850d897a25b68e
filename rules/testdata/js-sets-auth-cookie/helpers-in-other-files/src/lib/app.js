// A namespace on the global object, with a cookie helper.
window.App = window.App || {};
window.App.setCookie = function (name, value, days) {
  var date = new Date();
  date.setTime(date.getTime() + days * 864e5);
  document.cookie = name + "=" + value + "; expires=" + date.toUTCString() + "; path=/; secure; samesite=lax";
};
