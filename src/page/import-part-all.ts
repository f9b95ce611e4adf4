// consentry.all.js's stand-in for ./import-part.ts: the banner, dialog, PostHog, consent-log and services parts are
// bundled in, so a site deploys one file. `url` ends in consentry.<name>.mjs (./addons.ts names them). Languages and
// catalog services stay files of their own (consentry.locale.<code>.mjs, consentry.service.<name>.mjs): all of them
// inside would multiply the file for the one language and the few vendors a site uses.
import banner from "../addons/banner";
import log from "../addons/consent-log";
import dialog from "../addons/dialog";
import posthog from "../addons/posthog";
import services from "../addons/services";

const parts: Record<string, unknown> = { banner, dialog, posthog, log, services };

export const importPart = async (url: string) => {
  const name = /\.([\w.-]+)\.mjs$/.exec(url)![1]!;
  return name in parts ? { default: parts[name] } : import(/* @vite-ignore */ url);
};
