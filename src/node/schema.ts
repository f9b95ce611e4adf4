// The configuration's format for the Node side: `consentry check` and dist/consentry.schema.json (editor completion).
// The browser keeps its own compact validator (src/core/config.ts, where zod would cost the whole core budget); a
// property test (test/node/schema-agreement.test.ts) generates configs and holds both to the same verdict, so they
// cannot drift. Change one, change the other.
import * as z from "zod";
import { CONSENT_MODE_TYPES } from "../integrations/consent-mode-config";
import { DECISION_MODES } from "../core/record";
import { allRegionCodes } from "../regions/codes";
import { REGION_GROUPS } from "../regions/groups";
import { codesOf, KEY_EXPECTED, OTHER_REGIONS, optionalCategories } from "../regions/rules";
import { CATALOG, type CatalogEntry } from "../services/all";

export { CONSENT_MODE_TYPES };

const CATEGORY_ID = /^[a-z][\w-]{0,31}$/;
const COOKIE_NAME = /^[^\s;,=]+$/;
const PATH = /^\//;

const text = z.string().optional();

/** At most `max` entries, like the runtime's record guard (a config is not a place for thousands of keys). */
const boundedRecord = <V extends z.ZodType>(key: z.ZodString, value: V, max = 100) =>
  z
    .record(key, value)
    .refine((entries) => Object.keys(entries).length <= max, { message: `at most ${max} entries` })
    .meta({ maxProperties: max });

/** What the policy page says about a declared item (issue 9). */
const described = {
  provider: text,
  purpose: text,
  duration: text,
  thirdParty: z.boolean().optional().describe("Set by someone other than the site itself."),
};

const cookieName = z.string().regex(COOKIE_NAME, "a cookie name (glob)").describe("Cookie name; `*` matches any run of characters.");

/** A bare glob, or an object saying what it is (issue 9). */
const cookieDeclaration = z.union([
  cookieName,
  z.strictObject({
    name: cookieName,
    ...described,
    paths: z
      .array(z.string().regex(PATH, "a path starting with /"))
      .max(100)
      .optional()
      .describe("Extra paths the cookie may be set on; `/` and the page's own path are always tried."),
  }),
]);

/** A localStorage or sessionStorage key, or an IndexedDB database name: a glob, or an object (issue 9). */
const storageDeclaration = z.union([z.string(), z.strictObject({ name: z.string(), ...described })]);

const category = z.strictObject({
  label: text,
  description: text,
  cookies: z.array(cookieDeclaration).max(100).optional().describe("Cookies this category sets: listed and erased on withdrawal."),
  storage: z.array(storageDeclaration).max(100).optional().describe("localStorage keys (globs) erased on withdrawal."),
  sessionStorage: z.array(storageDeclaration).max(100).optional().describe("sessionStorage keys (globs) erased on withdrawal."),
  indexedDB: z.array(storageDeclaration).max(100).optional().describe("IndexedDB databases (globs) deleted on withdrawal."),
  exempt: z
    .boolean()
    .optional()
    .describe("L-20: exempt audience measurement, on until the visitor objects; the site must meet the conditions (README)."),
});

const translation = z
  .object({
    categories: boundedRecord(z.string().regex(CATEGORY_ID), z.strictObject({ label: text, description: text })).optional(),
  })
  .catchall(z.string());

