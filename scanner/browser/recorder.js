// Runs in every frame before the page's own scripts: reports each cookie
// write (document.cookie, cookieStore.set/delete) with the stack that made
// it, and each same-document navigation, through the binding named below.
(() => {
  const send = globalThis.__cookiescanRecord;
  if (typeof send !== 'function') return;
  const post = (m) => {
    try { send(JSON.stringify(m)); } catch (e) { /* a page that broke JSON must not break its own write */ }
  };
  const where = () => ({ page: location.href, stack: new Error().stack });
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get() { return cookie.get.call(this); },
      set(v) {
        post({ api: 'document.cookie', line: String(v), ...where() });
        cookie.set.call(this, v);
      },
    });
  }
  const options = (a, b) => {
    if (a !== null && typeof a === 'object') {
      const o = {};
      for (const k of ['name', 'value', 'expires', 'domain', 'path', 'sameSite', 'partitioned']) {
        if (a[k] !== undefined && a[k] !== null) o[k] = a[k] instanceof Date ? a[k].getTime() : a[k];
      }
      return o;
    }
    return b === undefined ? { name: String(a) } : { name: String(a), value: String(b) };
  };
  if (typeof CookieStore === 'function') {
    const set = CookieStore.prototype.set;
    const del = CookieStore.prototype.delete;
    CookieStore.prototype.set = function (a, b) {
      post({ api: 'cookieStore.set', options: options(a, b), ...where() });
      return set.apply(this, arguments);
    };
    CookieStore.prototype.delete = function (a) {
      post({ api: 'cookieStore.delete', options: options(a), ...where() });
      return del.apply(this, arguments);
    };
  }
  for (const method of ['pushState', 'replaceState']) {
    const original = History.prototype[method];
    History.prototype[method] = function (state, title, url) {
      if (url !== undefined && url !== null) {
        try { post({ api: 'route', url: new URL(String(url), location.href).href }); } catch (e) { /* not a URL: the call fails on its own */ }
      }
      return original.apply(this, arguments);
    };
  }
  addEventListener('hashchange', () => post({ api: 'route', url: location.href }));
})();
//# sourceURL=cookiescan-recorder.js
