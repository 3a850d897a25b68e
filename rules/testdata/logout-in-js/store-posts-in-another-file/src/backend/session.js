// Server calls of the admin template, under a folder name that says nothing.
import request from "@/utils/request";

export function logout() {
  return request({ url: "/user/logout", method: "post" });
}

export const endSession = () => fetch("/session", { method: "DELETE" });
