// Every vendor section a config may hold, whichever integrations a bundle carries. A headless bundle without a
// vendor's integration still accepts its section, checked only to be an object: nothing reads it there. An
// integration's own section, given later, replaces the placeholder (core's `parseConfig`: the last one wins).
import type { Integration } from "../api";
import type { ConfigSection } from "../core/config";
import * as s from "../core/schema";

export const VENDOR_KEYS = ["posthog", "googleConsentMode"] as const;
export type VendorKey = (typeof VENDOR_KEYS)[number] | "services";

/**
 * `services` without `services(...)` from consentry/services would configure vendors that never run: an error that
 * says how to pass them, rather than silence (issue 26). An empty `services: {}` is fine.
 */
const unclaimedServices = s.record(
  { expected: "", run: (_, path, issues) => void issues.push({ path, expected: "a service passed as integrations: [services(...)] from consentry/services" }) } as s.Schema<string>,
  s.unknown(),
);

export const inertSections: readonly ConfigSection[] = [
  ...VENDOR_KEYS.map((key) => ({ key, schema: s.record(s.string(), s.unknown()) })),
  { key: "services", schema: unclaimedServices },
];

/** The placeholders as integrations that do nothing, for `createConsentApi`'s list. */
export const inertIntegrations: readonly Integration[] = inertSections.map((configSection) => Object.assign(() => {}, { configSection }));
