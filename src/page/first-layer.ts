// The drop-in's first layer (issue 27, DESIGN 1 "The returning path"): what every page runs. On a returning visit with a
// current decision it answers `granted()` and `state()`, runs the gated tags, pushes Consent Mode's `update` and listens
// for other tabs, and that is all; the SDK (store, gate, UI, vendor parts) is fetched beside it only when something
// asks for it: no decision, `open()` or any other action, a change from another tab, a copy to repair, a loader whose
// category is granted, a declaration or a tag this layer does not run. On a first visit it fetches the SDK at once.
import type { ConsentApi, Loader } from "../api";
import type { Listener, Unsubscribe } from "../core/bus";
import { cookieValues } from "../core/cookie-jar";
import { newerRecord } from "../core/record-rules";
import type { ConsentEvents, ConsentState } from "../core/store";
import type { PageWindow } from "../core/storage";
import { GATED_TAGS, runScript } from "../gate/tags";
import { QUEUE_KEY } from "../integrations/consent-log";
import { consentModeDefault, consentModeUpdate, DEFAULT_CONSENT_MODE_MAPPING } from "../integrations/google-consent-mode";
import type { GoogleConsentModeConfig } from "../integrations/consent-mode-config";
import { hasRegions } from "./regions";
import { firstState, plainConfig, readRecord, type FirstState } from "./returning";

/** A subscription the page made before the SDK came: `on(event, listener)`, `register(loader)` or `whenGranted`. */
export interface Handed {
  readonly call: ["on", keyof ConsentEvents, Listener<never>] | ["register", Loader] | ["whenGranted", string, () => void];
  /** Set by the SDK once it holds the subscription. */
  off?: Unsubscribe;
}

/** What the page was told before the SDK came, so that it goes on from there (src/page/sdk.ts). */
export interface Handover {
  /** The state `ready` told the page; absent when `ready` waits for the SDK (no decision yet). */
  told?: ConsentState;
  readonly handed: Handed[];
  /** Faults met here (a gated script that failed to load), reported through the SDK's `error` event. */
  readonly errors: { source: string; error: unknown }[];
}

/** The SDK's start (dist/consentry.sdk.mjs), handed what this layer did. */
export type StartSdk = (handover: Handover) => ConsentApi | Promise<ConsentApi>;

const UNDECIDED: ConsentState = { decided: false, categories: { necessary: true }, id: null, revision: null, decidedAt: null, updatedAt: null, method: null, gpc: false };

type Method = "acceptAll" | "rejectAll" | "set" | "reset" | "open" | "show" | "renderDeclaration" | "renderPreferences" | "setRegion";

/** Every action, each with the UI parts it will want (fetched beside the SDK): `method` or `method:part+part`. */
const ACTIONS = "acceptAll rejectAll set reset open:banner+dialog show:banner renderDeclaration:banner+dialog renderPreferences:banner+dialog";

/**
 * The API the page gets at once (`window.Consent`), which becomes the SDK's when it arrives, and `need`, which fetches
 * the SDK (once) and resolves with it. `prefetch` fetches UI parts beside the SDK rather than after it.
 */
