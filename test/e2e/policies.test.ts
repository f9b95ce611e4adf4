// The five seed policies as sites (issue 9, DESIGN 7): examples/policies/<site>/ served with the built drop-in in
// Chromium. Each policy page's declaration carries every row of that policy's table; withdrawing each optional
// category in the dialog erases each item it declares, of every storage technology; Aktara (strictly necessary only)
// shows no banner and writes nothing until something optional appears; the account settings pages show the switches
// inline, work from the keyboard and follow decisions made in the banner or in another tab.
import AxeBuilderModule from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { useChromium } from "../support/browser";
import type { TestServer } from "../support/server";
import { state } from "./support/pages";

const AxeBuilder = ((AxeBuilderModule as any).default ?? AxeBuilderModule) as typeof AxeBuilderModule;

let browser: Browser;
let server: TestServer;
let context: BrowserContext;

useChromium((started) => void ({ browser, server } = started));
afterEach(async () => {
  await context?.close();
});

type Kind = "cookies" | "storage" | "sessionStorage" | "indexedDB";
const KINDS: Kind[] = ["cookies", "storage", "sessionStorage", "indexedDB"];
const TYPE: Record<Kind, string> = { cookies: "Cookie", storage: "Local storage", sessionStorage: "Session storage", indexedDB: "IndexedDB" };

interface Row {
  name: string;
  type: string;
  duration: string;
  purpose: string;
}

/**
 * Each policy's table as the seed prints it (../shared/seeds), in the declaration's words for the type: the seed's
 * "localStorage" is "Local storage", its `ph_<token>_posthog` the glob `ph_*_posthog`. Katror's rows come from its
 * bulleted list; Integro prints no table (its rows are checked against its config, whose names are invented).
 */
const SEED_TABLES: Record<string, Row[]> = {
  katror: [
    { name: "katror_session", type: "Cookie", duration: "Session or persistent, depending on your sign-in choice", purpose: "Keeps you signed in to the client workspace." },
    { name: "katror_cookie_consent", type: "Cookie", duration: "Up to one year", purpose: "Records that you accepted the cookie notice." },
  ],
  kropee: [
    {
      name: "caption_session_token",
      type: "Cookie",
      duration: "Up to 7 days; refreshed on activity",
      purpose: "Authenticates your signed-in session. Set by our authentication system (Better Auth). Required for the dashboard and all authenticated features.",
    },
    { name: "caption_session_data", type: "Cookie", duration: "Up to 7 days", purpose: "Stores supplementary session metadata alongside the session token. Set by Better Auth." },
    { name: "locale", type: "Cookie", duration: "Up to 400 days", purpose: "Stores your preferred display language for the dashboard (e.g. English or Traditional Chinese)." },
  ],
  integro: [],
  klystrr: [
    { name: "sidebar_state", type: "Cookie", duration: "7 days", purpose: "Remembers the sidebar open/closed state." },
    {
      name: "token",
      type: "Local storage",
      duration: "Until logout or JWT expiration",
      purpose: "Maintains the authenticated session. Sent as a Bearer token to the API. A migration to secure httpOnly cookies is planned.",
    },
    {
      name: "refreshToken",
      type: "Local storage",
      duration: "Until logout",
      purpose: "Renews the access token without forcing the user to log in again. A migration to secure httpOnly cookies is planned.",
    },
    {
      name: "git_link_provider",
      type: "Session storage",
      duration: "Current session (tab)",
      purpose: "Temporarily stores the selected Git provider (GitHub, GitLab) during OAuth redirect and callback.",
    },
    {
      name: "wizard_imported_app_id",
      type: "Session storage",
      duration: "Current session (tab)",
      purpose: "Temporarily stores the imported application ID during the migration/import wizard.",
    },
    { name: "wizard_mode", type: "Session storage", duration: "Current session (tab)", purpose: "Temporarily stores the current wizard mode during navigation." },
    { name: "rememberMe", type: "Local storage", duration: "Persistent (until cleared)", purpose: 'Remembers the user\'s "Remember me" choice on the login page.' },
    { name: "theme", type: "Local storage", duration: "Persistent (until changed or cleared)", purpose: "Remembers the selected display theme (dark mode or light mode)." },
    {
      name: "ph_*_posthog",
      type: "Cookie · Third party",
      duration: "~1 year",
      purpose: "Visitor identification, device/session analytics, referrer information, product usage analytics.",
    },
    { name: "ph_*_posthog_ses", type: "Cookie · Third party", duration: "Session", purpose: "Maintains the current analytics session." },
  ],
  aktara: [
    {
      name: "authjs.session-token",
      type: "Cookie",
      duration: "Up to 30 days",
      purpose:
        "Maintains your authenticated session. Contains a signed, encrypted token — no personal data is stored in plaintext. Deleted when you sign out or after 30 days of inactivity.",
    },
    {
      name: "authjs.csrf-token",
      type: "Cookie",
      duration: "Browser session",
      purpose:
        "A double-submit CSRF token that protects sign-in and sign-out form submissions from cross-site request forgery attacks. Expires when the browser tab or window is closed.",
    },
    {
      name: "authjs.callback-url",
      type: "Cookie",
      duration: "Browser session",
      purpose: "Stores the URL you were trying to reach before being redirected to sign in, so you can be returned there after authentication. Contains only a path string.",
    },
  ],
};
const SITES = Object.keys(SEED_TABLES);

