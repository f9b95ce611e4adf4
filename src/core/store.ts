// The consent store: state, actions and the rules of DESIGN 6 (default deny, revision, expiry, GPC, cross-tab).
import { createBus, type Bus, type Unsubscribe } from "./bus";
import { createRegistry, NECESSARY, refusedByGpc, type Registry } from "./categories";
import type { CoreResolvedConfig } from "./config";
import { RECORD_VERSION, type ConsentMethod, type ConsentRecord, type DecisionMode } from "./record";
import type { ConsentStorage, StorageMode } from "./storage";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ConsentState {
  /** Whether a current decision exists; when false the banner is due. */
  readonly decided: boolean;
  /** Every category id -> may it run now. `necessary` is always true. */
  readonly categories: Readonly<Record<string, boolean>>;
  readonly id: string | null;
  readonly revision: number | null;
  readonly decidedAt: string | null;
  readonly updatedAt: string | null;
  readonly method: ConsentMethod | null;
  /** Whether a Global Privacy Control signal is honoured on this page now (L-17). */
  readonly gpc: boolean;
}

export interface ChangeEvent {
  readonly granted: readonly string[];
  readonly revoked: readonly string[];
  readonly state: ConsentState;
  /**
   * The record behind this decision, for the consent log. After `reset()` of a decision: a `withdraw` record that
   * refuses everything and is not stored (L-12); absent when nothing had been decided.
   */
  readonly record?: ConsentRecord;
  /** True when the decision came from another tab (S-05). */
  readonly remote: boolean;
}

export interface ConsentErrorEvent {
  readonly source: string;
  readonly error: unknown;
}

export interface ConsentEvents extends Record<string, unknown> {
  ready: ConsentState;
  change: ChangeEvent;
  open: undefined;
  close: undefined;
  error: ConsentErrorEvent;
  /** Issue 9, from the gate: something on the page needs consent (`banner: "auto"`); sticky. */
  optional: undefined;
  /** A category's declarations grew after start (a catalog service joined it, issue 26): declaration tables redraw. */
  declared: undefined;
}

/** The platform at the edge: what the rules need from the outside world. */
export interface StoreEnvironment {
  storage: ConsentStorage;
  now?: () => number;
  randomUUID?: () => string;
  /** Whether the browser sends a Global Privacy Control signal. */
  gpcSignal?: () => boolean;
  /** Safe mode (an invalid config): every decision is recorded as a refusal, so nothing optional can run. */
  refuseAll?: boolean;
  /** Issue 29: the region and mode of the rules in force, written on every record made here (src/regions). */
  stamp?: { readonly region?: string; readonly mode: DecisionMode };
  /** Issue 29: a stored record the rules in force do not accept (made under looser ones) is asked again. */
  stale?: (record: ConsentRecord) => boolean;
}

export interface ConsentStore {
  readonly registry: Registry;
  readonly bus: Bus<ConsentEvents>;
  state(): ConsentState;
  granted(category: string): boolean;
  acceptAll(): void;
  /** `dismiss`: the first layer's close control, a refusal like Reject all (L-05, CNIL). */
  rejectAll(method?: "reject-all" | "dismiss"): void;
  set(choices: Readonly<Record<string, boolean>>, method?: ConsentMethod): void;
  reset(): void;
  /** The choices of an outdated or expired record, for pre-filling the dialog; never grants. */
  previousChoices(): Readonly<Record<string, boolean>> | undefined;
  storageMode(): StorageMode;
  /** Emits `ready` and starts listening to other tabs. */
  start(): void;
  destroy(): void;
}

/** Whether a stored record still speaks for the visitor under this config (L-13). */
export function isCurrent(record: ConsentRecord, config: CoreResolvedConfig, registry: Registry, now: number): boolean {
  if (record.revision < config.revision) return false;
  if (now - Date.parse(record.updatedAt) > config.cookie.expiresDays * DAY_MS) return false;
  // A category the visitor was never asked about means asking again. Asked means a stored choice: `in` would also find
  // Object.prototype's names (a custom category called `constructor`).
  return registry.optional.every((id) => typeof record.categories[id] == "boolean");
}

