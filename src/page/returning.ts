// What the drop-in's returning path knows before the SDK is here (issue 27, DESIGN 1): the config's few fields it reads,
// and the decision the consent cookie holds, read by the same decoder and rules as the store's (core/record, core/store).
import { createRegistry, type Registry } from "../core/categories";
import { CATEGORY_ID } from "../core/category-id";
import { cookieNames, readCookie } from "../core/cookie-jar";
import { decodeRecord } from "../core/record";
import { gpcOverrides, isCurrent, stateOf, type ConsentState } from "../core/store";
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
  readonly registry: Registry;
  /** Decided and current (a returning visit), or the undecided defaults until the SDK has checked everything. */
  readonly state: ConsentState;
  /** The cookie's value as read: the localStorage copy should be exactly this (S-01). */
  readonly stored?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value == "object" && !Array.isArray(value);

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
    (mode == "opt-in" || mode == "opt-out") &&
    typeof gpc == "boolean" &&
    /^[\w.-]{1,64}$/.test(name as string) &&
    (expiresDays as number) >= 1 &&
    (expiresDays as number) <= 400 &&
    Object.entries(categories).every(([id, category]) => CATEGORY_ID.test(id) && isObject(category));
  if (fine) return { ...input, revision, mode, gpc, cookie: { name, expiresDays, domain }, categories } as PlainConfig;
}

/**
 * The state at start: a returning visitor's current decision from the one consent cookie (S-01 as amended: the cookie
 * first, the localStorage copy compared later), or the undecided defaults. A missing, duplicated, corrupt, outdated or
 * expired cookie, or a GPC signal that overrides it (L-17), is a decision left to the store.
 */
export function firstState(config: PlainConfig, win: PageWindow): FirstState {
  const doc = win.document;
  const key = config.cookie.name;
  const now = Date.now();
  const registry = createRegistry(config as never);
  const gpc = config.gpc && (win.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  const stored = cookieNames(doc).filter((name) => name == key).length == 1 ? readCookie(key, doc) : undefined;
  let record = decodeRecord(stored, now);
  if (record && (!isCurrent(record, config as never, registry, now) || gpcOverrides(record, registry, gpc))) record = undefined;
  const state = stateOf(record, config as never, registry, gpc);
  // Handed to the page as it is (the store's go through its bus, which freezes them): frozen here.
  Object.freeze(state.categories);
  return { config, registry, state: Object.freeze(state), stored: record && stored };
}