interface Declared {
  category: string;
  label: string;
  kind: Kind;
  name: string;
  /** A concrete name the declaration covers (`*` filled in). */
  stored: string;
  duration?: string;
  purpose?: string;
  thirdParty?: boolean;
}

const BUILT_IN_LABELS: Record<string, string> = { necessary: "Necessary", preferences: "Preferences", analytics: "Analytics", marketing: "Marketing" };

/** Every item the page's own config declares, read from the page (the config is the site's, not the test's). */
async function declaredOn(page: Page): Promise<Declared[]> {
  const categories = await page.evaluate(() => (window as any).ConsentConfig.categories as Record<string, Record<string, unknown>>);
  return Object.entries(categories).flatMap(([category, declared]) =>
    KINDS.flatMap((kind) =>
      ((declared[kind] as ({ name: string } | string)[] | undefined) ?? []).map((entry) => {
        const item = typeof entry == "string" ? { name: entry } : entry;
        return {
          category,
          label: (declared.label as string | undefined) ?? BUILT_IN_LABELS[category]!,
          kind,
          stored: item.name.replaceAll("*", "phc_test"),
          ...item,
        } as Declared;
      }),
    ),
  );
}

async function visit(site: string, file = "cookie-policy.html", existing?: BrowserContext): Promise<Page> {
  context = existing ?? (await browser.newContext());
  const page = await context.newPage();
  await page.goto(`${server.origin}/examples/policies/${site}/${file}`);
  return page;
}

/** The rendered declaration's rows, every category, header rows left out. */
async function declarationRows(page: Page): Promise<Row[]> {
  await page.locator("[data-consent-declaration] table").first().waitFor();
  return page.$$eval("[data-consent-declaration] tbody tr", (rows) =>
    rows.map((row) => {
      const [name, type, , purpose, duration] = [...row.children].map((cell) => cell.textContent ?? "");
      return { name: name!, type: type!, duration: duration!, purpose: purpose! };
    }),
  );
}

const banner = (page: Page) => page.getByRole("region", { name: "We value your privacy" });

/** Writes each item as the site would: a cookie, a localStorage or sessionStorage key, an IndexedDB database. */
async function store(page: Page, items: Declared[]) {
  await page.evaluate(async (list) => {
    for (const { kind, stored } of list) {
      if (kind == "cookies") document.cookie = `${stored}=1; path=/; max-age=3600`;
      if (kind == "storage") localStorage.setItem(stored, "1");
      if (kind == "sessionStorage") sessionStorage.setItem(stored, "1");
      if (kind == "indexedDB") {
        await new Promise<void>((done, fail) => {
          const request = indexedDB.open(stored);
          request.onsuccess = () => (request.result.close(), done());
          request.onerror = () => fail(request.error);
        });
      }
    }
  }, items);
}

/** Which of `items` the browser still holds. */
async function present(page: Page, items: Declared[]): Promise<string[]> {
  const cookies = new Set((await context.cookies()).map((cookie) => cookie.name));
  const found = await page.evaluate(async () => ({
    storage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((database) => database.name!),
  }));
  return items
    .filter(({ kind, stored }) => (kind == "cookies" ? cookies.has(stored) : found[kind].includes(stored)))
    .map(({ kind, stored }) => `${kind}:${stored}`);
}

const names = (items: Declared[]) => items.map(({ kind, stored }) => `${kind}:${stored}`);

