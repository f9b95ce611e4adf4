// Pinterest Tag. Base code: https://help.pinterest.com/en/business/article/install-the-pinterest-tag (the `pintrk`
// queue stub, https://s.pinimg.com/ct/core.js, `pintrk('load', '<tag id>')`, `pintrk('page')`).
// Consent: Pinterest documents no consent or stop call for the tag (the site must gate it): so `reload`.
// Cookies: https://policy.pinterest.com/en/cookies and the Open Cookie Database rows "Pinterest" _pin_unauth, _epik,
// _derived_epik, _pinterest_ct_ua.
import type { ServiceAbout, ServiceDefinition, VendorFunction } from "../types";

export default {
  name: "pinterestTag",
  title: "Pinterest Tag",
  category: "marketing",
  params: { tagId: [/^\d{10,16}$/, "a Pinterest Tag id (digits)"] },
  src: () => "https://s.pinimg.com/ct/core.js",
  setup(win, { tagId }) {
    if (!win.pintrk) {
      const pintrk: VendorFunction = (...args) => pintrk.queue.push(args);
      Object.assign(pintrk, { queue: [], version: "3.0" });
      win.pintrk = pintrk;
    }
    win.pintrk("load", tagId);
    win.pintrk("page");
  },
  reload: true,
  provider: ["Pinterest Europe", "https://policy.pinterest.com/en/privacy-policy", "US"],
  cookies: [
    ["_pin_unauth", "Identifies the browser to Pinterest for ads when no Pinterest user is known", "1 day"],
    ["_epik", "Keeps the id of the Pinterest ad click that led here", "1 year"],
    ["_derived_epik", "Keeps an id Pinterest matched for this browser", "1 year"],
    ["_pinterest_ct_ua", "Groups actions of browsers Pinterest cannot identify (set on pinterest.com)", "session"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["s.pinimg.com", "ct.pinterest.com", "*.pinterest.com"],
  docs: ["https://help.pinterest.com/en/business/article/install-the-pinterest-tag", "https://policy.pinterest.com/en/cookies"],
};
