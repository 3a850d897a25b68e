// TypeScript syntax around cookie writes: import-require, satisfies,
// accessor and declare fields, export assignment.
import Cookies = require("js-cookie");
import type { CookieAttributes } from "js-cookie";

const attrs = { path: "/", secure: true } satisfies CookieAttributes;
Cookies.set("theme", "dark", attrs); // want write(js-cookie) "theme" value="dark" attrs~"Path=/; Secure"

class Session {
  declare readonly id: string;
  declare token: string | undefined;
  accessor lang: string = "en";
  static accessor count = 0;
  private accessor retries: number = 3;

  remember(v: string) {
    Cookies.set("sid", v satisfies string, { expires: 1 } satisfies CookieAttributes); // want write(js-cookie) "sid" attrs~"Max-Age=86400"
  }

  logout(): void {
    document.cookie = "sid=; max-age=0; path=/"; // want delete "sid" logout fn="logout"
  }
}

document.cookie = `lang=${"en" satisfies string}; path=/`; // want write "lang" value="en"
export = Session;
