// Runs in the page before any page script (issue 11 item 3): wraps the cookie setter, the Web Storage setter and
// indexedDB.open, and reports each write with the URL of the script that made it, read from a stack trace.
// It is serialised into the page by Playwright, so it refers to nothing outside itself.

export const BINDING = "__consentryAuditWrite";

export interface WriteEvent {
  type: "cookie" | "localStorage" | "sessionStorage" | "indexedDB";
  name: string;
  /** The value written (cookies, storage): to recognise it later in a request. */
  value: string;
  /** A cookie write that expires it (an erase), not one that sets it. */
  erase: boolean;
  script: string | null;
}

export function instrumentPage(binding: string): void {
  const send = (window as unknown as Record<string, (event: WriteEvent) => void>)[binding];
  if (typeof send !== "function") return;
  const caller = (): string | null => {
    const stack = new Error().stack ?? "";
    // The first frame with a page URL: frames of this script have none.
    const match = /\((https?:\/\/[^\s)]+?):\d+:\d+\)|at (https?:\/\/[^\s)]+?):\d+:\d+/.exec(stack);
    return match ? (match[1] ?? match[2] ?? null) : null;
  };
  const report = (event: WriteEvent) => {
    try {
      void send(event);
    } catch {
      // The audit must never break the page it audits.
    }
  };

  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
  if (cookie?.get && cookie.set) {
    const { get, set } = cookie;
    Object.defineProperty(Document.prototype, "cookie", {
      configurable: true,
      enumerable: cookie.enumerable,
      get() {
        return get.call(this);
      },
      set(text: string) {
        const line = String(text);
        const pair = line.split(";")[0] ?? "";
        const at = pair.indexOf("=");
        const attributes = line.toLowerCase();
        const expires = /;\s*expires=([^;]*)/.exec(attributes)?.[1];
        const erase = /;\s*max-age=\s*(-|0\b)/.test(attributes) || (expires !== undefined && Date.parse(expires) <= Date.now());
        report({ type: "cookie", name: (at < 0 ? pair : pair.slice(0, at)).trim(), value: at < 0 ? "" : pair.slice(at + 1), erase, script: caller() });
        set.call(this, text);
      },
    });
  }

  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    let type: WriteEvent["type"] = "localStorage";
    try {
      if (this === window.sessionStorage) type = "sessionStorage";
    } catch {
      // sessionStorage refused: this is localStorage.
    }
    report({ type, name: String(key), value: String(value), erase: false, script: caller() });
    return setItem.call(this, key, value);
  };

  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    report({ type: "indexedDB", name: String(name), value: "", erase: false, script: caller() });
    return version === undefined ? open.call(this, name) : open.call(this, name, version);
  };
}
