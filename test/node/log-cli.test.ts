// `consentry log-server` and `consentry log ...` as a site owner runs them: the built binary in child processes,
// on a PGlite folder and on a real PostgreSQL (issue 14).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, decision } from "../support/log-backends";
import { consentry, startLogServer, stopped } from "../support/log-cli";

describe.each(BACKENDS)("consentry log-server and consentry log on $name", (backend) => {
  let database: string;
  let cleanup: () => Promise<void>;
  const folder = mkdtempSync(join(tmpdir(), "consentry-log-cli-"));

  beforeAll(async () => {
    const started = await backend.start();
    // PGlite in a folder, as `consentry log-server` keeps it (memory:// would not outlive the server).
    database = started.database.startsWith("postgres") ? started.database : join(folder, "data");
    cleanup = started.stop;
  });
  afterAll(async () => {
    await cleanup();
    rmSync(folder, { recursive: true, force: true });
  });

  it("receives records over HTTP, then history, export, stats and purge read them from the database", async () => {
    const { url, child } = await startLogServer(["--database", database], { CONSENTRY_LOG_TOKEN: "secret" });
    const visitor = crypto.randomUUID();
    const records = [
      decision({ id: visitor, method: "accept-all" }, new Date("2024-01-10T10:00:00.000Z")),
      decision({ id: visitor, method: "reject-all", decidedAt: "2024-01-10T10:00:00.000Z" }, new Date("2024-03-05T10:00:00.000Z")),
      decision({ method: "custom", categories: { analytics: true, marketing: false } }, new Date("2024-03-05T11:00:00.000Z")),
    ];
    for (const record of records) {
      const response = await fetch(url, { method: "POST", body: JSON.stringify(record) });
      expect(response.status).toBe(201);
    }
    const history = await fetch(`${url}/records/${visitor}`, { headers: { authorization: "Bearer secret" } });
    expect(((await history.json()) as { records: unknown[] }).records).toHaveLength(2);
    expect(await stopped(child)).toBe(0);

    const lines = (await consentry("log", "history", visitor, "--database", database)).stdout.trim().split("\n");
    expect(lines.map((line) => JSON.parse(line).method)).toEqual(["accept-all", "reject-all"]);

    const csv = await consentry("log", "export", "--from", "2024-03-01", "--to", "2024-04-01", "--format", "csv", "--database", database);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trim().split("\r\n");
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatch(/,custom,1,false,analytics,marketing,,,$/);

    const stats = await consentry("log", "stats", "--json", "--from", "2024-01-01", "--to", "2025-01-01", "--database", database);
    expect(JSON.parse(stats.stdout)).toEqual([
      { day: "2024-01-10", method: "accept-all", count: 1 },
      { day: "2024-03-05", method: "custom", count: 1 },
      { day: "2024-03-05", method: "reject-all", count: 1 },
    ]);

    // Everything here is from 2024, so more than 13 months old by now.
    const purge = await consentry("log", "purge", "--older-than", "13mo", "--database", database);
    expect(purge.stdout).toMatch(/^purged 3 decisions made before/);
    expect((await consentry("log", "history", visitor, "--database", database)).stdout).toBe("");
    // Five PGlite starts (the server and four commands), each seconds on a busy 2-core machine.
  }, 300_000);

  it("names a bad flag and exits 2 without touching the database", async () => {
    const result = await consentry("log", "purge", "--older-than", "13 months", "--database", database);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--older-than: expected an age such as 13mo");
    const range = await consentry("log", "export", "--from", "last week", "--database", database);
    expect(range.code).toBe(2);
    expect(range.stderr).toContain("--from: expected an ISO date");
  });
});