describe("the five seed policies (issue 9)", () => {
  it.each(SITES)("%s: the policy page's declaration carries every row of the policy's table, and every item the config declares", async (site) => {
    const page = await visit(site);
    const rows = await declarationRows(page);
    for (const row of SEED_TABLES[site]!) expect(rows).toContainEqual(row);
    for (const item of await declaredOn(page)) {
      const type = TYPE[item.kind] + (item.thirdParty ? " · Third party" : "");
      expect(rows).toContainEqual({ name: item.name, type, duration: item.duration ?? "", purpose: item.purpose ?? "" });
    }
    // The SDK's own record keeps its rows under necessary: the cookie (or the site's own row for it) and its mirror.
    const cookieName = await page.evaluate(() => (window as any).ConsentConfig.cookie?.name ?? "consent");
    expect(rows.filter((row) => row.name == cookieName).map((row) => row.type)).toEqual(["Cookie", "Local storage"]);
  });

  it("Klystrr: the SDK's own consent rows name the site as provider and say what they are, not the category's description (issue 30)", async () => {
    const page = await visit("klystrr");
    await page.locator("[data-consent-declaration] table").first().waitFor();
    const own = await page.$$eval("[data-consent-declaration] tbody tr", (rows) =>
      rows.map((row) => [...row.children].map((cell) => cell.textContent ?? "")).filter(([name]) => name == "consent"),
    );
    expect(own.map(([name, type, provider, purpose]) => [name, type, provider, purpose])).toEqual([
      ["consent", "Cookie", "This website", "Remembers your cookie choice"],
      ["consent", "Local storage", "This website", "Remembers your cookie choice"],
    ]);
  });

  const withOptional = SITES.filter((site) => site != "aktara");
  it.each(withOptional)("%s: withdrawing each optional category in the dialog erases each item it declares, of every type, and nothing else (L-11)", async (site) => {
    const page = await visit(site);
    await banner(page).getByRole("button", { name: "Accept all" }).click();
    const declared = await declaredOn(page);
    await store(page, declared);
    expect(await present(page, declared)).toEqual(names(declared));

    const optional = [...new Set(declared.filter((item) => item.category != "necessary").map((item) => item.category))];
    expect(optional.length).toBeGreaterThan(0);
    let withdrawn: Declared[] = [];
    for (const category of optional) {
      const items = declared.filter((item) => item.category == category);
      await page.getByRole("link", { name: "Cookie settings" }).click();
      const dialog = page.getByRole("dialog");
      const toggle = dialog.getByRole("switch", { name: items[0]!.label, exact: true });
      expect(await toggle.isChecked()).toBe(true);
      await toggle.click();
      await dialog.getByRole("button", { name: "Save preferences" }).click();
      withdrawn = [...withdrawn, ...items];
      // IndexedDB deletion completes a moment later; the rest goes in the same task.
      await expect.poll(() => present(page, declared)).toEqual(names(declared.filter((item) => !withdrawn.includes(item))));
      expect((await state(page)).categories[category]).toBe(false);
    }
    // Strictly necessary items stay, whatever was withdrawn.
    expect(await present(page, declared)).toEqual(names(declared.filter((item) => item.category == "necessary")));
  });

  it("between them, the optional categories of the five sites declare every storage technology", async () => {
    const kinds = new Set<Kind>();
    for (const site of withOptional) {
      const page = await visit(site);
      for (const item of await declaredOn(page)) if (item.category != "necessary") kinds.add(item.kind);
      await context.close();
    }
    expect([...kinds].sort()).toEqual([...KINDS].sort());
  });
});

describe("Aktara: strictly necessary only (issue 9 item 3)", () => {
  it("the policy page shows no banner and writes nothing; the footer link still opens the dialog", async () => {
    const page = await visit("aktara");
    await declarationRows(page);
    // Give a late banner every chance to appear.
    await page.waitForTimeout(300);
    expect(await banner(page).count()).toBe(0);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    expect(await state(page)).toMatchObject({ decided: false });
    await page.getByRole("link", { name: "Cookie settings" }).click();
    await expect.poll(() => page.getByRole("dialog").isVisible()).toBe(true);
  });

  it("the banner appears the moment an SPA route adds a gated tag (banner: auto)", async () => {
    const page = await visit("aktara");
    await declarationRows(page);
    expect(await banner(page).count()).toBe(0);
    await page.evaluate(() => {
      const tag = document.createElement("script");
      tag.type = "text/plain";
      tag.dataset.consent = "analytics";
      tag.textContent = "window.analyticsRan = true";
      document.body.append(tag);
    });
    await banner(page).waitFor();
    expect(await page.evaluate(() => (window as any).analyticsRan)).toBeUndefined();
    expect(await context.cookies()).toEqual([]);
  });

  it("account settings shows the switches inline, and Save records the choice (method custom)", async () => {
    const page = await visit("aktara", "account-settings.html");
    const form = page.getByRole("form", { name: "Privacy preferences" });
    await form.waitFor();
    expect(await banner(page).count()).toBe(0);
    expect(await form.getByRole("switch", { name: "Strictly necessary" }).isDisabled()).toBe(true);
    await form.getByRole("button", { name: "Save preferences" }).click();
    expect(await state(page)).toMatchObject({ decided: true, method: "custom", categories: { analytics: false } });
    expect((await context.cookies()).map((cookie) => cookie.name)).toEqual(["consent"]);
  });
});

