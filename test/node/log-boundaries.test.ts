// The consent-log receiver's edges (issue 14, L-12): what it refuses and what it says when it does, the CORS answer a
// browser sees, where it listens, and the export's cells. The handler runs on an in-memory PGlite store.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ConsentRecord } from "../../src/core/record";
import { exportLines } from "../../src/node/log/export";
import type { createConsentLogHandler } from "../../src/node/log/handler";
import { maskPassword, recordKey } from "../../src/node/log/keys";
import { exportRecords, type StoredRecord } from "../../src/node/log/queries";
import type { Sql } from "../../src/node/log/sql";
import { parseRange } from "../../src/node/log/range";
import { IN_MEMORY, openLogStore, type LogStore } from "../../src/node/log/store";
import { decision } from "../support/log-backends";
import { seedRecords } from "./log-report-seed";

// Module-level code (the record schema, its patterns, the UUID the read API checks, the migrations) runs at import.
// Tests that pin it import its module afresh inside the test (a beforeEach belongs to the test), so mutation testing
// charges that code to them instead of leaving it out as static (docs/testing.md).
let parseRecord: typeof import("../../src/node/log/record").parseRecord;
let createHandler: typeof createConsentLogHandler;
beforeEach(async () => {
  vi.resetModules();
  ({ parseRecord } = await import("../../src/node/log/record"));
  ({ createConsentLogHandler: createHandler } = await import("../../src/node/log/handler"));
});

const SITE = "https://shop.example";
const TOKEN = "read-token-for-tests";
const DAY = 24 * 60 * 60 * 1000;

const problems = (body: unknown) => {
  const parsed = parseRecord(typeof body === "string" ? body : JSON.stringify(body));
  return parsed.ok ? [] : parsed.problems;
};

afterEach(() => vi.useRealTimers());

describe("consent log: which records it takes (L-12, X-07)", () => {
  it("a body that is not JSON is refused as such", () => {
    expect(problems("{not json")).toEqual([{ path: "", message: "the body is not JSON" }]);
  });

  it("a decision from before 2020 is refused; one made at the first instant of 2020 is kept", () => {
    const at = "2019-12-31T23:59:59.999Z";
    expect(problems(decision({ decidedAt: at, updatedAt: at }))).toEqual([{ path: "decidedAt", message: "is before 2020" }]);
    const first = "2020-01-01T00:00:00.000Z";
    expect(problems(decision({ decidedAt: first, updatedAt: first }))).toEqual([]);
  });

  it("an update dated before its decision is refused, saying so", () => {
    const record = decision({ decidedAt: "2026-02-02T00:00:00.000Z", updatedAt: "2026-02-01T00:00:00.000Z" });
    expect(problems(record)).toEqual([{ path: "updatedAt", message: "is before decidedAt" }]);
  });

  it("a clock up to a day fast is tolerated; a millisecond more is refused", () => {
    vi.useFakeTimers({ now: Date.parse("2026-06-01T12:00:00.000Z") });
    const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();
    expect(problems(decision({ decidedAt: ahead(DAY), updatedAt: ahead(DAY) }))).toEqual([]);
    expect(problems(decision({ decidedAt: ahead(DAY), updatedAt: ahead(DAY + 1) }))).toEqual([
      { path: "updatedAt", message: "is more than a day in the future" },
    ]);
  });

  it("64 categories are taken, 65 are refused", () => {
    const categories = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`c${index}`, index % 2 == 0]));
    expect(problems(decision({ categories: categories(64) }))).toEqual([]);
    expect(problems(decision({ categories: categories(65) }))).toEqual([{ path: "categories", message: "has more than 64 categories" }]);
  });

  it("each field a record does not have is named", () => {
    expect(problems({ ...decision(), ip: "203.0.113.9", ua: "x" })).toEqual([
      { path: "ip", message: "is not a record field" },
      { path: "ua", message: "is not a record field" },
    ]);
  });
});

