// What a config declares, as the audit matches it: every cookie, storage key and database of every category, plus
// what consentry itself and its integrations store and erase without the site writing it down. Matching uses the
// runtime's own glob matcher (core/categories), so the audit and the cleanup agree on what a declaration covers.
import { BUILT_IN_CATEGORIES, matchesGlob, NECESSARY } from "../../core/categories";
import { parseConfig } from "../../integrations/config";
import { CATALOG } from "../../services/all";
import { servicesSection } from "../../services/section";
import type { Declaration, ItemType } from "./types";

/** The config keys of each storage technology (the agreed declaration shape). */
const KEYS: Record<ItemType, string> = { cookie: "cookies", localStorage: "storage", sessionStorage: "sessionStorage", indexedDB: "indexedDB" };

/** PostHog's keys, as the PostHog integration sweeps them on withdrawal (integrations/posthog.ts, P-04). */
const POSTHOG_PATTERNS = ["ph_*", "__ph_*", "seenSurvey_*", "inProgressSurvey_*", "lastSeenSurveyDate*"];

export interface Declarations {
  readonly list: readonly Declaration[];
  /** Categories on before any decision (issue 13): like necessary, never "before consent". */
  readonly exempt: ReadonlySet<string>;
  match(type: ItemType, name: string): Declaration | undefined;
}

/** Every catalog service, as a page with the drop-in may configure any of them (each checked with its own schema). */
const ALL_SERVICES = [servicesSection(CATALOG.map((entry) => entry.definition))];

/** Validates with the runtime's own parser; throws its ConfigError (every bad path) when invalid. */
export function declarationsOf(input: unknown): Declarations {
  const config = parseConfig(input, ALL_SERVICES) as unknown as LooseConfig;
  const list: Declaration[] = [];
  const exempt = new Set<string>();
  const ids = [...new Set([...BUILT_IN_CATEGORIES, ...Object.keys(config.categories ?? {})])];
  for (const id of ids) {
    const category = config.categories?.[id];
    if (!category) continue;
    if (category.exempt === true) exempt.add(id);
    for (const type of Object.keys(KEYS) as ItemType[]) {
      for (const entry of category[KEYS[type]] ?? []) {
        const declared = typeof entry === "string" ? { name: entry } : entry;
        if (!declared || typeof declared.name !== "string") continue;
        list.push({ category: id, type, pattern: declared.name, provider: declared.provider, purpose: declared.purpose, duration: declared.duration });
      }
    }
  }
  const cookieName = config.cookie?.name ?? "consent";
  // The consent record itself: a cookie mirrored in localStorage (S-01), and the consent log's offline queue.
  list.push({ category: NECESSARY, type: "cookie", pattern: cookieName, provider: "consentry", purpose: "Remembers the visitor's consent choices.", implied: "consentry" });
  list.push({ category: NECESSARY, type: "localStorage", pattern: cookieName, provider: "consentry", purpose: "Remembers the visitor's consent choices.", implied: "consentry" });
  if (config.log) list.push({ category: NECESSARY, type: "localStorage", pattern: "consentry-log", provider: "consentry", purpose: "Queues proof of consent while offline.", implied: "consentry" });
  if (config.posthog) {
    const category = config.posthog.category ?? "analytics";
    for (const type of ["cookie", "localStorage", "sessionStorage"] as const) {
      for (const pattern of POSTHOG_PATTERNS) list.push({ category, type, pattern, provider: "PostHog", purpose: "Product analytics.", implied: "posthog" });
    }
  }
  // Each configured catalog service declares its items under its category (or the site's override), as the services
  // runtime adds them to the category it erases on withdrawal (issue 26 item 5).
  for (const [name, settings] of Object.entries(config.services ?? {})) {
    const definition = CATALOG.find((entry) => entry.definition.name === name)?.definition;
    if (!definition) continue;
    const category = settings?.category ?? definition.category;
    for (const [type, key] of [["cookie", "cookies"], ["localStorage", "storage"], ["sessionStorage", "sessionStorage"]] as const) {
      for (const [pattern, purpose, duration] of definition[key] ?? []) {
        list.push({ category, type, pattern, provider: definition.provider[0], purpose, duration, implied: `services.${name}` });
      }
    }
  }
  return {
    list,
    exempt,
    // Necessary first, then the other categories in registry order: an item declared twice counts as necessary.
    match: (type, name) => list.find((declaration) => declaration.type === type && matchesGlob(name, declaration.pattern)),
  };
}

type Entry = string | { name?: unknown; provider?: string; purpose?: string; duration?: string };

interface LooseConfig {
  cookie?: { name?: string };
  log?: unknown;
  posthog?: { category?: string };
  services?: Record<string, { category?: string } | undefined>;
  categories?: Record<string, ({ exempt?: unknown } & Record<string, Entry[] | undefined>) | undefined>;
}
