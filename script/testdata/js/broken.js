// A script that does not parse: what comes before the error is analysed, and
// so is what follows the broken top-level statement.
document.cookie = "first=1; path=/"; // want write "first"

function logout() {
  document.cookie = "sid=; max-age=0"; // want delete "sid" logout
}

const settings = {
  save(theme) {
    document.cookie = "theme=" + theme; // want write "theme" fn="save"
    if (theme) {
      const x = = 2; // want-error
      document.cookie = "never=1";
    }
  },
};
document.cookie = "after=1"; // want write "after"