describe("consent log: each field of a record (L-12, X-07)", () => {
  const paths = (body: unknown) => problems(body).map((problem) => problem.path);

  it("the consent id is a whole lowercase UUID: a character before or after, capitals or missing dashes are refused", () => {
    const id = "0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7c";
    expect(problems(decision({ id }))).toEqual([]);
    for (const bad of [`x${id}`, `${id}0`, ` ${id}`, id.toUpperCase(), id.replace(/-/g, ""), id.slice(1), "", "0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7"]) {
      expect(problems(decision({ id: bad })), bad).toEqual([{ path: "id", message: "expected a lowercase UUID" }]);
    }
  });

  it("timestamps are whole ISO-8601 UTC instants, milliseconds optional (one to three digits), and real dates", () => {
    const at = "2026-02-01T10:00:00.000Z";
    for (const good of ["2026-02-01T10:00:00Z", "2026-02-01T10:00:00.5Z", "2026-02-01T10:00:00.12Z", at]) {
      expect(problems(decision({ decidedAt: good, updatedAt: good })), good).toEqual([]);
    }
    for (const bad of [`x${at}`, `${at}x`, `1${at}`, at.replace("Z", ""), at.replace(".000", ".0000"), at.replace(".000", "."), "2026-2-01T10:00:00Z", "2026-02-01 10:00:00Z", "2026-02-01T10:00:00+01:00"]) {
      expect(problems(decision({ updatedAt: bad })), bad).toContainEqual({ path: "updatedAt", message: "expected an ISO-8601 UTC instant" });
      expect(paths(decision({ decidedAt: bad })), bad).toContain("decidedAt");
    }
    expect(problems(decision({ decidedAt: "2026-01-01T00:00:00Z", updatedAt: "2026-13-01T00:00:00Z" }))).toContainEqual({
      path: "updatedAt",
      message: "is not a real date",
    });
    // Date.parse rolls these over (30 February is 2 March); PostgreSQL refuses them. Issue 28 item 4.
    for (const impossible of ["2026-02-29T00:00:00Z", "2026-02-30T00:00:00.000Z", "2026-06-31T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T23:60:00Z"]) {
      expect(problems(decision({ decidedAt: "2026-01-01T00:00:00Z", updatedAt: impossible })), impossible).toContainEqual({ path: "updatedAt", message: "is not a real date" });
    }
    expect(problems(decision({ decidedAt: "2024-02-29T00:00:00Z", updatedAt: "2024-02-29T00:00:00Z" }))).toEqual([]);
  });

  it("an instant is kept in one spelling, three digits of milliseconds, however it was written (issue 28 item 4)", () => {
    const parsed = parseRecord(JSON.stringify(decision({ decidedAt: "2026-02-01T10:00:00Z", updatedAt: "2026-02-01T10:00:00.5Z" })));
    expect(parsed.ok && [parsed.record.decidedAt, parsed.record.updatedAt]).toEqual(["2026-02-01T10:00:00.000Z", "2026-02-01T10:00:00.500Z"]);
  });

  it("the version, revision, categories, method and gpc each take exactly what the drop-in sends", () => {
    const cases: [Partial<Record<keyof ConsentRecord, unknown>>, string | undefined][] = [
      [{ v: 1 }, undefined], [{ v: 2 }, "v"], [{ v: "1" }, "v"],
      [{ revision: 0 }, undefined], [{ revision: 1e9 }, undefined], [{ revision: -1 }, "revision"], [{ revision: 1e9 + 1 }, "revision"],
      [{ revision: 2.5 }, "revision"], [{ revision: "2" }, "revision"],
      [{ categories: {} }, undefined], [{ categories: { a: true, "b-2_c": false } }, undefined],
      [{ categories: { ["x" + "y".repeat(31)]: true } }, undefined], [{ categories: { ["x" + "y".repeat(32)]: true } }, "categories.x" + "y".repeat(32)],
      [{ categories: { "1a": true } }, "categories.1a"], [{ categories: { "a b": true } }, "categories.a b"], [{ categories: { xa: 1 } }, "categories.xa"],
      [{ categories: [] }, "categories"],
      ...["accept-all", "reject-all", "custom", "api", "gpc", "dismiss", "withdraw"].map((method): [object, undefined] => [{ method }, undefined]),
      [{ method: "implied" }, "method"], [{ method: "Accept-all" }, "method"],
      [{ gpc: true }, undefined], [{ gpc: "false" }, "gpc"], [{ gpc: 0 }, "gpc"],
    ];
    for (const [change, path] of cases) {
      expect(paths({ ...decision(), ...change }), JSON.stringify(change)).toEqual(path === undefined ? [] : [path]);
    }
    for (const key of ["v", "id", "revision", "decidedAt", "updatedAt", "categories", "method", "gpc"] as const) {
      const { [key]: _, ...rest } = decision();
      expect(paths(rest), `without ${key}`).toContain(key);
    }
  });
});

