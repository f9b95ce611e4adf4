// The audit recognises catalog vendors and writes them as `services` (issue 26 item 5): host globs, ids read from
// script URLs, cookie names through the catalog's globs and the Open Cookie Database, and the draft that results.
// Pure: no browser (test/node/audit.test.ts runs the same in Chromium).
import { describe, expect, it } from "vitest";
import { declarationsOf } from "../../src/node/audit/declarations";
import { draftConfig } from "../../src/node/audit/draft-config";
import { loadKnowledge } from "../../src/node/audit/knowledge";
import { declares, hostMatches, idFromUrl, nameServices, recogniseServices } from "../../src/node/audit/services";
import type { Finding, InventoryItem, ObservedRequest, PageResult } from "../../src/node/audit/types";
import { configProblems } from "../../src/node/config-problems";
import { CATALOG } from "../../src/services/all";

const suggest = loadKnowledge();
const entry = (name: string) => CATALOG.find((service) => service.definition.name === name)!;

const request = (url: string): ObservedRequest => ({ url, host: new URL(url).host, type: "script", thirdParty: true, identifier: null, phase: "before" });
const page = (...urls: string[]): PageResult => ({ url: "https://shop.example/", consentry: false, links: [], visits: [{ visit: "none", items: [], controls: [], requests: urls.map(request) }] });
const item = (name: string, over: Partial<InventoryItem> = {}): InventoryItem => ({ type: "cookie", name, domain: "shop.example", path: "/", expires: -1, declared: null, seen: { none: ["https://shop.example/"] }, thirdParty: false, ...over });

describe("recognising a catalog vendor (issue 26 item 5)", () => {
  it("matches a vendor's hosts exactly, and `*.` globs on every subdomain but not the domain itself", () => {
    expect(hostMatches("www.clarity.ms", "www.clarity.ms")).toBe(true);
    expect(hostMatches("k.clarity.ms", "*.clarity.ms")).toBe(true);
    expect(hostMatches("a.b.clarity.ms", "*.clarity.ms")).toBe(true);
    expect(hostMatches("WWW.CLARITY.MS:443", "www.clarity.ms")).toBe(true);
    expect(hostMatches("clarity.ms", "*.clarity.ms")).toBe(false);
    expect(hostMatches("notclarity.ms", "*.clarity.ms")).toBe(false);
    expect(hostMatches("clarity.ms.evil.example", "*.clarity.ms")).toBe(false);
  });

  it("reads the site's id from the script URL the catalog documents, and nothing from other URLs", () => {
    expect(idFromUrl(entry("clarity"), "https://www.clarity.ms/tag/k3x9q2m1ab")).toEqual({ param: "id", value: "k3x9q2m1ab" });
    expect(idFromUrl(entry("googleAnalytics"), "https://www.googletagmanager.com/gtag/js?id=G-TEST1234")).toEqual({ param: "id", value: "G-TEST1234" });
    // The same host carries Google Ads' AW- ids and Tag Manager's containers: each service reads only its own.
    expect(idFromUrl(entry("googleAds"), "https://www.googletagmanager.com/gtag/js?id=G-TEST1234")).toBeUndefined();
    expect(idFromUrl(entry("googleTagManager"), "https://www.googletagmanager.com/gtm.js?id=GTM-AB12CD")).toEqual({ param: "id", value: "GTM-AB12CD" });
    // The Meta Pixel's script URL carries no pixel id.
    expect(idFromUrl(entry("metaPixel"), "https://connect.facebook.net/en_US/fbevents.js")).toBeUndefined();
  });

  it("matches cookie names through the catalog's own globs (_ga_* covers _ga_TEST1234)", () => {
    expect(declares(entry("googleAnalytics"), "cookie", "_ga_TEST1234")).toBe(true);
    expect(declares(entry("googleAnalytics"), "cookie", "_gax")).toBe(false);
    expect(declares(entry("clarity"), "cookie", "_clck")).toBe(true);
    // A cookie name is not a localStorage key.
    expect(declares(entry("clarity"), "localStorage", "_clck")).toBe(false);
  });

  it("writes Clarity with the id from its script URL, and GA4 with the id from gtag.js on a host three services share", () => {
    const { services } = recogniseServices({
      pages: [page("https://www.clarity.ms/tag/k3x9q2m1ab", "https://k.clarity.ms/collect", "https://www.googletagmanager.com/gtag/js?id=G-TEST1234")],
      inventory: [item("_clck"), item("_ga"), item("_ga_TEST1234")],
      suggest,
    });
    expect(services.map((service) => [service.name, service.settings, service.fill])).toEqual([
      ["clarity", { id: "k3x9q2m1ab" }, []],
      ["googleAnalytics", { id: "G-TEST1234" }, []],
    ]);
    expect(services[0]!.readFrom).toEqual({ id: "https://www.clarity.ms/tag/k3x9q2m1ab" });
    expect(services[0]!.evidence).toEqual(["script https://www.clarity.ms/tag/k3x9q2m1ab", "requests to www.clarity.ms", "requests to k.clarity.ms", "cookie _clck"]);
  });

  it("writes a placeholder in the catalog's words where no URL has the id, and says why", () => {
    const { services } = recogniseServices({ pages: [page("https://connect.facebook.net/en_US/fbevents.js")], inventory: [item("_fbp")], suggest });
    expect(services).toMatchObject([
      { name: "metaPixel", settings: { pixelId: "<a Meta Pixel id (digits)>" }, fill: [{ param: "pixelId", expected: "a Meta Pixel id (digits)", reason: "the audit cannot read it from a URL" }] },
    ]);
    // Clarity's cookie alone: the catalog could read its id from the tag URL, but none was seen.
    const clarity = recogniseServices({ pages: [page()], inventory: [item("_clck")], suggest }).services;
    expect(clarity).toMatchObject([{ name: "clarity", settings: { id: "<a Clarity project id (the letters and digits after clarity.ms/tag/)>" }, fill: [{ reason: "no URL the audit saw had it" }] }]);
  });

  it("knows a vendor by a cookie only the Open Cookie Database names (_gid is Google Analytics')", () => {
    const { services, serviceOf } = recogniseServices({ pages: [page()], inventory: [item("_gid")], suggest });
    expect(services.map((service) => service.name)).toEqual(["googleAnalytics"]);
    // The service does not declare _gid: it stays the site's to declare.
    expect(serviceOf("cookie", "_gid")).toBeUndefined();
  });

  it("recognises nobody from evidence several vendors share, and nobody already configured", () => {
    // www.google.com is Google Ads', Maps' and reCAPTCHA's; nothing else says which.
    expect(recogniseServices({ pages: [page("https://www.google.com/pagead/1p-user-list")], inventory: [], suggest }).services).toEqual([]);
    // A name nobody declares or knows.
    expect(recogniseServices({ pages: [page()], inventory: [item("zz_unknown_4711")], suggest }).services).toEqual([]);
    const configured = recogniseServices({ pages: [page("https://www.clarity.ms/tag/k3x9q2m1ab")], inventory: [item("_clck")], suggest, configured: new Set(["clarity"]) });
    expect(configured.services).toEqual([]);
  });

  it("names the service on each finding it would fix: the item's and its host's", () => {
    const inventory = [item("_clck"), item("promo_seen")];
    const recognition = recogniseServices({ pages: [page("https://www.clarity.ms/tag/k3x9q2m1ab")], inventory, suggest });
    const finding = (kind: Finding["kind"], type: Finding["type"], subject: string): Finding => ({ kind, severity: "warning", type, subject, message: subject, evidence: [] });
    const findings = [finding("before-consent", "cookie", "cookie _clck"), finding("undeclared", "cookie", "cookie promo_seen"), finding("third-party-before-consent", "request", "www.clarity.ms")];
    nameServices(recognition, inventory, findings);
    expect(findings.map((entry) => entry.service)).toEqual([{ name: "clarity", title: "Microsoft Clarity" }, undefined, { name: "clarity", title: "Microsoft Clarity" }]);
    expect(inventory.map((entry) => entry.service)).toEqual(["clarity", undefined]);
  });
});

