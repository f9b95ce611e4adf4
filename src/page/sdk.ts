// The drop-in's SDK (dist/consentry.sdk.mjs, issue 27): the store with all its rules, the gate, the integrations and the
// lazy UI, started when the first layer (./first-layer.ts) asks for it. It goes on from what that layer told the page:
// its listeners and loaders move here, and a decision that changed meanwhile (another tab's) is a `change`.
import { createConsentApi, type ConsentApi, type ConsentContext, type Integration, type Parts } from "../api";
import { ConfigError } from "../core/config";
import { createMemoryStorage } from "../core/storage";
import type { Unsubscribe } from "../core/bus";
import type { ConsentStore } from "../core/store";
import { createGate } from "../gate/index";
import { needConsent } from "../gate/demand";
import { consentModeSection } from "../integrations/consent-mode-config";
import { consentModeIntegration } from "../integrations/google-consent-mode";
import { posthogSection } from "../integrations/posthog-config";
import { withSection } from "../integrations/section";
import { sectionOf } from "../core/config";
import { servicesNeedConsent, servicesShape } from "../services/shape";
import type { createUi } from "../ui/index";
import { iframePlaceholder } from "../ui/placeholder";
import { addonUrl, lazyIntegration } from "./addons";
import type { Handover } from "./first-layer";
import { importPart } from "./import-part";
import { lazyUi } from "./lazy-ui";
import { loadLocale } from "./locale";
import { hasRegions, startInRegion } from "./regions";
import { wirePage } from "./wiring";

/** The page's config as read (a SyntaxError for JSON that did not parse), the drop-in's own script, and the handover. */
export function startSdk(config: unknown, script: HTMLScriptElement | null | undefined, handover: Handover): ConsentApi | Promise<ConsentApi> {
  const load = importPart;
  // The banner and the iframe placeholders wait for the same language file: fetched once.
  let language: Promise<unknown> | void;
  const locale = (context: ConsentContext) => (language ??= loadLocale(load, script?.src)(context));
  const part = (name: string) => load(addonUrl(name, script?.src, document.baseURI)).then((module) => module.default);
  let store: ConsentStore | undefined;
  const adopt: Integration = (context) => void (store = context.store);
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
      // Consent Mode's `default` was pushed by the first layer already (G-02); this finds it there and goes on.
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
  const begin = (input: unknown, with_: Parts) => start(input, with_, adopt);
  const taken = (api: ConsentApi) => (takeOver(api, store!, handover), api);
  // Issue 29: a config with `regions` starts once its part has applied the visitor's rule set (./regions.ts).
  if (hasRegions(config)) return startInRegion(config, script, (name) => part(name), parts, begin).then(taken);
  return taken(begin(config instanceof SyntaxError ? new ConfigError([config.message]) : config, parts));
}

/**
 * The first layer's subscriptions and loaders become the SDK's. `ready` was heard already when the first layer knew
 * the decision; if the store reads another one now (a decision in another tab brought the SDK), that is a `change`.
 */
function takeOver(api: ConsentApi, store: ConsentStore, { told, handed, errors }: Handover): void {
  for (const entry of handed) {
    const [method, ...args] = entry.call;
    if (!(told && method == "on" && args[0] == "ready")) entry.off = (api[method] as (...input: unknown[]) => Unsubscribe)(...args);
  }
  for (const { source, error } of errors.splice(0)) store.bus.emit("error", { source, error });
  if (!told) return;
  const state = api.state();
  const granted = store.registry.optional.filter((id) => state.categories[id] && !told.categories[id]);
  const revoked = store.registry.optional.filter((id) => !state.categories[id] && told.categories[id]);
  if (granted.length || revoked.length) store.bus.emit("change", { granted, revoked, state, remote: true });
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
function start(config: unknown, parts: Parts, adopt: Integration): ConsentApi {
  try {
    if (config instanceof ConfigError) throw config;
    return createConsentApi(config as never, { ...parts, integrations: [adopt, ...parts.integrations!] });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Issue 9: the banner shows whatever the page holds, so the visitor can still refuse.
    return createConsentApi({ banner: "always" }, {
      ui: parts.ui,
      integrations: [adopt, wirePage, logErrors, ({ store }) => store.bus.emit("error", { source: "config", error })],
      environment: { storage: createMemoryStorage(), refuseAll: true },
    });
  }
}
