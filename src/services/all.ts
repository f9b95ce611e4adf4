// Every catalog service with what the docs, the audit and the schema know of it (issue 26). Node-side and tests only:
// a browser bundle imports the services it uses one module each. test/unit/services-catalog.test.ts fails on a file in
// src/services/catalog/ that is missing here.
import type { ServiceAbout, ServiceDefinition } from "./types";
import * as adobeAnalytics from "./catalog/adobeAnalytics";
import * as amplitude from "./catalog/amplitude";
import * as clarity from "./catalog/clarity";
import * as cloudflareWebAnalytics from "./catalog/cloudflareWebAnalytics";
import * as fathom from "./catalog/fathom";
import * as fullstory from "./catalog/fullstory";
import * as googleAnalytics from "./catalog/googleAnalytics";
import * as heap from "./catalog/heap";
import * as hotjar from "./catalog/hotjar";
import * as logrocket from "./catalog/logrocket";
import * as matomo from "./catalog/matomo";
import * as metaPixel from "./catalog/metaPixel";
import * as mixpanel from "./catalog/mixpanel";
import * as mouseflow from "./catalog/mouseflow";
import * as pirsch from "./catalog/pirsch";
import * as piwikPro from "./catalog/piwikPro";
import * as plausible from "./catalog/plausible";
import * as rudderstack from "./catalog/rudderstack";
import * as segment from "./catalog/segment";
import * as simpleAnalytics from "./catalog/simpleAnalytics";
import * as umami from "./catalog/umami";
import * as vercelAnalytics from "./catalog/vercelAnalytics";
import * as yandexMetrica from "./catalog/yandexMetrica";
import * as youtube from "./catalog/youtube";

export interface CatalogEntry {
  readonly definition: ServiceDefinition;
  readonly about: ServiceAbout;
}

const modules: readonly { default: ServiceDefinition; about: ServiceAbout }[] = [
  adobeAnalytics,
  amplitude,
  clarity,
  cloudflareWebAnalytics,
  fathom,
  fullstory,
  googleAnalytics,
  heap,
  hotjar,
  logrocket,
  matomo,
  metaPixel,
  mixpanel,
  mouseflow,
  pirsch,
  piwikPro,
  plausible,
  rudderstack,
  segment,
  simpleAnalytics,
  umami,
  vercelAnalytics,
  yandexMetrica,
  youtube,
];

export const CATALOG: readonly CatalogEntry[] = modules.map((module) => ({ definition: module.default, about: module.about }));
