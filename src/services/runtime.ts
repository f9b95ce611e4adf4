// Runs one catalog service (issue 26): its declarations join its category (so withdrawal erases them and the policy
// page lists them, L-11), its script loads only after a grant with the vendor told through its own consent API, and
// withdrawal calls the vendor's revoke, or reloads the page where the vendor documents no way to stop.
import type { ConsentContext } from "../api";
import { CATEGORY_ID } from "../core/category-id";
import type { CookieDeclaration } from "../core/config";
import * as s from "../core/schema";
import { eraseCategories } from "../gate/cleanup";
import { report } from "../gate/report";
import { scriptPolicy } from "../gate/trusted";
import { watchEmbeds, type EmbedTexts } from "./embeds";
import type { ServiceDefinition, ServiceParams, VendorWindow } from "./types";

/** What a site may set for every service, beside the service's own `params`. */
export interface ServiceSettings {
  readonly category?: string;
  /** The script from elsewhere: self-hosted, or a first-party proxy. */
  readonly src?: string;
  /** Only where the vendor documents "load denied, then update": loads before consent (a request before consent). */
  readonly beforeConsent?: boolean;
  readonly [param: string]: unknown;
}

/** The schema of `services.<name>`: its params (all required but those whose words end in "(optional)"), and the common keys. */
export function serviceSchema(service: ServiceDefinition): s.Schema<ServiceSettings, unknown> {
  const params = Object.fromEntries(
    Object.entries(service.params ?? {}).map(([key, [pattern, expected]]) => {
      const schema = s.string(pattern, expected);
      return [key, expected.endsWith("(optional)") ? s.optional(schema) : schema];
    }),
  );
  return s.object({
    ...params,
    category: s.optional(s.string(CATEGORY_ID)),
    src: s.optional(s.string(/^(https:\/\/|\/)/, "an https:// URL or a path on this site")),
    ...(service.deny && { beforeConsent: s.optional(s.boolean()) }),
  }) as s.Schema<ServiceSettings, unknown>;
}

const KINDS = ["cookies", "storage", "sessionStorage"] as const;

/**
 * The vendor's tag as its docs write it (with its `attributes`), the SDK's nonce (X-05) and Trusted Types policy;
 * settles on load. integrations/script.ts's injectScript does the rest of this for the drop-in's own loaders; the
 * attributes are the services' alone, so they stay in this part rather than add to every page's consentry.js.
 */
function injectScript(win: VendorWindow, src: string, attributes: Readonly<Record<string, string>> = {}, nonce?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = win.document.createElement("script");
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    script.async = true;
    script.src = scriptPolicy(win).createScriptURL(src) as string;
    if (nonce) script.nonce = nonce;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`consentry: ${src} failed to load`));
    win.document.head.append(script);
  });
}

/** Starts a checked service; returns its teardown. */
export function startService(context: ConsentContext, service: ServiceDefinition, settings: ServiceSettings, texts?: EmbedTexts | Promise<EmbedTexts>): (() => void) | void {
  const { store, api, config, nonce } = context;
  const win = context.window as VendorWindow | undefined;
  const id = settings.category ?? service.category;
  const category = store.registry.get(id);
  const source = `service:${service.name}`;
  if (!win) return;
  if (!category) return report(store, source, `services.${service.name}.category: "${id}" is not a category of this config`);
  const params = settings as ServiceParams;

  // Its items join the category's: the gate erases them on withdrawal, the declaration table lists them.
  const [provider, policy, country] = service.provider;
  for (const kind of KINDS) {
    for (const [name, purpose, duration] of service[kind] ?? []) {
      // `policy` and `country` ride along for the policy page; core's declaration schema need not know them.
      (category[kind] as CookieDeclaration[]).push({ name, provider, purpose, duration, thirdParty: true, ...({ policy, country } as object) });
    }
  }
  // A policy table drawn before this part arrived lists them too.
  store.bus.emit("declared", undefined);
  // Leftovers of an earlier grant go now, as the start-up sweep did for the config's own declarations (L-01).
  store.bus.on("ready", (state) => category.required || state.categories[id] || eraseCategories(store, win, config.cookie.name, [id], false));

  if (service.embed) return watchEmbeds(context, service, id, texts);

  const early = settings.beforeConsent === true;
  let loaded: Promise<void> | undefined;
  /** The snippet once, then the script once: a re-grant on the same page only tells the vendor again. */
  const inject = () => {
    if (!loaded) service.setup?.(win, params);
    const src = settings.src ?? service.src?.(params);
    return (loaded ??= src ? injectScript(win, src, service.attributes?.(params), nonce) : Promise.resolve());
  };
  if (early) {
    // The vendor's documented "denied first" mode, chosen by the site: its script runs before consent, told "denied".
    // The snippet's queue first, so the call waits there for the script (which runs later: it loads async).
    inject().catch((error) => report(store, source, error));
    service.deny?.(win, params);
  }
  return api.register({
    id: source,
    category: id,
    load() {
      const loading = inject();
      service.grant?.(win, params);
      return loading;
    },
    unload() {
      (service.revoke ?? service.deny)?.(win, params);
      // Nothing the vendor documents stops a script that ran: a reload does, once the withdrawal is saved and erased.
      if (loaded && service.reload && !early) setTimeout(() => win.location.reload());
    },
  });
}
