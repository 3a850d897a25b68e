// Calls into the helpers other files put on the global object.
function onLogin(token, editorToken) {
  App.setCookie("sid", token, 1); // want js-sets-auth-cookie "sid"
  window.App.setCookie("theme", "dark", 30);
  CKEDITOR.tools.setCookie("editor_auth", editorToken); // want js-sets-auth-cookie "editor_auth"
  writeCookie("user_role", "admin"); // want js-sets-auth-cookie "user_role"
}
