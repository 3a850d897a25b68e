// ngx-cookie-service takes its attributes by position as well as in an object.
import { CookieService } from "ngx-cookie-service";

export class AuthService {
  constructor(private cookieService: CookieService) {}

  login(token: string) {
    this.cookieService.set("session_token", token, 30, "/", "example.com", false, "Lax"); // want js-sets-auth-cookie "session_token" want missing-secure "session_token" want long-lived-session "session_token"
    this.cookieService.set("theme", "dark", { expires: 365, path: "/", secure: true, sameSite: "Lax" });
  }

  reset() {
    this.cookieService.deleteAll("/");
  }
}