const posthog = z.strictObject({
  apiKey: z.string().regex(/^\S+$/),
  apiHost: z.string().regex(/^https?:\/\//, "an http(s) URL").optional(),
  scriptUrl: text,
  integrity: text,
  category: z.string().optional(),
  options: boundedRecord(z.string(), z.unknown()).optional().describe("Passed to posthog.init after the SDK's privacy defaults."),
});


const googleConsentMode = z.strictObject({
  mapping: boundedRecord(z.string().regex(CATEGORY_ID), z.array(z.enum(CONSENT_MODE_TYPES)).max(100)).optional(),
  waitForUpdate: z.int().min(0).max(60_000).optional(),
  regions: z.array(z.string()).max(100).optional(),
  adsDataRedaction: z.boolean().optional(),
  urlPassthrough: z.boolean().optional(),
  advanced: z.boolean().optional(),
  tagId: text,
  tagUrl: text,
  category: z.string().optional(),
});

/**
 * Issue 29: one region's rule set. Which categories `on` may name and which codes two group keys share depend on the
 * rest of the config: `regionsAcrossConfig` checks those, as the drop-in's part does (JSON Schema cannot say them).
 */
const ruleSet = z.strictObject({
  mode: z.enum(DECISION_MODES).describe("opt-in (EEA, UK, CH), opt-out (US privacy states), notice (inform only) or none (no banner)."),
  on: z
    .array(z.string().regex(CATEGORY_ID))
    .max(32)
    .optional()
    .describe("Optional categories that run before a decision: default none under opt-in (list an exemption here, L-20), all under the other modes."),
  gpc: z.boolean().optional().describe("Honour Global Privacy Control here (default: the config's gpc)."),
  optOutLink: z.boolean().optional().describe('Show [data-consent-opt-out], "Do Not Sell or Share My Personal Information" (default: under opt-out).'),
  texts: boundedRecord(z.string(), boundedRecord(z.string(), z.string())).optional().describe("Banner and dialog texts for this region, by language."),
});

const regions = boundedRecord(z.string(), ruleSet)
  .superRefine((value, context) => {
    // At the key's own path, as the drop-in's part reports it (`regions.ZZ`).
    for (const key of Object.keys(value)) if (!codesOf(key)) context.addIssue({ code: "custom", path: [key], message: KEY_EXPECTED });
  })
  .meta({ propertyNames: { enum: [...allRegionCodes(), ...Object.keys(REGION_GROUPS), OTHER_REGIONS] } })
  .describe("Rule sets by region (docs/regions.md): keys are ISO 3166 codes (FR, US-CA), groups (EEA, EU, UK, CH, US-PRIVACY-STATES) or \"*\" for every other known region; an unknown region gets opt-in.");

/** What the drop-in's regions part checks across the config: categories that exist, one rule set per code. */
function regionsAcrossConfig(config: { regions?: Record<string, z.infer<typeof ruleSet>>; categories?: object }, context: z.RefinementCtx): void {
  const optional = optionalCategories(config);
  const claimedBy = new Map<string, string>();
  for (const [key, rule] of Object.entries(config.regions ?? {})) {
    rule.on?.forEach((id, index) => {
      if (!optional.includes(id))
        context.addIssue({ code: "custom", path: ["regions", key, "on", index], message: `an optional category of this config (${optional.join(", ")})` });
    });
    if (!Object.hasOwn(REGION_GROUPS, key)) continue;
    for (const code of codesOf(key) ?? []) {
      const other = claimedBy.get(code);
      if (other) {
        context.addIssue({ code: "custom", path: ["regions", key], message: `one rule set per code (${code} is in ${other} too)` });
        break;
      }
      claimedBy.set(code, key);
    }
  }
}

/** One catalog service's settings (issue 26): its own params, as the runtime's `serviceSchema` checks them. */
function serviceSettings({ definition: service, about }: CatalogEntry) {
  const params = Object.fromEntries(
    Object.entries(service.params ?? {}).map(([key, [pattern, expected]]) => {
      const param = z.string().regex(pattern, expected).describe(expected);
      return [key, expected.endsWith("(optional)") ? param.optional() : param];
    }),
  );
  return z
    .strictObject({
      ...params,
      category: z.string().regex(CATEGORY_ID).optional().describe(`The category it waits for (default "${service.category}").`),
      src: z
        .string()
        .regex(/^(https:\/\/|\/)/, "an https:// URL or a path on this site")
        .optional()
        .describe("The script from elsewhere: self-hosted, or through a first-party proxy."),
      ...(service.deny && {
        beforeConsent: z
          .boolean()
          .optional()
          .describe("Loads the vendor before consent, told 'denied' (its documented mode): this sends a request to the vendor before consent."),
      }),
    })
    .describe(`${service.title}${about.exempt ? " (may qualify for an audience-measurement exemption: docs/services.md)" : ""}. Docs: ${about.docs[0]}`);
}

const services = z
  .strictObject(Object.fromEntries(CATALOG.map((entry) => [entry.definition.name, serviceSettings(entry).optional()])))
  .describe("Catalog services (docs/services.md): each waits for its category, is told by its own consent API, and is stopped and erased on withdrawal.");

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Where this file's JSON Schema lives (for editors); ignored at run time."),
    revision: z.int().min(0).max(1e9).optional().describe("Bump on a material policy change: visitors are asked again."),
    policyUrl: text,
    mode: z.enum(["opt-in", "opt-out"]).optional(),
    cookie: z
      .strictObject({
        name: z.string().regex(/^[\w.-]{1,64}$/).optional(),
        domain: text,
        path: z.string().regex(PATH, "a path starting with /").optional(),
        expiresDays: z.number().min(1).max(400).optional(),
        sameSite: z.enum(["Lax", "Strict"]).optional(),
      })
      .optional(),
    gpc: z.boolean().optional(),
    categories: boundedRecord(z.string().regex(CATEGORY_ID), category, 32).optional(),
    posthog: posthog.optional(),
    googleConsentMode: googleConsentMode.optional(),
    services: services.optional(),
    language: z.string().optional().describe('A language code, or "auto" to follow <html lang> and the browser.'),
    translations: boundedRecord(z.string(), translation).optional(),
    log: z.strictObject({ endpoint: z.string().min(1) }).optional(),
    nonce: text,
    headingLevel: z.int().min(1).max(6).optional(),
    focusAfterDecision: z
      .string()
      .optional()
      .describe("A CSS selector: where focus goes after a banner decision when it came from nowhere (default: the main landmark)."),
    closeButton: z
      .boolean()
      .optional()
      .describe('L-05 (CNIL): a "Continue without accepting" control on the banner, recorded as a refusal (method "dismiss").'),
    banner: z
      .enum(["auto", "always", "never"])
      .optional()
      .describe('"auto": the first layer shows only once something on the page needs consent; "always": on every undecided visit; "never": only when the page calls show() (a `none` region).'),
    regions: regions.optional(),
    regionFromTimeZone: z
      .boolean()
      .optional()
      .describe("Weak, off by default: without a region hint from the server, guess the country from the browser's time zone (docs/regions.md)."),
  })
  .superRefine(regionsAcrossConfig)
  .describe("consentry configuration: window.ConsentConfig, a <script type=\"application/json\" data-consent-config> block, or createConsent(config).");

export type NodeConfig = z.infer<typeof configSchema>;

/** One line per problem, `path: message`, the same path notation as the drop-in's console error. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) =>
    // One line per unknown key, at the key's own path, as the drop-in reports it (a typo is easier to find there).
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => `${formatPath([...issue.path, key])}: a known key (this one is unknown)`)
      : [`${formatPath(issue.path) || "(root)"}: ${issue.message}`],
  );
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

/** The JSON Schema (draft 2020-12) that editors read; the input shape, so defaulted keys are optional. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }),
    title: "consentry configuration",
  };
}
