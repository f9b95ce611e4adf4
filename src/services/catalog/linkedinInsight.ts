// LinkedIn Insight Tag. Snippet: https://www.linkedin.com/help/lms/answer/a418880 (`_linkedin_partner_id`, the
// `_linkedin_data_partner_ids` list, the `lintrk` queue stub, then https://snap.licdn.com/li.lms-analytics/insight.min.js).
// Consent: LinkedIn documents no consent or stop call for the tag (the site must gate it): so it loads only after a
// grant and a withdrawal reloads the page (`reload`).
// Cookies: https://www.linkedin.com/legal/l/cookie-table and the Open Cookie Database rows "LinkedIn" li_fat_id,
// ln_or, li_sugr, bcookie, lidc, UserMatchHistory, AnalyticsSyncHistory.
import type { ServiceAbout, ServiceDefinition, VendorFunction } from "../types";

export default {
  name: "linkedinInsight",
  title: "LinkedIn Insight Tag",
  category: "marketing",
  params: { partnerId: [/^\d{3,12}$/, "a LinkedIn Insight Tag partner id (digits)"] },
  src: () => "https://snap.licdn.com/li.lms-analytics/insight.min.js",
  setup(win, { partnerId }) {
    win._linkedin_partner_id = partnerId;
    (win._linkedin_data_partner_ids ||= []).push(partnerId);
    if (!win.lintrk) {
      const lintrk: VendorFunction = (a: unknown, b: unknown) => lintrk.q.push([a, b]);
      lintrk.q = [];
      win.lintrk = lintrk;
    }
  },
  reload: true,
  provider: ["LinkedIn Ireland", "https://www.linkedin.com/legal/privacy-policy", "US"],
  cookies: [
    ["li_fat_id", "Keeps the id of the LinkedIn ad click that led here, for conversions", "30 days"],
    ["ln_or", "Records whether LinkedIn's analytics run on this site", "1 day"],
    ["li_sugr", "Identifies the browser for LinkedIn ads (set on linkedin.com)", "90 days"],
    ["bcookie", "Identifies the browser to LinkedIn (set on linkedin.com)", "1 year"],
    ["lidc", "Routes requests within LinkedIn (set on linkedin.com)", "1 day"],
    ["UserMatchHistory", "Syncs the LinkedIn Ads id (set on linkedin.com)", "30 days"],
    ["AnalyticsSyncHistory", "Records when the LinkedIn Ads id was synced (set on linkedin.com)", "30 days"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["snap.licdn.com", "px.ads.linkedin.com", "*.linkedin.com"],
  docs: ["https://www.linkedin.com/help/lms/answer/a418880", "https://www.linkedin.com/legal/l/cookie-table"],
};
