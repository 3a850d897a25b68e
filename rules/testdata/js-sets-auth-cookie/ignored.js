// A finding silenced by a comment names its rule and a reason.
export function onLogin(res) {
  // cookiescan-ignore js-sets-auth-cookie the API gateway re-issues this cookie HttpOnly
  document.cookie = "auth_token=" + res.token + "; path=/; secure; samesite=strict";
  document.cookie = "jwt=" + res.jwt + "; path=/; secure; samesite=strict"; // want js-sets-auth-cookie "jwt"
  // cookiescan-ignore missing-secure not the rule that fires here
  document.cookie = "user_token=" + res.t + "; path=/; secure; samesite=strict"; // want js-sets-auth-cookie "user_token"
  // cookiescan-ignore js-sets-auth-cookie
  document.cookie = "login_token=" + res.l + "; path=/; secure; samesite=strict"; // want js-sets-auth-cookie "login_token"
  document.cookie = "sessionid=" + res.sid + "; path=/; secure; samesite=strict"; // cookiescan-ignore js-sets-auth-cookie set for the legacy widget, removed in 2027
}
