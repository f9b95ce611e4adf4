// The consent-log receiver (issue 14, L-12) through its Fetch-API handler, against PGlite and a real PostgreSQL.
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CONSENT_METHODS } from "../../src/core/record";
import { createConsentLogHandler } from "../../src/node/log/handler";
import { exportRecords } from "../../src/node/log/queries";
import type { LogStore } from "../../src/node/log/store";
import { BACKENDS, decision, openBackend } from "../support/log-backends";

const SITE = "https://shop.example";
const TOKEN = "read-token-for-tests";

describe.each(BACKENDS)("consent log on $name", (backend) => {
  let store: LogStore;
  let stop: () => Promise<void>;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    ({ store, stop } = await openBackend(backend));
  });
  // Made for each test, so mutation testing sees which tests run the handler's set-up (a beforeAll belongs to none).
  beforeEach(() => {
    handle = createConsentLogHandler({ store, origins: [SITE], readToken: TOKEN });
  });
  afterAll(() => stop());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    handle(
      new Request("http://log.test/consent-log", {
        method: "POST",
        body: typeof body === "string" ? body : JSON.stringify(body),
        headers: { "content-type": "text/plain;charset=UTF-8", ...headers },
      }),
    );
  const read = (path: string, token: string | null = TOKEN) =>
    handle(new Request(`http://log.test/consent-log${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));

  it("stores a decision once: its retry answers 2xx and adds no row (L-12, idempotent)", async () => {
    const record = decision();
    const first = await post(record);
    expect(first.status).toBe(201);
    const retry = await post(JSON.stringify(record));
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ stored: false });
    const history = await store.history(record.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject(record);
  });

  it("takes every method core can send, and each of a visitor's decisions is kept in order (append-only)", async () => {
    const id = crypto.randomUUID();
    const start = Date.parse("2026-03-01T10:00:00.000Z");
    const decisions = CONSENT_METHODS.map((method, index) =>
      decision({ id, method, gpc: method === "gpc", decidedAt: new Date(start).toISOString() }, new Date(start + index * 60_000)),
    );
    for (const record of [...decisions].reverse()) expect((await post(record)).status).toBe(201);
    const response = await read(`/records/${id}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { records: { method: string }[] };
    expect(body.records.map((record) => record.method)).toEqual([...CONSENT_METHODS]);
  });

  it("a row cannot be changed afterwards: the table refuses UPDATE", async () => {
    const record = decision();
    await post(record);
    await expect(store.sql.query("UPDATE consent_records SET method = 'accept-all' WHERE consent_id = $1", [record.id])).rejects.toThrow(
      /append-only/,
    );
  });

  it.each([
    ["method", { method: "nope" }],
    ["id", { id: "not-a-uuid" }],
    ["categories.Marketing", { categories: { Marketing: true } }],
    ["categories.analytics", { categories: { analytics: "yes" } }],
    ["updatedAt", { updatedAt: "2026-01-01" }],
    ["revision", { revision: 1.5 }],
    ["ip", { ip: "203.0.113.9" }],
  ])("a record with a bad %s gets a 400 naming that path", async (path, change) => {
    const response = await post({ ...decision(), ...change });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { problems: { path: string }[] };
    expect(body.problems.map((problem) => problem.path)).toContain(path);
  });

  it("a decision dated before it was first made, or days ahead, is refused with the path", async () => {
    const backwards = decision({ decidedAt: "2026-02-02T00:00:00.000Z", updatedAt: "2026-02-01T00:00:00.000Z" });
    const ahead = decision({}, new Date(Date.now() + 3 * 24 * 60 * 60 * 1000));
    for (const record of [backwards, ahead]) {
      const response = await post(record);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { problems: { path: string }[] }).problems.map((problem) => problem.path)).toEqual(["updatedAt"]);
      expect(await store.history(record.id)).toEqual([]);
    }
  });

  it("never answers 500 to any body: only 201, 200, 400 or 413", async () => {
    const base = decision();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.json({ maxDepth: 3 }),
          fc.record({ ...Object.fromEntries(Object.keys(base).map((key) => [key, fc.jsonValue({ maxDepth: 2 })])) }).map(JSON.stringify),
          fc.dictionary(fc.string(), fc.anything()).map((fields) => JSON.stringify({ ...base, ...fields })),
        ),
        async (body) => {
          const response = await post(body);
          expect([200, 201, 400, 413]).toContain(response.status);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("refuses a body over the limit with 413 before reading it all", async () => {
    // A body that streams a megabyte, 1 KiB at a time, with no Content-Length: how much of it is ever pulled?
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 1 << 20) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await handle(
      new Request("http://log.test/consent-log", { method: "POST", body, duplex: "half", headers: { "content-type": "text/plain" } } as RequestInit),
    );
    expect(response.status).toBe(413);
    // The default limit is 4096 bytes: reading stops within a few chunks of it, far short of the whole body.
    expect(pulled).toBeLessThan(16 * 1024);
  });

  it("answers CORS only for configured origins; any other origin gets 403 and stores nothing", async () => {
    const preflight = await handle(
      new Request("http://log.test/consent-log", {
        method: "OPTIONS",
        headers: { origin: SITE, "access-control-request-method": "POST" },
      }),
    );
    expect(preflight.headers.get("access-control-allow-origin")).toBe(SITE);

    const allowed = await post(decision(), { origin: SITE });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(SITE);

    const stranger = decision();
    const refused = await post(stranger, { origin: "https://evil.example" });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(await store.history(stranger.id)).toEqual([]);

    // The receiver's own origin (a same-origin page) needs no configuration.
    expect((await post(decision(), { origin: "http://log.test" })).status).toBe(201);
  });

  it("a preflight from a foreign origin gets 403 and no CORS headers, as the docs promise (issue 28 item 4)", async () => {
    const preflight = await handle(
      new Request("http://log.test/consent-log", {
        method: "OPTIONS",
        headers: { origin: "https://evil.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      }),
    );
    expect(preflight.status).toBe(403);
    for (const [name] of preflight.headers) expect(name).not.toMatch(/^access-control-/);
  });

  it("takes the record as JSON or as text/plain (sendBeacon); a form or an image is 415 and stores nothing (issue 28 item 4)", async () => {
    for (const type of ["application/json", "text/plain;charset=UTF-8"]) {
      expect((await post(decision(), { "content-type": type })).status, type).toBe(201);
    }
    for (const type of ["application/x-www-form-urlencoded", "image/png", "multipart/form-data; boundary=x"]) {
      const record = decision();
      const response = await post(record, { "content-type": type });
      expect(response.status, type).toBe(415);
      expect(await store.history(record.id)).toEqual([]);
    }
  });

  it("one instant written as .1Z and as .100Z is one decision, stored once in one spelling (issue 28 item 4)", async () => {
    const record = decision({ decidedAt: "2026-03-01T10:00:00.1Z", updatedAt: "2026-03-01T10:00:00.1Z" });
    expect((await post(record)).status).toBe(201);
    const same = { ...record, decidedAt: "2026-03-01T10:00:00.100Z", updatedAt: "2026-03-01T10:00:00.100Z" };
    expect((await post(same)).status).toBe(200);
    const history = await store.history(record.id);
    expect(history.map((row) => [row.decidedAt, row.updatedAt])).toEqual([["2026-03-01T10:00:00.100Z", "2026-03-01T10:00:00.100Z"]]);
  });

  it("an impossible date such as 30 February is a 400 naming the field, never a 503 that makes the drop-in retry forever (issue 28 item 4)", async () => {
    for (const at of ["2026-02-30T00:00:00.000Z", "2026-04-31T12:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T10:00:60Z"]) {
      const response = await post(decision({ decidedAt: "2026-01-01T00:00:00.000Z", updatedAt: at }));
      expect(response.status, at).toBe(400);
      expect(((await response.json()) as { problems: unknown[] }).problems, at).toContainEqual({ path: "updatedAt", message: "is not a real date" });
    }
  });

  it("a record carries the region and mode it was decided under and the banner's language: stored, read back, exported, chained (issue 29)", async () => {
    const placed = { ...decision(), region: "US-CA", mode: "opt-out", language: "pt-BR" };
    const plain = decision();
    expect((await post(placed)).status).toBe(201);
    expect((await post(plain)).status).toBe(201);
    const history = (await (await read(`/records/${placed.id}`)).json()) as { records: Record<string, unknown>[] };
    expect(history.records).toEqual([expect.objectContaining({ region: "US-CA", mode: "opt-out", language: "pt-BR" })]);
    // A record sent without them reads back as it was sent: no null fields appear.
    const [again] = await store.history(plain.id);
    expect(Object.keys(again!)).not.toContain("region");
    expect(Object.keys(again!)).not.toContain("mode");
    const lines = (await (await read("/records")).text()).trimEnd().split("\n").map((line) => JSON.parse(line) as { id: string });
    expect(lines.find((line) => line.id === placed.id)).toMatchObject({ region: "US-CA", mode: "opt-out", language: "pt-BR" });
    const csv = (await (await read("/records?format=csv")).text()).split("\r\n");
    expect(csv.find((row) => row.startsWith(placed.id))!.split(",").slice(9)).toEqual(["US-CA", "opt-out", "pt-BR"]);
    expect(await store.verify()).toMatchObject({ ok: true });
    // The same decision under another region is another record, not a retry.
    expect((await post({ ...placed, region: "US-VA" })).status).toBe(201);
    expect((await post({ ...placed, region: "us-ca" })).status).toBe(400);
  });

  it("stores no IP address or cookie, even when the request carries them", async () => {
    const record = decision();
    await post(record, { cookie: "session=s3cr3t-cookie", "x-forwarded-for": "203.0.113.77", "user-agent": "UA-probe/1.0" });
    const rows = await store.sql.query<{ row: string }>("SELECT row_to_json(r)::text AS row FROM consent_records r WHERE consent_id = $1", [
      record.id,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.row).not.toMatch(/203\.0\.113\.77|s3cr3t|UA-probe/);
  });

  it("the read API wants its token: 401 without or with a wrong one", async () => {
    const record = decision();
    await post(record);
    expect((await read(`/records/${record.id}`, null)).status).toBe(401);
    expect((await read(`/records/${record.id}`, "wrong")).status).toBe(401);
    expect((await read("/stats", "wrong")).status).toBe(401);
    // Basic credentials are a 401 that names the scheme wanted, not a 400 (issue 28 item 4).
    const basic = await handle(
      new Request(`http://log.test/consent-log/records/${record.id}`, { headers: { authorization: `Basic ${btoa(`user:${TOKEN}`)}` } }),
    );
    expect(basic.status).toBe(401);
    expect(basic.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expect((await read(`/records/${record.id}`)).status).toBe(200);
  });

  it("exports a time range as JSONL and CSV, and counts decisions per day and method", async () => {
    const day = (date: string, method: (typeof CONSENT_METHODS)[number]) => decision({ method }, new Date(date));
    const batch = [
      day("2024-05-01T08:00:00.000Z", "accept-all"),
      day("2024-05-01T09:00:00.000Z", "reject-all"),
      day("2024-05-01T23:59:59.999Z", "accept-all"),
      day("2024-05-02T00:00:00.000Z", "custom"),
      day("2024-05-03T12:00:00.000Z", "gpc"),
    ];
    for (const record of batch) await post(record);

    const jsonl = await (await read("/records?from=2024-05-01&to=2024-05-03")).text();
    const lines = jsonl.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(batch.slice(0, 4).map((record) => record.id));
    expect(lines[0]).toMatchObject(batch[0]!);
    expect(typeof lines[0].receivedAt).toBe("string");

    const csvResponse = await read("/records?from=2024-05-02&to=2024-05-04&format=csv");
    expect(csvResponse.headers.get("content-type")).toMatch(/^text\/csv/);
    const csv = (await csvResponse.text()).trimEnd().split("\r\n");
    expect(csv[0]).toBe("consent_id,updated_at,decided_at,received_at,method,revision,gpc,granted,refused,region,mode,language");
    expect(csv.slice(1).map((row) => row.split(",")[4])).toEqual(["custom", "gpc"]);
    expect(csv[1]!.split(",").slice(7, 9)).toEqual(["analytics marketing preferences", ""]);

    const stats = (await (await read("/stats?from=2024-05-01&to=2024-05-04")).json()) as { days: unknown[] };
    expect(stats.days).toEqual([
      { day: "2024-05-01", method: "accept-all", count: 2 },
      { day: "2024-05-01", method: "reject-all", count: 1 },
      { day: "2024-05-02", method: "custom", count: 1 },
      { day: "2024-05-03", method: "gpc", count: 1 },
    ]);
    expect((await read("/stats?from=yesterday")).status).toBe(400);
  });

  it("an export larger than one page comes out whole, each record once", async () => {
    const at = Date.parse("2023-02-01T00:00:00.000Z");
    // Three decisions a second, so pages of 7 end in the middle of a shared timestamp.
    const many = Array.from({ length: 50 }, (_, index) => decision({}, new Date(at + Math.floor(index / 3) * 1000)));
    for (const record of many) await store.insert(record);
    const ids: string[] = [];
    const range = { from: new Date(at), to: new Date(at + 86_400_000) };
    for await (const record of exportRecords(store.sql, range, 7)) ids.push(record.id);
    expect(ids).toHaveLength(many.length);
    expect(new Set(ids)).toEqual(new Set(many.map((record) => record.id)));
  });

  it("purges decisions older than the retention period and keeps the rest", async () => {
    const old = decision({}, new Date("2021-01-01T00:00:00.000Z"));
    const recent = decision({}, new Date("2021-06-01T00:00:00.000Z"));
    await post(old);
    await post(recent);
    expect(await store.purge(new Date("2021-03-01T00:00:00.000Z"))).toBe(1);
    expect(await store.history(old.id)).toEqual([]);
    expect(await store.history(recent.id)).toHaveLength(1);
  });

  // Last in the file: it closes the store.
  it("without a read token there is no read API (404), and a store that fails answers 503 so the drop-in retries", async () => {
    const writeOnly = createConsentLogHandler({ store });
    const record = decision();
    expect((await writeOnly(new Request(`http://log.test/consent-log/records/${record.id}`))).status).toBe(404);
    expect((await writeOnly(new Request("http://log.test/consent-log/stats"))).status).toBe(404);
    await store.close();
    const response = await writeOnly(new Request("http://log.test/consent-log", { method: "POST", body: JSON.stringify(record) }));
    expect(response.status).toBe(503);
  });
});
