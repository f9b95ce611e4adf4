// Erase on withdrawal (L-11, S-07): a revoked category's declared cookies and storage keys go in the same task;
// its IndexedDB databases are deleted from the same task (the deletion itself completes asynchronously).
import type { PageWindow } from "../core/storage";
import type { ConsentStore } from "../core/store";
import { matchesGlob } from "../core/categories";
import { cookieNames, eraseCookie } from "../core/cookie-jar";
import { eraseDatabases } from "./erase-databases";
import { report } from "./report";

type NameTest = (name: string) => boolean;

/** Expires every matching cookie host-only, on each parent domain and path (S-07); returns those still readable. */
export function eraseCookies(win: PageWindow, test: NameTest, paths?: readonly string[], ...names: string[]): string[] {
  return [...new Set([...names, ...cookieNames()])].filter((name) => test(name) && !eraseCookie(name, win.location, paths));
}

/** Removes matching keys from one Web Storage area; a store that throws (S-04) holds nothing to erase. */
export function eraseKeys(area: () => Storage, test: NameTest): void {
  try {
    const storage = area();
    // A Storage lists its keys as own properties; a snapshot, so removing does not skip any.
    for (const key of Object.keys(storage)) if (test(key)) storage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was stored there.
  }
}

const anyGlob = (declared: readonly { name: string }[], keep: string): NameTest => (name) =>
  name !== keep && declared.some((entry) => matchesGlob(name, entry.name));

/**
 * Erases what each category in `ids` declared; never the SDK's own record. `thorough` (a withdrawal) also expires
 * exact names this page cannot see; the start-up sweep touches only what is there, since every cookie write costs
 * the page main-thread time before its first paint.
 */
export function eraseCategories(store: ConsentStore, win: PageWindow, keep: string, ids: readonly string[], thorough = true): void {
  for (const id of ids) {
    const category = store.registry.get(id);
    if (!category) continue;
    for (const cookie of category.cookies) {
      // An exact name is erased even when this page cannot see it (set on another declared path); a glob
      // passed here too only expires a cookie literally named `_ga*`, which is harmless.
      const left = eraseCookies(win, anyGlob([cookie], keep), cookie.paths, ...(thorough ? [cookie.name] : []));
      if (left.length) report(store, `cleanup:${id}`, `could not erase cookie ${left}`);
    }
    // Opening a storage area is not free either: only when something is declared there.
    if (category.storage.length) eraseKeys(() => win.localStorage, anyGlob(category.storage, keep));
    if (category.sessionStorage.length) eraseKeys(() => win.sessionStorage, anyGlob(category.sessionStorage, keep));
    if (category.indexedDB.length) {
      eraseDatabases(win, anyGlob(category.indexedDB, keep), category.indexedDB.map((database) => database.name));
    }
  }
}
