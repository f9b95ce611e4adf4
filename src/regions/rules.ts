// Rule sets by region (issue 29), as pure functions: check the `regions` section against the config it sits in, pick
// the rule set for a visitor's region, and apply it, giving the config the store then starts with. Nothing here
// touches the page; the drop-in's part (src/addons/regions.ts) and `withRegion` (npm) call these.
import { CATEGORY_ID } from "../core/category-id";
import { DECISION_MODES, type DecisionMode } from "../core/record";
import * as s from "../core/schema";
import { knownRegion } from "./codes";
import { REGION_GROUPS } from "./groups";

/** The rule-set key for every known region that no other key names. */
export const OTHER_REGIONS = "*";
export const BUILT_IN_OPTIONAL = ["preferences", "analytics", "marketing"] as const;

const ruleSetSchema = s.object({
  mode: s.oneOf(DECISION_MODES),
  /**
   * The optional categories that run before the visitor decides. Default: none under opt-in (an exemption such as
   * the UK's or CNIL's audience measurement is listed here, L-20), every optional category under the other modes.
   */
  on: s.optional(s.array(s.string(CATEGORY_ID), 32)),
  /** Honour Global Privacy Control (default: the config's `gpc`, itself on by default; L-17). */
  gpc: s.optional(s.boolean()),
  /** Show `[data-consent-opt-out]` ("Do Not Sell or Share My Personal Information"); default: under opt-out only. */
  optOutLink: s.optional(s.boolean()),
  /** Banner and dialog texts for this region, by language: `{ en: { title: "..." } }`. */
  texts: s.optional(s.record(s.string(), s.record(s.string(), s.string()))),
});

export type RuleSet = s.Output<typeof ruleSetSchema>;
export type RuleSetInput = s.Input<typeof ruleSetSchema>;
export type Regions = Readonly<Record<string, RuleSet>>;

export const GROUP_NAMES = Object.keys(REGION_GROUPS);
export const KEY_EXPECTED = `an ISO 3166 code (FR, US-CA), a group (${GROUP_NAMES.join(", ")}) or "*"`;

/** The codes a rule-set key stands for; undefined when it is neither a group, nor a code as rules read it, nor `*`. */
export function codesOf(key: string): readonly string[] | undefined {
  if (key == OTHER_REGIONS) return [];
  if (Object.hasOwn(REGION_GROUPS, key)) return REGION_GROUPS[key]!.codes;
  return knownRegion(key) === key ? [key] : undefined;
}

const plain = (value: unknown): value is Record<string, unknown> => !!value && typeof value == "object" && !Array.isArray(value);
const isGroup = (key: string) => Object.hasOwn(REGION_GROUPS, key);

/** The optional categories of a raw config: the built-in three and the config's own. */
export function optionalCategories(config: { categories?: unknown }): string[] {
  const own = config.categories && typeof config.categories == "object" ? Object.keys(config.categories) : [];
  return [...new Set([...BUILT_IN_OPTIONAL, ...own])].filter((id) => id != "necessary");
}

/**
 * `regions` of a config, checked: every key a code, a group or `*`; every `on` entry an optional category of this
 * config; no code in two groups' rule sets (a code's own key may refine its group's: `FR` beside `EEA`). Issues come
 * as `regions.…` lines, like every other config error.
 */
