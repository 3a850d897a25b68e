// api: cookieStore
// The Cookie Store API, as the global and as window.cookieStore.
async function remember(user) {
  await cookieStore.set("user", user); // want write "user" fn="remember" attrs~"; Path=/; Secure; SameSite=Strict"
  await cookieStore.set({ // want write "prefs" value="compact" attrs~"Domain=example.com"
    name: "prefs",
    value: "compact",
    expires: Date.now() + 30 * 24 * 60 * 60 * 1000,
    domain: "example.com",
    path: "/app",
    sameSite: "lax",
    partitioned: true,
  });
  const c = await cookieStore.get("user"); // want read "user"
  const all = await cookieStore.getAll(); // want read ?
  const some = await window.cookieStore.get({ name: "prefs" }); // want read "prefs"
}

async function signOut() {
  await cookieStore.delete("user"); // want delete "user" logout
  await window.cookieStore.delete({ name: "prefs", path: "/app" }); // want delete "prefs" logout attrs~"Path=/app"
  await cookieStore.set({ name: "gone", value: "", expires: 0 }); // want delete "gone" logout
}
