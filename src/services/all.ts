// Every catalog service with what the docs, the audit and the schema know of it (issue 26). Node-side and tests only:
// a browser bundle imports the services it uses one module each. test/unit/services-catalog.test.ts fails on a file in
// src/services/catalog/ that is missing here.
import type { ServiceAbout, ServiceDefinition } from "./types";
import * as clarity from "./catalog/clarity";
import * as criteo from "./catalog/criteo";
import * as googleAds from "./catalog/googleAds";
import * as googleAdsense from "./catalog/googleAdsense";
import * as googleAnalytics from "./catalog/googleAnalytics";
import * as googleTagManager from "./catalog/googleTagManager";
import * as linkedinInsight from "./catalog/linkedinInsight";
import * as metaPixel from "./catalog/metaPixel";
import * as microsoftUet from "./catalog/microsoftUet";
import * as outbrain from "./catalog/outbrain";
import * as pinterestTag from "./catalog/pinterestTag";
import * as plausible from "./catalog/plausible";
import * as quoraPixel from "./catalog/quoraPixel";
import * as redditPixel from "./catalog/redditPixel";
import * as snapPixel from "./catalog/snapPixel";
import * as taboola from "./catalog/taboola";
import * as tiktokPixel from "./catalog/tiktokPixel";
import * as xPixel from "./catalog/xPixel";
import * as youtube from "./catalog/youtube";

export interface CatalogEntry {
  readonly definition: ServiceDefinition;
  readonly about: ServiceAbout;
}

const modules: readonly { default: ServiceDefinition; about: ServiceAbout }[] = [
  clarity, criteo, googleAds, googleAdsense, googleAnalytics, googleTagManager, linkedinInsight, metaPixel, microsoftUet, outbrain, pinterestTag, plausible, quoraPixel, redditPixel, snapPixel, taboola, tiktokPixel, xPixel, youtube,
];

export const CATALOG: readonly CatalogEntry[] = modules.map((module) => ({ definition: module.default, about: module.about }));
