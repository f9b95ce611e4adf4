// Withdrawal erases what a category declared (L-11, S-07): every glob of a list, cookies on declared paths this page
// cannot see, and a cookie that will not go is reported; the start-up sweep touches only what is there.
import { afterEach, describe, expect, it } from "vitest";
import { createConsentApi, type ConsentApi } from "../../src/api";
import type { ConsentConfig } from "../../src/integrations/config";
import { createMemoryStorage } from "../../src/core/storage";
import type { ConsentErrorEvent } from "../../src/core/store";
import { createGate } from "../../src/gate/index";

const HOME = "http://localhost:3000/";
let api: ConsentApi | undefined;
const errors: ConsentErrorEvent[] = [];

function start(config: ConsentConfig): ConsentApi {
  api = createConsentApi(config, { gate: createGate, environment: { storage: createMemoryStorage() } });
  api.on("error", (event) => void errors.push(event));
  return api;
}

/** Moves this page to `url` (same origin), as a navigation would; cookies on other paths come and go from view. */
const visit = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

/** `document.cookie`'s own accessor, from the document's prototype chain (happy-dom keeps one class set per window). */
function cookieAccessor(): PropertyDescriptor {
  for (let owner = Object.getPrototypeOf(document); owner; owner = Object.getPrototypeOf(owner)) {
    const descriptor = Object.getOwnPropertyDescriptor(owner, "cookie");
    if (descriptor) return descriptor;
  }
  throw new Error("no cookie accessor");
}

const cookieJar = () => document.cookie.split("; ").filter(Boolean).sort();

afterEach(() => {
  api?.destroy();
  api = undefined;
  errors.length = 0;
  for (const path of ["/", "/app"]) {
    visit(new URL(path, HOME).href);
    for (const pair of document.cookie.split("; ").filter(Boolean)) {
      document.cookie = `${pair.split("=")[0]}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=${path}`;
    }
  }
  visit(HOME);
  localStorage.clear();
  sessionStorage.clear();
});

describe("erasing on withdrawal (L-11, S-07)", () => {
  it("a category that declares two storage globs loses the keys of both when withdrawn", () => {
    const consent = start({
      categories: { analytics: { storage: ["ph_*", "__ph_*"], sessionStorage: ["ph_*", "__ph_*"] } },
    });
    consent.acceptAll();
    for (const area of [localStorage, sessionStorage]) {
      area.setItem("ph_phc_x_posthog", "1");
      area.setItem("__ph_opt_in_out_phc_x", "1");
      area.setItem("site_cart", "1");
    }
    consent.rejectAll();
    expect(Object.keys(localStorage).sort()).toEqual(["consent", "site_cart"].filter((key) => localStorage.getItem(key) !== null));
    expect(Object.keys(localStorage)).not.toContain("ph_phc_x_posthog");
    expect(Object.keys(localStorage)).not.toContain("__ph_opt_in_out_phc_x");
    expect(Object.keys(sessionStorage)).toEqual(["site_cart"]);
  });

  it("a category that declares two cookies loses both, and only those", () => {
    const consent = start({ categories: { marketing: { cookies: [{ name: "_fbp" }, { name: "_gcl_*" }] } } });
    consent.acceptAll();
    document.cookie = "_fbp=1; Path=/";
    document.cookie = "_gcl_au=2; Path=/";
    document.cookie = "session=3; Path=/";
    consent.set({ marketing: false });
    expect(cookieJar()).toEqual(["session=3"]);
    expect(errors).toEqual([]);
  });

  it("a cookie set on a declared path is erased there, though the page that withdraws cannot see it", () => {
    visit(new URL("/app/dashboard", HOME).href);
    document.cookie = "app_tracker=1; Path=/app";
    visit(HOME);
    expect(cookieJar()).toEqual([]);

    const consent = start({ categories: { analytics: { cookies: [{ name: "app_tracker", paths: ["/app"] }] } } });
    consent.acceptAll();
    consent.rejectAll();

    visit(new URL("/app/dashboard", HOME).href);
    expect(cookieJar()).toEqual([]);
  });

  it("a cookie that will not go away is reported as an error naming the category and the cookie", () => {
    const consent = start({ categories: { analytics: { cookies: [{ name: "_ga" }] } } });
    consent.acceptAll();
    document.cookie = "_ga=GA1.1; Path=/";
    // A page script that keeps re-setting the cookie (or an engine that ignores the expiry) wins over the erase.
    const jar = cookieAccessor();
    Object.defineProperty(document, "cookie", {
      configurable: true,
      get: () => jar.get!.call(document),
      set: (text: string) => void (text.startsWith("_ga=;") || jar.set!.call(document, text)),
    });
    try {
      consent.rejectAll();
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
    const cleanup = errors.filter((event) => event.source === "cleanup:analytics");
    expect(cleanup).toHaveLength(1);
    expect((cleanup[0]!.error as Error).message).toBe("consentry: could not erase cookie _ga");
  });
});

describe("the start-up sweep (L-01)", () => {
  it("costs no cookie write for declared names that are not there", () => {
    let writes = 0;
    const jar = cookieAccessor();
    Object.defineProperty(document, "cookie", {
      configurable: true,
      get: () => jar.get!.call(document),
      set: (text: string) => {
        writes += 1;
        jar.set!.call(document, text);
      },
    });
    try {
      start({
        categories: {
          analytics: { cookies: [{ name: "_ga" }, { name: "_gid", paths: ["/app"] }] },
          // A catch-all glob matches any name, yet with nothing there it has nothing to erase either.
          marketing: { cookies: [{ name: "*" }] },
        },
      });
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
    expect(writes).toBe(0);
  });

  it("erases a denied category's leftover cookie on every path variant", () => {
    document.cookie = "_ga=old; Path=/";
    start({ categories: { analytics: { cookies: [{ name: "_ga" }] } } });
    expect(cookieJar()).toEqual([]);
  });
});
