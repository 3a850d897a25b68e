// TypeScript syntax that must not hide the rest of the file.
import data from "./settings.json" with { type: "json" };
import legacy from "./legacy.json" assert { type: "json" };
import fs = require("fs");
import { observable, action, computed } from "mobx";

@Component({ selector: "app-login" })
export class LoginStore {
  @observable token?: string;
  @observable remember = false;
  @Input() user!: string;
  @a.b.c nested: number;
  declare readonly injected: string;
  accessor count = 0;
  static accessor total = 0;

  constructor(@Inject(HTTP) private http: Http, @Optional() theme?: string) {}

  @computed get loggedIn(): boolean {
    return document.cookie.includes("sid="); // want read "sid"
  }

  @action.bound
  save(t: string) {
    this.token = t;
    document.cookie = `sid=${t}; path=/; secure`; // want write "sid"
  }
}

const options = { path: "/" } satisfies CookieOptions;
document.cookie = "theme=dark; path=/"; // want write "theme" value="dark"
