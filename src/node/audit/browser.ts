// Finds and starts Chromium through playwright-core, an optional peer: the audit is the only verb that needs it.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { missingPeerLine } from "../peers";

/** Could not run: a missing peer or browser. The CLI prints the message and exits 2. */
export class CannotRun extends Error {
  override name = "CannotRun";
}

/**
 * The project's test flags (test/support/browser.ts) less `--no-sandbox`: the audit visits live sites and runs their
 * third-party scripts, so a renderer exploit on an audited page must stay inside Chromium's sandbox (issue 30).
 */
const CHROMIUM_ARGS = [
  "--headless",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** How Chromium was isolated: `sandbox: false` only where it could not start with it, and why (in the report). */
export interface SandboxState {
  sandbox: boolean;
  reason?: string;
}

/**
 * Before launching: root is the one case known in advance (Chromium refuses to sandbox itself as root). Everyone
 * else starts sandboxed and learns from the launch whether this machine can (see `sandboxUnavailable`).
 */
export function sandboxBeforeLaunch(uid: number | undefined = process.getuid?.()): SandboxState {
  return uid === 0 ? { sandbox: false, reason: "running as root, where Chromium cannot use its sandbox" } : { sandbox: true };
}

/**
 * A launch failure that says the sandbox is missing (a container without user namespaces, no setuid helper, root):
 * the only failure worth a second, unsandboxed try. Answers the line that says so (Chromium's own where the launch
 * log has it), or undefined for any other failure, which stays a failure.
 */
export function sandboxUnavailable(message: string): string | undefined {
  const says = /No usable sandbox|without --no-sandbox|S(ET)?UID sandbox|move to new namespace|sandboxing failed/i;
  const lines = message
    // Playwright's launch log: ANSI colours and "[pid=1][err] [1:1:0101/000000.000:ERROR:file.cc:103] " before the words.
    .replace(/\x1b\[[\d;]*m/g, "")
    .split("\n")
    .map((line) => line.replace(/^\s*-?\s*(\[pid=\d+\](\[err\])?\s*)?(\[[^\]]*\]\s*)?/, "").trim())
    .filter((line) => says.test(line));
  // Chromium's reason ("Running as root without --no-sandbox…") says more than Playwright's "sandboxing failed!".
  return lines.find((line) => !/sandboxing failed/i.test(line)) ?? lines[0];
}

/**
 * Launches sandboxed where it can: unsandboxed at once as root, or on a second try when the first launch says the
 * sandbox is unavailable. `launch(sandbox)` starts the browser; the answer says which way it ran and why.
 */
export async function launchSandboxed<B>(
  launch: (sandbox: boolean) => Promise<B>,
  uid: number | undefined = process.getuid?.(),
): Promise<{ browser: B } & SandboxState> {
  const planned = sandboxBeforeLaunch(uid);
  if (!planned.sandbox) return { browser: await launch(false), ...planned };
  try {
    return { browser: await launch(true), sandbox: true };
  } catch (error) {
    const said = sandboxUnavailable(String((error as Error)?.message ?? error));
    if (!said) throw error;
    return { browser: await launch(false), sandbox: false, reason: `Chromium could not start its sandbox here: ${said}` };
  }
}

/** The line the CLI prints on stderr when the sandbox is off; the reports carry the same reason. */
export const sandboxWarning = (reason: string | undefined) =>
  `audit: warning: Chromium runs WITHOUT its sandbox: ${reason}. The audited sites' scripts run with this user's rights; ` +
  "run the audit as a non-root user on a machine with user namespaces to keep the sandbox.";

const firstLine = (error: unknown) => String((error as Error)?.message ?? error).split("\n")[0]!;

type Playwright = typeof import("playwright-core");

async function loadPlaywright(): Promise<Playwright> {
  try {
    return await import("playwright-core");
  } catch {
    throw new CannotRun(missingPeerLine("consentry audit", "playwright-core"));
  }
}

/** CHROMIUM_PATH, then the system Chromium, then Playwright's own download: the order the tests use. */
function findChromium(playwright: Playwright): string {
  const own = (() => {
    try {
      return playwright.chromium.executablePath();
    } catch {
      return undefined;
    }
  })();
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", own];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new CannotRun(
      "consentry audit found no Chromium: install one (Debian: apt-get install chromium; or npx playwright install chromium), " +
        "or set CHROMIUM_PATH to a Chromium or Chrome binary",
    );
  }
  return found;
}

/** Chromium, sandboxed where it can be (issue 30); with `sandbox: false` the caller says so on stderr and in the report. */
export async function launchBrowser(): Promise<{ browser: Browser } & SandboxState> {
  const playwright = await loadPlaywright();
  const executablePath = findChromium(playwright);
  try {
    // Playwright turns the sandbox off unless asked (`chromiumSandbox` defaults to false): ask, and drop it by hand.
    return await launchSandboxed((sandbox) =>
      playwright.chromium.launch({ executablePath, chromiumSandbox: sandbox, args: sandbox ? CHROMIUM_ARGS : [...CHROMIUM_ARGS, "--no-sandbox"] }),
    );
  } catch (error) {
    throw new CannotRun(`consentry audit could not start Chromium at ${executablePath}: ${firstLine(error)}`);
  }
}
