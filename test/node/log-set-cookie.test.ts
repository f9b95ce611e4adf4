// S-06 through the receiver's handler: with `setCookie`, a stored record is answered with the consent cookie as the
// drop-in writes it, and only when the request holds that very record as its consent cookie (issue 28 item 2).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/config";
import { createConsentLogHandler, type ConsentLogOptions } from "../../src/node/log/handler";
import { IN_MEMORY, openLogStore, type LogStore } from "../../src/node/log/store";
import { decision } from "../support/log-backends";

let store: LogStore;
beforeAll(async () => {
  store = await openLogStore(IN_MEMORY);
});
afterAll(() => store.close());

const SITE_COOKIE = { name: "site-consent", domain: "example.com", path: "/", expiresDays: 200, sameSite: "Strict" } as const;

function poster(setCookie: ConsentLogOptions["setCookie"]) {
  const handle = createConsentLogHandler({ store, setCookie, origins: ["https://partner.example"] });
  return (body: string, headers: Record<string, string>) =>
    // The receiver on the page's own origin (a proxy path on the site, as S-06 needs).
    handle(
      new Request(`${headers.origin ?? "https://www.example.com"}/consent-log`, {
        method: "POST",
        body,
        headers: { "content-type": "text/plain;charset=UTF-8", ...headers },
      }),
    );
}

describe("the receiver sets the consent cookie (S-06)", () => {
  it("answers a record the request holds as its cookie with that cookie, every attribute from the site's cookie settings", async () => {
    const post = poster(SITE_COOKIE);
    const body = JSON.stringify(decision());
    const cookie = `_ga=GA1.1.1; site-consent=${encodeURIComponent(body)}`;
    const response = await post(body, { origin: "https://www.example.com", cookie });
    expect(response.status).toBe(201);
    expect(response.headers.get("set-cookie")).toBe(
      `site-consent=${encodeURIComponent(body)}; Path=/; Domain=example.com; Max-Age=${200 * 86400}; SameSite=Strict; Secure`,
    );
    // The drop-in's retry of it (200) renews it too.
    const retry = await post(body, { origin: "https://www.example.com", cookie });
    expect(retry.status).toBe(200);
    expect(retry.headers.get("set-cookie")).toBe(response.headers.get("set-cookie"));
  });

  it("uses the drop-in's default cookie for `true`, and Secure only for an https page, as the drop-in does", async () => {
    const post = poster(true);
    const body = JSON.stringify(decision());
    const response = await post(body, { origin: "http://localhost:8080", cookie: `consent=${encodeURIComponent(body)}` });
    expect(response.headers.get("set-cookie")).toBe(`consent=${encodeURIComponent(body)}; Path=/; Max-Age=${365 * 86400}; SameSite=Lax`);
  });

  it("never changes what the browser holds: no Set-Cookie without the consent cookie, for another record, a withdrawal, or with the option off", async () => {
    const post = poster(SITE_COOKIE);
    const older = JSON.stringify(decision({}, new Date(Date.now() - 60_000)));
    const newer = JSON.stringify(decision());
    const origin = "https://www.example.com";
    // A queued older decision sent on a later page: the browser holds a newer one.
    expect((await post(older, { origin, cookie: `site-consent=${encodeURIComponent(newer)}` })).headers.get("set-cookie")).toBeNull();
    // A withdrawal (reset() cleared the cookie), or a record sent after it: no consent cookie at all.
    const withdrawal = JSON.stringify(decision({ method: "withdraw", categories: { analytics: false } }));
    expect((await post(withdrawal, { origin })).headers.get("set-cookie")).toBeNull();
    expect((await post(older, { origin, cookie: "other=1" })).headers.get("set-cookie")).toBeNull();
    // Another cookie's name with the record in it is not the consent cookie.
    expect((await post(newer, { origin, cookie: `consent=${encodeURIComponent(newer)}` })).headers.get("set-cookie")).toBeNull();
    // Off by default.
    const plain = poster(undefined);
    const response = await plain(newer, { origin, cookie: `site-consent=${encodeURIComponent(newer)}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("refuses cookie settings the drop-in would refuse", () => {
    expect(() => createConsentLogHandler({ store, setCookie: { name: "bad name;" } })).toThrow(ConfigError);
    expect(() => createConsentLogHandler({ store, setCookie: { expiresDays: 500 } })).toThrow(/expiresDays/);
  });
});

describe("consentry log-server --set-cookie", () => {
  it("takes the cookie settings from the site's config page and answers the site's record with its cookie; a bad cookie section is exit 2", async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { consentry, startLogServer, stopped } = await import("../support/log-cli");
    const folder = mkdtempSync(join(tmpdir(), "consentry-set-cookie-"));
    try {
      const page = join(folder, "index.html");
      writeFileSync(page, `<script>window.ConsentConfig = { cookie: { name: "site-consent", expiresDays: 30 } };</script>`);
      const { url, child } = await startLogServer(["--database", "memory://", "--set-cookie", "--config", page]);
      try {
        const body = JSON.stringify(decision());
        const response = await fetch(url, {
          method: "POST",
          body,
          headers: { origin: new URL(url).origin, cookie: `site-consent=${encodeURIComponent(body)}` },
        });
        expect(response.status).toBe(201);
        expect(response.headers.get("set-cookie")).toBe(`site-consent=${encodeURIComponent(body)}; Path=/; Max-Age=${30 * 86400}; SameSite=Lax`);
      } finally {
        await stopped(child);
      }
      const bad = join(folder, "bad.json");
      writeFileSync(bad, JSON.stringify({ cookie: { sameSite: "None" } }));
      const refused = await consentry("log-server", "--database", "memory://", "--set-cookie", "--config", bad);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("cookie.sameSite");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
