// The admin-template pattern: the store's logout action asks the server
// first, and only then removes the token. Every deletion here is cleanup.
import Cookies from "js-cookie";
import { login, logout, getInfo } from "@/api/user";

const TokenKey = "Admin-Token";

function removeToken() {
  return Cookies.remove(TokenKey);
}

const actions = {
  logout({ commit, state }) {
    return new Promise((resolve, reject) => {
      logout(state.token).then(() => {
        commit("SET_TOKEN", "");
        removeToken();
        resolve();
      }).catch(reject);
    });
  },
  async signOut() {
    await axios.post("/auth/logout");
    Cookies.remove("sessionid");
  },
  logOff() {
    Cookies.remove("auth_token");
    window.location.href = "/account/logout";
  },
};

function logoutXHR() {
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/logout");
  xhr.send();
  document.cookie = "sid=; max-age=0; path=/";
}

export default { actions, logoutXHR };
