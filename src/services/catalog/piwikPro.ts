// Piwik PRO. Container code: https://developers.piwik.pro/en/latest/tag_manager/container_code.html (the `dataLayer`
// with its `stg.start` event, the `ppms.tm.api` / `ppms.cm.api` stubs pushing `{event: "ppms.<part>:<method>",
// parameters}` until https://<account>.containers.piwik.pro/<site id>.js runs them).
// Consent: https://developers.piwik.pro/en/latest/consent_manager/js_api/index.html (`ppms.cm.api('setComplianceSettings',
// {consents: {analytics: {status: 1 | 0}}})`: analytics granted or withdrawn; the site's Piwik PRO must ask for
// consent). Whether the tracker already running stops is not documented: `reload` too.
// Cookies: https://help.piwik.pro/support/collecting-data/cookies-created-by-piwik-pro/ and the Open Cookie Database
// (Piwik rows: _pk_id., _pk_ses., ppms_privacy_, stg_*; provider and policy link).
import type { ServiceAbout, ServiceDefinition, VendorWindow } from "../types";

const status = (win: VendorWindow, value: 0 | 1) => win.ppms.cm.api("setComplianceSettings", { consents: { analytics: { status: value } } });

export default {
  name: "piwikPro",
  title: "Piwik PRO",
  category: "analytics",
  params: {
    account: [/^[a-z0-9-]{2,63}$/, "a Piwik PRO account name (as in <account>.piwik.pro)"],
    siteId: [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "a Piwik PRO site id (a UUID)"],
  },
  src: ({ account, siteId }) => `https://${account}.containers.piwik.pro/${siteId}.js`,
  setup(win) {
    const layer = (win.dataLayer ||= []);
    layer.push({ start: Date.now(), event: "stg.start" });
    const ppms = (win.ppms ||= {});
    for (const part of ["tm", "cm"]) {
      ppms[part] ||= {};
      ppms[part].api ||= (method: unknown, ...parameters: unknown[]) =>
        typeof method == "string" && layer.push({ event: `ppms.${part}:${method}`, parameters });
    }
  },
  grant: (win) => status(win, 1),
  revoke: (win) => status(win, 0),
  reload: true,
  provider: ["Piwik PRO", "https://piwik.pro/privacy-policy/", "DE"],
  cookies: [
    ["_pk_id.*", "Keeps the Piwik PRO visitor id and its properties", "13 months"],
    ["_pk_ses.*", "Marks the visitor's session as in progress", "30 minutes"],
    ["ppms_privacy_*", "Keeps the consent given to Piwik PRO", "12 months"],
    ["stg_last_interaction", "Whether the last session is still in progress", "1 year"],
    ["stg_returning_visitor", "Whether the visitor has been here before", "1 year"],
    ["stg_traffic_source_priority", "How the visitor reached the site", "30 minutes"],
    ["stg_externalReferrer", "The site that referred the visitor", "session"],
    ["stg_fired_*", "Which tags fired in this session", "session"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["*.containers.piwik.pro", "*.piwik.pro"],
  docs: [
    "https://developers.piwik.pro/en/latest/tag_manager/container_code.html",
    "https://developers.piwik.pro/en/latest/consent_manager/js_api/index.html",
    "https://help.piwik.pro/support/collecting-data/cookies-created-by-piwik-pro/",
  ],
  idFromUrl: ["siteId", /containers\.piwik\.pro\/([0-9a-f-]{36})\.js/],
};