describe("the draft with services (issue 26 item 5)", () => {
  it("writes services instead of the items they declare, keeps the rest under categories, and passes consentry check but for the placeholders", async () => {
    const inventory = [item("_clck"), item("_clsk"), item("_fbp"), item("basket_hint")];
    const recognition = recogniseServices({ pages: [page("https://www.clarity.ms/tag/k3x9q2m1ab", "https://connect.facebook.net/en_US/fbevents.js")], inventory, suggest });
    nameServices(recognition, inventory, []);
    const draft = draftConfig(inventory, recognition.services);
    expect(draft).toEqual({
      services: { clarity: { id: "k3x9q2m1ab" }, metaPixel: { pixelId: "<a Meta Pixel id (digits)>" } },
      categories: { marketing: { cookies: [{ name: "basket_hint", purpose: expect.stringMatching(/^Unknown/), duration: "Session" }] } },
    });
    expect((await configProblems(draft)).errors).toEqual([expect.stringMatching(/^services\.metaPixel\.pixelId: .*a Meta Pixel id \(digits\)/)]);
    draft.services!.metaPixel!.pixelId = "1234567890123456";
    expect(await configProblems(draft)).toEqual({ errors: [], warnings: [] });
  });
});

describe("a page that already configures services (issue 26 item 5)", () => {
  it("counts each configured service's items as declared under its category, or under the category the site moved it to", () => {
    const declarations = declarationsOf({ services: { clarity: { id: "k3x9q2m1ab" }, metaPixel: { pixelId: "1234567890123456", category: "analytics" } } });
    expect(declarations.match("cookie", "_clck")).toMatchObject({ category: "analytics", pattern: "_clck", provider: "Microsoft Clarity", implied: "services.clarity" });
    expect(declarations.match("cookie", "_fbp")).toMatchObject({ category: "analytics", implied: "services.metaPixel" });
    expect(declarations.match("cookie", "_ga")).toBeUndefined();
  });

  it("still refuses a service name the catalog does not have", () => {
    expect(() => declarationsOf({ services: { notAService: {} } })).toThrow(/services\.notAService/);
  });
});
