import { logout as apiLogout } from "@/backend/session";
import { removeToken } from "@/utils/auth";

const actions = {
  // The store action posts first, then removes the token.
  logout({ commit, state }) {
    return new Promise((resolve, reject) => {
      apiLogout(state.token).then(() => {
        commit("SET_TOKEN", "");
        removeToken();
        resolve();
      }).catch(reject);
    });
  },
};

export default { namespaced: true, actions };
