// Class fields of newer JavaScript (auto-accessors, static blocks) before
// and around cookie writes.
class Preferences {
  accessor theme = "dark";
  static accessor count = 0;
  #secret = 1;
  static {
    document.cookie = "boot=1; path=/"; // want write "boot" value="1"
  }
  save() {
    document.cookie = "theme=" + this.theme; // want write "theme"
  }
}
document.cookie = "after=1"; // want write "after" value="1"
