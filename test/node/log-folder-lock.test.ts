// The PGlite folder lock's judgements one by one (issue 28 item 4; the kill -9 restart is in log-defects.test.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockFolder } from "../../src/node/log/folder-lock";

const folder = mkdtempSync(join(tmpdir(), "consentry-lock-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the PGlite folder lock", () => {
  it("is taken and released; a second holder in the same process is refused", () => {
    const data = join(folder, "a");
    const release = lockFolder(data);
    expect(JSON.parse(readFileSync(`${data}.lock`, "utf8"))).toMatchObject({ pid: process.pid });
    expect(() => lockFolder(data)).toThrow(`in use by process ${process.pid} (this process)`);
    release();
    expect(existsSync(`${data}.lock`)).toBe(false);
  });

  it("an old-style lock naming this very process id (a container restart's own pid) is stale", () => {
    const data = join(folder, "b");
    writeFileSync(`${data}.lock`, String(process.pid));
    lockFolder(data)();
  });

  it("a lock from another host is a lease: refused while fresh, taken over once a minute old", () => {
    const data = join(folder, "c");
    const lock = `${data}.lock`;
    writeFileSync(lock, JSON.stringify({ pid: 13, host: "another-container", boot: "x", ns: "pid:[1]", start: "42" }));
    expect(() => lockFolder(data)).toThrow("in use by process 13 on another-container");
    const old = new Date(Date.now() - 2 * 60_000);
    utimesSync(lock, old, old);
    lockFolder(data)();
  });

  it("a lock whose process id now belongs to a process that started at another time is stale", () => {
    const data = join(folder, "d");
    const mine = lockFolder(data);
    const written = JSON.parse(readFileSync(`${data}.lock`, "utf8"));
    mine();
    // This process's id, boot and namespace, but another start tick: what a restarted container's server finds.
    writeFileSync(`${data}.lock`, JSON.stringify({ ...written, start: String(Number(written.start || 0) + 1) }));
    if (written.start) lockFolder(data)();
  });
});