describe("inline preferences on Integro's account settings (issue 9 item 4)", () => {
  const form = (page: Page) => page.getByRole("form", { name: "Privacy preferences" });
  const switches = (page: Page) =>
    page.$$eval("[data-consent-preferences] [role=switch]", (inputs) =>
      Object.fromEntries(inputs.map((input) => [(input as HTMLInputElement).labels![0]!.textContent, (input as HTMLInputElement).checked])),
    );
  const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent || (document.activeElement as HTMLInputElement)?.labels?.[0]?.textContent);

  it("works from the keyboard: Space switches, Enter on Save records method custom (A-08)", async () => {
    const page = await visit("integro", "account-settings.html");
    await form(page).waitFor();
    await form(page).getByRole("switch", { name: "Analytics" }).focus();
    await page.keyboard.press("Space");
    for (let tab = 0; tab < 12 && (await focusedName(page)) != "Save preferences"; tab++) await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe("Save preferences");
    await page.keyboard.press("Enter");
    expect(await state(page)).toMatchObject({ decided: true, method: "custom", categories: { preferences: false, analytics: true, marketing: false } });
    expect(await form(page).getByRole("status").textContent()).toBe("Your choices were saved.");
    expect(await banner(page).isVisible()).toBe(false);
  });

  it("axe finds nothing to fix in the inline switches, light and dark (A-06, WCAG 2.2 AA)", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      context = await browser.newContext({ colorScheme });
      const page = await visit("integro", "account-settings.html", context);
      await form(page).waitFor();
      // The category tables are part of what a screen reader user reaches: open them all.
      await page.$$eval("[data-consent-preferences] details", (all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      const result = await new AxeBuilder({ page } as never)
        .include("[data-consent-preferences]")
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(result.violations.map((violation) => `${colorScheme}: ${violation.id} ${violation.nodes.map((node) => node.target).join(" ")}`)).toEqual([]);
      await context.close();
    }
  });

  it("a first visit shows the form and no banner over it; the site's other pages still ask (issue 30, L-01)", async () => {
    const page = await visit("integro", "account-settings.html");
    await form(page).waitFor();
    // Give a late banner every chance to appear: the UI part and the form arrive side by side.
    await page.waitForTimeout(300);
    expect(await banner(page).isVisible()).toBe(false);
    expect(await form(page).getByRole("button", { name: "Save preferences" }).isVisible()).toBe(true);
    expect(await state(page)).toMatchObject({ decided: false });
    expect((await context.cookies()).map((cookie) => cookie.name)).toEqual([]);
    const policy = await visit("integro", "cookie-policy.html", context);
    await banner(policy).waitFor();
    expect(await banner(policy).isVisible()).toBe(true);
  });

  it("follows a decision made in the dialog, and one made in another tab (S-05)", async () => {
    const page = await visit("integro", "account-settings.html");
    await form(page).waitFor();
    expect(await switches(page)).toEqual({ "Strictly necessary": true, Functional: false, Analytics: false, "Advertising & targeting": false });
    await page.getByRole("link", { name: "Cookie settings" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Accept all" }).click();
    expect(await switches(page)).toEqual({ "Strictly necessary": true, Functional: true, Analytics: true, "Advertising & targeting": true });

    const other = await visit("integro", "cookie-policy.html", context);
    await other.getByRole("link", { name: "Cookie settings" }).click();
    const dialog = other.getByRole("dialog");
    await dialog.getByRole("button", { name: "Reject all" }).click();
    await expect.poll(() => switches(page)).toEqual({ "Strictly necessary": true, Functional: false, Analytics: false, "Advertising & targeting": false });
  });
});
