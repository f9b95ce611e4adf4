// Shared by the React tests: the banner's queries, a stored decision, "another tab", and a clean page after each test.
import { cleanup } from "@testing-library/react";
import { within } from "@testing-library/dom";
import { encodeRecord } from "../../src/core/record";
import { record } from "./ui-support";

/** Testing Library queries inside the banner's shadow root (the SDK's UI host is `<consentry-ui>`). */
export function banner() {
  const hosts = document.querySelectorAll("consentry-ui");
  if (hosts.length !== 1) throw new Error(`expected one banner host, found ${hosts.length}`);
  return within(hosts[0]!.shadowRoot as unknown as HTMLElement);
}

/** A decision made on an earlier visit, as the browser keeps it (localStorage; the SDK repairs the cookie). */
export function storedDecision(categories: Record<string, boolean>): void {
  localStorage.setItem("consent", encodeRecord(record({ categories })));
}

/** Another tab decides: it writes a newer record and this tab hears the `storage` event (S-05). */
export function decideInAnotherTab(categories: Record<string, boolean>): void {
  const later = new Date(Date.now() + 60_000).toISOString();
  localStorage.setItem("consent", encodeRecord(record({ id: crypto.randomUUID(), categories, decidedAt: later, updatedAt: later })));
  window.dispatchEvent(new StorageEvent("storage", { key: "consent" }));
}

export function resetPage(): void {
  cleanup();
  localStorage.clear();
  for (const pair of document.cookie.split("; ").filter(Boolean)) {
    document.cookie = `${pair.split("=")[0]}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/`;
  }
  document.body.replaceChildren();
}
