// The drop-in's regions part (issue 29), loaded beside consentry.js only on pages whose config has `regions`: checks
// them, reads the visitor's region from what the server gave (src/regions/hint.ts), gives Consent Mode its
// region-specific defaults, applies the region's rule set to the config, and starts the store with the result. The
// API it returns is the instance's, plus `setRegion(code)`, which starts again under the new region's rules (a record
// made under looser ones is then not current: the visitor is asked), keeping the page's listeners and loaders.
import type { ConsentApi, Integration, Loader, PartLoader } from "../api";
import type { Unsubscribe } from "../core/bus";
import * as s from "../core/schema";
import type { ConsentEvents, StoreEnvironment } from "../core/store";
import { parseCondition } from "../gate/condition";
import { consentModeSection } from "../integrations/consent-mode-config";
import { consentModeValues, DEFAULT_CONSENT_MODE_MAPPING } from "../integrations/google-consent-mode";
import { parseRegion, readRegion } from "../regions/hint";
import { applyRegion, consentModeRegions, looserThan, parseRegions, showsOptOutLink, type Regions, type RuleSet } from "../regions/rules";
import { BUNDLED_LANGUAGES } from "../ui/bundled-languages";
import { pickLanguage } from "../ui/i18n";
import regionStrings from "../ui/strings-regions";

export interface RegionalStart {
  /** The page's config, `regions` and all, as read (not yet parsed). */
  readonly config: Record<string, unknown>;
  readonly script: Element | null;
  /**
   * Starts an instance: a config, the record stamp, the region's page wiring; with `issues`, safe mode reporting them
   * (the drop-in makes the ConfigError: this part's own copy of the class would not be the one it checks for).
   */
  readonly start: (config: unknown, environment: Partial<StoreEnvironment>, integration: Integration, issues?: string[]) => ConsentApi;
  readonly load: PartLoader;
}

export type RegionalApi = ConsentApi & {
  /** Issue 29: the visitor's region changed (an SPA learned it late): the rules are re-applied; stricter ones ask again. */
  setRegion(code: string): void;
};

type Listened = { event: keyof ConsentEvents; listener: (payload: unknown) => void; off: Unsubscribe };

export default function startInRegion({ config, script, start, load }: RegionalStart): RegionalApi {
  const doc = document;
  const checked = parseRegions(config);
  const timeZone = config.regionFromTimeZone;
  const issues = checked.ok ? [] : checked.issues.map(s.formatIssue);
  if (timeZone !== undefined && typeof timeZone != "boolean") issues.push("regionFromTimeZone: expected boolean");
  const regions: Regions = checked.ok ? checked.value : {};
  if (issues.length) return Object.assign(start(undefined, {}, () => {}, issues), { setRegion() {} });

  pushConsentModeDefaults(config, regions);

  const listened = new Set<Listened>();
  const loaders = new Set<{ loader: Loader; off: Unsubscribe }>();
  const begin = (region: string | undefined) => {
    const applied = applyRegion(config, regions, region);
    return start(applied.config, { stamp: applied.stamp, stale: looserThan(applied.stamp.mode) }, optOutLinks(applied.rule, load));
  };
  let region = readRegion({ document: doc, script, timeZone: timeZone === true });
  let current = begin(region);

  const facade: RegionalApi = {
    granted: (category) => current.granted(category),
    state: () => current.state(),
    acceptAll: () => current.acceptAll(),
    rejectAll: () => current.rejectAll(),
    set: (choices) => current.set(choices),
    reset: () => current.reset(),
    open: () => current.open(),
    close: () => current.close(),
    show: () => current.show(),
    on(event, listener) {
      const entry: Listened = { event, listener: listener as never, off: current.on(event, listener) };
      listened.add(entry);
      return () => {
        entry.off();
        listened.delete(entry);
      };
    },
    whenGranted(category, callback) {
      // Through the facade's own `on`, so a callback still waiting hears the instance a region change starts.
      if (current.granted(category)) return current.whenGranted(category, callback);
      const off = facade.on("change", () => {
        if (!current.granted(category)) return;
        off();
        callback();
      });
      return off;
    },
    register(loader) {
      const entry = { loader, off: current.register(loader) };
      loaders.add(entry);
      return () => {
        entry.off();
        loaders.delete(entry);
      };
    },
    renderDeclaration: (element) => current.renderDeclaration(element),
    renderPreferences: (element) => current.renderPreferences(element),
    get storage() {
      return current.storage;
    },
    destroy: () => current.destroy(),
    setRegion(code) {
      const next = parseRegion(code, "Consent.setRegion");
      if (next === region && next !== undefined) return;
      region = next;
      const before = current.state();
      current.destroy();
      current = begin(region);
      for (const entry of listened) entry.off = current.on(entry.event, entry.listener as never);
      // A page loader whose condition held and no longer does is told to stop, as on a withdrawal (L-11): the new
      // instance's gate never loaded it, so it would not; declared cookies and storage go in its start-up sweep.
      // One that still holds is already running: the new gate's first `load` is skipped, so it never loads twice.
      for (const entry of loaders) {
        const { loader } = entry;
        const holds = parseCondition(loader.category);
        const held = !!holds?.((id) => before.categories[id] === true);
        const holdsNow = !!holds?.((id) => current.granted(id));
        if (held && !holdsNow)
          Promise.resolve()
            .then(() => loader.unload?.())
            .catch((error) => console.error(`consentry: loader ${loader.id}:`, error));
        let running = held && holdsNow;
        entry.off = current.register({
          id: loader.id,
          category: loader.category,
          load: () => (running ? void (running = false) : loader.load()),
          unload: loader.unload && (() => loader.unload!()),
        });
      }
      // The page hears what the new rules changed, as it would any decision's effect.
      const state = current.state();
      const granted = Object.keys(state.categories).filter((id) => state.categories[id] && !before.categories[id]);
      const revoked = Object.keys(state.categories).filter((id) => !state.categories[id] && before.categories[id]);
      if (granted.length || revoked.length)
        for (const entry of listened) if (entry.event == "change") entry.listener({ granted, revoked, state, remote: false });
    },
  };
  return facade;
}

