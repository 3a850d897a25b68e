import { removeToken } from "@/utils/auth";

const actions = {
  // The same action without the request: the session stays valid.
  logout({ commit }) {
    return new Promise((resolve) => {
      commit("SET_TOKEN", "");
      removeToken();
      resolve();
    });
  },
};

export default { namespaced: true, actions };
