// The category registry: the four built-ins, relabelled or extended by config, with their declared cookies and storage keys.
import type { CookieDeclaration, CoreResolvedConfig, StorageDeclaration } from "./config";

export const NECESSARY = "necessary";
export const BUILT_IN_CATEGORIES = [NECESSARY, "preferences", "analytics", "marketing"] as const;

export interface Category {
  readonly id: string;
  /** From config; the UI supplies translated defaults for the built-ins when absent. */
  readonly label?: string;
  readonly description?: string;
  /** `necessary` only: always granted, never toggled (L-02). */
  readonly required: boolean;
  /** Audience measurement that may run until the visitor objects (CNIL exemption, UK DUAA; L-20). */
  readonly exempt: boolean;
  readonly cookies: readonly CookieDeclaration[];
  /** localStorage keys. */
  readonly storage: readonly StorageDeclaration[];
  readonly sessionStorage: readonly StorageDeclaration[];
  /** IndexedDB database names. */
  readonly indexedDB: readonly StorageDeclaration[];
}

/** The four kinds of storage a category declares, in the order the declaration lists them (issue 9). */
export const STORAGE_KINDS = ["cookies", "storage", "sessionStorage", "indexedDB"] as const;

export interface Registry {
  /** Built-ins first, in their fixed order, then custom categories in config order. */
  readonly all: readonly Category[];
  /** Every id except `necessary`: what a visitor decides. */
  readonly optional: readonly string[];
  get(id: string): Category | undefined;
  has(id: string): boolean;
}

export function createRegistry(config: Pick<CoreResolvedConfig, "categories">): Registry {
  const ids = [...new Set<string>([...BUILT_IN_CATEGORIES, ...Object.keys(config.categories)])];
  const all = ids.map((id): Category => {
    const declared = config.categories[id];
    // Internal and typed readonly: freezing it would cost bytes in every drop-in and protect nothing.
    // A parsed category has every list (defaults fill them); an undeclared built-in gets empty ones.
    return {
      cookies: [],
      storage: [],
      sessionStorage: [],
      indexedDB: [],
      ...declared,
      id,
      required: id === NECESSARY,
      exempt: declared?.exempt === true,
    };
  });
  const byId = new Map(all.map((category) => [category.id, category]));
  return {
    all,
    optional: ids.filter((id) => id !== NECESSARY),
    get: (id: string) => byId.get(id),
    has: (id: string) => byId.has(id),
  };
}

/**
 * What a GPC signal refuses until the visitor says otherwise (L-17): marketing (sale/sharing), and every exempt
 * category, since the signal is an objection to the measurement the exemption allows (L-20).
 */
export const refusedByGpc = (registry: Registry, gpc: boolean, id: string): boolean =>
  gpc && (id === "marketing" || registry.get(id)!.exempt);

/** `ph_*_posthog` -> a RegExp that matches the whole name; `*` is the only wildcard. */
export function globToRegExp(glob: string): RegExp {
  const body = glob.split("*").map(escapeRegExp).join(".*");
  return new RegExp(`^${body}$`);
}

export function matchesGlob(name: string, glob: string): boolean {
  return globToRegExp(glob).test(name);
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}
