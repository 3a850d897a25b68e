import Cookies from "js-cookie";
import user from "../store/modules/user";

export default {
  methods: {
    async logout() {
      await user.actions.logout({});
      Cookies.remove("sessionid"); // want logout-in-js "sessionid"
    },
    signOut() {
      this.$store.dispatch("user/logout").then(() => {
        Cookies.remove("sid"); // want logout-in-js "sid"
      });
    },
  },
};
