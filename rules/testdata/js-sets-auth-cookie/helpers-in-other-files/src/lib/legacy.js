// A classic script: its top-level functions are global.
function writeCookie(name, value) {
  document.cookie = name + "=" + value + "; path=/; secure; samesite=lax";
}
