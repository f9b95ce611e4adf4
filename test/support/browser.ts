// Real Chromium and a test server for each e2e file; the launcher itself is in ./chromium (the bench uses it too).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./chromium";
import { startServer, type TestServer } from "./server";

export { CHROMIUM_ARGS, findChromium, launchChromium } from "./chromium";

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
