// vue-cookies: set(name, value, expireTimes, path, domain, secure, sameSite),
// the expiry in seconds or as "7d", "12h", "30min".
export default {
  methods: {
    remember(token) {
      this.$cookies.set("user_session", token, "7d", "/", "example.com", true, "Strict"); // want js-sets-auth-cookie "user_session" want long-lived-session "user_session"
      this.$cookies.set("lang", "en", "12h", "/", "", true, "Lax");
    },
  },
};
