// Finds and launches a real Chromium for the e2e layer; fails loudly when none is installed.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startServer, type TestServer } from "./server";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", safePlaywrightPath()];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests. Install one (Debian: `apt-get install -y chromium`), " +
        "or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/**
 * Starts Chromium and a test server before a file's tests and stops both after them; `ready` receives them
 * (and may add routes) once both are up.
 */
export function useChromium(ready: (started: { browser: Browser; server: TestServer }) => void | Promise<void>): void {
  let started: { browser: Browser; server: TestServer } | undefined;
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchChromium(), startServer()]);
    started = { browser, server };
    await ready(started);
  });
  afterAll(async () => {
    await Promise.all([started?.browser.close(), started?.server.close()]);
  });
}
