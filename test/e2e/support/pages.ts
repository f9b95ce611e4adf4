// Pages for the drop-in suite: the built script first in <head>, a config, and whatever body a test needs.
import type { BrowserContext, Page } from "playwright-core";

export interface PageOptions {
  config?: unknown;
  /** Put the config in `<script type="application/json" data-consent-config>` instead of `window.ConsentConfig`. */
  jsonConfig?: boolean;
  head?: string;
  body?: string;
  nonce?: string;
}

export function dropInPage({ config = { revision: 1 }, jsonConfig = false, head = "", body = "", nonce }: PageOptions = {}): string {
  const n = nonce ? ` nonce="${nonce}"` : "";
  // `<` escaped, so a string like "</script>" in a config cannot end the tag early.
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  const configTag = jsonConfig
    ? `<script type="application/json" data-consent-config>${json}</script>`
    : `<script${n}>window.ConsentConfig = ${json};</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>
${configTag}
${head}
<script src="/dist/consentry.js"${n}></script>
</head><body><main><h1>Page</h1><p>Content</p>${body}</main></body></html>`;
}

/** Everything a page says that a visitor's console would show, and every uncaught error. */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
    if (message.type() === "warning") warnings.push(message.text());
  });
  return { errors, warnings };
}

/**
 * Resolves once the drop-in's `ready` has fired: at once on a returning visit its first layer answers, else once the
 * SDK (consentry.sdk.mjs) has started (issue 27). Actions made before that run then, so a test that acts and reads
 * back at once waits for it first, as page code that needs the result would.
 */
export const ready = (page: Pick<Page, "evaluate">) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        // A page without the drop-in, or whose SDK cannot load (a part missing), has no `ready` to wait for.
        const api = (window as any).Consent;
        if (!api || Array.isArray(api)) return resolve();
        api.on("ready", () => resolve());
        setTimeout(resolve, 3000);
      }),
  );

export const state = (page: Page) => page.evaluate(() => (window as any).Consent.state());

export async function storedKeys(context: BrowserContext, page: Page) {
  const cookies = (await context.cookies()).map((cookie) => cookie.name);
  const local = await page.evaluate(() => Object.keys(localStorage));
  const session = await page.evaluate(() => Object.keys(sessionStorage));
  return { cookies, local, session };
}

export function validRecord(overrides: Record<string, unknown> = {}) {
  const now = new Date().toISOString();
  return {
    v: 1,
    id: "0b6c4f1e-8a8e-4f5a-9c1d-2b3e4f5a6b7c",
    revision: 1,
    decidedAt: now,
    updatedAt: now,
    categories: { preferences: true, analytics: true, marketing: true },
    method: "accept-all",
    gpc: false,
    ...overrides,
  };
}

/**
 * Waits until the UI is what a visitor sees once the page has settled: the banner drawn when nothing is decided yet,
 * nothing to wait for otherwise. The drop-in fetches the banner beside itself (issue 12), so it can arrive a moment
 * after the load event on a first visit.
 */
export const uiSettled = (page: Page) =>
  page.waitForFunction(() => {
    const banner = document.querySelector("consentry-ui")?.shadowRoot?.querySelector("section");
    // The banner's first frame is drawn below the viewport (class `o`, src/ui/index.ts), then it moves into place.
    return (window as any).Consent?.state?.().decided || (banner && !banner.classList.contains("o"));
  });
