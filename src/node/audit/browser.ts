// Finds and starts Chromium through playwright-core, an optional peer: the audit is the only verb that needs it.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { missingPeerLine } from "../peers";

/** Could not run: a missing peer or browser. The CLI prints the message and exits 2. */
export class CannotRun extends Error {
  override name = "CannotRun";
}

/** The same launch flags as the project's own browser tests (test/support/browser.ts). */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

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

export async function launchBrowser(): Promise<Browser> {
  const playwright = await loadPlaywright();
  const executablePath = findChromium(playwright);
  try {
    return await playwright.chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new CannotRun(`consentry audit could not start Chromium at ${executablePath}: ${(error as Error).message.split("\n")[0]}`);
  }
}
