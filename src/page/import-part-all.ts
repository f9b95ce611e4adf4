// consentry.all.js's stand-in for ./import-part.ts: the dialog, PostHog and consent-log parts are bundled in, so a site
// deploys one file. `url` ends in consentry.<name>.mjs (./addons.ts names them).
import log from "../addons/consent-log";
import dialog from "../addons/dialog";
import posthog from "../addons/posthog";

const parts: Record<string, unknown> = { dialog, posthog, log };

export const importPart = async (url: string) => ({ default: parts[/\.(\w+)\.mjs$/.exec(url)![1]!] }) as { default: any };