/**
 * What each category is when nobody has decided: denied in opt-in mode (L-02), on until refused in opt-out mode;
 * an exempt category (audience measurement, L-20) runs until the visitor objects.
 */
export function defaultChoices(config: CoreResolvedConfig, registry: Registry, gpc: boolean): Record<string, boolean> {
  const choices: Record<string, boolean> = {};
  for (const id of registry.optional) {
    choices[id] = (config.mode === "opt-out" || registry.get(id)!.exempt) && !refusedByGpc(registry, gpc, id);
  }
  return choices;
}

/**
 * What a record (or none) lets run under this config: the one reading of a record, for the store and for the drop-in's
 * returning path, which answers `state()` before the store exists (issue 27, DESIGN 1).
 */
export function stateOf(current: ConsentRecord | undefined, config: CoreResolvedConfig, registry: Registry, gpc: boolean): ConsentState {
  const categories: Record<string, boolean> = { [NECESSARY]: true };
  const base = defaultChoices(config, registry, gpc);
  for (const id of registry.optional) categories[id] = current ? current.categories[id] === true : base[id]!;
  // A record's fields are never undefined, so the defaults stand for "no record" alone. Not frozen here: every state
  // reaches the page through the bus (`ready`, `change`), which freezes what it carries, before `state()` can hand it out.
  const { id = null, revision = null, decidedAt = null, updatedAt = null, method = null } = current ?? {};
  return { decided: !!current, categories, id, revision, decidedAt, updatedAt, method, gpc };
}

/** L-17: a signal that arrived after an earlier "yes" to what it refuses overrides that yes (the store records why). */
export const gpcOverrides = (record: ConsentRecord | undefined, registry: Registry, gpc: boolean): unknown =>
  record && !record.gpc && registry.optional.some((id) => refusedByGpc(registry, gpc, id) && record.categories[id]);

