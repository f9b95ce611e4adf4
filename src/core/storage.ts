// Where the record lives: a first-party cookie, a localStorage mirror and a memory fallback, reconciled on load (S-01..S-05).
import type { CoreResolvedConfig } from "./config";
import { cookieNames, eraseCookie, readCookie, writeCookie, type CookieAttributes, type PageLocation } from "./cookie-jar";
import { decodeRecord, encodeRecord, newerRecord, type ConsentRecord } from "./record";

export type StorageMode = "cookie+local" | "cookie" | "local" | "memory";

/** One place a record can be kept. Every method is total: failures return false/undefined. */
export interface RecordSlot {
  read(): string | undefined;
  write(value: string): boolean;
  remove(): void;
  /** Whether the slot can be used at all; checked once at start (S-04). */
  probe?(): boolean;
}

export interface ConsentStorage {
  /** Reads every copy, keeps the newest valid record, repairs or cleans the others. */
  load(now: number): ConsentRecord | undefined;
  save(record: ConsentRecord): void;
  clear(): void;
  mode(): StorageMode;
  /** Calls back when another tab may have changed the record (S-05). */
  watch(onExternalChange: () => void): () => void;
  /** Tells other tabs that this one changed the record. */
  announce(): void;
}

interface SlotSet {
  cookie?: RecordSlot;
  local?: RecordSlot;
  /** The cookie slot's extra duty: remove duplicates left on other paths or domains. */
  cookieDuplicates?: () => boolean;
  watch?: (onExternalChange: () => void) => () => void;
  announce?: () => void;
}

/** Storage over explicit slots; the memory copy always exists so a page keeps working without storage. */
export function createStorage(slots: SlotSet): ConsentStorage {
  let memory: string | undefined;
  const usable = {
    cookie: Boolean(slots.cookie && (slots.cookie.probe?.() ?? true)),
    local: Boolean(slots.local && (slots.local.probe?.() ?? true)),
  };

  const writeTo = (slot: RecordSlot | undefined, key: keyof typeof usable, value: string) => {
    // S-03: read back after writing; a store that does not keep the value is marked unavailable.
    usable[key] = Boolean(slot && slot.write(value) && slot.read() === value);
  };

  return {
    load(now) {
      const rawCookie = slots.cookie?.read();
      const rawLocal = slots.local?.read();
      const fromCookie = decodeRecord(rawCookie, now);
      const fromLocal = decodeRecord(rawLocal, now);
      // Memory speaks only when nothing persists; otherwise another tab's reset would be undone by it.
      const fromMemory = usable.cookie || usable.local ? undefined : decodeRecord(memory, now);
      const winner = newerRecord(newerRecord(fromCookie, fromLocal), fromMemory);
      const duplicated = slots.cookieDuplicates?.() ?? false;
      if (!winner) {
        // Corrupt, tampered, oversized or foreign data is cleaned up, never kept (DESIGN 6).
        // A raw value was read, so its slot exists.
        // Stryker disable next-line OptionalChaining: see above.
        if (rawCookie !== undefined) slots.cookie?.remove();
        if (rawLocal !== undefined) slots.local!.remove();
        return undefined;
      }
      const encoded = encodeRecord(winner);
      memory = encoded;
      if (rawCookie !== encoded || duplicated) writeTo(slots.cookie, "cookie", encoded);
      if (rawLocal !== encoded) writeTo(slots.local, "local", encoded);
      return winner;
    },
    save(record) {
      const encoded = encodeRecord(record);
      memory = encoded;
      writeTo(slots.cookie, "cookie", encoded);
      writeTo(slots.local, "local", encoded);
    },
    clear() {
      memory = undefined;
      slots.cookie?.remove();
      slots.local?.remove();
    },
    mode() {
      if (usable.cookie && usable.local) return "cookie+local";
      if (usable.cookie) return "cookie";
      if (usable.local) return "local";
      return "memory";
    },
    watch: (onExternalChange) => slots.watch?.(onExternalChange) ?? (() => {}),
    announce: () => slots.announce?.(),
  };
}

