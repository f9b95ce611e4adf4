// Erase on withdrawal, per storage technology (L-11, issue 9), and only where something is declared (issue 12: opening
// a storage area costs the page main-thread time, so a category that declares nothing there never opens it).
import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/core/config";
import { createMemoryStorage, type PageWindow } from "../../src/core/storage";
import { createStore } from "../../src/core/store";
import { eraseCategories } from "../../src/gate/cleanup";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The page's window, with every access to a storage area counted and an IndexedDB that records deletions. */
function countingWindow(databases?: string[]) {
  const opened = { localStorage: 0, sessionStorage: 0, indexedDB: 0 };
  const deleted: string[] = [];
  // Without `databases`: a browser that cannot list them (Firefox before 126).
  const indexedDB = {
    ...(databases && { databases: async () => databases.map((name) => ({ name, version: 1 })) }),
    deleteDatabase: (name: string) => void deleted.push(name),
  };
  const win = new Proxy(window, {
    get(target, key) {
      if (key in opened) opened[key as keyof typeof opened] += 1;
      if (key === "indexedDB") return indexedDB;
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  }) as unknown as PageWindow;
  return { win, opened, deleted };
}

const store = createStore(
  parseConfig({
    categories: {
      analytics: { indexedDB: ["ph_*"] },
      marketing: { storage: ["ad_*"] },
      preferences: { sessionStorage: [{ name: "theme", purpose: "Remembers the theme" }] },
    },
  }),
  { storage: createMemoryStorage() },
);

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe("erase on withdrawal, per storage technology (L-11)", () => {
  it("a revoked category's IndexedDB databases are deleted, others kept, and no Web Storage area is opened", async () => {
    const page = countingWindow(["ph_events", "app-cache", "ph_queue"]);
    eraseCategories(store, page.win, "consent", ["analytics"]);
    await settle();
    expect(page.deleted).toEqual(["ph_events", "ph_queue"]);
    expect(page.opened).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: 1 });
  });

  it("where the browser cannot list its databases, the declared names are deleted", async () => {
    const declared = createStore(parseConfig({ categories: { marketing: { indexedDB: ["ads-db", "ads-queue"] } } }), {
      storage: createMemoryStorage(),
    });
    const page = countingWindow();
    eraseCategories(declared, page.win, "consent", ["marketing"]);
    await settle();
    expect(page.deleted).toEqual(["ads-db", "ads-queue"]);
  });

  it("localStorage keys go for a category that declares them, and neither sessionStorage nor IndexedDB is touched", () => {
    localStorage.setItem("ad_id", "1");
    localStorage.setItem("cart", "2");
    sessionStorage.setItem("ad_id", "3");
    const page = countingWindow(["ph_events"]);
    eraseCategories(store, page.win, "consent", ["marketing"]);
    expect(localStorage.getItem("ad_id")).toBeNull();
    expect(localStorage.getItem("cart")).toBe("2");
    expect(sessionStorage.getItem("ad_id")).toBe("3");
    expect(page.opened).toEqual({ localStorage: 1, sessionStorage: 0, indexedDB: 0 });
    expect(page.deleted).toEqual([]);
  });

  it("sessionStorage keys go for a category that declares them, localStorage is not opened", () => {
    sessionStorage.setItem("theme", "dark");
    localStorage.setItem("theme", "kept");
    const page = countingWindow([]);
    eraseCategories(store, page.win, "consent", ["preferences"]);
    expect(sessionStorage.getItem("theme")).toBeNull();
    expect(localStorage.getItem("theme")).toBe("kept");
    expect(page.opened).toEqual({ localStorage: 0, sessionStorage: 1, indexedDB: 0 });
  });

  it("an id that is not a category erases nothing and throws nothing", () => {
    const page = countingWindow(["ph_events"]);
    expect(() => eraseCategories(store, page.win, "consent", ["unknown"])).not.toThrow();
    expect(page.opened).toEqual({ localStorage: 0, sessionStorage: 0, indexedDB: 0 });
  });
});
