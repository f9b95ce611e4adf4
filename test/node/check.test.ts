// `consentry check` as a site owner runs it: the built CLI in a child process, on files in a temporary folder.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const DIST = resolve(import.meta.dirname, "../../dist");
let dir: string;

async function consentry(cli: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
const check = (...args: string[]) => consentry(join(DIST, "node/cli.mjs"), "check", ...args);
const file = async (name: string, content: string) => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "consentry-check-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("consentry check", () => {
  it("passes a valid config file with exit 0", async () => {
    const path = await file(
      "valid.json",
      JSON.stringify({ revision: 2, categories: { analytics: { cookies: [{ name: "ph_*_posthog", duration: "1 year" }], storage: ["ph_*"] } } }),
    );
    const result = await check(path);
    expect(result.stdout).toContain("config is valid");
    expect(result.code).toBe(0);
  });

  it("names every bad path of an invalid config at once and exits 1", async () => {
    const path = await file(
      "invalid.json",
      JSON.stringify({ revision: -1, mode: "sometimes", categories: { analytics: { cookies: [{ name: "a b" }] } }, typo: true }),
    );
    const result = await check(path);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("revision:");
    expect(result.stdout).toContain("mode:");
    expect(result.stdout).toContain("categories.analytics.cookies[0].name: a cookie name (glob)");
    expect(result.stdout).toContain("typo: a known key (this one is unknown)");
    expect(result.stdout).toContain("4 errors");
  });

  it("reads the config of a page from its data-consent-config block and its inline ConsentConfig script", async () => {
    const page = await file(
      "page.html",
      `<!doctype html><head>
<script type="application/json" data-consent-config>{ "revision": 1, "categories": { "analytics": { "storage": [3] } } }</script>
<script>window.ConsentConfig = { revision: 1, policyUrl: "/cookie-policy" };</script>
<script src="/consentry.js"></script></head>`,
    );
    const result = await check(page);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("data-consent-config block (line 2):");
    expect(result.stdout).toContain("categories.analytics.storage[0]:");
    expect(result.stdout).toMatch(/inline script \(line 3\):\n {2}✓ valid/);
  });

  it("reports a config block that is not JSON as a problem, with its line", async () => {
    const page = await file("broken.html", `<head>\n<script type="application/json" data-consent-config>{ revision: 1 }</script>`);
    const result = await check(page);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("data-consent-config block (line 2): expected JSON");
  });

  it("warns about a loader bound to a category that does not exist, and fails on it only with --strict", async () => {
    const path = await file(
      "warn.json",
      JSON.stringify({ posthog: { apiKey: "phc_x", category: "analytic" }, categories: { support: { label: "Support chat" } } }),
    );
    const lenient = await check(path);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('posthog.category: "analytic" is not a category of this config');
    expect(lenient.stdout).toContain("categories.support: a custom category needs a label and a description (L-07)");
    expect((await check(path, "--strict")).code).toBe(1);
  });

  it("prints the problems as JSON with --json", async () => {
    const path = await file("json.json", JSON.stringify({ gpc: "yes" }));
    const result = await check(path, "--json");
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, results: [{ errors: [expect.stringMatching(/^gpc: /)] }] });
  });

  it("exits 2 when the file cannot be read or holds no config", async () => {
    const missing = await check(join(dir, "nope.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read");
    const bare = await check(await file("bare.html", "<p>no consent here</p>"));
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("found no config");
  });

  it("needs no package beside it: zod is bundled into dist/node (issue 30)", async () => {
    // A copy of the built CLI outside this repository: no node_modules above it, so nothing could be borrowed.
    const alone = await mkdtemp(join(tmpdir(), "consentry-alone-"));
    try {
      await cp(join(DIST, "node"), join(alone, "node"), { recursive: true });
      const valid = await consentry(join(alone, "node/cli.mjs"), "check", await file("ok.json", "{}"));
      expect(valid).toMatchObject({ code: 0, stderr: "" });
      expect(valid.stdout).toContain("config is valid");
      const invalid = await consentry(join(alone, "node/cli.mjs"), "check", await file("bad.json", '{"revision":"2"}'));
      expect(invalid.code).toBe(1);
      expect(invalid.stdout).toContain("✗ revision: ");
    } finally {
      await rm(alone, { recursive: true, force: true });
    }
  });
});

describe("dist/consentry.schema.json", () => {
  it("is published with the package and accepts a `$schema` key", async () => {
    const schema = JSON.parse(await readFile(join(DIST, "consentry.schema.json"), "utf8"));
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties.$schema.type).toBe("string");
    expect(schema.properties.categories.maxProperties).toBe(32);
    expect(schema.additionalProperties).toBe(false);
  });
});
