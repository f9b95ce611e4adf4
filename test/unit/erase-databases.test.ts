// Erasing IndexedDB on withdrawal (issue 9): which databases go, with and without `indexedDB.databases()`.
// The real thing runs in Chromium (test/e2e/policies.test.ts); this pins the choice of names in each branch.
import { describe, expect, it } from "vitest";
import type { PageWindow } from "../../src/core/storage";
import { eraseDatabases } from "../../src/gate/erase-databases";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const startsWithPh = (name: string) => name.startsWith("ph_");

function pageWith(existing: string[] | undefined) {
  const deleted: string[] = [];
  const indexedDB = {
    deleteDatabase: (name: string) => void deleted.push(name),
    ...(existing && { databases: async () => existing.map((name) => ({ name, version: 1 })) }),
  };
  return { window: { indexedDB } as unknown as PageWindow, deleted };
}

describe("erase IndexedDB on withdrawal (issue 9)", () => {
  it("deletes the listed databases whose names match a declaration, and no others", async () => {
    const page = pageWith(["ph_abc", "app-cache", "ph_def"]);
    eraseDatabases(page.window, startsWithPh, ["ph_*"]);
    await settle();
    expect(page.deleted).toEqual(["ph_abc", "ph_def"]);
  });

  it("without indexedDB.databases(), deletes the declared names that are exact", async () => {
    const page = pageWith(undefined);
    eraseDatabases(page.window, (name) => name == "keyval-store", ["keyval-store"]);
    await settle();
    expect(page.deleted).toEqual(["keyval-store"]);
  });

  it("a page without IndexedDB, or one that throws on access, is left alone", async () => {
    const throwing = Object.defineProperty({}, "indexedDB", { get: () => { throw new DOMException("denied", "SecurityError"); } });
    expect(() => eraseDatabases(throwing as PageWindow, startsWithPh, ["ph_x"])).not.toThrow();
    expect(() => eraseDatabases({} as PageWindow, startsWithPh, ["ph_x"])).not.toThrow();
    await settle();
  });
});
