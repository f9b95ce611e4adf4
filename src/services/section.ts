// `services: { clarity: { id: "..." }, youtube: {} }` in the config (issue 26): a name per catalog service, each
// checked with that service's own schema. The drop-in checks names and shapes at start and each service's settings
// when its part arrives; the npm package, whose modules are imported up front, checks everything at once.
import type { ConfigSection } from "../core/config";
import * as s from "../core/schema";
import { serviceSchema } from "./runtime";
import type { ServicesConfig } from "./shape";
import type { ServiceDefinition } from "./types";

export { servicesShape, SERVICE_NAME, type ServicesConfig } from "./shape";

/** The whole check, for the services a bundle imports: an unknown name says which ones it knows. */
export function servicesSection(catalog: readonly ServiceDefinition[]): ConfigSection<ServicesConfig> {
  const names = catalog.map((service) => service.name);
  const unknownName: s.Schema<never, unknown> = {
    expected: `a service passed to services() (${names.join(", ") || "none"}); others come from consentry/services/<name>`,
    run: (_value, path, issues) => void issues.push({ path, expected: unknownName.expected }),
  };
  return { key: "services", schema: s.object(Object.fromEntries(catalog.map((service) => [service.name, s.optional(serviceSchema(service))])), unknownName) as never };
}