export function createStore(config: CoreResolvedConfig, env: StoreEnvironment): ConsentStore {
  const registry = createRegistry(config);
  const now = env.now ?? Date.now;
  const randomUUID = env.randomUUID ?? uuid;
  // Stryker disable next-line OptionalChaining: without `gpcSignal` the call throws, and `safely` answers false, as `?.` does.
  const gpc = config.gpc && safely(() => env.gpcSignal?.() === true, false);
  const refused = (id: string) => refusedByGpc(registry, gpc, id);
  // `optional` is sticky too, as the UI may mount after the gate has spoken. Errors nobody heard yet (storage at
  // load, an integration at start) wait for the page's first `error` subscriber (L-12).
  const bus = createBus<ConsentEvents>(
    ["ready", "optional"],
    (error, event) => {
      if (event !== "error") bus.emit("error", { source: `listener:${String(event)}`, error });
    },
    "error",
  );
  const storage = env.storage;

  let record: ConsentRecord | undefined;
  let outdated: ConsentRecord | undefined;
  let state: ConsentState;
  let stopWatching: Unsubscribe | undefined;
  /** L-12: the GPC override made at load is a decision; it is announced once listeners exist, at start. */
  let overridden: unknown;

  const fail = (source: string, error: unknown) => bus.emit("error", { source, error });

  const loadRecord = (): ConsentRecord | undefined => {
    const stored = safely(() => storage.load(now()), undefined, (error) => fail("storage", error));
    outdated = undefined;
    if (stored && (!isCurrent(stored, config, registry, now()) || env.stale?.(stored))) {
      outdated = stored;
      return undefined;
    }
    return stored;
  };

  const stateFrom = (current: ConsentRecord | undefined) => stateOf(current, config, registry, gpc);

  const persist = (next: ConsentRecord) => {
    safely(() => storage.save(next), undefined, (error) => fail("storage", error));
  };

  const allOptional = (value: (id: string) => boolean) =>
    Object.fromEntries(registry.optional.map((id) => [id, value(id)]));

  /** Makes `next` the current record (or none), then tells effects first and the page after. */
  const commit = (next: ConsentRecord | undefined, remote: boolean, proof = next) => {
    const before = state.categories;
    record = next;
    state = stateFrom(next);
    const granted = registry.optional.filter((id) => state.categories[id] && !before[id]);
    const revoked = registry.optional.filter((id) => !state.categories[id] && before[id]);
    bus.emit("change", { granted, revoked, state, remote, ...(proof && { record: proof }) });
  };

  const recordOf = (choices: Record<string, boolean>, method: ConsentMethod): ConsentRecord => {
    const timestamp = new Date(now()).toISOString();
    // Never handed out as is: `change` payloads are frozen copies' worth (the bus freezes them), state is its own object.
    return {
      v: RECORD_VERSION,
      id: record?.id ?? randomUUID(),
      revision: config.revision,
      decidedAt: record?.decidedAt ?? timestamp,
      updatedAt: timestamp,
      categories: { ...choices },
      method,
      gpc,
      ...env.stamp,
    };
  };

  const decide = (choices: Record<string, boolean>, method: ConsentMethod) => {
    const next = recordOf(env.refuseAll ? allOptional(() => false) : choices, method);
    persist(next);
    outdated = undefined;
    commit(next, false);
    storage.announce();
  };

  record = loadRecord();
  // L-17: a signal that arrived after an earlier "yes" to marketing (or an exempt category) overrides it, and the
  // record says why.
  if (gpcOverrides(record, registry, gpc)) {
    const kept = record!.categories;
    persist((overridden = record = recordOf(allOptional((id) => kept[id] === true && !refused(id)), "gpc")));
  }
  state = stateFrom(record);

  return {
    registry,
    bus,
    state: () => state,
    granted: (category) => state.categories[category] === true,
    acceptAll: () => decide(allOptional((id) => !refused(id)), "accept-all"),
    rejectAll: (method = "reject-all") => decide(allOptional(() => false), method),
    set(choices, method = "api") {
      const next: Record<string, boolean> = {};
      for (const id of registry.optional) next[id] = state.categories[id] === true;
      for (const [id, value] of Object.entries(choices)) {
        if (id === NECESSARY) continue;
        if (!registry.has(id) || typeof value !== "boolean") {
          fail("set", new TypeError(`consentry: set({ ${id}: ${value} }) needs a known category and a boolean`));
          return;
        }
        next[id] = value;
      }
      decide(next, method);
    },
    reset() {
      // L-12: withdrawing is a decision too. Its record (everything refused, method `withdraw`) reaches the consent
      // log through `change`, and is never stored.
      const proof = record && recordOf(allOptional(() => false), "withdraw");
      safely(() => storage.clear(), undefined, (error) => fail("storage", error));
      outdated = undefined;
      commit(undefined, false, proof);
      storage.announce();
    },
    previousChoices: () => outdated?.categories,
    storageMode: () => storage.mode(),
    start() {
      bus.emit("ready", state);
      if (overridden) commit(record, false);
      overridden = 0;
      stopWatching ??= storage.watch(() => {
        const next = loadRecord();
        if (next?.id === record?.id && next?.updatedAt === record?.updatedAt) return;
        commit(next, true);
      });
    },
    destroy() {
      stopWatching?.();
      stopWatching = undefined;
      bus.clear();
    },
  };
}

/** `crypto.randomUUID` exists only in secure contexts; a plain-http site gets a v4 UUID from random bytes. */
function uuid(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const hex = [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => (byte | 256).toString(16).slice(1)).join("");
  // Version 4, variant 10xx ("a"): 120 random bits in the usual 8-4-4-4-12 groups.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function safely<T>(action: () => T, fallback: T, onError?: (error: unknown) => void): T {
  try {
    return action();
  } catch (error) {
    onError?.(error);
    return fallback;
  }
}
