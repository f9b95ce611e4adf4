// `consentry/services`: the catalog's runtime for the npm package (issue 26). Import the services a site uses, one
// module each, and pass them here: `createConsent(config, { integrations: [services(clarity, youtube)] })` with
// `services: { clarity: { id: "..." }, youtube: {} }` in the config. Nothing happens at import.
import type { Integration } from "../api";
import { sectionOf } from "../core/config";
import { startService } from "./runtime";
import { servicesSection } from "./section";
import { embedTexts, pickEmbedLanguage } from "./texts";
import type { ServiceDefinition } from "./types";

export function services(...catalog: ServiceDefinition[]): Integration {
  const section = servicesSection(catalog);
  return Object.assign(
    (context: Parameters<Integration>[0]) => {
      const configured = sectionOf(context.config, section) ?? {};
      if (!context.window) return;
      const texts = embedTexts(context, pickEmbedLanguage(context));
      const stops = catalog.flatMap((service) => (configured[service.name] ? [startService(context, service, configured[service.name]!, texts)] : []));
      return () => stops.forEach((stop) => stop?.());
    },
    { configSection: section },
  );
}

export { serviceSchema, type ServiceSettings } from "./runtime";
export type { DeclaredItem, ServiceAbout, ServiceDefinition, ServiceParams } from "./types";
