// The bench's subjects: one page each (bench/pages/), how to find its banner in the page, and how to accept all.
// Every page has the same content, four consent categories, a banner with accept / reject / manage, and one gated
// analytics script (bench/pages/analytics.js); each tool is loaded the way its documentation shows.

/** @typedef {{ name: string, page: string, version?: string, findBanner: () => Element | null | undefined, accept?: (page: import("playwright-core").Page) => Promise<void> }} Subject */

// The drop-in renders into an open shadow root on <consentry-ui>, the first child of <body>; the banner is the root's
// <section> (the preferences dialog is a <dialog>, created on first open). Playwright's CSS locators pierce open
// shadow roots. Both consentry subjects find and accept it the same way.
const consentryBanner = () => {
  const root = document.querySelector("consentry-ui")?.shadowRoot;
  return root && [...root.children].find((element) => element.localName === "section");
};
const consentryAccept = (page) => page.locator("consentry-ui section").getByRole("button", { name: "Accept all", exact: true }).click();

/** @type {Subject[]} */
export const SUBJECTS = [
  {
    // The floor: the same page with a static banner in its HTML and no script. Nothing can show a banner sooner.
    name: "floor",
    page: "/bench/pages/floor.html",
    findBanner: () => document.getElementById("floor-banner"),
  },
  {
    name: "consentry",
    page: "/bench/pages/consentry.html",
    package: ".",
    findBanner: consentryBanner,
    accept: consentryAccept,
  },
  {
    // The deferred install (README "Sync or deferred", issue 12): the same drop-in with `defer`. This page has no
    // Consent Mode, so the head snippet would only set up the queue, and it is left out.
    name: "consentry-defer",
    page: "/bench/pages/consentry-defer.html",
    package: ".",
    findBanner: consentryBanner,
    accept: consentryAccept,
  },
  {
    name: "vanilla-cookieconsent",
    page: "/bench/pages/vanilla-cookieconsent.html",
    package: "vanilla-cookieconsent",
    findBanner: () => document.querySelector("#cc-main .cm"),
    accept: (page) => page.locator("#cc-main .cm").getByRole("button", { name: "Accept all", exact: true }).click(),
  },
  {
    name: "klaro",
    page: "/bench/pages/klaro.html",
    package: "klaro",
    findBanner: () => document.querySelector(".klaro .cookie-notice"),
    accept: (page) => page.locator(".klaro .cookie-notice").getByRole("button", { name: "Accept all", exact: true }).click(),
  },
];
