// Defects an outside test of the consent log found (issue 28 item 4), each as the site owner met it: the built CLI
// in child processes, a raw TCP socket where a proxy would reuse a connection.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openLogStore } from "../../src/node/log/store";
import { decision } from "../support/log-backends";
import { CLI, consentry, startLogServer, stopped } from "../support/log-cli";

const folder = mkdtempSync(join(tmpdir(), "consentry-log-defects-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const post = (url: string, body: unknown) => fetch(url, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });

describe("the PGlite folder lock (issue 28 item 4)", () => {
  it("a lock left by kill -9 whose process id now names another live process does not keep the server down; two live servers still refuse", async () => {
    const database = join(folder, "killed");
    const first = await startLogServer(["--database", database], { CONSENTRY_LOG_TOKEN: "t" });
    const kept = decision();
    expect((await post(first.url, kept)).status).toBe(201);
    const gone = new Promise((done) => first.child.once("exit", done));
    first.child.kill("SIGKILL");
    await gone;

    // In a container the restarted server is often the very process id the killed one had (13), or another live
    // process has it: the lock must not be judged by the process id alone. Point the lock at a live process that
    // holds nothing (this test's own).
    const lockPath = `${database}.lock`;
    const left = readFileSync(lockPath, "utf8");
    writeFileSync(lockPath, /^\d+$/.test(left.trim()) ? String(process.pid) : JSON.stringify({ ...JSON.parse(left), pid: process.pid }));

    const second = await startLogServer(["--database", database], { CONSENTRY_LOG_TOKEN: "t" });
    try {
      expect((await post(second.url, decision())).status).toBe(201);
      const history = await fetch(`${second.url}/records/${kept.id}`, { headers: { authorization: "Bearer t" } });
      expect(((await history.json()) as { records: unknown[] }).records).toHaveLength(1);

      // A live holder keeps the folder: a second server on it refuses and names the holder.
      const third = await startLogServer(["--database", database]).then(
        async ({ child }) => (await stopped(child), "started"),
        (error: Error) => error.message,
      );
      expect(third).toMatch(new RegExp(`in use by process ${second.child.pid}`));
    } finally {
      expect(await stopped(second.child)).toBe(0);
    }
    // A clean stop releases the folder.
    expect(existsSync(lockPath)).toBe(false);
  }, 180_000);
});

/** Sends `request` on `socket` and resolves with what arrives until `until` matches or the socket closes. */
function exchange(socket: ReturnType<typeof connect>, request: Buffer | string, until: RegExp): Promise<{ text: string; closed: boolean }> {
  return new Promise((done) => {
    let text = "";
    const finish = (closed: boolean) => {
      socket.off("data", onData);
      socket.off("close", onClose);
      clearTimeout(timer);
      done({ text, closed });
    };
    const onData = (chunk: Buffer) => {
      text += chunk.toString("latin1");
      if (until.test(text)) finish(false);
    };
    const onClose = () => finish(true);
    const timer = setTimeout(() => finish(socket.destroyed), 5000);
    socket.on("data", onData);
    socket.on("close", onClose);
    socket.write(request);
  });
}

describe("a 413 on a reused connection (issue 28 item 4)", () => {
  it("after a 413 for a 1 MB body, the connection either answers the next request or the 413 said Connection: close", async () => {
    const { url, child } = await startLogServer(["--database", "memory://"]);
    try {
      const { port, pathname } = new URL(url);
      const socket = connect(Number(port), "127.0.0.1");
      // A server that answered and closed may do so while the megabyte is still being written: EPIPE here is the
      // client's business, not the test's failure.
      socket.on("error", () => undefined);
      await new Promise((done) => socket.once("connect", done));
      const big = Buffer.alloc(1024 * 1024, 0x61);
      const head = `POST ${pathname} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${big.length}\r\nConnection: keep-alive\r\n\r\n`;
      const first = await exchange(socket, Buffer.concat([Buffer.from(head), big]), /\r\n\r\n[\s\S]*\}$/);
      expect(first.text).toMatch(/^HTTP\/1\.1 413 /);
      const saysClose = /\r\nconnection: close\r\n/i.test(first.text.split("\r\n\r\n")[0]! + "\r\n");

      const body = JSON.stringify(decision());
      const next = `POST ${pathname} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
      const second = socket.destroyed ? { text: "", closed: true } : await exchange(socket, next, /\r\n\r\n[\s\S]*\}$/);
      socket.destroy();
      // Either the server kept its word (keep-alive) and the record is stored, or it said it would close.
      if (saysClose) expect(second.text).toBe("");
      else expect(second.text).toMatch(/^HTTP\/1\.1 201 /);
    } finally {
      await stopped(child);
    }
  }, 60_000);
});

describe("a read verb on a database that is not there (issue 28 item 4)", () => {
  it.each([
    ["history", "1b4e28ba-2fa1-41d2-883f-0016d3cca427"],
    ["export"],
    ["stats"],
    ["purge", "--older-than", "13mo"],
  ])("log %s --database <missing folder> exits 2, says so, and creates nothing", async (...args) => {
    const missing = join(folder, `missing-${args[0]}`, "log");
    const result = await consentry("log", ...args, "--database", missing);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`no consent log at ${missing}`);
    expect(result.stdout).toBe("");
    expect(existsSync(join(folder, `missing-${args[0]}`))).toBe(false);
  }, 60_000);
});

/** Starts the built CLI's log-server and resolves with its URL and everything it printed until it was receiving. */
function serverWithOutput(args: string[], env: Record<string, string> = {}): Promise<{ url: string; output: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, "log-server", "--port", "0", ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((done, fail) => {
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk;
      const url = /receiving at (\S+)/.exec(output)?.[1];
      if (url) done({ url, output, child });
    };
    child.stdout!.on("data", collect);
    child.stderr!.on("data", collect);
    child.once("exit", (code) => fail(new Error(`log-server exited ${code}: ${output}`)));
  });
}

describe("the read token and the data folder (issue 28 item 4)", () => {
  it("a one-character read token starts the server with a warning on stderr, a 32-character one without; the PGlite folder it creates is 0700", async () => {
    const database = join(folder, "private", "log");
    const short = await serverWithOutput(["--database", database], { CONSENTRY_LOG_TOKEN: "t" });
    try {
      expect(short.output).toMatch(/warning: CONSENTRY_LOG_TOKEN is 1 character; use at least 16/);
      // The log is personal data: only the server's own user may read its folder.
      expect(statSync(database).mode & 0o777).toBe(0o700);
    } finally {
      await stopped(short.child);
    }
    const long = await serverWithOutput(["--database", "memory://"], { CONSENTRY_LOG_TOKEN: "0123456789abcdef0123456789abcdef" });
    await stopped(long.child);
    expect(long.output).not.toMatch(/warning/);
  }, 60_000);
});

describe("log purge --older-than 0d (issue 28 item 4)", () => {
  it("refuses to delete the last month's decisions without --yes, and deletes them with it", async () => {
    const database = join(folder, "purge");
    const store = await openLogStore(database);
    const kept = decision();
    expect(await store.insert(kept)).toBe(true);
    await store.close();

    const refused = await consentry("log", "purge", "--older-than", "0d", "--database", database);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--older-than 0d would delete decisions from the last 30 days.*pass --yes/);
    expect((await consentry("log", "history", kept.id, "--database", database)).stdout).toContain(kept.id);

    const confirmed = await consentry("log", "purge", "--older-than", "0d", "--yes", "--database", database);
    expect(confirmed.stdout).toMatch(/^purged 1 decision made before/);
    expect((await consentry("log", "history", kept.id, "--database", database)).stdout).toBe("");
  }, 90_000);
});

describe("SIGTERM to `npx consentry log-server` (issue 28 item 4)", () => {
  it("stops the real server behind npx's wrapper processes and frees the folder's lock", async () => {
    // A site's project as npm lays it out: the bin in node_modules/.bin, run by `npx` (npm exec → sh -c → node).
    const site = join(folder, "site");
    mkdirSync(join(site, "node_modules", ".bin"), { recursive: true });
    writeFileSync(join(site, "package.json"), JSON.stringify({ name: "site", private: true }));
    writeFileSync(join(site, "node_modules", ".bin", "consentry"), `#!/usr/bin/env node\nawait import(${JSON.stringify(pathToFileURL(CLI).href)});\n`, { mode: 0o755 });
    const database = join(site, "consentry-log-data");
    const npx = spawn("npx", ["--no-install", "consentry", "log-server", "--port", "0", "--database", database], {
      cwd: site,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const url = await new Promise<string>((done, fail) => {
      const collect = (chunk: Buffer) => {
        output += chunk;
        const found = /receiving at (\S+)/.exec(output)?.[1];
        if (found) done(found);
      };
      npx.stdout!.on("data", collect);
      npx.stderr!.on("data", collect);
      npx.once("exit", (code) => fail(new Error(`npx exited ${code}: ${output}`)));
    });
    const lockPath = `${database}.lock`;
    const holder = (JSON.parse(readFileSync(lockPath, "utf8")) as { pid: number }).pid;
    expect(holder).not.toBe(npx.pid);
    try {
      expect((await post(url, decision())).status).toBe(201);
      const exited = new Promise((done) => npx.once("exit", done));
      npx.kill("SIGTERM");
      await exited;
      // The server behind the wrapper goes too, within a few seconds, and releases the folder.
      const deadline = Date.now() + 10_000;
      while ((existsSync(lockPath) || alive(holder)) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
      expect(existsSync(lockPath)).toBe(false);
      expect(alive(holder)).toBe(false);
      await expect(fetch(url, { method: "POST", body: "{}" })).rejects.toThrow();
    } finally {
      // A failing run must not leave its server behind.
      if (alive(holder)) process.kill(holder, "SIGKILL");
    }
  }, 60_000);
});

/** Whether `pid` still runs: an exited process not yet reaped by whoever adopted it (a zombie) does not. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}
