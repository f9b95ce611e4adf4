// consentry/react on a server (plain Node, no DOM): renderToString renders the fallbacks and touches no browser global.
import { createElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { createConsent as createHeadless } from "../../src/entries/core";
import { ConsentProvider, Gated, useConsent, useGranted } from "../../src/entries/react";

const h = createElement;
const BROWSER_GLOBALS = ["window", "document", "localStorage", "sessionStorage", "navigator", "BroadcastChannel"] as const;

/** Records every read of a browser global while rendering (Node 21+ has a `navigator` of its own: it is shadowed). */
function watchBrowserGlobals(): { touched: string[]; restore: () => void } {
  const touched: string[] = [];
  const saved = BROWSER_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const name of BROWSER_GLOBALS) {
    Object.defineProperty(globalThis, name, { configurable: true, get: () => void touched.push(name) });
  }
  const restore = () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  };
  return { touched, restore };
}

function Page(): ReactNode {
  const { state, ready } = useConsent();
  return h(
    "main",
    null,
    h("p", null, `ready: ${ready}, decided: ${state.decided}, analytics: ${useGranted("analytics")}, necessary: ${useGranted("necessary")}`),
    h(Gated, { category: "marketing", fallback: h("p", null, "Video blocked") }, h("p", null, "Video playing")),
  );
}

let restore = () => {};
afterEach(() => restore());

describe("consentry/react on a server", () => {
  it("renders the fallback and 'not granted', reading no window, document or storage (L-01)", () => {
    const watch = watchBrowserGlobals();
    restore = watch.restore;
    const html = renderToString(h(ConsentProvider, { config: { revision: 1, mode: "opt-out" } }, h(Page)));
    watch.restore();
    expect(watch.touched).toEqual([]);
    // Opt-out mode too: a server knows no visitor, so nothing optional is rendered until the client has read storage.
    expect(html).toContain("ready: false, decided: false, analytics: false, necessary: true");
    expect(html).toContain("Video blocked");
    expect(html).not.toContain("Video playing");
  });

  it("renders 'not granted' even with an instance that has a grant, so hydration matches any visitor", () => {
    const consent = createHeadless({ revision: 1 });
    consent.acceptAll();
    const html = renderToString(h(ConsentProvider, { consent }, h(Page)));
    expect(html).toContain("analytics: false");
    expect(html).toContain("Video blocked");
    consent.destroy();
  });
});
