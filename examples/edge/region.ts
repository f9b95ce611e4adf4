// Copy-paste recipe (issue 29, docs/regions.md): tell consentry the visitor's region from the edge, as the
// `consentry-region` cookie, read from the location headers your host adds. consentry itself never asks the network
// where a visitor is. Run in test/node/edge-region.test.ts.
import type { MiddlewareHandler } from "hono";

/**
 * An ISO 3166 code (`FR`, `US-CA`) from the headers of the common hosts, or undefined:
 * - Cloudflare: `CF-IPCountry`, and `CF-Region-Code` with "Add visitor location headers" (a Managed Transform) on;
 * - Vercel: `x-vercel-ip-country` and `x-vercel-ip-country-region`;
 * - CloudFront: `CloudFront-Viewer-Country` and `CloudFront-Viewer-Country-Region` (add them to the origin request policy).
 * Each host sends the subdivision without its country (`CA` for California), so the two are joined.
 */
export function regionFromHeaders(headers: Headers): string | undefined {
  const pairs: [string, string][] = [
    ["cf-ipcountry", "cf-region-code"],
    ["x-vercel-ip-country", "x-vercel-ip-country-region"],
    ["cloudfront-viewer-country", "cloudfront-viewer-country-region"],
  ];
  for (const [countryHeader, regionHeader] of pairs) {
    const country = headers.get(countryHeader)?.toUpperCase();
    // Cloudflare sends XX for unknown and T1 for Tor: no region, so consentry applies its strictest rules.
    if (!country || !/^[A-Z]{2}$/.test(country) || country == "XX" || country == "T1") continue;
    const region = headers.get(regionHeader)?.toUpperCase();
    return region && /^[A-Z0-9]{1,3}$/.test(region) ? `${country}-${region}` : country;
  }
  return undefined;
}

/**
 * Hono middleware: sets `consentry-region` on every HTML response (a session cookie, readable by the drop-in, so not
 * HttpOnly). Put it before the routes that serve pages. On Netlify Edge Functions, use `context.geo.country?.code`
 * and `context.geo.subdivision?.code` in place of the headers (see docs/regions.md).
 */
export const consentryRegion =
  (read: (headers: Headers) => string | undefined = regionFromHeaders): MiddlewareHandler =>
  async (c, next) => {
    await next();
    const region = read(c.req.raw.headers);
    if (region && c.res.headers.get("content-type")?.startsWith("text/html"))
      c.res.headers.append("set-cookie", `consentry-region=${region}; Path=/; SameSite=Lax; Secure`);
  };
