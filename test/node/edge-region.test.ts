// Issue 29: the Hono edge recipe (examples/edge/region.ts, docs/regions.md) run as written: the location headers
// Cloudflare, Vercel and CloudFront add become the `consentry-region` cookie the drop-in reads.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { consentryRegion, regionFromHeaders } from "../../examples/edge/region";
import { readRegion } from "../../src/regions/hint";

const app = new Hono();
app.use(consentryRegion());
app.get("/", (c) => c.html("<!doctype html><title>Shop</title>"));
app.get("/api", (c) => c.json({ ok: true }));

const cookieFor = async (headers: Record<string, string>, path = "/") => (await app.request(path, { headers })).headers.get("set-cookie");

describe("edge recipes: the region from the host's headers (issue 29)", () => {
  it("Cloudflare: CF-IPCountry and CF-Region-Code", async () => {
    expect(await cookieFor({ "CF-IPCountry": "US", "CF-Region-Code": "CA" })).toBe("consentry-region=US-CA; Path=/; SameSite=Lax; Secure");
    expect(await cookieFor({ "CF-IPCountry": "FR" })).toBe("consentry-region=FR; Path=/; SameSite=Lax; Secure");
  });

  it("Vercel: x-vercel-ip-country and x-vercel-ip-country-region", async () => {
    expect(await cookieFor({ "x-vercel-ip-country": "US", "x-vercel-ip-country-region": "VA" })).toContain("consentry-region=US-VA;");
  });

  it("CloudFront: CloudFront-Viewer-Country and CloudFront-Viewer-Country-Region", async () => {
    expect(await cookieFor({ "CloudFront-Viewer-Country": "GB", "CloudFront-Viewer-Country-Region": "ENG" })).toContain("consentry-region=GB-ENG;");
  });

  it("no location, Cloudflare's XX and T1, or a header that is not a code: no cookie (the drop-in then applies its strictest rules)", async () => {
    for (const headers of [{}, { "CF-IPCountry": "XX" }, { "CF-IPCountry": "T1" }, { "x-vercel-ip-country": "<script>" }] as Record<string, string>[])
      expect(await cookieFor(headers)).toBeNull();
  });

  it("only pages get the cookie, not API responses", async () => {
    expect(await cookieFor({ "CF-IPCountry": "US" }, "/api")).toBeNull();
  });

  it("what the recipe writes is what the drop-in reads", () => {
    const region = regionFromHeaders(new Headers({ "CF-IPCountry": "US", "CF-Region-Code": "CA" }))!;
    const document = { documentElement: { getAttribute: () => null }, cookie: `consentry-region=${region}` } as unknown as Document;
    expect(readRegion({ document })).toBe("US-CA");
  });
});
