// Every catalog service with what the docs, the audit and the schema know of it (issue 26). Node-side and tests only:
// a browser bundle imports the services it uses one module each. test/unit/services-catalog.test.ts fails on a file in
// src/services/catalog/ that is missing here.
import type { ServiceAbout, ServiceDefinition } from "./types";
import * as adobeAnalytics from "./catalog/adobeAnalytics";
import * as amplitude from "./catalog/amplitude";
import * as calendly from "./catalog/calendly";
import * as clarity from "./catalog/clarity";
import * as cloudflareWebAnalytics from "./catalog/cloudflareWebAnalytics";
import * as crisp from "./catalog/crisp";
import * as criteo from "./catalog/criteo";
import * as dailymotion from "./catalog/dailymotion";
import * as disqus from "./catalog/disqus";
import * as fathom from "./catalog/fathom";
import * as fullstory from "./catalog/fullstory";
import * as googleAds from "./catalog/googleAds";
import * as googleAdsense from "./catalog/googleAdsense";
import * as googleAnalytics from "./catalog/googleAnalytics";
import * as googleMaps from "./catalog/googleMaps";
import * as googleTagManager from "./catalog/googleTagManager";
import * as hcaptcha from "./catalog/hcaptcha";
import * as heap from "./catalog/heap";
import * as hotjar from "./catalog/hotjar";
import * as hubspot from "./catalog/hubspot";
import * as instagram from "./catalog/instagram";
import * as intercom from "./catalog/intercom";
import * as linkedinInsight from "./catalog/linkedinInsight";
import * as livechat from "./catalog/livechat";
import * as logrocket from "./catalog/logrocket";
import * as loom from "./catalog/loom";
import * as matomo from "./catalog/matomo";
import * as metaPixel from "./catalog/metaPixel";
import * as microsoftUet from "./catalog/microsoftUet";
import * as mixpanel from "./catalog/mixpanel";
import * as mouseflow from "./catalog/mouseflow";
import * as openStreetMap from "./catalog/openStreetMap";
import * as outbrain from "./catalog/outbrain";
import * as pinterestTag from "./catalog/pinterestTag";
import * as pirsch from "./catalog/pirsch";
import * as piwikPro from "./catalog/piwikPro";
import * as plausible from "./catalog/plausible";
import * as quoraPixel from "./catalog/quoraPixel";
import * as recaptcha from "./catalog/recaptcha";
import * as redditPixel from "./catalog/redditPixel";
import * as rudderstack from "./catalog/rudderstack";
import * as segment from "./catalog/segment";
import * as simpleAnalytics from "./catalog/simpleAnalytics";
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
import * as umami from "./catalog/umami";
import * as vercelAnalytics from "./catalog/vercelAnalytics";
import * as vimeo from "./catalog/vimeo";
import * as wistia from "./catalog/wistia";
import * as xPixel from "./catalog/xPixel";
import * as xPosts from "./catalog/xPosts";
import * as yandexMetrica from "./catalog/yandexMetrica";
import * as youtube from "./catalog/youtube";
import * as zendesk from "./catalog/zendesk";

export interface CatalogEntry {
  readonly definition: ServiceDefinition;
  readonly about: ServiceAbout;
}

const modules: readonly { default: ServiceDefinition; about: ServiceAbout }[] = [
  adobeAnalytics,
  amplitude,
  calendly,
  clarity,
  cloudflareWebAnalytics,
  crisp,
  criteo,
  dailymotion,
  disqus,
  fathom,
  fullstory,
  googleAds,
  googleAdsense,
  googleAnalytics,
  googleMaps,
  googleTagManager,
  hcaptcha,
  heap,
  hotjar,
  hubspot,
  instagram,
  intercom,
  linkedinInsight,
  livechat,
  logrocket,
  loom,
  matomo,
  metaPixel,
  microsoftUet,
  mixpanel,
  mouseflow,
  openStreetMap,
  outbrain,
  pinterestTag,
  pirsch,
  piwikPro,
  plausible,
  quoraPixel,
  recaptcha,
  redditPixel,
  rudderstack,
  segment,
  simpleAnalytics,
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
  umami,
  vercelAnalytics,
  vimeo,
  wistia,
  xPixel,
  xPosts,
  yandexMetrica,
  youtube,
  zendesk,
];

export const CATALOG: readonly CatalogEntry[] = modules.map((module) => ({ definition: module.default, about: module.about }));