/**
 * Consent Mode's defaults for the regions whose rules let something run before a decision (`region` on
 * `gtag('consent', 'default', ...)`), pushed before the store starts and so before Google's tag loads; the drop-in
 * already pushed the general default, all denied, for everywhere else (G-02). A GPC signal keeps marketing's types
 * denied there too (L-17).
 */
function pushConsentModeDefaults(config: Record<string, unknown>, regions: Regions): void {
  const settings = s.safeParse(consentModeSection.schema, config.googleConsentMode);
  const gtag = (window as { gtag?: (...args: unknown[]) => void }).gtag;
  if (!config.googleConsentMode || !settings.ok || !gtag) return;
  const gpc = (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  const mapping = { ...DEFAULT_CONSENT_MODE_MAPPING, ...settings.value.mapping };
  for (const { codes, on, rule, exempt } of consentModeRegions(config, regions)) {
    // The rule set's own `gpc`, else the config's (on by default), as the store will read it.
    const honoursGpc = gpc && (rule.gpc ?? config.gpc) !== false;
    const granted = Object.fromEntries(on.filter((id) => !(honoursGpc && (exempt || id == "marketing"))).map((id) => [id, true]));
    // Nothing left to grant there: the general default, all denied, already says it.
    if (Object.keys(granted).length) gtag("consent", "default", { ...consentModeValues({ necessary: true, ...granted }, mapping), region: codes });
  }
}

/**
 * `[data-consent-opt-out]`, the "Do Not Sell or Share My Personal Information" link (CCPA §1798.135, 11 CCR §7026):
 * shown where the rules say so, hidden elsewhere. One click refuses sale/sharing (marketing) at once, with no
 * further question, and is recorded like a choice in the dialog. Once refused (by that click or a GPC signal) the
 * link says "Opt-out request honored" (§7025(c)(6)). An empty link gets the text in the visitor's language.
 */
export function optOutLinks(rule: RuleSet, load: PartLoader): Integration {
  return ({ store, config, window: win, signal }) => {
    const doc = win?.document;
    if (!doc) return;
    const shown = showsOptOutLink(rule);
    let strings: Partial<typeof regionStrings> = { ...regionStrings, ...(config.translations.en as object) };
    const lang = pickLanguage(config, { documentLang: doc.documentElement.lang, languages: win.navigator.languages }, BUNDLED_LANGUAGES);
    const paint = () => {
      const { categories, gpc } = store.state();
      const honored = categories.marketing === false && (gpc || store.state().decided);
      for (const link of doc.querySelectorAll<HTMLElement>("[data-consent-opt-out]")) {
        link.hidden = !shown;
        if (!shown) continue;
        if (!link.textContent!.trim() || link.hasAttribute("data-consent-filled")) {
          link.setAttribute("data-consent-filled", "");
          link.textContent = strings.optOutLink!;
        }
        let status = link.querySelector("[data-consent-opt-out-status]");
        if (honored && !status) {
          status = link.appendChild(doc.createElement("span"));
          status.setAttribute("data-consent-opt-out-status", "");
        }
        if (status) status.textContent = honored ? ` (${strings.optOutHonored})` : "";
        if (!honored) status?.remove();
      }
    };
    const inline = config.translations[lang] as Partial<typeof regionStrings> | undefined;
    if (inline) strings = { ...strings, ...inline };
    else if (lang != "en")
      load(`locale.${lang}`).then(
        (module) => {
          strings = { ...strings, ...(module as { default: typeof regionStrings }).default };
          if (!signal.aborted) paint();
        },
        () => {},
      );
    doc.addEventListener(
      "click",
      (event) => {
        const link = (event.target as Element | null)?.closest?.("[data-consent-opt-out]");
        if (!link || !shown) return;
        event.preventDefault();
        store.set({ marketing: false }, "custom");
      },
      { signal },
    );
    const off = store.bus.on("change", paint);
    if (doc.readyState == "loading") doc.addEventListener("DOMContentLoaded", paint, { once: true, signal });
    else paint();
    return off;
  };
}
