// @vitest-environment happy-dom
// The browser adapters: cookie attributes (S-02), localStorage mirror, guarded access (S-04), cookie variants (S-07).
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { parseConfig } from "../../src/core/config";
import { cookieNames, domainVariants, eraseCookie, pathVariants } from "../../src/core/cookie-jar";
import { createBrowserStorage, type PageWindow } from "../../src/core/storage";
import { createStore } from "../../src/core/store";

const cookieSettings = parseConfig({}).cookie;

afterEach(() => {
  // An Expires in the past, not Max-Age=0: happy-dom keeps a Max-Age=0 cookie for the rest of the millisecond, so a
  // slow machine saw the last test's cookie vanish in the middle of the next one.
  for (const name of cookieNames()) document.cookie = `${name}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/`;
  localStorage.clear();
  vi.restoreAllMocks();
});

describe("browser storage", () => {
  it("writes the same record to the cookie and to localStorage (S-01)", () => {
    const storage = createBrowserStorage({ cookie: cookieSettings });
    const store = createStore(parseConfig({}), { storage });
    store.acceptAll();
    const local = localStorage.getItem("consent");
    expect(local).toContain('"method":"accept-all"');
    const cookie = document.cookie.split("; ").find((pair) => pair.startsWith("consent="));
    expect(decodeURIComponent(cookie!.slice("consent=".length))).toBe(local);
    expect(storage.mode()).toBe("cookie+local");
  });

  it("a page whose localStorage throws keeps working on the cookie (S-04)", () => {
    // happy-dom's Storage is a proxy that vi.restoreAllMocks does not restore: these spies are undone below.
    const setItem = vi.spyOn(window.localStorage, "setItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    const getItem = vi.spyOn(window.localStorage, "getItem").mockImplementation(() => {
      throw new DOMException("blocked", "SecurityError");
    });
    onTestFinished(() => {
      setItem.mockRestore();
      getItem.mockRestore();
    });
    const storage = createBrowserStorage({ cookie: cookieSettings });
    const store = createStore(parseConfig({}), { storage });
    expect(() => store.rejectAll()).not.toThrow();
    expect(storage.mode()).toBe("cookie");
    expect(createStore(parseConfig({}), { storage: createBrowserStorage({ cookie: cookieSettings }) }).state().decided).toBe(true);
  });

  it("announces decisions to other tabs on a BroadcastChannel and hears them (S-05)", async () => {
    const heard = vi.fn();
    const listening = createBrowserStorage({ cookie: cookieSettings });
    const stop = listening.watch(heard);
    createBrowserStorage({ cookie: cookieSettings }).announce();
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
    stop();
  });

  const sharedCookie = { ...cookieSettings, domain: "localhost" };
  const switchTab = (state: DocumentVisibilityState) => {
    vi.spyOn(document, "visibilityState", "get").mockReturnValue(state);
    document.dispatchEvent(new Event("visibilitychange"));
  };

  it("with cookie.domain, re-reads when the tab becomes visible and the cookie changed meanwhile (a sibling subdomain's decision, S-05)", () => {
    const heard = vi.fn();
    const stop = createBrowserStorage({ cookie: sharedCookie }).watch(heard);
    document.cookie = "consent=changed-elsewhere; Path=/";
    switchTab("hidden");
    expect(heard).not.toHaveBeenCalled();
    switchTab("visible");
    expect(heard).toHaveBeenCalledOnce();
    stop();
    heard.mockClear();
    document.cookie = "consent=changed-again; Path=/";
    switchTab("visible");
    expect(heard).not.toHaveBeenCalled();
  });

  it("with cookie.domain, switching back to a tab whose cookie did not change reads no record", () => {
    const heard = vi.fn();
    const stop = createBrowserStorage({ cookie: sharedCookie }).watch(heard);
    switchTab("visible");
    expect(heard).not.toHaveBeenCalled();
    stop();
  });

  it("with a host-only cookie (the default), a tab switch runs none of our code: no page-switch work is charged to the SDK (issue 12)", () => {
    const heard = vi.fn();
    const stop = createBrowserStorage({ cookie: cookieSettings }).watch(heard);
    const reads = vi.spyOn(document, "cookie", "get");
    document.cookie = "consent=changed-elsewhere; Path=/";
    switchTab("visible");
    expect(reads).not.toHaveBeenCalled();
    expect(heard).not.toHaveBeenCalled();
    stop();
  });

  it("reacts to a storage event for its own key only", () => {
    const heard = vi.fn();
    const stop = createBrowserStorage({ cookie: cookieSettings }).watch(heard);
    window.dispatchEvent(new StorageEvent("storage", { key: "other" }));
    expect(heard).not.toHaveBeenCalled();
    window.dispatchEvent(new StorageEvent("storage", { key: "consent" }));
    expect(heard).toHaveBeenCalledOnce();
    stop();
  });

  it("a window whose storage getters throw is a memory store (sandboxed iframe, S-04)", () => {
    const hostile = {
      location: { hostname: "example.com", pathname: "/", protocol: "https:" },
      get localStorage(): Storage {
        throw new DOMException("opaque", "SecurityError");
      },
      document: {
        get cookie(): string {
          throw new DOMException("opaque", "SecurityError");
        },
      },
      navigator: { cookieEnabled: false },
    } as unknown as PageWindow;
    const storage = createBrowserStorage({ cookie: cookieSettings, window: hostile });
    expect(storage.mode()).toBe("memory");
    const store = createStore(parseConfig({}), { storage });
    store.acceptAll();
    expect(store.granted("analytics")).toBe(true);
  });
});

describe("cookie variants (S-07)", () => {
  it("lists the host and each parent domain, none for IP addresses", () => {
    expect(domainVariants("a.b.example.co.uk")).toEqual(["a.b.example.co.uk", "b.example.co.uk", "example.co.uk", "co.uk"]);
    expect(domainVariants("example.com")).toEqual(["example.com"]);
    expect(domainVariants("127.0.0.1")).toEqual([]);
    expect(domainVariants("localhost")).toEqual([]);
  });

  it("lists / and every ancestor of the current path plus declared paths", () => {
    expect(pathVariants("/blog/post", ["/app"])).toEqual(["/", "/blog", "/blog/", "/blog/post", "/blog/post/", "/app"]);
  });

  it("erases a cookie and reports it gone", () => {
    document.cookie = "_ga=1; Path=/";
    expect(cookieNames()).toContain("_ga");
    expect(eraseCookie("_ga", location)).toBe(true);
    expect(cookieNames()).not.toContain("_ga");
  });
});
