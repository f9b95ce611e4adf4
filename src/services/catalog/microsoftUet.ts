// Microsoft Advertising UET tag. Snippet: https://help.ads.microsoft.com/#apex/ads/en/56682/1 (https://bat.bing.com/bat.js;
// once it has loaded the snippet builds `new UET({ ti, enableAutoSpaTracking: true, q: uetq })` and pushes "pageLoad").
// Consent mode: https://help.ads.microsoft.com/#apex/ads/en/60119/1 (`uetq.push('consent', 'default', { ad_storage:
// 'denied' })` before the tag, `uetq.push('consent', 'update', { ad_storage: 'granted' | 'denied' })` on a decision).
// Stop: with ad_storage denied UET neither reads nor writes cookies but still sends its hits; Microsoft documents no
// way to stop it: so `reload` after the `update` to denied.
// Cookies and storage: https://help.ads.microsoft.com/#apex/ads/en/60212/1 (_uetsid, _uetvid, _uetmsclkid, kept in
// cookies and localStorage) and the Open Cookie Database rows "Bing / Microsoft" _uetsid, _uetvid, MUID.
import type { ServiceAbout, ServiceDefinition, VendorWindow } from "../types";

const consent = (win: VendorWindow, mode: string, value: string) => (win.uetq ||= []).push("consent", mode, { ad_storage: value });

export default {
  name: "microsoftUet",
  title: "Microsoft Advertising UET",
  category: "marketing",
  params: { ti: [/^\d{4,12}$/, "a UET tag id (digits)"] },
  src: () => "https://bat.bing.com/bat.js",
  setup(win, { ti }) {
    consent(win, "default", "denied");
    // The snippet's onload, which the runtime's injection has no hook for: a capturing `load` (it never reaches the
    // window) sees bat.js arrive and builds the tracker over the queue.
    const doc = win.document;
    const onload = () => {
      if (!win.UET || !Array.isArray(win.uetq)) return;
      doc.removeEventListener("load", onload, true);
      win.uetq = new win.UET({ ti, enableAutoSpaTracking: true, q: win.uetq });
      win.uetq.push("pageLoad");
    };
    doc.addEventListener("load", onload, true);
  },
  grant: (win) => void consent(win, "update", "granted"),
  revoke: (win) => void consent(win, "update", "denied"),
  reload: true,
  provider: ["Microsoft Ireland", "https://privacy.microsoft.com/privacystatement", "US"],
  cookies: [
    ["_uetsid", "Joins this visit's events for Microsoft Advertising", "1 day"],
    ["_uetvid", "Identifies the browser across visits for Microsoft Advertising", "13 months"],
    ["_uetmsclkid", "Keeps the id of the Microsoft ad click that led here", "90 days"],
    ["MUID", "Identifies the browser to Microsoft sites (set on bing.com)", "1 year"],
  ],
  storage: [
    ["_uetsid*", "Joins this visit's events for Microsoft Advertising, with its expiry", "1 day"],
    ["_uetvid*", "Identifies the browser across visits for Microsoft Advertising, with its expiry", "13 months"],
  ],
} satisfies ServiceDefinition as ServiceDefinition;

export const about: ServiceAbout = {
  hosts: ["bat.bing.com", "*.bing.com"],
  docs: [
    "https://help.ads.microsoft.com/#apex/ads/en/56682/1",
    "https://help.ads.microsoft.com/#apex/ads/en/60119/1",
    "https://help.ads.microsoft.com/#apex/ads/en/60212/1",
  ],
};
