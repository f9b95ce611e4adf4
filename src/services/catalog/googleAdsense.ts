// Google AdSense. Ad code: https://support.google.com/adsense/answer/9274634 (the site-wide tag
// https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-XXXXXXXXXXXXXXXX; Google's tag also
// carries crossorigin="anonymous", left out here as it only affects error reporting).
// Consent: https://support.google.com/adsense/answer/9042142 ("Ads personalization settings in Google's publisher ad
// tags": `(adsbygoogle = window.adsbygoogle || []).pauseAdRequests = 1` before the tag holds every ad request, `= 0`
// once consent is given).
// Stop: pausing holds new requests only; ads already in the page stay, and nothing documented removes them: `reload`.
// Cookies: https://business.safety.google/adscookies/ and the Open Cookie Database rows "DoubleClick/Google Marketing"
// __gads, "Google AdSense" __gpi, __eoi.
import type { ServiceAbout, ServiceDefinition, VendorWindow } from "../types";

const pause = (win: VendorWindow, value: 0 | 1) => ((win.adsbygoogle ||= []).pauseAdRequests = value);

export default {
  name: "googleAdsense",
  title: "Google AdSense",
  category: "marketing",
  params: { client: [/^ca-pub-\d{16}$/, "an AdSense publisher id (ca-pub- and 16 digits)"] },
  src: ({ client }) => `https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=${client}`,
  setup: (win) => void pause(win, 1),
  grant: (win) => void pause(win, 0),
  revoke: (win) => void pause(win, 1),
  reload: true,
  provider: ["Google Ireland", "https://policies.google.com/privacy", "US"],
  cookies: [
    ["__gads", "Identifies the browser to cap how often an ad is shown and measure ads", "13 months"],
    ["__gpi", "Identifies the browser across this site's pages to choose and measure ads", "13 months"],
    ["__eoi", "Protects against ad fraud", "3 months"],
    ["IDE", "Identifies the browser for ad targeting and measurement (set on doubleclick.net)", "13 months"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["pagead2.googlesyndication.com", "*.googlesyndication.com", "*.doubleclick.net", "*.adtrafficquality.google", "*.googleadservices.com"],
  docs: ["https://support.google.com/adsense/answer/9274634", "https://support.google.com/adsense/answer/9042142", "https://business.safety.google/adscookies/"],
  idFromUrl: ["client", /adsbygoogle\.js\?client=(ca-pub-\d+)/],
};
