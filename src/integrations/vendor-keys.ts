// Every vendor section a config may hold, whichever integrations a bundle carries. A headless bundle without a
// vendor's integration still accepts its section, checked only to be an object: nothing reads it there. An
// integration's own section, given later, replaces the placeholder (core's `parseConfig`: the last one wins).
import type { Integration } from "../api";
import type { ConfigSection } from "../core/config";
import * as s from "../core/schema";

export const VENDOR_KEYS = ["posthog", "googleConsentMode", "services"] as const;
export type VendorKey = (typeof VENDOR_KEYS)[number];

export const inertSections: readonly ConfigSection[] = VENDOR_KEYS.map((key) => ({ key, schema: s.record(s.string(), s.unknown()) }));

/** The placeholders as integrations that do nothing, for `createConsentApi`'s list. */
export const inertIntegrations: readonly Integration[] = inertSections.map((configSection) => Object.assign(() => {}, { configSection }));
