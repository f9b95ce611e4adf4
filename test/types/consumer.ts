// A TypeScript app using every entry of the packed package. `npm run lint:package` compiles this one file three
// times, as nodenext ESM, nodenext CJS and bundler (tsconfig.*.json here), against the tarball (issue 10). Each
// `@ts-expect-error` proves the types are real: with `any` in their place the line would compile and the check fail.
import { createConsent, type ConsentApi, type ConsentConfig, type ConsentState } from "consentry";
import { createConsent as createHeadless, decodeRecord, type ConsentRecord } from "consentry/core";
import { googleConsentMode, consentModeValues } from "consentry/google-consent-mode";
import { posthogConfigDefaults, posthogLoader } from "consentry/posthog";
import fr from "consentry/locales/fr";
import { ConsentProvider, Gated, useConsent, useGranted, type ConsentValue, type GatedProps } from "consentry/react";
import { createConsentLogHandler, IN_MEMORY, openLogStore } from "consentry/log-server";
import { services, type ServiceDefinition } from "consentry/services";
import { withRegion, type Regional } from "consentry/regions";
import clarity from "consentry/services/clarity";
import youtube from "consentry/services/youtube";
import "consentry/style.css";
import "consentry/browser";

const config: ConsentConfig = { revision: 2, policyUrl: "/cookie-policy", language: "auto", translations: { fr } };
const consent: ConsentApi = createConsent(config);
const state: ConsentState = consent.state();
export const analytics: boolean = consent.granted("analytics") && state.decided;
// @ts-expect-error: a category is a string
consent.granted(1);
// @ts-expect-error: `revision` is a number
createConsent({ revision: "2" });

// consentry/services: the catalog's runtime, and one module per service (issue 26).
const withServices = createConsent({ services: { clarity: { id: "k3x9q2m1ab" }, youtube: {} } }, { integrations: [services(clarity, youtube)] });
export const catalogEntry: ServiceDefinition = clarity;
withServices.destroy();
// @ts-expect-error: services() takes catalog definitions
services("clarity");

const headless = createHeadless(config, { integrations: [googleConsentMode({ tagId: "G-XXXXXXX" })] });
headless.register(posthogLoader({ apiKey: "phc_XXXXXXXX" }));
export const defaults: true = posthogConfigDefaults().opt_out_capturing_by_default;
export const analyticsStorage: "granted" | "denied" = consentModeValues(state.categories).analytics_storage;
export const record: ConsentRecord | undefined = decodeRecord("{}");

// consentry/browser: the drop-in installs window.Consent (an array of queued calls until it has loaded).
const dropIn = window.Consent;
if (dropIn && !Array.isArray(dropIn)) dropIn.acceptAll();

// consentry/react: the provider takes a config or an instance, and <Gated> a category or condition.
export const provider = ConsentProvider({ config, children: null });
export const handedIn = ConsentProvider({ consent: headless });
export const gatedProps: GatedProps = { category: "analytics && !marketing", fallback: "Blocked" };
export const hooks: [() => ConsentValue, (condition: string) => boolean] = [useConsent, useGranted];
export const gated = Gated(gatedProps);
// @ts-expect-error: a provider needs a config or an instance
ConsentProvider({ children: null });

// consentry/regions: the region's rule set applied, for createConsent and the provider (issue 29).
const regional: Regional = withRegion({ regions: { EEA: { mode: "opt-in" }, "US-PRIVACY-STATES": { mode: "opt-out" } } }, "US-CA");
createConsent(regional.config, regional).destroy();
export const regionalProvider = ConsentProvider({ ...regional, children: null });
// @ts-expect-error: a rule set's mode is one of four
withRegion({ regions: { FR: { mode: "sometimes" } } });

// consentry/log-server: the consent-log receiver as a Fetch-API handler (issue 14), for a Next.js route or Workers.
export const receive: (request: Request) => Promise<Response> = createConsentLogHandler({
  store: openLogStore(IN_MEMORY),
  origins: ["https://www.example.com"],
});
// @ts-expect-error: origins is a list
createConsentLogHandler({ store: openLogStore(IN_MEMORY), origins: "https://www.example.com" });