export function firstLayer(
  input: unknown,
  win: PageWindow,
  loadSdk: () => Promise<StartSdk>,
  nonce: string | undefined,
  prefetch: (...parts: string[]) => void,
): [ConsentApi, () => Promise<ConsentApi>] {
  const doc = win.document;
  const config = plainConfig(input);
  const first: FirstState | undefined = config && firstState(config, win);
  const state = first?.state ?? UNDECIDED;
  const handover: Handover = { handed: [], errors: [] };
  const controller = new AbortController();
  const { signal } = controller;
  let sdk: Promise<ConsentApi> | undefined;

  // G-02 on every visit: Consent Mode's all-denied `default` before any Google tag, whatever the rest of the config
  // holds (the SDK reports what is wrong with it); on a returning visit the stored decision's `update` at once (G-03).
  const consentMode = (input as { googleConsentMode?: Partial<GoogleConsentModeConfig> } | undefined)?.googleConsentMode;
  // Issue 29: whether a stored decision holds under the visitor's regional rules is the regions part's to say.
  let sdkNow = !first?.stored || hasRegions(input);
  if (consentMode) {
    try {
      const mapping = { ...DEFAULT_CONSENT_MODE_MAPPING, ...consentMode.mapping };
      const gtag = consentModeDefault(win, consentMode, mapping);
      if (!sdkNow) consentModeUpdate(win, gtag, state.categories, mapping);
    } catch {
      // The page's own gtag threw: the SDK's Consent Mode integration meets it again and reports it (L-12).
      sdkNow = true;
    }
  }

  // An external gated script of this layer's is loading: later tags wait for it (document order), and so does the SDK.
  let waiting: Promise<void> | undefined;
  const tagsSettled = (): Promise<void> | void => waiting?.then(tagsSettled);
  const need = (): Promise<ConsentApi> => {
    if (!sdk) (sdk = started()).catch(fail);
    return sdk;
  };
  const started = () =>
    loadSdk().then(async (start) => {
      await tagsSettled();
      controller.abort();
      const api = await start(handover);
      // The page keeps this object: from now on it is the SDK's.
      Object.defineProperties(layer, Object.getOwnPropertyDescriptors(api));
      return api;
    });
  // The SDK did not load (consentry.sdk.mjs not beside consentry.js): the page's `error` listeners hear it (L-12).
  const fail = (error: unknown) => {
    console.error(error);
    for (const { call: [method, event, listener] } of handover.handed) if (event == "error") call(listener as Listener<unknown>, { source: "sdk", error });
  };
  const hand = (call: Handed["call"]): Unsubscribe => {
    const entry: Handed = { call };
    handover.handed.push(entry);
    return () => {
      handover.handed.splice(handover.handed.indexOf(entry) >>> 0, 1);
      entry.off?.();
    };
  };
  // An action before the SDK is here runs once it is, in order; the UI parts it will want are fetched beside it.
  const later =
    (method: Method, parts = "") =>
    (...args: unknown[]) => {
      prefetch(...parts.split("+").filter(Boolean));
      void need().then((api) => (api as Partial<Record<Method, (...input: unknown[]) => void>>)[method]?.(...args), () => {});
    };

  const layer = {
    granted: (category) => state.categories[category] === true,
    state: () => state,
    // Nothing is open before the SDK is here.
    close() {},
    on(event, listener) {
      if (event == "ready" && handover.told) call(listener as Listener<ConsentState>, state);
      return hand(["on", event, listener as Listener<never>]);
    },
    // Not granted yet: only the SDK can grant it, so the SDK holds the wait.
    whenGranted: (category, callback) => (layer.granted(category) ? (call(callback, undefined), () => {}) : hand(["whenGranted", category, callback])),
    // Loaders are the gate's: it loads them once their condition holds and stops them on withdrawal.
    register: (loader) => (need(), hand(["register", loader])),
    get storage() {
      try {
        return win.localStorage && "cookie+local";
      } catch {
        return "cookie";
      }
    },
    destroy() {
      controller.abort();
      handover.handed.length = 0;
      void sdk?.then((api) => api.destroy(), () => {});
    },
  } as ConsentApi;
  // Issue 29: `Consent.setRegion(code)` exists with `regions` in the config; before the SDK, it waits for it.
  for (const action of `${ACTIONS}${hasRegions(input) ? " setRegion" : ""}`.split(" ")) {
    const [method, parts] = action.split(":") as [Method, string?];
    (layer as unknown as Record<Method, unknown>)[method] = later(method, parts);
  }

  const vendors = first?.config.posthog || first?.config.services || consentMode?.tagId || consentMode?.tagUrl || consentMode?.advanced;
  if (sdkNow || (vendors && granting(state))) {
    // No current decision (a first visit, a new revision, a copy that needs the store), or a vendor whose category is
    // granted (its loader is the SDK's): the SDK now, and the banner beside it when one is due.
    if (!state.decided) prefetch("banner");
    // Issue 29: the regions part, which the SDK needs before it can start, beside it too.
    if (hasRegions(input)) prefetch("regions");
    need();
    return [layer, need];
  }
  const visit = first!;

  handover.told = state;
  const key = visit.config.cookie.name;

  // Gated tags (DESIGN 3) whose condition is one known category run here, in document order. A denied iframe (it wants
  // a placeholder), a condition with operators (the gate's parser is the SDK's bytes), one that names an unknown
  // category (the gate reports it), or a declaration, is the SDK's.
  const sync = () => {
    if (doc.readyState == "loading" || signal.aborted) return;
    if (doc.querySelector("[data-consent-declaration],[data-consent-preferences]")) return void need();
    for (const element of doc.querySelectorAll<HTMLElement>(GATED_TAGS)) {
      const category = element.dataset.consent!;
      // Every known category has a boolean in the state; anything else (an operator, an unknown id) is no key there.
      if (typeof state.categories[category] != "boolean") return void need();
      const allowed = layer.granted(category);
      if (element instanceof win.HTMLIFrameElement) {
        if (!allowed) return void need();
        element.hidden = false;
        if (element.getAttribute("src") != element.dataset.src) element.src = element.dataset.src!;
      } else if (allowed && !waiting) {
        let settle!: () => void;
        waiting = new Promise((resolve) => (settle = resolve));
        try {
          const external = runScript(element as HTMLScriptElement, win, nonce, (failed) => {
            if (failed) handover.errors.push({ source: "tag", error: new Error(`consentry: ${failed} failed to load`) });
            waiting = undefined;
            settle();
            sync();
          });
          if (!external) waiting = undefined;
        } catch {
          // A tag that cannot be inserted (Trusted Types, say): the gate meets it again and reports it, once.
          waiting = undefined;
          return void need();
        }
      }
    }
  };
  // Tags the parser adds wait for DOMContentLoaded anyway, so the observer (for tags added later: SPA routes) starts
  // then: watching the parse would call `sync` for every batch of parsed nodes, for nothing (issue 27 item 1).
  const watch = () => {
    const observer = new win.MutationObserver(sync);
    observer.observe(doc, { childList: true, subtree: true });
    signal.addEventListener("abort", () => observer.disconnect());
    sync();
  };
  if (doc.readyState == "loading") doc.addEventListener("DOMContentLoaded", watch, { signal });
  else watch();

  // The footer link (DESIGN 3), by delegation so links added later work too.
  doc.addEventListener(
    "click",
    (event) => {
      if (!(event.target as Element | null)?.closest?.("[data-consent-open]")) return;
      event.preventDefault();
      layer.open();
    },
    { signal },
  );

  // S-05: another tab's decision reaches this one through the SDK, which re-reads storage and says what changed.
  win.addEventListener("storage", (event) => (event.key == key || event.key == null) && need(), { signal });
  if (visit.config.cookie.domain) {
    // The raw value is enough: any other text (a new decision, a second cookie of that name, none) is the SDK's to read.
    doc.addEventListener("visibilitychange", () => doc.visibilityState == "visible" && `${cookieValues(key, doc)}` != visit.stored && need(), {
      signal,
    });
  }

  // S-01 as amended: the localStorage copy is compared in idle time (within 2 s, or at `pagehide` if sooner). A
  // missing, older or invalid copy is rewritten from the cookie here; a newer one, or a consent-log queue to send, is
  // the SDK's. The BroadcastChannel opens then too (S-05 allows it).
  let compared = false;
  const compare = () => {
    if (compared || signal.aborted) return;
    compared = true;
    try {
      const copy = win.localStorage.getItem(key);
      if (visit.config.log && win.localStorage.getItem(QUEUE_KEY)) need();
      if (copy !== visit.stored) {
        if (newerRecord(visit.record, readRecord(copy, Date.now())) === visit.record) win.localStorage.setItem(key, visit.stored!);
        else need();
      }
    } catch {
      // S-04: no localStorage, nothing to repair; the cookie alone keeps the decision.
    }
    if (signal.aborted || !win.BroadcastChannel) return;
    const channel = new win.BroadcastChannel(`consentry:${key}`);
    channel.onmessage = need;
    signal.addEventListener("abort", () => channel.close());
  };
  win.addEventListener("pagehide", compare, { signal });
  (win.requestIdleCallback ?? ((callback: () => void) => win.setTimeout(callback, 1)))(compare, { timeout: 2000 } as never);
  return [layer, need];
}

const granting = (state: ConsentState): boolean => Object.values(state.categories).filter(Boolean).length > 1;

function call<T>(listener: Listener<T>, payload: T): void {
  try {
    listener(payload);
  } catch (error) {
    console.error(error);
  }
}
