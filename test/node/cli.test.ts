// The `consentry` binary as a user runs it: the built dist/node/cli.mjs in a child process.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const CLI = resolve(import.meta.dirname, "../../dist/node/cli.mjs");

async function consentry(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("consentry CLI", () => {
  it("prints its usage with --help and exits 0", async () => {
    const result = await consentry("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: consentry <command>/);
  });

  it("names an unknown command and exits 2 (could not run)", async () => {
    const result = await consentry("frobnicate");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
  });
});
