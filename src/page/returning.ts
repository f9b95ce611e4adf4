// What the drop-in's returning path knows before the SDK is here (issue 27, DESIGN 1): the config's few fields it reads,
// and the decision the consent cookie holds. The rules are the store's (core/record, core/store), written out for this
// path alone: the store reads them through its schema and registry, which are the SDK's bytes, not every page's (issue
// 27 item 3). test/unit/returning-agreement.test.ts holds the two to one verdict on generated configs and cookies.
import { BUILT_IN_CATEGORIES, NECESSARY } from "../core/categories";
import { CATEGORY_ID } from "../core/category-id";
import { cookieValues } from "../core/cookie-jar";
import { CLOCK_SKEW_MS, CONSENT_METHODS, EARLIEST, ISO_INSTANT, MAX_RAW_LENGTH, RECORD_ID, type ConsentRecord } from "../core/record-rules";
import type { ConsentState } from "../core/store";
import type { PageWindow } from "../core/storage";

/** The config as far as this path reads it, with the schema's defaults (core/config.ts). */
export interface PlainConfig {
  readonly revision: number;
  readonly mode: "opt-in" | "opt-out";
  readonly gpc: boolean;
  readonly cookie: { readonly name: string; readonly expiresDays: number; readonly domain?: string };
  readonly categories: Readonly<Record<string, { readonly exempt?: boolean }>>;
  readonly [section: string]: unknown;
}

export interface FirstState {
  readonly config: PlainConfig;
  /** Decided and current (a returning visit), or the undecided defaults until the SDK has checked everything. */
  readonly state: ConsentState;
  /** The cookie's value as read, and the current record it holds: the localStorage copy should be exactly this (S-01). */
  readonly stored?: string;
  readonly record?: ConsentRecord;
}

const DAY_MS = 86_400_000;
const RECORD_KEYS = ["v", "id", "revision", "decidedAt", "updatedAt", "categories", "method", "gpc", "region", "mode"];

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value == "object" && !Array.isArray(value);
const text = (value: unknown, pattern?: RegExp): value is string => typeof value == "string" && (!pattern || pattern.test(value));

/**
 * The fields this path reads, only when each is what the full schema would accept; anything else is left to the SDK,
 * which checks the whole config and names every bad path (DESIGN 5).
 */
export function plainConfig(input: unknown): PlainConfig | undefined {
  if (!isObject(input)) return;
  const { cookie = {}, categories = {}, revision = 1, mode = "opt-in", gpc = true } = input;
  if (!isObject(cookie) || !isObject(categories)) return;
  const { name = "consent", expiresDays = 365, domain } = cookie;
  const fine =
    Number.isInteger(revision) &&
    (revision as number) >= 0 &&
    (revision as number) <= 1e9 &&
    // Strict: a page's config may hold an object without a primitive value, which `==` would throw on.
    (mode === "opt-in" || mode === "opt-out") &&
    typeof gpc == "boolean" &&
    text(name, /^[\w.-]{1,64}$/) &&
    typeof expiresDays == "number" &&
    expiresDays >= 1 &&
    expiresDays <= 400 &&
    Object.entries(categories).every(([id, category]) => CATEGORY_ID.test(id) && isObject(category));
  if (fine) return { ...input, revision, mode, gpc, cookie: { name, expiresDays, domain }, categories } as PlainConfig;
}

/**
 * Untrusted text to a record, or `undefined`: the checks of core/record.ts's `decodeRecord` (X-07: only this version's
 * fields, each of its type and form; dates in order and not from the future), by hand.
 */
export function readRecord(raw: unknown, now: number): ConsentRecord | undefined {
  let record: Record<string, unknown> | undefined;
  try {
    record = text(raw) && raw.length <= MAX_RAW_LENGTH && JSON.parse(raw);
  } catch {
    // Not JSON: no record.
  }
  if (!isObject(record)) return;
  const { v, id, revision, decidedAt, updatedAt, categories, method, gpc, region, mode } = record;
  const fine =
    Object.keys(record).every((key) => RECORD_KEYS.includes(key)) &&
    v === 1 &&
    text(id, RECORD_ID) &&
    Number.isInteger(revision) &&
    (revision as number) >= 0 &&
    (revision as number) <= 1e9 &&
    text(decidedAt, ISO_INSTANT) &&
    text(updatedAt, ISO_INSTANT) &&
    isObject(categories) &&
    Object.keys(categories).length <= 64 &&
    Object.entries(categories).every(([key, granted]) => CATEGORY_ID.test(key) && typeof granted == "boolean") &&
    CONSENT_METHODS.includes(method as never) &&
    typeof gpc == "boolean" &&
    (region === undefined || text(region)) &&
    (mode === undefined || text(mode));
  if (!fine) return;
  // Parsed only now that they are text: a date that is an object (`{"toString":""}`) throws when made a string.
  const decided = Date.parse(decidedAt as string);
  const updated = Date.parse(updatedAt as string);
  if (decided >= EARLIEST && decided <= updated && updated <= now + CLOCK_SKEW_MS) return record as unknown as ConsentRecord;
}

/**
 * A returning visitor's current decision from the one consent cookie (S-01 as amended: the cookie first, the
 * localStorage copy compared later), or the undecided defaults. A missing, corrupt, outdated or expired record, or a GPC
 * signal that overrides it (L-17), is no decision here: the store's to settle. The store's rules: `isCurrent`,
 * `gpcOverrides`, `defaultChoices` and `stateOf` in core/store.ts.
 */
export function decisionFrom(config: PlainConfig, stored: string | undefined, signal: boolean, now: number): Omit<FirstState, "config"> {
  const optional = [...new Set([...BUILT_IN_CATEGORIES, ...Object.keys(config.categories)])].filter((id) => id != NECESSARY);
  const gpc = config.gpc && signal;
  const exempt = (id: string) => config.categories[id]?.exempt === true;
  const refused = (id: string) => gpc && (id == "marketing" || exempt(id));
  let record = readRecord(stored, now);
  if (
    record &&
    (record.revision < config.revision ||
      now - Date.parse(record.updatedAt) > config.cookie.expiresDays * DAY_MS ||
      // A category the visitor was never asked about means asking again.
      !optional.every((id) => typeof record!.categories[id] == "boolean") ||
      (!record.gpc && optional.some((id) => refused(id) && record!.categories[id])))
  )
    record = undefined;
  const categories: Record<string, boolean> = { [NECESSARY]: true };
  for (const id of optional) categories[id] = record ? record.categories[id] === true : (config.mode == "opt-out" || exempt(id)) && !refused(id);
  const { id = null, revision = null, decidedAt = null, updatedAt = null, method = null } = record ?? {};
  const state = { decided: !!record, categories, id, revision, decidedAt, updatedAt, method, gpc };
  return { state, stored: record && stored, record };
}

/** The state at start, read from the page's one consent cookie (two of that name are no decision: S-01). */
export function firstState(config: PlainConfig, win: PageWindow): FirstState {
  const [stored, twin] = cookieValues(config.cookie.name, win.document);
  const signal = (win.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  const first = decisionFrom(config, twin === undefined ? stored : undefined, signal, Date.now());
  // Handed to the page as it is (the store's go through its bus, which freezes them): frozen here.
  Object.freeze(first.state.categories);
  Object.freeze(first.state);
  return { config, ...first };
}
