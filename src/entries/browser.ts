// The drop-in (IIFE, DESIGN 3): reads config from the page, installs `window.Consent` once, runs the pre-load queue.
// What runs here is the first layer (issue 27): a returning visit needs nothing more; the SDK (consentry.sdk.mjs) and
// the banner come beside it when something does.
import type { ConsentApi } from "../api";
import { addonUrl } from "../page/addons";
import { firstLayer } from "../page/first-layer";
import { importPart } from "../page/import-part";
import { readConfig } from "../page/read-config";
import type { startSdk } from "../page/sdk";

type QueuedCall = [keyof ConsentApi, ...unknown[]] | ((api: ConsentApi) => void);

/** What the first layer answers itself; any other queued call waits for the SDK. */
const ANSWERED_HERE: unknown[] = ["granted", "state", "on", "whenGranted"];

declare global {
  interface Window {
    Consent?: ConsentApi | QueuedCall[];
    ConsentConfig?: unknown;
  }
}

const existing = window.Consent;
if (existing && !Array.isArray(existing)) {
  console.warn("consentry: loaded twice; keeping the first instance");
} else {
  const script = document.currentScript as HTMLScriptElement | null;
  const part = (name: string) => importPart(addonUrl(name, script?.src, document.baseURI));
  // JSON that does not parse is the SDK's to report, with the rest of the config's faults.
  const config = readConfig((message) => new SyntaxError(message));
  const [api, sdk] = firstLayer(
    config,
    window,
    () => part("sdk").then(({ default: start }: { default: typeof startSdk }) => (handover) => start(config, script, handover)),
    script?.nonce || undefined,
    // UI parts are fetched beside the SDK, not after it: one round trip before the banner or dialog can draw.
    (...names) => names.forEach((name) => void part(name).catch(() => {})),
  );
  // `Consent.push(call)` keeps working once the drop-in is here: page code need not know whether a `defer`red drop-in
  // has run yet (issue 12).
  (api as ConsentApi & { push?: unknown }).push = (...calls: QueuedCall[]) => calls.forEach((call) => runQueued(api, call));
  // a later script cannot swap the API out; assigning (a late stub) is ignored rather than thrown.
  Object.defineProperty(window, "Consent", {
    configurable: false,
    enumerable: true,
    get: () => api,
    set: (value) => value === api || console.warn("consentry: window.Consent is taken; keeping the first instance"),
  });
  // The pre-load queue runs in order "once the SDK is ready" (DESIGN 3): at once when it only asks and subscribes, which
  // the first layer answers; after the SDK has started when it decides or opens something.
  const queue = existing ?? [];
  const run = () => queue.forEach((call) => runQueued(api, call));
  if (queue.some((call) => Array.isArray(call) && !ANSWERED_HERE.includes(call[0]))) void sdk().then(run, () => {});
  else run();
}

function runQueued(api: ConsentApi, call: QueuedCall): void {
  try {
    if (typeof call === "function") call(api);
    else if (Array.isArray(call) && typeof api[call[0]] === "function") {
      const [method, ...args] = call;
      (api[method] as (...input: unknown[]) => unknown)(...args);
    } else console.warn("consentry: a queued call is not [method, ...args]:", call);
  } catch (error) {
    console.error(error);
  }
}
