// The consent cookie as a browser keeps it: Domain, Path, Secure, lifetime and SameSite (S-02, S-10), one copy only (S-01),
// and what the page reports as its storage when the cookie or localStorage is unusable (S-03, S-04).
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/core/config";
import { encodeRecord, type ConsentRecord } from "../../src/core/record";
import { createBrowserStorage, type PageWindow } from "../../src/core/storage";
import { createStore } from "../../src/core/store";
import { browser, cookieValues, storeOn } from "./pages";

const record = (updatedAt: string, analytics: boolean): ConsentRecord => ({
  v: 1,
  id: "0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7c",
  revision: 1,
  decidedAt: "2026-01-01T10:00:00.000Z",
  updatedAt,
  categories: { preferences: false, analytics, marketing: false },
  method: "custom",
  gpc: false,
});

/** A page whose `document.cookie` keeps nothing, as with cookies blocked for the site. */
function blockCookies(win: PageWindow): PageWindow {
  Object.defineProperty(win.document, "cookie", { get: () => "", set: () => {}, configurable: true });
  Object.defineProperty(win.navigator, "cookieEnabled", { get: () => false, configurable: true });
  return win;
}

/** A page whose storage throws on access (opaque origin, site data blocked). */
function throwingLocalStorage(win: PageWindow): PageWindow {
  Object.defineProperty(win, "localStorage", {
    get() {
      throw new DOMException("blocked", "SecurityError");
    },
    configurable: true,
  });
  return win;
}

describe("where the consent cookie is seen (S-02)", () => {
  it("is host-only by default: a decision on www.example.com is not taken for shop.example.com", () => {
    const tabs = browser();
    storeOn(tabs.open("https://www.example.com/")).acceptAll();
    expect(storeOn(tabs.open("https://shop.example.com/")).state().decided).toBe(false);
    expect(storeOn(tabs.open("https://www.example.com/about")).granted("analytics")).toBe(true);
  });

  it("with cookie.domain set, a decision on www.example.com holds on shop.example.com too", () => {
    const tabs = browser();
    const config = { cookie: { domain: "example.com" } };
    storeOn(tabs.open("https://www.example.com/"), config).acceptAll();
    const shop = storeOn(tabs.open("https://shop.example.com/"), config);
    expect(shop.state()).toMatchObject({ decided: true, method: "accept-all" });
    expect(shop.granted("analytics")).toBe(true);
  });

  it("with cookie.path set, the decision covers that part of the site only", () => {
    const tabs = browser();
    const config = { cookie: { path: "/shop" } };
    storeOn(tabs.open("https://example.com/shop/cart"), config).acceptAll();
    expect(storeOn(tabs.open("https://example.com/shop/checkout"), config).granted("analytics")).toBe(true);
    expect(storeOn(tabs.open("https://example.com/blog/"), config).state().decided).toBe(false);
  });

  it("on https the cookie is Secure, so the plain-http page of the same host never reads it", () => {
    const tabs = browser();
    storeOn(tabs.open("https://example.com/")).acceptAll();
    expect(storeOn(tabs.open("http://example.com/")).state().decided).toBe(false);
  });

  it("on plain http the cookie is not Secure, so the decision is still there on the next page", () => {
    const tabs = browser();
    storeOn(tabs.open("http://example.com/")).rejectAll();
    expect(storeOn(tabs.open("http://example.com/next")).state()).toMatchObject({ decided: true, method: "reject-all" });
  });
});

describe("what the browser is told to keep (S-02, S-10)", () => {
  /** A page that records each cookie string it is handed and keeps the last value, like a one-cookie jar. */
  function recordingPage(protocol = "https:") {
    const written: string[] = [];
    let jar = "";
    const win = {
      location: { hostname: "example.com", pathname: "/", protocol },
      navigator: { cookieEnabled: true },
      document: {
        get cookie() {
          return jar;
        },
        set cookie(text: string) {
          written.push(text);
          jar = text.split(";")[0]!;
        },
      },
      localStorage: undefined,
    } as unknown as PageWindow;
    return { win, written };
  }

  it("lasts cookie.expiresDays, is SameSite=Lax by default and Strict when asked (S-02, S-10)", () => {
    const lax = recordingPage();
    createStore(parseConfig({}), { storage: createBrowserStorage({ cookie: parseConfig({}).cookie, window: lax.win }) }).acceptAll();
    expect(lax.written.at(-1)).toMatch(/^consent=[^;]+; Path=\/; Max-Age=31536000; SameSite=Lax; Secure$/);

    const strict = recordingPage("http:");
    const config = parseConfig({ cookie: { expiresDays: 30, sameSite: "Strict" } });
    createStore(config, { storage: createBrowserStorage({ cookie: config.cookie, window: strict.win }) }).rejectAll();
    expect(strict.written.at(-1)).toMatch(/^consent=[^;]+; Path=\/; Max-Age=2592000; SameSite=Strict$/);
  });
});

