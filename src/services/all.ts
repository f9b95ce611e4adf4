// Every catalog service with what the docs, the audit and the schema know of it (issue 26). Node-side and tests only:
// a browser bundle imports the services it uses one module each. test/unit/services-catalog.test.ts fails on a file in
// src/services/catalog/ that is missing here.
import type { ServiceAbout, ServiceDefinition } from "./types";
import * as calendly from "./catalog/calendly";
import * as clarity from "./catalog/clarity";
import * as crisp from "./catalog/crisp";
import * as criteo from "./catalog/criteo";
import * as dailymotion from "./catalog/dailymotion";
import * as disqus from "./catalog/disqus";
import * as googleAds from "./catalog/googleAds";
import * as googleAdsense from "./catalog/googleAdsense";
import * as googleAnalytics from "./catalog/googleAnalytics";
import * as googleMaps from "./catalog/googleMaps";
import * as googleTagManager from "./catalog/googleTagManager";
import * as hcaptcha from "./catalog/hcaptcha";
import * as hubspot from "./catalog/hubspot";
import * as instagram from "./catalog/instagram";
import * as intercom from "./catalog/intercom";
import * as linkedinInsight from "./catalog/linkedinInsight";
import * as livechat from "./catalog/livechat";
import * as loom from "./catalog/loom";
import * as metaPixel from "./catalog/metaPixel";
import * as microsoftUet from "./catalog/microsoftUet";
import * as openStreetMap from "./catalog/openStreetMap";
import * as outbrain from "./catalog/outbrain";
import * as pinterestTag from "./catalog/pinterestTag";
import * as plausible from "./catalog/plausible";
import * as quoraPixel from "./catalog/quoraPixel";
import * as recaptcha from "./catalog/recaptcha";
import * as redditPixel from "./catalog/redditPixel";
import * as snapPixel from "./catalog/snapPixel";
import * as soundcloud from "./catalog/soundcloud";
import * as spotify from "./catalog/spotify";
import * as stripe from "./catalog/stripe";
import * as taboola from "./catalog/taboola";
import * as tawkTo from "./catalog/tawkTo";
import * as tidio from "./catalog/tidio";
import * as tiktokPixel from "./catalog/tiktokPixel";
import * as trustpilot from "./catalog/trustpilot";
import * as turnstile from "./catalog/turnstile";
import * as typeform from "./catalog/typeform";
import * as vimeo from "./catalog/vimeo";
import * as wistia from "./catalog/wistia";
import * as xPixel from "./catalog/xPixel";
import * as xPosts from "./catalog/xPosts";
import * as youtube from "./catalog/youtube";
import * as zendesk from "./catalog/zendesk";

export interface CatalogEntry {
  readonly definition: ServiceDefinition;
  readonly about: ServiceAbout;
}

const modules: readonly { default: ServiceDefinition; about: ServiceAbout }[] = [
  calendly,
  clarity,
  crisp,
  criteo,
  dailymotion,
  disqus,
  googleAds,
  googleAdsense,
  googleAnalytics,
  googleMaps,
  googleTagManager,
  hcaptcha,
  hubspot,
  instagram,
  intercom,
  linkedinInsight,
  livechat,
  loom,
  metaPixel,
  microsoftUet,
  openStreetMap,
  outbrain,
  pinterestTag,
  plausible,
  quoraPixel,
  recaptcha,
  redditPixel,
  snapPixel,
  soundcloud,
  spotify,
  stripe,
  taboola,
  tawkTo,
  tidio,
  tiktokPixel,
  trustpilot,
  turnstile,
  typeform,
  vimeo,
  wistia,
  xPixel,
  xPosts,
  youtube,
  zendesk,
];

export const CATALOG: readonly CatalogEntry[] = modules.map((module) => ({ definition: module.default, about: module.about }));
