// The same store without the request to the server: the session stays valid.
import Cookies from "js-cookie";
import { getInfo } from "@/utils/storage";

const TokenKey = "Admin-Token";

function removeToken() {
  return Cookies.remove(TokenKey); // want logout-in-js "Admin-Token"
}

const actions = {
  logout({ commit }) {
    return new Promise((resolve) => {
      commit("SET_TOKEN", "");
      removeToken();
      resolve();
    });
  },
  logOff() {
    Cookies.remove("auth_token"); // want logout-in-js "auth_token"
    window.location.href = "/login";
  },
};

export default { actions, getInfo };
