// The Node-side tools as a site owner installs them (issue 30, item 3): the packed tarball in an empty project, one
// install for the whole file. `npm i consentry` alone must run `npx consentry check` (zod is bundled) and install no
// Node-side package (a browser app's install); the log server then needs the one line the README gives, and each
// command that misses its optional peer prints exactly that line. Needs `npm run build` first; npm's cache is used.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INSTALL_LINES } from "../../src/node/peers";

const ROOT = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);
const NODE_SIDE = ["zod", "hono", "@hono/node-server", "@electric-sql/pglite", "postgres", "playwright-core"];

let work: string;
let site: string;
let tarball: string;
const servers: ChildProcess[] = [];

/** The parent's npm_* variables (set when this runs under `npm test`) would be read as config by the child npm. */
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};

async function sh(command: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: site, env, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
const npx = (...args: string[]) => sh("npx", ["--no", "consentry", ...args]);
const record = (now = new Date().toISOString()) =>
  JSON.stringify({
    v: 1,
    id: "0f8e61c2-1111-4222-8333-444455556666",
    revision: 1,
    decidedAt: now,
    updatedAt: now,
    categories: { preferences: false, analytics: true, marketing: false },
    method: "custom",
    gpc: false,
  });

beforeAll(async () => {
  if (!existsSync(join(ROOT, "dist/node/cli.mjs"))) throw new Error("dist/ is missing: run `npm run build` first");
  work = await mkdtemp(join(tmpdir(), "consentry-install-"));
  site = join(work, "site");
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
  tarball = join(work, JSON.parse(stdout)[0].filename);
  await run("mkdir", [site]);
  await writeFile(join(site, "package.json"), JSON.stringify({ name: "site", private: true }));
  const install = await sh("npm", ["i", tarball]);
  if (install.code !== 0) throw new Error(`npm i ${tarball} failed: ${install.stderr}`);
});

afterAll(async () => {
  for (const server of servers) if (server.exitCode === null) server.kill("SIGKILL");
  if (work) await rm(work, { recursive: true, force: true });
});

describe("npm i consentry (a browser app's install)", () => {
  it("installs consentry alone: no dependency, no Node-side package in `npm ls --all`", async () => {
    const manifest = JSON.parse(await readFile(join(site, "node_modules/consentry/package.json"), "utf8"));
    expect(manifest.dependencies ?? {}).toEqual({});
    const ls = await sh("npm", ["ls", "--all", "--json"]);
    const tree = JSON.parse(ls.stdout) as { dependencies: Record<string, { dependencies?: Record<string, { version?: string }> }> };
    expect(Object.keys(tree.dependencies)).toEqual(["consentry"]);
    // npm lists consentry's unmet optional peers without a version; none is installed.
    const installed = Object.entries(tree.dependencies.consentry!.dependencies ?? {}).filter(([, dep]) => dep.version);
    expect(installed).toEqual([]);
    for (const name of NODE_SIDE) expect(existsSync(join(site, "node_modules", name)), name).toBe(false);
  });

  it("ships the licences of what dist/node bundles (zod, hono, @hono/node-server: MIT)", async () => {
    const notices = await readFile(join(site, "node_modules/consentry/dist/node/THIRD-PARTY-LICENSES.txt"), "utf8");
    for (const name of ["zod", "hono", "@hono/node-server"]) expect(notices).toMatch(new RegExp(`^${name}@\\d+\\.\\d+\\.\\d+ \\(MIT\\)$`, "m"));
    expect(notices.match(/Permission is hereby granted/g)).toHaveLength(3);
  });

  it("consentry/log-server's types compile with nothing else installed (they name no bundled package)", async () => {
    await writeFile(
      join(site, "consumer.ts"),
      'import { createConsentLogHandler, openLogStore, recordSchema, IN_MEMORY } from "consentry/log-server";\n' +
        'export const handler: (request: Request) => Promise<Response> = createConsentLogHandler({ store: openLogStore(IN_MEMORY) });\n' +
        'const parsed = recordSchema.safeParse({});\nexport const ok: boolean = parsed.success;\n',
    );
    await writeFile(
      join(site, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2022", "dom"], types: [], strict: true, skipLibCheck: false, noEmit: true },
        files: ["consumer.ts"],
      }),
    );
    const tsc = await sh(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json", "--pretty", "false"]);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.code).toBe(0);
  });

  it("consentry/log-server loads under import and require with nothing else installed (hono and zod bundled)", async () => {
    const probe = 'typeof m.createConsentLogHandler + " " + m.recordSchema.safeParse({}).success';
    const esm = await sh(process.execPath, ["--input-type=module", "-e", `const m = await import("consentry/log-server"); console.log(${probe})`]);
    expect(esm).toMatchObject({ code: 0, stdout: "function false\n" });
    const cjs = await sh(process.execPath, ["-e", `const m = require("consentry/log-server"); console.log(${probe})`]);
    expect(cjs).toMatchObject({ code: 0, stdout: "function false\n" });
  });

  it("the README gives each install line a missing peer prints", async () => {
    const readme = await readFile(join(ROOT, "README.md"), "utf8");
    for (const line of Object.values(INSTALL_LINES)) expect(readme).toContain(`\`${line}\``);
  });
});

describe("npx consentry check, with only consentry installed", () => {
  it("a valid config: exit 0, `config is valid`", async () => {
    await writeFile(join(site, "config.json"), JSON.stringify({ revision: 1, policyUrl: "/cookie-policy", categories: { analytics: { storage: ["ph_*"] } } }));
    const result = await npx("check", "config.json");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe("config.json:\n  ✓ valid\nconfig is valid\n");
  });

  it("an invalid config: exit 1, each problem with its path", async () => {
    await writeFile(join(site, "bad.json"), JSON.stringify({ revision: "1", gpc: "yes" }));
    const result = await npx("check", "bad.json");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}✗ revision: .*expected number/m);
    expect(result.stdout).toMatch(/^ {2}✗ gpc: .*expected boolean/m);
    expect(result.stdout).toContain("2 errors, 0 warnings");
  });
});