describe("consent log: region, mode and language on a record (issue 29)", () => {
  const paths = (body: unknown) => problems(body).map((problem) => `${problem.path}: ${problem.message}`);

  it("a region is an ISO 3166-1 or 3166-2 code or a group name, at most 24 characters; anything else is named", () => {
    for (const region of ["FR", "US-CA", "GB-ENG", "ES-M", "EEA", "UK", "CH", "US-PRIVACY-STATES", "A".repeat(24)]) {
      expect(paths({ ...decision(), region }), region).toEqual([]);
    }
    for (const region of ["fr", "F", "US_CA", "U", "1A", "US-CA1X", "-EEA", "A".repeat(25), "", "EEA ", 33]) {
      const found = paths({ ...decision(), region });
      expect(found.length, String(region)).toBeGreaterThan(0);
      for (const line of found) expect(line, String(region)).toMatch(/^region: /);
    }
    expect(paths({ ...decision(), region: "us-ca" })).toEqual(["region: expected an ISO 3166 code (FR, US-CA) or a group (EEA, US-PRIVACY-STATES)"]);
    expect(paths({ ...decision(), region: "A".repeat(25) })).toContain("region: has more than 24 characters");
  });

  it("a mode is one of opt-in, opt-out, notice, none; a language a BCP 47 tag", () => {
    for (const mode of ["opt-in", "opt-out", "notice", "none"]) expect(paths({ ...decision(), mode }), mode).toEqual([]);
    for (const mode of ["opt_in", "OPT-IN", "implied", "", null]) expect(paths({ ...decision(), mode }).map((line) => line.split(":")[0]), String(mode)).toEqual(["mode"]);
    for (const language of ["fr", "pt-BR", "zh-Hant-TW", "gsw"]) expect(paths({ ...decision(), language }), language).toEqual([]);
    for (const language of ["FR", "f", "fr_FR", "fr-", `zh-Hant-${"abcdefgh-".repeat(3)}ab`, 1]) {
      expect(paths({ ...decision(), language }).map((line) => line.split(":")[0]), String(language)).toEqual(["language"]);
    }
  });

  it("a record without them keeps the key it always had; with them, each one changes the key", async () => {
    const base = decision();
    const parsed = parseRecord(JSON.stringify(base));
    expect(parsed.ok && (await recordKey(parsed.record))).toBe(await recordKey(base));
    const keys = await Promise.all(
      [{}, { region: "FR" }, { region: "DE" }, { mode: "opt-in" }, { mode: "opt-out" }, { language: "fr" }, { region: "FR", mode: "opt-in" }].map((extra) =>
        recordKey({ ...base, ...extra } as never),
      ),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("consent log: the record key and the address it prints (L-12)", () => {
  const fixed: ConsentRecord = {
    v: 1,
    id: "0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7c",
    revision: 2,
    decidedAt: "2026-05-01T10:00:00.000Z",
    updatedAt: "2026-05-02T10:00:00.000Z",
    categories: { preferences: false, analytics: true, marketing: false },
    method: "custom",
    gpc: true,
  };

  it("a record's key is stable across releases: a stored record and its retry must keep meeting on it", async () => {
    // The SHA-256 of the record's fields in their fixed order, as every release so far has written it.
    expect(await recordKey(fixed)).toBe("73e44304c0a24f656d428c71e635a99bde1880affd9e584ac21ac47db3d75edd");
    // The categories' order in the JSON does not matter, as a JSON object's order carries no meaning.
    expect(await recordKey({ ...fixed, categories: { marketing: false, analytics: true, preferences: false } })).toBe(await recordKey(fixed));
  });

  it("two decisions that differ in any one field never share a key", async () => {
    const changes: Partial<ConsentRecord>[] = [
      { id: "0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7d" }, { revision: 3 }, { decidedAt: "2026-05-01T10:00:00.001Z" },
      { updatedAt: "2026-05-02T10:00:00.001Z" }, { categories: { preferences: false, analytics: false, marketing: false } },
      { categories: { preferences: false, analytics: true } }, { method: "api" }, { gpc: false },
    ];
    const keys = await Promise.all([fixed, ...changes.map((change) => ({ ...fixed, ...change }))].map(recordKey));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it("the start-up line never shows a database password", () => {
    expect(maskPassword("postgres://log:s3cret@db.example:5432/consent")).toBe("postgres://log:***@db.example:5432/consent");
    expect(maskPassword("postgresql://log:p%40ss:word@db/consent")).toBe("postgresql://log:***@db/consent");
    expect(maskPassword("postgres://log@db.example/consent")).toBe("postgres://log@db.example/consent");
    expect(maskPassword("postgres://db.example:5432/consent")).toBe("postgres://db.example:5432/consent");
  });
});

describe("consent log: a new database (L-12)", () => {
  it("gets its tables once, under a lock: an append-only consent_records keyed for history and time, and the applied migration noted", async () => {
    // A store opened inside the test, from modules imported afresh, so the migrations count for mutation testing.
    const { openLogStore: open, IN_MEMORY: memory } = await import("../../src/node/log/store");
    const { migrate, MIGRATIONS } = await import("../../src/node/log/migrations");
    const fresh = await open(memory);
    try {
      expect(await fresh.sql.query("SELECT version, name FROM consentry_log_migrations")).toEqual([
        { version: 1, name: "consent_records" },
        { version: 2, name: "hash_chain" },
        { version: 3, name: "region_mode_language" },
        { version: 4, name: "partition_by_month" },
      ]);
      const columns = await fresh.sql.query<{ column_name: string; data_type: string; is_nullable: string }>(
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = 'consent_records' ORDER BY ordinal_position",
      );
      expect(columns.map((column) => `${column.column_name} ${column.data_type} ${column.is_nullable}`)).toEqual([
        "consent_id uuid NO", "updated_at timestamp with time zone NO", "record_key text NO", "decided_at timestamp with time zone NO",
        "received_at timestamp with time zone NO", "v smallint NO", "revision integer NO", "method text NO", "gpc boolean NO",
        "categories jsonb NO",
        // Issue 28 item 1: the hash chain's columns (migration 2), filled by consent_append for every row.
        "seq bigint YES", "prev_hash text YES", "row_hash text YES",
        // Issue 29: the rules a decision was made under and the banner's language (migration 3), null when not sent.
        "region text YES", "mode text YES", "language text YES",
      ]);
      const indexes = await fresh.sql.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE tablename = 'consent_records' ORDER BY indexname");
      expect(indexes.map((index) => index.indexdef.replace(/^.* USING btree /, ""))).toEqual(["(seq)", "(updated_at, record_key)", "(consent_id, updated_at, record_key)"]);
      const record = decision();
      expect(await fresh.insert(record)).toBe(true);
      expect(await fresh.insert(record)).toBe(false);
      expect(await fresh.history(record.id)).toEqual([expect.objectContaining(record)]);
      await expect(fresh.sql.query("UPDATE consent_records SET gpc = true")).rejects.toThrow(/append-only: a decision is never changed/);
      // Run again (another replica starting), nothing is applied twice; a later migration is applied once. Each run
      // takes the migration lock first, before it reads what was applied, so replicas starting together wait in turn.
      const statements: string[] = [];
      const recording = (sql: Sql): Sql => ({
        ...sql,
        query: (text, params) => (statements.push(text), sql.query(text, params)),
        transaction: (work) => sql.transaction((tx) => work(recording(tx))),
      });
      expect(await migrate(recording(fresh.sql))).toEqual([]);
      expect(statements[0]).toMatch(/^SELECT pg_advisory_xact_lock\(\d+\)$/);
      expect(statements.findIndex((text) => /FROM consentry_log_migrations/.test(text))).toBeGreaterThan(0);
      const later = MIGRATIONS.length + 1;
      const next = [...MIGRATIONS, { version: later, name: "notes", statements: ["CREATE TABLE notes (id integer)"] }];
      expect(await migrate(fresh.sql, next)).toEqual([later]);
      expect(await migrate(fresh.sql, next)).toEqual([]);
      expect(await fresh.sql.query("SELECT version FROM consentry_log_migrations ORDER BY version")).toEqual(next.map(({ version }) => ({ version })));
    } finally {
      await fresh.close();
    }
  });
});

describe("consent log: read ranges", () => {
  const now = Date.parse("2026-03-10T08:00:00.000Z");

  it("without from or to, a read covers everything from 2020 until a day from now", () => {
    expect(parseRange(undefined, undefined, now)).toEqual({ from: new Date("2020-01-01T00:00:00.000Z"), to: new Date(now + DAY) });
    expect(parseRange("2026-01-01", undefined, now)).toEqual({ from: new Date("2026-01-01"), to: new Date(now + DAY) });
    expect(parseRange(undefined, "2026-02-01", now)).toEqual({ from: new Date("2020-01-01"), to: new Date("2026-02-01") });
  });

  it("a bad bound is named, and an empty range is refused", () => {
    expect(parseRange("yesterday", undefined, now)).toBe("from: expected an ISO date such as 2026-01-31");
    expect(parseRange(undefined, "soon", now)).toBe("to: expected an ISO date such as 2026-01-31");
    expect(parseRange("2026-01-02", "2026-01-02", now)).toBe("to: must be after from");
    expect(parseRange("2026-01-02T00:00:00.000Z", "2026-01-02T00:00:00.001Z", now)).toEqual({
      from: new Date("2026-01-02T00:00:00.000Z"),
      to: new Date("2026-01-02T00:00:00.001Z"),
    });
  });
});

describe("consent log: the CSV export", () => {
  async function* one(categories: Record<string, boolean>): AsyncGenerator<StoredRecord> {
    yield { ...decision({ categories }), receivedAt: "2026-01-01T00:00:00.000Z" };
  }
  const cells = async (categories: Record<string, boolean>) => {
    const chunks: string[] = [];
    for await (const chunk of exportLines(one(categories), "csv")) chunks.push(chunk);
    return chunks[1]!.trimEnd().split(",").slice(7, 9);
  };

  it("lists granted and refused categories apart, in name order, space-separated", async () => {
    expect(await cells({ marketing: true, analytics: true, preferences: false })).toEqual(["analytics marketing", "preferences"]);
    expect(await cells({ zeta: false, alpha: false, beta: true })).toEqual(["beta", "alpha zeta"]);
  });
});

describe("consent log: the HTTP surface a site and its browser see", () => {
  let store: LogStore;
  beforeAll(async () => {
    store = await openLogStore(IN_MEMORY);
  });
  afterAll(() => store.close());

  const handlerWith = (options: Partial<Parameters<typeof createConsentLogHandler>[0]> = {}) =>
    createHandler({ store, origins: [SITE], readToken: TOKEN, ...options });
  const postTo = (handle: (request: Request) => Promise<Response>, path: string, body: string, headers: Record<string, string> = {}) =>
    handle(new Request(`http://log.test${path}`, { method: "POST", body, headers: { "content-type": "text/plain", ...headers } }));
  const get = (handle: (request: Request) => Promise<Response>, path: string) =>
    handle(new Request(`http://log.test${path}`, { headers: { authorization: `Bearer ${TOKEN}` } }));

  it("a browser's preflight from a configured origin may POST a text body, and caches the answer for a day", async () => {
    const preflight = await handlerWith()(
      new Request("http://log.test/consent-log", {
        method: "OPTIONS",
        headers: { origin: SITE, "access-control-request-method": "POST", "access-control-request-headers": "content-type, x-tracking-id" },
      }),
    );
    expect(preflight.headers.get("access-control-allow-origin")).toBe(SITE);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("POST");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("content-type");
    expect(preflight.headers.get("access-control-max-age")).toBe("86400");
  });

  it("a foreign preflight is refused before CORS answers; a same-origin or configured one is not (issue 28 item 4)", async () => {
    const preflight = (origin: string) =>
      handlerWith()(new Request("http://log.test/consent-log", { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } }));
    const foreign = await preflight("https://shop.example.evil");
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toEqual({ error: "this origin may not send records here" });
    expect((await preflight(SITE)).status).toBe(204);
  });

  it("reads the media type whatever its case or parameters; a request with none is 415, saying what to send (issue 28 item 4)", async () => {
    const handle = handlerWith();
    for (const type of ["Application/JSON; charset=utf-8", " text/plain ", "TEXT/PLAIN;charset=UTF-8"]) {
      expect((await postTo(handle, "/consent-log", JSON.stringify(decision()), { "content-type": type })).status, type).toBe(201);
    }
    for (const type of ["", "text/plainx", "application/json-seq", "text/html"]) {
      const response = await handle(
        new Request("http://log.test/consent-log", { method: "POST", body: new TextEncoder().encode(JSON.stringify(decision())), headers: type ? { "content-type": type } : {} }),
      );
      expect(response.status, type).toBe(415);
      expect(await response.json(), type).toEqual({ error: "content-type: send the record as application/json or text/plain" });
    }
  });

  it("the read API takes exactly its bearer token: a prefix, a longer one or another scheme is a 401 naming the scheme (issue 28 item 4)", async () => {
    const handle = handlerWith();
    const withAuth = (authorization: string) =>
      handle(new Request("http://log.test/consent-log/stats", authorization ? { headers: { authorization } } : {}));
    for (const authorization of ["", `Bearer ${TOKEN.slice(0, -1)}`, `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN, `Bearer`, `Bearer ${TOKEN} x`]) {
      const response = await withAuth(authorization);
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get("www-authenticate"), authorization).toBe('Bearer realm="consent-log"');
      expect(await response.json(), authorization).toEqual({ error: "the read API wants Authorization: Bearer <token>" });
    }
    for (const authorization of [`Bearer ${TOKEN}`, `bearer ${TOKEN}`, `Bearer  ${TOKEN} `]) expect((await withAuth(authorization)).status, authorization).toBe(200);
  });

  it("the dashboard takes the read token as a bearer token or a Basic password, and nothing else; its page may load nothing (issue 28 item 3)", async () => {
    const handle = handlerWith();
    const open = (authorization?: string, path = "/consent-log/dashboard") =>
      handle(new Request(`http://log.test${path}`, authorization ? { headers: { authorization } } : {}));
    for (const authorization of [undefined, "Basic !!!", `Basic ${btoa(TOKEN)}`, `Basic ${btoa(`:${TOKEN}x`)}`, `Bearer ${TOKEN}x`, `Digest ${TOKEN}`]) {
      const refused = await open(authorization);
      expect(refused.status, authorization).toBe(401);
      expect(refused.headers.get("www-authenticate"), authorization).toBe('Basic realm="consent-log dashboard", charset="UTF-8"');
      expect(await refused.json(), authorization).toEqual({
        error: "the dashboard wants the read token: as a bearer token, or as the password of a browser's login prompt",
      });
    }
    for (const authorization of [`Bearer ${TOKEN}`, `Basic ${btoa(`:${TOKEN}`)}`, `basic ${btoa(`owner:${TOKEN}`)}`]) {
      const page = await open(authorization);
      expect(page.status, authorization).toBe(200);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(page.headers.get("content-security-policy")).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/);
      expect(page.headers.get("x-content-type-options")).toBe("nosniff");
      expect(page.headers.get("referrer-policy")).toBe("no-referrer");
      expect(page.headers.get("cache-control")).toBe("no-store");
      expect(await page.text()).toMatch(/^<!doctype html>[\s\S]*<h1>Consent log report<\/h1>/);
    }
    expect(await (await open(`Bearer ${TOKEN}`, "/consent-log/dashboard?to=soon")).json()).toEqual({ error: "to: expected an ISO date such as 2026-01-31" });
    // The bearer-only read API does not take the Basic password.
    expect((await open(`Basic ${btoa(`owner:${TOKEN}`)}`, "/consent-log/stats")).status).toBe(401);
    // At the root path the dashboard is at /dashboard.
    expect((await handlerWith({ path: "/" })(new Request("http://log.test/dashboard", { headers: { authorization: `Bearer ${TOKEN}` } }))).status).toBe(200);
  });

  it("counts what it holds, one more for each new decision and none for a retry", async () => {
    const handle = handlerWith();
    const before = await store.count();
    const body = JSON.stringify(decision());
    await postTo(handle, "/consent-log", body);
    await postTo(handle, "/consent-log", body);
    expect(await store.count()).toBe(before + 1);
  });

  it("an export pages through the log and stops at the first short page, without an extra query", async () => {
    const at = Date.parse("2022-03-01T00:00:00.000Z");
    for (let index = 0; index < 5; index++) await store.insert(decision({}, new Date(at + index * 1000)));
    const range = { from: new Date(at), to: new Date(at + DAY) };
    const exported = async (pageSize: number) => {
      let queries = 0;
      const counting: Sql = { ...store.sql, query: (text, params) => (queries++, store.sql.query(text, params)) };
      let rows = 0;
      for await (const _ of exportRecords(counting, range, pageSize)) rows++;
      return { rows, queries };
    };
    expect(await exported(2)).toEqual({ rows: 5, queries: 3 });
    // A last page that is exactly full needs one more query to learn that nothing follows.
    expect(await exported(5)).toEqual({ rows: 5, queries: 2 });
    expect(await exported(10)).toEqual({ rows: 5, queries: 1 });
  });

  it("without configured origins, only same-origin pages and origin-less clients may send", async () => {
    const handle = handlerWith({ origins: undefined });
    const refused = await postTo(handle, "/consent-log", JSON.stringify(decision()), { origin: SITE });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: "this origin may not send records here" });
    expect((await postTo(handle, "/consent-log", JSON.stringify(decision()))).status).toBe(201);
  });

  it("listens where `path` says, however its slashes are written, and nowhere else", async () => {
    const handle = handlerWith({ path: "//api/consent//" });
    expect((await postTo(handle, "/api/consent", JSON.stringify(decision()))).status).toBe(201);
    const elsewhere = await postTo(handle, "/consent-log", JSON.stringify(decision()));
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.json()).toEqual({ error: "not found" });
    const record = decision();
    await postTo(handle, "/api/consent", JSON.stringify(record));
    expect(((await (await get(handle, `/api/consent/records/${record.id}`)).json()) as { records: unknown[] }).records).toHaveLength(1);
  });

  it("at the root path, records and the read API both live at the top", async () => {
    const handle = handlerWith({ path: "/" });
    const record = decision();
    expect((await postTo(handle, "/", JSON.stringify(record))).status).toBe(201);
    expect(((await (await get(handle, `/records/${record.id}`)).json()) as { records: unknown[] }).records).toHaveLength(1);
  });

  it("takes bodies up to 4096 bytes by default and names the limit past it", async () => {
    const handle = handlerWith();
    const padded = (size: number) => {
      const text = JSON.stringify(decision());
      return text + " ".repeat(size - new TextEncoder().encode(text).length);
    };
    expect((await postTo(handle, "/consent-log", padded(4096))).status).toBe(201);
    const over = await postTo(handle, "/consent-log", padded(4097));
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({ error: "the body is over 4096 bytes" });
  });

  it("says what is wrong with a request it refuses", async () => {
    const handle = handlerWith();
    const bad = await postTo(handle, "/consent-log", JSON.stringify({ ...decision(), method: "nope" }));
    expect(await bad.json()).toMatchObject({ error: "not a consent record", problems: [{ path: "method" }] });
    const cases: [string, string][] = [
      ["/consent-log/records/NOT-A-UUID", "consentId: expected a lowercase UUID"],
      ["/consent-log/records/x0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7c", "consentId: expected a lowercase UUID"],
      ["/consent-log/records/0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7c0", "consentId: expected a lowercase UUID"],
      ["/consent-log/records/0B6C4F1E-8A8E-4F5A-9C1D-2B3E4F5A6B7C", "consentId: expected a lowercase UUID"],
      ["/consent-log/records?format=xml", "format: expected jsonl or csv"],
      ["/consent-log/records?from=soon", "from: expected an ISO date such as 2026-01-31"],
      ["/consent-log/stats?to=later", "to: expected an ISO date such as 2026-01-31"],
    ];
    for (const [path, error] of cases) {
      const response = await get(handle, path);
      expect(response.status, path).toBe(400);
      expect(await response.json(), path).toEqual({ error });
    }
  });

  it("an export is typed for what it is and never cached", async () => {
    const handle = handlerWith();
    const jsonl = await get(handle, "/consent-log/records");
    expect(jsonl.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(jsonl.headers.get("cache-control")).toBe("no-store");
    await jsonl.body?.cancel();
    const csv = await get(handle, "/consent-log/records?format=csv");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("cache-control")).toBe("no-store");
    // A spreadsheet reads the first line as the column names.
    expect((await csv.text()).split("\r\n")[0]).toBe("consent_id,updated_at,decided_at,received_at,method,revision,gpc,granted,refused,region,mode,language");
  });

  it("a failing store answers 503 with a retry hint, and the site's onError hears of it", async () => {
    const onError = vi.fn();
    const broken = { insert: () => Promise.reject(new Error("disk full")) } as unknown as LogStore;
    const response = await postTo(createHandler({ store: broken, onError }), "/consent-log", JSON.stringify(decision()));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: "the consent log is unavailable; retry later" });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "disk full" }));
  });
});

