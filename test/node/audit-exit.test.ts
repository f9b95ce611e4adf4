// `consentry audit` exit codes (issue 11 items 1, 6): 2 when it could not run. Exit 1 (findings named in --fail-on)
// is pinned in audit.test.ts, exit 0 (clean) in audit-examples.test.ts.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, runCli } from "./support/audit-cli";

describe("consentry audit could not run: exit 2", () => {
  it("without playwright-core it prints the one install line (an optional peer)", async () => {
    // The built CLI copied where no node_modules is above it: the import of playwright-core really fails.
    const bare = mkdtempSync(join(tmpdir(), "consentry-no-peers-"));
    cpSync(dirname(CLI), join(bare, "node"), { recursive: true });
    const run = await runCli(["audit", "http://127.0.0.1:9/"], { cli: join(bare, "node", "cli.mjs") });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe("consentry audit needs playwright-core, an optional peer of consentry: npm i -D consentry playwright-core");
  });

  it("a site that does not answer", async () => {
    // A port that was free a moment ago: nothing listens there.
    const server = createServer().listen(0, "127.0.0.1");
    await once(server, "listening");
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await new Promise((done) => server.close(done));
    const run = await runCli(["audit", url, "--pages", "1"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`consentry audit: could not load ${url}: `);
    expect(run.stderr).toContain("ERR_CONNECTION_REFUSED");
  });

  it("an unknown --fail-on kind, naming the kinds there are", async () => {
    const run = await runCli(["audit", "http://127.0.0.1:9/", "--fail-on", "cookies"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--fail-on: unknown kind "cookies"; expected before-consent, undeclared, survived-withdrawal');
  });

  it("a --config that is not a valid consentry config, naming the path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "consentry-config-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ categories: { analytics: { cookies: [{ name: "a b" }] } } }));
    const run = await runCli(["audit", "http://127.0.0.1:9/", "--config", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("categories.analytics.cookies[0].name");
  });
});
