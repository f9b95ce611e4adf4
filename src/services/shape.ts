// What the drop-in itself knows of `services` (issue 26), before any service part arrives: names that are catalog-
// shaped (a name is also a file name, consentry.service.<name>.mjs: nothing that could leave the folder), each with an
// object of settings; and whether any of them needs consent, so the banner shows at once (issue 9, `banner: "auto"`)
// without waiting for the parts. Kept apart from the runtime so the drop-in carries these few bytes only.
import type { ConfigSection } from "../core/config";
import * as s from "../core/schema";

export const SERVICE_NAME = /^[a-z][a-zA-Z0-9]{1,39}$/;

export type ServicesConfig = Readonly<Record<string, { readonly category?: string; readonly [key: string]: unknown }>>;

export const servicesShape: ConfigSection<ServicesConfig> = {
  key: "services",
  schema: s.record(s.string(SERVICE_NAME, "a catalog service name (docs/services.md)"), s.record(s.string(), s.unknown())) as never,
};

/** The catalog services whose default category is `necessary` (test/unit/services-catalog.test.ts keeps this true). */
export const NECESSARY_SERVICES = ["stripe", "recaptcha", "hcaptcha", "turnstile"];

export const servicesNeedConsent = (configured: ServicesConfig = {}): boolean =>
  Object.entries(configured).some(([name, { category }]) => (category ?? (NECESSARY_SERVICES.includes(name) ? "necessary" : "")) != "necessary");
