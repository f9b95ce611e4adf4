// The drop-in (IIFE, DESIGN 3): reads config from the page, installs `window.Consent` once, runs the pre-load queue.
import { createConsentApi, type ConsentApi, type ConsentContext, type Parts } from "../api";
import { ConfigError } from "../core/config";
import { createMemoryStorage } from "../core/storage";
import { createGate } from "../gate/index";
import { consentModeSection } from "../integrations/consent-mode-config";
import { posthogSection } from "../integrations/posthog-config";
import { consentModeIntegration } from "../integrations/google-consent-mode";
import { withSection } from "../integrations/section";
import { needConsent } from "../gate/demand";
import { addonUrl, lazyIntegration } from "../page/addons";
import { servicesNeedConsent, servicesShape } from "../services/shape";
import { sectionOf } from "../core/config";
import { importPart } from "../page/import-part";
import { lazyUi } from "../page/lazy-ui";
import { loadLocale } from "../page/locale";
import { readConfig } from "../page/read-config";
import { hasRegions, startInRegion } from "../page/regions";
import { wirePage } from "../page/wiring";
import type { createUi } from "../ui/index";
import { iframePlaceholder } from "../ui/placeholder";

type QueuedCall = [keyof ConsentApi, ...unknown[]] | ((api: ConsentApi) => void);

declare global {
  interface Window {
    Consent?: ConsentApi | QueuedCall[];
    ConsentConfig?: unknown;
  }
}

const existing = window.Consent;
if (existing && !Array.isArray(existing)) {
  console.warn("consentry: loaded twice; keeping the first instance");
} else {
  const script = document.currentScript as HTMLScriptElement | null;
  const load = importPart;
  // The banner and the iframe placeholders wait for the same language file: fetched once.
  let language: Promise<unknown> | void;
  const locale = (context: ConsentContext) => (language ??= loadLocale(load, script?.src)(context));
  const part = (name: string) => load(addonUrl(name, script?.src, document.baseURI)).then((module) => module.default);
  const parts: Parts = {
    // The banner, its language and (when the visitor asked for it) the dialog are fetched side by side: one round
    // trip before the banner draws, none on a returning visit.
    ui: lazyUi((context, asked) => {
      const dialog = () => part("dialog");
      if (asked == "open" || asked == "renderDeclaration") dialog().catch(() => {});
      return Promise.all([part("banner") as Promise<typeof createUi>, locale(context)]).then(([create]) => create(dialog));
    }),
    gate: (context) => createGate(context, iframePlaceholder(context, () => locale(context))),
    integrations: [
      // Consent Mode's `default` must be pushed synchronously, before any Google tag (G-02): it stays in this file.
      withSection(consentModeIntegration(), consentModeSection),
      // Its config is checked here, with the rest, so a bad `posthog` section is safe mode at once (not on load).
      withSection(lazyIntegration("posthog", load, script?.src), posthogSection),
      lazyIntegration("log", load, script?.src),
      // Issue 26: the catalog's part, and through it each named service's own, only on pages whose config has them.
      Object.assign(
        (context: ConsentContext) => {
          if (servicesNeedConsent(sectionOf(context.config, servicesShape))) needConsent(context.store);
          return lazyIntegration("services", load, script?.src)(context);
        },
        { configSection: servicesShape },
      ),
      wirePage,
      logErrors,
    ],
    nonce: script?.nonce || undefined,
  };
  const install = (api: ConsentApi) => {
    // Issue 29 (hook): the queue as it is now, filled further while the regions part loaded (`existing` before).
    const queued = window.Consent as QueuedCall[] | undefined;
    // `Consent.push(call)` keeps working once the drop-in is here: page code need not know whether a `defer`red drop-in
    // has run yet (issue 12).
    (api as ConsentApi & { push?: unknown }).push = (...calls: QueuedCall[]) => calls.forEach((call) => runQueued(api, call));
    // a later script cannot swap the API out; assigning (a late stub) is ignored rather than thrown.
    Object.defineProperty(window, "Consent", {
      configurable: false,
      enumerable: true,
      get: () => api,
      set: (value) => value === api || console.warn("consentry: window.Consent is taken; keeping the first instance"),
    });
    for (const call of queued ?? []) runQueued(api, call);
  };
  const config = readConfig((message) => new ConfigError([message]));
  // Issue 29 (hook): a config with `regions` starts once its part has applied the visitor's rule set (page/regions.ts).
  if (hasRegions(config))
    startInRegion(config, script, part, parts, start, install);
  else install(start(config, parts));
}

/**
 * Runtime faults never throw at the page (STYLE 9), but a site owner should still see them. An early listener, so
 * what happened before the page could subscribe still reaches its own first `error` subscriber (L-12).
 */
function logErrors({ store }: ConsentContext): () => void {
  return store.bus.on("error", ({ source, error }) => console.error(`consentry: ${source}:`, error), { early: true });
}

/**
 * An invalid config is loud and safe: the banner still shows so the visitor can refuse, but every decision is a
 * refusal, nothing persists, and no loader or tag runs. Loud twice over, as one report: an `error` event (source
 * `config`, the ConfigError with its `issues`) held for the page's first subscriber like any start-up fault (L-12,
 * issue 30), which `logErrors` prints as the one console.error naming every bad path.
 */
function start(config: unknown, parts: Parts): ConsentApi {
  try {
    if (config instanceof ConfigError) throw config;
    return createConsentApi(config as never, parts);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Issue 9: the banner shows whatever the page holds, so the visitor can still refuse.
    return createConsentApi({ banner: "always" }, {
      ui: parts.ui,
      integrations: [wirePage, logErrors, ({ store }) => store.bus.emit("error", { source: "config", error })],
      environment: { storage: createMemoryStorage(), refuseAll: true },
    });
  }
}

function runQueued(api: ConsentApi, call: QueuedCall): void {
  try {
    if (typeof call === "function") call(api);
    else if (Array.isArray(call) && typeof api[call[0]] === "function") {
      const [method, ...args] = call;
      (api[method] as (...input: unknown[]) => unknown)(...args);
    } else console.warn("consentry: a queued call is not [method, ...args]:", call);
  } catch (error) {
    console.error(error);
  }
}
