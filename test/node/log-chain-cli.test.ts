// `consentry log verify` and `consentry log checkpoint` as a site owner runs them (issue 28 item 1): the built CLI on a
// PGlite folder written by `consentry log-server`, then a row edited straight in the database.
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openLogStore } from "../../src/node/log/store";
import { decision } from "../support/log-backends";
import { consentry, startLogServer, stopped } from "../support/log-cli";

const folder = mkdtempSync(join(tmpdir(), "consentry-log-chain-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("consentry log verify / checkpoint", () => {
  it("proves the rows, signs the head, then names the edited row and refuses the checkpoint (exit 1)", async () => {
    const database = join(folder, "data");
    const { url, child } = await startLogServer(["--database", database]);
    for (let index = 0; index < 3; index++) {
      const response = await fetch(url, { method: "POST", body: JSON.stringify(decision({}, new Date(Date.UTC(2025, 0, index + 1)))) });
      expect(response.status).toBe(201);
    }
    expect(await stopped(child)).toBe(0);

    const ok = await consentry("log", "verify", "--database", database);
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringMatching(/^consentry log verify: 3 rows proved; head row 3 [0-9a-f]{64}\n$/) });

    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const keyFile = join(folder, "key.pem");
    const publicFile = join(folder, "public.pem");
    writeFileSync(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }));
    writeFileSync(publicFile, publicKey.export({ type: "spki", format: "pem" }));
    const checkpointFile = join(folder, "checkpoint.json");
    expect((await consentry("log", "checkpoint", "--key", keyFile, "--output", checkpointFile, "--database", database)).code).toBe(0);
    const proved = await consentry("log", "verify", "--checkpoint", checkpointFile, "--key", publicFile, "--database", database);
    expect(proved.stdout).toMatch(/3 rows proved, through the checkpoint of .* \(row 3\)/);

    // Someone with the database changes what the second visitor chose, and covers it with fresh hashes to the head.
    const store = await openLogStore(database);
    await store.sql.query("ALTER TABLE consent_records DISABLE TRIGGER consent_records_no_update");
    await store.sql.query("UPDATE consent_records SET method = 'reject-all' WHERE seq = 2");
    await store.sql.query("ALTER TABLE consent_records ENABLE TRIGGER consent_records_no_update");
    await store.close();
    const altered = await consentry("log", "verify", "--database", database);
    expect(altered.code).toBe(1);
    expect(altered.stderr).toMatch(/^consentry log verify: FAILED at row 2: row 2 \(consent id [0-9a-f-]{36}, updated 2025-01-02T00:00:00.000000Z\) was altered/);
    expect((await consentry("log", "verify", "--checkpoint", checkpointFile, "--key", publicFile, "--database", database)).code).toBe(1);
    const refused = await consentry("log", "verify", "--checkpoint", checkpointFile, "--database", database);
    // No key: exit 2 before the database is opened.
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("CONSENTRY_LOG_SIGNING_KEY");
  }, 180_000);
});