describe("consent log: the analytics figures and the page that shows them (issue 28 item 3)", () => {
  let store: LogStore;
  beforeAll(async () => {
    store = await openLogStore(IN_MEMORY);
    await Promise.all(seedRecords().map((record) => store.insert(record)));
  });
  afterAll(() => store.close());
  const everything = { from: new Date("2020-01-01T00:00:00.000Z"), to: new Date("2030-01-01T00:00:00.000Z") };

  it("counts per day, method and GPC signal, per category, and per revision, language, region and mode", async () => {
    const { buildReport } = await import("../../src/node/log/analytics");
    const seeded = seedRecords();
    const report = await buildReport(store.sql, everything);
    expect(report.total).toBe(seeded.length);
    expect(report.days.map((day) => day.day)).toEqual([...new Set(seeded.map((record) => record.updatedAt.slice(0, 10)))]);
    const first = seeded.filter((record) => record.updatedAt.startsWith("2025-03-01"));
    const methods: Record<string, number> = {};
    for (const record of first) methods[record.method] = (methods[record.method] ?? 0) + 1;
    expect(report.days[0]).toEqual({ day: "2025-03-01", total: first.length, methods, gpcSignal: first.filter((record) => record.gpc).length });
    const analytics = seeded.filter((record) => "analytics" in record.categories);
    expect(report.categories.find((category) => category.name === "analytics")).toEqual({
      name: "analytics",
      offered: analytics.length,
      granted: analytics.filter((record) => record.categories.analytics).length,
    });
    const optedIn = (records: typeof seeded) => records.filter((record) => Object.values(record.categories).length > 0 && Object.values(record.categories).every(Boolean)).length;
    const group = (records: typeof seeded, key: string | null) => ({
      key,
      total: records.length,
      acceptAll: records.filter((record) => record.method === "accept-all").length,
      rejectAll: records.filter((record) => record.method === "reject-all").length,
      optIn: optedIn(records),
    });
    expect(report.byRevision).toEqual([1, 2, 3].map((revision) => group(seeded.filter((record) => record.revision === revision), String(revision))));
    expect(report.revisionChanges).toEqual([
      { from: report.byRevision[0], to: report.byRevision[1] },
      { from: report.byRevision[1], to: report.byRevision[2] },
    ]);
    // Largest first, "not sent" last, ties by name.
    expect(report.byMode.map((entry) => entry.key)).toEqual(["opt-in", "opt-out", null]);
    expect(report.byMode[0]).toEqual(group(seeded.filter((record) => record.mode === "opt-in"), "opt-in"));
    expect(report.byRegion.map((entry) => entry.key)).toEqual(["EEA", "FR", "UK", "US-CA", null]);
    expect(report.byLanguage.at(-1)).toEqual(group(seeded.filter((record) => record.language === undefined), null));
    // A range reads only its days: to is exclusive.
    const oneDay = await buildReport(store.sql, { from: new Date("2025-03-02T00:00:00.000Z"), to: new Date("2025-03-03T00:00:00.000Z") });
    expect(oneDay.days.map((day) => day.day)).toEqual(["2025-03-02"]);
    expect(oneDay.revisionChanges).toEqual([]);
  });

  it("draws them: shares with one decimal, bars as wide as their share, every name escaped, an empty range said so", async () => {
    const { renderReport, percent } = await import("../../src/node/log/report-html");
    const { columnChart, shareChart, meter, escapeHtml } = await import("../../src/node/log/svg");
    expect([percent(1, 3), percent(2, 3), percent(0, 5), percent(5, 5), percent(1, 0)]).toEqual(["33.3%", "66.7%", "0.0%", "100.0%", "—"]);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
    expect(meter("m", 0.25)).toContain('<rect class="bar" x="0" y="0" width="25" height="8"/>');
    expect(meter("m", 1.5)).toContain('width="100" height="8"/></svg>');
    const columns = columnChart("c", [{ label: "a", value: 5 }, { label: "b", value: 10 }]);
    expect(columns).toContain('<rect class="bar" x="32" y="80" width="256" height="80"><title>a: 5</title></rect>');
    expect(columns).toContain('<rect class="bar" x="352" y="0" width="256" height="160"><title>b: 10</title></rect>');
    const shares = shareChart("s", [{ label: "d", parts: [{ key: "accept-all", value: 3 }, { key: "gpc", value: 0 }, { key: "reject-all", value: 1 }] }]);
    expect(shares).toContain('<rect class="s-accept-all" x="32" y="40" width="576" height="120"><title>d accept-all: 75%</title></rect>');
    expect(shares).toContain('<rect class="s-reject-all" x="32" y="0" width="576" height="40"><title>d reject-all: 25%</title></rect>');
    expect(shares).not.toContain("s-gpc");

    const { buildReport } = await import("../../src/node/log/analytics");
    const html = await renderReport(await buildReport(store.sql, everything));
    expect(html).toContain(`<strong data-figure="total">${seedRecords().length}</strong> decisions, 2020-01-01 to 2030-01-01`);
    expect(html).toMatch(/<tr data-key="1-2"><td>1 → 2<\/td><td data-col="before">\d+\.\d%<\/td><td data-col="after">\d+\.\d%<\/td><td data-col="difference">[+−±]\d+\.\d points<\/td><\/tr>/);
    expect(html).toContain('<tr data-key="not sent"><td>not sent</td>');
    expect(html).not.toMatch(/<script|<link|<img|url\(|@import|https?:/i);
    const empty = await renderReport(await buildReport(store.sql, { from: new Date("2021-01-01"), to: new Date("2021-02-01") }));
    expect(empty).toContain("<p>No decisions in this range.</p>");
    expect(empty).not.toContain("<table");
  });
});

describe("consent log: a server started by npm stops with npm (issue 28 item 4)", () => {
  it("stops once its parent changes, only under npm, and only once; without npm it never looks", async () => {
    const { stopWithNpmWrapper } = await import("../../src/node/log/npm-wrapper");
    vi.useFakeTimers();
    let parent = 4242;
    const spy = vi.spyOn(process, "ppid", "get").mockImplementation(() => parent);
    try {
      const underNpm = vi.fn();
      const plain = vi.fn();
      stopWithNpmWrapper(underNpm, { npm_lifecycle_event: "npx" });
      stopWithNpmWrapper(plain, {});
      vi.advanceTimersByTime(1000);
      expect(underNpm).not.toHaveBeenCalled();
      parent = 1;
      vi.advanceTimersByTime(250);
      expect(underNpm).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(5000);
      expect(underNpm).toHaveBeenCalledTimes(1);
      expect(plain).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
