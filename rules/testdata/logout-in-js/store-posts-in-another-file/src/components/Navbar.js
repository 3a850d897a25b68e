import Cookies from "js-cookie";
import user from "../store/modules/user";
import * as session from "../backend/session";

export default {
  methods: {
    async logout() {
      await user.actions.logout({});
      Cookies.remove("sessionid");
    },
    signOut() {
      this.$store.dispatch("user/logout").then(() => {
        Cookies.remove("sid");
      });
    },
    async endAll() {
      await session.endSession();
      document.cookie = "auth_token=; max-age=0; path=/";
    },
  },
};
