// Where the drop-in (and its head snippet) find the page's config.

/**
 * `window.ConsentConfig`, else `<script type="application/json" data-consent-config>` (works under a strict CSP).
 * JSON that does not parse becomes whatever `badJson` makes of the message: a ConfigError for the drop-in.
 */
export function readConfig(badJson: (message: string) => unknown): unknown {
  if (window.ConsentConfig !== undefined) return window.ConsentConfig;
  const element = document.querySelector("script[data-consent-config]");
  if (!element) return undefined;
  try {
    return JSON.parse(element.textContent ?? "");
  } catch (error) {
    return badJson(`script[data-consent-config]: expected JSON (${(error as Error).message})`);
  }
}