describe("one copy of the decision (S-01)", () => {
  it("a consent cookie left on another path by an earlier setting is erased, and only the newest decision remains", () => {
    const tabs = browser();
    const page = tabs.open("https://example.com/blog/post");
    page.document.cookie = `consent=${encodeURIComponent(encodeRecord(record("2026-02-01T10:00:00.000Z", true)))}; Path=/blog`;
    page.document.cookie = `consent=${encodeURIComponent(encodeRecord(record("2026-01-05T10:00:00.000Z", false)))}; Path=/`;
    expect(cookieValues(page, "consent")).toHaveLength(2);

    const store = storeOn(page);
    expect(store.granted("analytics")).toBe(true);
    expect(cookieValues(page, "consent").map((value) => JSON.parse(value).updatedAt)).toEqual(["2026-02-01T10:00:00.000Z"]);
    // The copy that stays is the one on the configured path: another page of the site sees the same decision.
    expect(storeOn(tabs.open("https://example.com/")).granted("analytics")).toBe(true);
  });

  it("a tampered consent cookie is deleted, never kept, and nothing is granted (X-07)", () => {
    const page = browser().open("https://example.com/");
    page.document.cookie = `consent=${encodeURIComponent('{"v":1,"categories":{"analytics":true}}')}; Path=/`;
    page.localStorage.setItem("consent", "not json");
    const store = storeOn(page);
    expect(store.granted("analytics")).toBe(false);
    expect(cookieValues(page, "consent")).toEqual([]);
    expect(page.localStorage.getItem("consent")).toBeNull();
  });

  it("a reload with both copies intact writes no cookie (nothing to repair)", () => {
    const tabs = browser();
    storeOn(tabs.open("https://example.com/")).acceptAll();
    const page = tabs.open("https://example.com/");
    let owner = Object.getPrototypeOf(page.document);
    while (!Object.getOwnPropertyDescriptor(owner, "cookie")) owner = Object.getPrototypeOf(owner);
    const jar = Object.getOwnPropertyDescriptor(owner, "cookie")!;
    let writes = 0;
    Object.defineProperty(page.document, "cookie", {
      get: () => jar.get!.call(page.document),
      set: (text: string) => {
        writes += 1;
        jar.set!.call(page.document, text);
      },
      configurable: true,
    });
    page.localStorage.setItem("consent", cookieValues(page, "consent")[0]!);
    expect(storeOn(page).granted("analytics")).toBe(true);
    expect(writes).toBe(0);
  });
});

describe("storage the page cannot use (S-03, S-04)", () => {
  it("with cookies blocked, the page reports localStorage only, before and after a decision", () => {
    const tabs = browser();
    const page = blockCookies(tabs.open("https://example.com/"));
    const parsed = parseConfig({});
    const storage = createBrowserStorage({ cookie: parsed.cookie, window: page });
    expect(storage.mode()).toBe("local");
    createStore(parsed, { storage }).acceptAll();
    expect(storage.mode()).toBe("local");
    expect(page.localStorage.getItem("consent")).toContain('"accept-all"');
  });

  it("with localStorage throwing, the page reports the cookie only and the decision lives there", () => {
    const tabs = browser();
    const page = throwingLocalStorage(tabs.open("https://example.com/"));
    const parsed = parseConfig({});
    const storage = createBrowserStorage({ cookie: parsed.cookie, window: page });
    expect(storage.mode()).toBe("cookie");
    createStore(parsed, { storage }).acceptAll();
    expect(storage.mode()).toBe("cookie");
    expect(storeOn(throwingLocalStorage(tabs.open("https://example.com/"))).granted("analytics")).toBe(true);
  });

  it("a cookie jar that accepts a write but keeps something else is not counted as storage (S-03)", () => {
    const page = browser().open("https://example.com/");
    // A jar that truncates what it is given, as a browser does with an oversized or mangled cookie.
    Object.defineProperty(page.document, "cookie", { get: () => "consent=%7B", set: () => {}, configurable: true });
    const parsed = parseConfig({});
    const storage = createBrowserStorage({ cookie: parsed.cookie, window: page });
    createStore(parsed, { storage }).acceptAll();
    expect(storage.mode()).toBe("local");
  });

  it("with neither cookie nor localStorage, coming back to the tab keeps the decision made on this page", () => {
    const page = throwingLocalStorage(blockCookies(browser().open("https://example.com/")));
    const store = storeOn(page);
    store.start();
    expect(store.storageMode()).toBe("memory");
    store.acceptAll();
    page.document.dispatchEvent(new page.Event("visibilitychange"));
    expect(store.state()).toMatchObject({ decided: true, method: "accept-all" });
    expect(store.granted("analytics")).toBe(true);
  });

  it("when storage works, a reset in another tab is not undone by this tab's memory (S-05)", () => {
    const tabs = browser();
    const page = tabs.open("https://example.com/");
    const store = storeOn(page);
    store.start();
    store.acceptAll();
    // The other tab's reset: both copies gone.
    storeOn(tabs.open("https://example.com/")).reset();
    page.localStorage.removeItem("consent");
    page.dispatchEvent(new page.StorageEvent("storage", { key: "consent" }));
    expect(store.state().decided).toBe(false);
    expect(store.granted("analytics")).toBe(false);
  });
});
