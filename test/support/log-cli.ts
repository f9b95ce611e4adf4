// The built `consentry` CLI in child processes, as a site owner runs it: one-shot commands and a log-server.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";

/** CONSENTRY_TEST_CLI runs the tests against another build (to show a test failing before its fix). */
export const CLI = process.env.CONSENTRY_TEST_CLI ?? resolve(import.meta.dirname, "../../dist/node/cli.mjs");
const run = promisify(execFile);

export async function consentry(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Starts `consentry log-server` and resolves with its URL once it says it is receiving. */
export function startLogServer(args: string[], env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, "log-server", "--port", "0", ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((done, fail) => {
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk;
      const url = /receiving at (\S+)/.exec(output)?.[1];
      if (url) done({ url, child });
    };
    child.stdout!.on("data", collect);
    child.stderr!.on("data", collect);
    child.once("exit", (code) => fail(new Error(`log-server exited ${code}: ${output}`)));
  });
}

/** SIGTERM, then the exit code. */
export function stopped(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
    child.once("exit", (code) => done(code));
    child.kill("SIGTERM");
  });
}