/** Memory only: for tests and for hosts that keep consent elsewhere. */
export function createMemoryStorage(): ConsentStorage {
  return createStorage({});
}

type CookieSettings = CoreResolvedConfig["cookie"];

/** The page's global object, typed with its constructors (`BroadcastChannel`, …). */
export type PageWindow = Window & typeof globalThis;

export interface BrowserStorageOptions {
  cookie: CookieSettings;
  window?: PageWindow;
}

/** The browser's storage: cookie + localStorage, cross-tab through `storage` events and BroadcastChannel. */
export function createBrowserStorage({ cookie, window: win = globalThis.window }: BrowserStorageOptions): ConsentStorage {
  const location = win.location as PageLocation;
  const key = cookie.name;
  const attributes: CookieAttributes = {
    path: cookie.path,
    domain: cookie.domain,
    days: cookie.expiresDays,
    sameSite: cookie.sameSite,
    secure: location.protocol === "https:",
  };
  const doc = win.document;

  const cookieSlot: RecordSlot = {
    read: () => guard(() => readCookie(key, doc)),
    write: (value) => guard(() => (writeCookie(key, value, attributes, doc), true)) === true,
    // Stryker disable next-line StringLiteral: an expired cookie's value is never sent or read.
    remove: () => void guard(() => writeCookie(key, "", { ...attributes, days: 0 }, doc)),
    probe: () => guard(() => typeof doc.cookie === "string" && win.navigator.cookieEnabled) ?? false,
  };
  const localSlot: RecordSlot = {
    read: () => guard(() => win.localStorage.getItem(key) ?? undefined),
    write: (value) => guard(() => (win.localStorage.setItem(key, value), true)) === true,
    remove: () => void guard(() => win.localStorage.removeItem(key)),
    probe: () => guard(() => win.localStorage.length >= 0) ?? false,
  };

  // An earlier `domain` or `path` setting can leave copies that shadow ours: erase them all, then rewrite.
  const cookieDuplicates = () => {
    if (cookieNames(doc).filter((name) => name === key).length < 2) return false;
    // Stryker disable next-line ArrayDeclaration: a duplicate seen here is on one of this page's path variants anyway.
    eraseCookie(key, location, [cookie.path], doc);
    return true;
  };

  const channelName = `consentry:${key}`;
  const openChannel = () => guard(() => new win.BroadcastChannel(channelName));

  return createStorage({
    cookie: cookieSlot,
    local: localSlot,
    cookieDuplicates,
    watch(onExternalChange) {
      const controller = new AbortController();
      const { signal } = controller;
      win.addEventListener(
        "storage",
        (event) => {
          if (event.key === key || event.key === null) onExternalChange();
        },
        { signal },
      );
      const channel = openChannel();
      // No signal needed: closing the channel on stop ends its messages.
      channel?.addEventListener("message", () => onExternalChange());
      // A `Domain=` cookie changed on a sibling subdomain fires no event: look again when the tab comes back (S-05).
      // A host-only cookie has no such writer (this origin's tabs announce), so without `domain` there is no listener:
      // Lighthouse charges the whole page-switch task to any script with a listener in it (issue 12).
      if (cookie.domain) {
        let seen = cookieSlot.read();
        win.document.addEventListener(
          "visibilitychange",
          () => {
            if (doc.visibilityState == "visible" && seen !== (seen = cookieSlot.read())) onExternalChange();
          },
          { signal },
        );
      }
      return () => {
        controller.abort();
        channel?.close();
      };
    },
    announce() {
      const channel = openChannel();
      // The message carries nothing: receivers re-read storage, so no tab trusts another's payload.
      // Without BroadcastChannel there is no channel; the guard takes that too.
      guard(() => channel!.postMessage(1));
      channel?.close();
    },
  });
}

/** S-04: storage that throws (opaque origins, blocked site data) behaves as absent. */
function guard<T>(access: () => T): T | undefined {
  try {
    return access();
  } catch {
    // Nothing to do: the access failed, so the value is absent.
  }
}