export function parseRegions(config: { regions?: unknown; categories?: unknown }): s.ParseResult<Regions> {
  const issues: s.Issue[] = [];
  const parsed = (config.regions === undefined ? {} : s.record(s.string(), ruleSetSchema).run(config.regions, ["regions"], issues)) ?? {};
  const optional = optionalCategories(config);
  const claimedBy = new Map<string, string>();
  for (const [key, rule] of Object.entries(parsed)) {
    const codes = codesOf(key);
    if (!codes) {
      issues.push({ path: ["regions", key], expected: KEY_EXPECTED });
      continue;
    }
    rule.on?.forEach((id, index) => {
      if (!optional.includes(id)) issues.push({ path: ["regions", key, "on", index], expected: `an optional category of this config (${optional.join(", ")})` });
    });
    if (!isGroup(key)) continue;
    for (const code of codes) {
      const other = claimedBy.get(code);
      if (other) {
        issues.push({ path: ["regions", key], expected: `one rule set per code (${code} is in ${other} too)` });
        break;
      }
      claimedBy.set(code, key);
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed };
}

/**
 * The key of the rule set for a region, most specific first: the code, a group holding it, its country, a group
 * holding that, then `*`. `null`: none applies, the config's own top-level rules do. An unknown region has no key:
 * see `applyRegion`.
 */
export function ruleSetKey(regions: Regions, region: string): string | null {
  const country = region.slice(0, 2);
  for (const code of region == country ? [region] : [region, country]) {
    if (Object.hasOwn(regions, code)) return code;
    const group = Object.keys(regions).find((key) => isGroup(key) && REGION_GROUPS[key]!.codes.includes(code));
    if (group) return group;
  }
  return Object.hasOwn(regions, OTHER_REGIONS) ? OTHER_REGIONS : null;
}

/** What the store stamps on each record it makes: the region (when known) and the mode of the rules decided under. */
export interface RegionStamp {
  readonly region?: string;
  readonly mode: DecisionMode;
}

export interface RegionalConfig {
  /** The config the store starts with: core's keys only, `regions` gone. */
  readonly config: Record<string, unknown>;
  readonly stamp: RegionStamp;
  /** The rule set applied; for an unknown region, the strictest (opt-in, nothing on). */
  readonly rule: RuleSet;
  /** Which key chose it: a code, a group, `*`; null for the config's own rules; undefined for an unknown region. */
  readonly key: string | null | undefined;
}

/**
 * The store's `stale` for a region's rules: a stored record made under looser rules than these (opt-out, then an
 * opt-in region) does not speak for the visitor here, who is asked again. A record without a mode (made before the
 * site had regions) stands.
 */
export const looserThan =
  (mode: DecisionMode) =>
  (record: { readonly mode?: DecisionMode }): boolean =>
    // A mode this version does not know (the record's `mode` is a plain string to core) counts as the loosest.
    (record.mode !== undefined && !DECISION_MODES.includes(record.mode)) || DECISION_MODES.indexOf(record.mode!) > DECISION_MODES.indexOf(mode);

/** The rules an unknown region gets: never the loosest (issue 29). */
export const STRICTEST: RuleSet = { mode: "opt-in", on: [] };

/**
 * `(config, region) -> the config for that region`. `region` is a code as `knownRegion` returns it, or undefined
 * when the visitor's region is unknown (no hint, a malformed one): then the strictest rules apply.
 * Opt-in gives core's opt-in mode, with the `on` categories exempt (on until the visitor objects). The looser modes
 * give core's opt-out mode when every optional category is on (GPC then refuses sale/sharing, marketing, only), else
 * opt-in with the `on` ones exempt. `none` never shows the banner by itself.
 */
export function applyRegion(config: Record<string, unknown>, regions: Regions, region: string | undefined): RegionalConfig {
  const { regions: _, regionFromTimeZone: __, ...base } = config;
  const key = region === undefined ? undefined : ruleSetKey(regions, region);
  const at = region === undefined ? {} : { region };
  if (key === null) {
    const mode = base.mode == "opt-out" ? "opt-out" : "opt-in";
    return { config: base, stamp: { ...at, mode }, rule: { mode }, key };
  }
  const rule = key === undefined ? STRICTEST : regions[key]!;
  const optional = optionalCategories(base);
  const on = rule.on ?? (rule.mode == "opt-in" ? [] : optional);
  const allOn = optional.every((id) => on.includes(id));
  // Only well-formed parts are rewritten: a malformed one stays as it is, so the store's own check still refuses it.
  const declared = (base.categories === undefined ? {} : base.categories) as Record<string, unknown>;
  const categories = plain(declared) ? { ...declared } : declared;
  if (plain(categories))
    for (const id of optional) {
      const own = declared[id];
      const wellFormed = own === undefined || (plain(own) && [undefined, true, false].includes(own.exempt as never));
      if (wellFormed) categories[id] = { ...(own as object), exempt: !allOn && on.includes(id) };
    }
  const translations = (base.translations === undefined ? {} : base.translations) as Record<string, unknown>;
  const merged = plain(translations) ? { ...translations } : translations;
  for (const [lang, texts] of Object.entries(rule.texts ?? {}))
    if (plain(merged) && (merged[lang] === undefined || plain(merged[lang]))) merged[lang] = { ...(merged[lang] as object), ...texts };
  // A key the rules set replaces the config's own only where that one is well-formed: a wrong value stays, and is refused.
  const replace = (name: string, value: unknown, valid: readonly unknown[]) =>
    base[name] === undefined || valid.includes(base[name]) ? { [name]: value } : {};
  return {
    config: {
      ...base,
      ...replace("mode", rule.mode != "opt-in" && allOn ? "opt-out" : "opt-in", ["opt-in", "opt-out"]),
      categories,
      translations: merged,
      ...(rule.gpc !== undefined && replace("gpc", rule.gpc, [true, false])),
      ...(rule.mode == "none" && replace("banner", "never", ["auto", "always", "never"])),
    },
    stamp: { ...at, mode: rule.mode },
    rule,
    key,
  };
}

/** Whether the `[data-consent-opt-out]` link shows under a rule set. */
export const showsOptOutLink = (rule: RuleSet): boolean => rule.optOutLink ?? rule.mode == "opt-out";

/**
 * Consent Mode's region-specific defaults (G-02 with `region`): for each rule set that lets something run before a
 * decision, the codes it covers and the categories on there. Google applies the most specific matching default; the
 * general one stays all denied, the strictest, for everywhere else.
 */
export function consentModeRegions(
  config: Record<string, unknown>,
  regions: Regions,
): { codes: string[]; on: string[]; rule: RuleSet; exempt: boolean }[] {
  const out: { codes: string[]; on: string[]; rule: RuleSet; exempt: boolean }[] = [];
  for (const [key, rule] of Object.entries(regions)) {
    const codes = codesOf(key) ?? [];
    if (!codes.length) continue;
    const applied = applyRegion(config, { [key]: rule }, codes[0]).config;
    const categories = applied.categories as Record<string, { exempt?: boolean }>;
    const on = optionalCategories(config).filter((id) => applied.mode == "opt-out" || categories[id]?.exempt);
    // `exempt`: on as exemptions, which a GPC signal refuses too (L-17, L-20); under core's opt-out, marketing only.
    if (on.length) out.push({ codes: [...codes], on, rule, exempt: applied.mode != "opt-out" });
  }
  return out;
}
