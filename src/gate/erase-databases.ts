// Erase on withdrawal for IndexedDB (issue 9): a revoked category's declared databases are deleted like its cookies.
import type { PageWindow } from "../core/storage";

/**
 * Deletes every database whose name passes `test`: those `indexedDB.databases()` lists where the browser has it,
 * else the exact `names` declared (deleting a database that does not exist is harmless). The deletion finishes
 * once the page's own connections close; a vendor's `unload()` ran first, so it should hold none by then.
 */
export const eraseDatabases = (win: PageWindow, test: (name: string) => boolean, names: readonly string[]): Promise<void> =>
  (async () => {
    const databases = win.indexedDB;
    for (const name of (await databases.databases?.())?.map((database) => database.name!) ?? names) {
      if (test(name)) databases.deleteDatabase(name);
    }
  })()
    // No IndexedDB here (a sandboxed frame, a browser that refuses it): nothing was stored there.
    .catch(() => {});
