// consentry.all.js's stand-in for ./import-part.ts: the SDK, banner, dialog, PostHog, consent-log and services parts are
// bundled in, so a site deploys one file. `url` ends in consentry.<name>.mjs (./addons.ts names them). Languages and
// catalog services stay files of their own (consentry.locale.<code>.mjs, consentry.service.<name>.mjs): all of them
// inside would multiply the file for the one language and the few vendors a site uses.
// Stryker disable all: this module exists only in consentry.all.js's build (rollup's everyPartInside), whose parts are
// exercised in Chromium by test/e2e/one-file.test.ts, which the mutation run does not drive.
import banner from "../addons/banner";
import log from "../addons/consent-log";
import dialog from "../addons/dialog";
import posthog from "../addons/posthog";
import services from "../addons/services";
import { startSdk as sdk } from "./sdk";

const parts: Record<string, unknown> = { banner, dialog, posthog, log, services, sdk };

export const importPart = async (url: string) => {
  const name = /\.([\w.-]+)\.mjs$/.exec(url)![1]!;
  return name in parts ? { default: parts[name] } : import(/* @vite-ignore */ url);
};
