// The configuration schema (DESIGN 5): one boundary where page-supplied config becomes a typed value.
import { CATEGORY_ID } from "./category-id";
import * as s from "./schema";

const optionalText = s.optional(s.string());

/** What the policy page says about a declared item (issue 9); `thirdParty`: set by someone other than the site. */
const described = { provider: optionalText, purpose: optionalText, duration: optionalText, thirdParty: s.optional(s.boolean()) };

/**
 * What a category stores (issue 9): each entry of `cookies`, `storage`, `sessionStorage` and `indexedDB` is a `*` glob,
 * or an object saying what it is for the policy page. Both become the object form; a bare glob is `{ name }`.
 * Anything that is neither an object nor a valid name is reported at `….name`, which says what a name must be.
 */
function declarations<O, I>(entry: s.Schema<O, I>) {
  const nameOrEntry: s.Schema<O, I | string> = {
    expected: entry.expected,
    run: (value, path, issues) => entry.run(value && typeof value == "object" ? value : { name: value }, path, issues),
  };
  return s.withDefault(s.array(nameOrEntry), []);
}

/** A localStorage or sessionStorage key, or an IndexedDB database name. */
const storageEntry = declarations(s.object({ name: s.string(), ...described }));

const categoryConfig = s.object({
  label: optionalText,
  description: optionalText,
  /** Cookies; `paths` are extra paths a cookie may be set on (`/` and the page's own path are always tried). */
  cookies: declarations(
    s.object({
      name: s.string(/^[^\s;,=]+$/, "a cookie name (glob)"),
      ...described,
      paths: s.optional(s.array(s.string(/^\//, "a path starting with /"))),
    }),
  ),
  /** localStorage keys, erased on revoke. */
  storage: storageEntry,
  /** sessionStorage keys, erased on revoke. */
  sessionStorage: storageEntry,
  /** IndexedDB database names, deleted on revoke. */
  indexedDB: storageEntry,
  /** L-20: exempt audience measurement, on until the visitor objects; the site must meet the conditions (README). */
  exempt: s.optional(s.boolean()),
});

/** One language's strings: any UI text key, plus per-category labels. */
const translation = s.object(
  { categories: s.optional(s.record(s.string(CATEGORY_ID), s.object({ label: optionalText, description: optionalText }))) },
  s.string(),
);

/**
 * A vendor's part of the config (`posthog`, `services`, ...), checked by the integration that reads it (see
 * `parseConfig`). Core knows categories, not vendors (DESIGN 1): the keys and schemas live with the integrations.
 */
export interface ConfigSection<T = unknown> {
  readonly key: string;
  readonly schema: s.Schema<T, unknown>;
}

const configShape = {
  /** Where the JSON Schema lives, for editors (dist/consentry.schema.json); ignored here. */
  $schema: optionalText,
  /** Bump on a material policy change: visitors are asked again (L-13). */
  revision: s.withDefault(s.number(0, 1e9, true), 1),
  policyUrl: optionalText,
  mode: s.withDefault(s.oneOf(["opt-in", "opt-out"] as const), "opt-in"),
  cookie: s.withDefault(
    s.object({
      name: s.withDefault(s.string(/^[\w.-]{1,64}$/), "consent"),
      domain: optionalText,
      path: s.withDefault(s.string(/^\//, "a path starting with /"), "/"),
      /** How long a decision lasts, and the cookie's lifetime; browsers cap cookies at 400 days (S-10). */
      expiresDays: s.withDefault(s.number(1, 400), 365),
      sameSite: s.withDefault(s.oneOf(["Lax", "Strict"] as const), "Lax"),
    }),
    {},
  ),
  gpc: s.withDefault(s.boolean(), true),
  categories: s.withDefault(s.record(s.string(CATEGORY_ID), categoryConfig, 32), {}),
  /** A language code, or "auto" to follow `<html lang>` and the browser. */
  language: s.withDefault(s.string(), "en"),
  translations: s.withDefault(s.record(s.string(), translation), {}),
  log: s.optional(s.object({ endpoint: s.string(/./) })),
  /** CSP nonce for what the SDK injects; defaults to the SDK script's own nonce. */
  nonce: optionalText,
  /** L-05 (CNIL): a "Continue without accepting" control on the first layer, recorded as a refusal. */
  closeButton: s.optional(s.boolean()),
  /** Issue 30 (WCAG 2.4.3): where focus goes after a decision when it came from nowhere; default the `main` landmark. */
  focusAfterDecision: optionalText,
  /** Heading level of the banner title. */
  headingLevel: s.withDefault(s.number(1, 6, true), 2),
  /**
   * Issue 9: "auto" shows the first layer only once something on the page needs consent; "always" shows it regardless;
   * "never" (issue 29, a region whose rules are `none`) never by itself: `open()` and `show()` still do.
   */
  banner: s.withDefault(s.oneOf(["auto", "always", "never"] as const), "auto"),
};
const configSchema = s.object(configShape);

/**
 * What a page may pass: every key optional, defaults filled in by `parseConfig`. Vendor sections are typed by the
 * integrations (`src/integrations/config.ts`); here they are whatever their own schema accepts.
 */
export type CoreConfig = BaseConfig & { readonly [section: string]: unknown };
export type CoreResolvedConfig = BaseResolvedConfig & { readonly [section: string]: unknown };
/** Core's own keys only, for the integrations to add their sections to. */
export type BaseConfig = s.Input<typeof configSchema>;
export type BaseResolvedConfig = s.Output<typeof configSchema>;
export type CategoryConfig = s.Output<typeof categoryConfig>;
/** A declared cookie, in its object form. */
export type CookieDeclaration = CategoryConfig["cookies"][number];
/** A declared localStorage or sessionStorage key, or IndexedDB database, in its object form. */
export type StorageDeclaration = CategoryConfig["storage"][number];
export type Translation = s.Output<typeof translation>;

/** An invalid config: `issues` holds one line per bad path, `message` all of them. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly issues: string[]) {
    super(`consentry: invalid config\n  ${issues.join("\n  ")}`);
  }
}

/**
 * Parses page config; throws one ConfigError naming every bad path and what was expected. A vendor section is
 * checked (and gets its defaults) through the `sections` of the integrations that read it, so a headless bundle
 * carries the schemas of the vendors it uses only; `createConsent` passes its integrations'. For a key given twice
 * the last section wins (an integration's real schema over an inert placeholder).
 */
export function parseConfig(input: unknown, sections: readonly ConfigSection[] = []): CoreResolvedConfig {
  const shape = { ...configShape, ...Object.fromEntries(sections.map(({ key, schema }) => [key, s.optional(schema)])) };
  const result = s.safeParse(s.object(shape), input ?? {});
  if (result.ok) return result.value as CoreResolvedConfig;
  throw new ConfigError(result.issues.map(s.formatIssue));
}

/** A vendor section of a parsed config, typed by the section that checked it. */
export const sectionOf = <T>(config: CoreResolvedConfig, { key }: ConfigSection<T>): T | undefined => config[key] as T | undefined;
