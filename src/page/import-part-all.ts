// consentry.all.js's stand-in for ./import-part.ts: the banner, dialog, PostHog and consent-log parts are bundled in,
// so a site deploys one file. `url` ends in consentry.<name>.mjs (./addons.ts names them). Languages stay files of
// their own (consentry.locale.<code>.mjs): all 29 inside would triple the file for one language used.
import banner from "../addons/banner";
import log from "../addons/consent-log";
import dialog from "../addons/dialog";
import posthog from "../addons/posthog";

const parts: Record<string, unknown> = { banner, dialog, posthog, log };

export const importPart = async (url: string) => {
  const name = /\.([\w.-]+)\.mjs$/.exec(url)![1]!;
  return name in parts ? { default: parts[name] } : import(/* @vite-ignore */ url);
};