describe("each missing optional peer prints its one install line, exit 2", () => {
  it("consentry log-server without @electric-sql/pglite", async () => {
    const result = await npx("log-server", "--port", "0");
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      "consentry log-server needs @electric-sql/pglite, an optional peer of consentry: npm i consentry @electric-sql/pglite",
    );
    expect(result.stderr).toContain(INSTALL_LINES["@electric-sql/pglite"]);
  });

  it("consentry log-server --database postgres://… without postgres", async () => {
    const result = await npx("log-server", "--database", "postgres://nobody@127.0.0.1:9/none");
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe("consentry log-server needs postgres, an optional peer of consentry: npm i consentry postgres");
  });

  it("consentry audit without playwright-core", async () => {
    const result = await npx("audit", "http://127.0.0.1:9/");
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe("consentry audit needs playwright-core, an optional peer of consentry: npm i -D consentry playwright-core");
  });
});

describe("the log server after its one documented line (`npm i consentry @electric-sql/pglite`)", () => {
  it("starts and stores a POSTed record", async () => {
    const install = await sh("npm", ["i", tarball, "@electric-sql/pglite"]);
    expect(install.code, install.stderr).toBe(0);
    const ls = JSON.parse((await sh("npm", ["ls", "--json"])).stdout) as { dependencies: Record<string, unknown> };
    expect(Object.keys(ls.dependencies).sort()).toEqual(["@electric-sql/pglite", "consentry"]);

    // The binary npx runs (node_modules/.bin/consentry), without npx's wrapper process, so SIGTERM reaches the server.
    const bin = join(site, "node_modules/.bin/consentry");
    const server = spawn(process.execPath, [bin, "log-server", "--port", "0", "--database", join(work, "log-data")], {
      cwd: site,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    servers.push(server);
    let output = "";
    const url = await new Promise<string>((resolveUrl, fail) => {
      const read = (chunk: Buffer) => {
        output += chunk;
        const found = /receiving at (http:\/\/\S+)/.exec(output);
        if (found) resolveUrl(found[1]!);
      };
      server.stdout!.on("data", read);
      server.stderr!.on("data", read);
      server.once("exit", (code) => fail(new Error(`log-server exited ${code}: ${output}`)));
    });
    expect(output).toContain("(PGlite in ");

    const body = record();
    const post = () => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
    const stored = await post();
    expect(stored.status).toBe(201);
    expect(await stored.json()).toEqual({ stored: true });
    // The drop-in may send a record twice (a retry): the second is acknowledged and adds nothing.
    const retried = await post();
    expect(retried.status).toBe(200);
    expect(await retried.json()).toEqual({ stored: false });

    server.kill("SIGTERM");
    const [code] = await once(server, "exit");
    expect(code).toBe(0);
  });
});
