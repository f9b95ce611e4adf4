// The cookie declaration for the policy page (DESIGN 7): one source of truth for banner, cleanup and policy.
import { fireEvent, within } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { mount, record, storageWith, unmountAll } from "./ui-support";

afterEach(unmountAll);

const categories = {
  analytics: {
    cookies: [
      { name: "ph_*_posthog", provider: "PostHog", purpose: "Product analytics", duration: "1 year" },
      { name: "_ga", provider: "Google", purpose: "Visitor statistics", duration: "13 months" },
    ],
  },
  necessary: { cookies: [{ name: "consent", provider: "This site", purpose: "Remembers your choice", duration: "1 year" }] },
};

function policyPage() {
  const element = document.body.appendChild(document.createElement("div"));
  element.setAttribute("data-consent-declaration", "");
  return element;
}

describe("cookie declaration", () => {
  it("renders every category, its cookies and the current choice, in the page's light DOM", () => {
    const element = policyPage();
    const { api } = mount({ categories }, { storage: storageWith(record()) });
    api.renderDeclaration(element);
    const page = within(element);
    expect(page.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toEqual([
      "Necessary",
      "Preferences",
      "Analytics",
      "Marketing",
    ]);
    const analytics = page.getByRole("heading", { name: "Analytics" }).closest("section")!;
    const rows = within(analytics).getAllByRole("row").map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["Name", "Type", "Provider", "Purpose", "Duration"],
      ["ph_*_posthog", "Cookie", "PostHog", "Product analytics", "1 year"],
      ["_ga", "Cookie", "Google", "Visitor statistics", "13 months"],
    ]);
    expect(within(analytics).getByText("Your choice: Allowed")).toBeTruthy();
    const marketing = page.getByRole("heading", { name: "Marketing" }).closest("section")!;
    expect(within(marketing).getByText("Your choice: Not allowed")).toBeTruthy();
    expect(within(marketing).getByText("None declared.")).toBeTruthy();
    const necessary = page.getByRole("heading", { name: "Necessary" }).closest("section")!;
    expect(within(necessary).getByText("Your choice: Always active")).toBeTruthy();
    expect(within(necessary).getAllByRole("cell", { name: "consent" })).toHaveLength(2);
  });

  it("updates when the choice changes, in this tab or through the API", () => {
    const element = policyPage();
    const { api } = mount({ categories });
    api.renderDeclaration(element);
    const analytics = within(within(element).getByRole("heading", { name: "Analytics" }).closest("section")!);
    expect(analytics.getByText("Your choice: Not allowed")).toBeTruthy();
    api.acceptAll();
    expect(analytics.getByText("Your choice: Allowed")).toBeTruthy();
    api.set({ analytics: false });
    expect(analytics.getByText("Your choice: Not allowed")).toBeTruthy();
  });

  it("its button opens the preferences dialog, and saving there updates the table", () => {
    const element = policyPage();
    const { api, ui } = mount({ categories });
    api.renderDeclaration(element);
    fireEvent.click(within(element).getByRole("button", { name: "Change cookie settings" }));
    const dialog = ui.getByRole("dialog", { name: "Privacy preferences" });
    fireEvent.click(within(dialog).getByRole("switch", { name: "Marketing" }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Save preferences" }));
    const marketing = within(within(element).getByRole("heading", { name: "Marketing" }).closest("section")!);
    expect(marketing.getByText("Your choice: Allowed")).toBeTruthy();
  });

  it("rendering twice into one element keeps one table", () => {
    const element = policyPage();
    const { api } = mount({ categories });
    api.renderDeclaration(element);
    api.renderDeclaration(element);
    expect(element.querySelectorAll(".consentry-declaration")).toHaveLength(1);
  });

  it("uses the UI language and keeps the page's own content", () => {
    const element = policyPage();
    element.append(document.createElement("hr"));
    const { api } = mount({ language: "fr", translations: { fr: { choice: "Votre choix", notAllowed: "Non autorisé" } } });
    api.renderDeclaration(element);
    expect(element.querySelector("hr")).not.toBeNull();
    const declaration = element.querySelector(".consentry-declaration")!;
    expect(declaration.getAttribute("lang")).toBe("fr");
    expect(within(element).getAllByText("Votre choix: Non autorisé")).toHaveLength(3);
  });
});

describe("every storage technology in the declaration (issue 9)", () => {
  const klystrr = {
    necessary: {
      cookies: [{ name: "sidebar_state", purpose: "Remembers the sidebar", duration: "7 days" }],
      storage: [{ name: "token", purpose: "Keeps you signed in", duration: "Until logout" }],
      sessionStorage: ["wizard_mode"],
    },
    analytics: {
      cookies: [{ name: "ph_*_posthog", provider: "PostHog (us.i.posthog.com)", duration: "~1 year", thirdParty: true }],
      indexedDB: [{ name: "ph-replay", provider: "PostHog", purpose: "Session replay buffer", duration: "Session" }],
    },
  };
  const rowsOf = (element: HTMLElement, heading: string) =>
    within(within(element).getByRole("heading", { name: heading }).closest("section")!)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));

  it("lists cookies, local storage, session storage and IndexedDB with a Type column, in config order", () => {
    const element = policyPage();
    const { api } = mount({ categories: klystrr });
    api.renderDeclaration(element);
    expect(rowsOf(element, "Necessary").slice(0, 3)).toEqual([
      ["sidebar_state", "Cookie", "", "Remembers the sidebar", "7 days"],
      ["token", "Local storage", "", "Keeps you signed in", "Until logout"],
      ["wizard_mode", "Session storage", "", "", ""],
    ]);
    expect(rowsOf(element, "Analytics")).toEqual([
      ["ph_*_posthog", "Cookie · Third party", "PostHog (us.i.posthog.com)", "", "~1 year"],
      ["ph-replay", "IndexedDB", "PostHog", "Session replay buffer", "Session"],
    ]);
    // A category with nothing declared says so.
    expect(within(within(element).getByRole("heading", { name: "Marketing" }).closest("section")!).getByText("None declared.")).toBeTruthy();
  });

  it("the SDK's own record keeps its row under necessary, saying who sets it and what it is for: a cookie and its local storage mirror (issue 30)", () => {
    const element = policyPage();
    const { api } = mount({ cookie: { name: "katror_cookie_consent", expiresDays: 180 } });
    api.renderDeclaration(element);
    // Not an empty provider and the category's description: the site itself, remembering this very choice.
    expect(rowsOf(element, "Necessary")).toEqual([
      ["katror_cookie_consent", "Cookie", "This website", "Remembers your cookie choice", "180 days"],
      ["katror_cookie_consent", "Local storage", "This website", "Remembers your cookie choice", "180 days"],
    ]);
  });

  it("the record's row speaks the visitor's language (issue 30)", async () => {
    const { default: de } = await import("../../src/ui/locales/de");
    const element = policyPage();
    const { api } = mount({ language: "de", translations: { de } });
    api.renderDeclaration(element);
    expect(rowsOf(element, "Notwendig")[0]).toEqual(["consent", "Cookie", "Diese Website", "Speichert Ihre Cookie-Auswahl", "365 Tage"]);
  });

  it("a record row the site declared itself stands instead of the SDK's", () => {
    const element = policyPage();
    const { api } = mount({ categories });
    api.renderDeclaration(element);
    expect(rowsOf(element, "Necessary").map(([name, type, provider]) => [name, type, provider])).toEqual([
      ["consent", "Cookie", "This site"],
      ["consent", "Local storage", "This website"],
    ]);
  });

  it("the dialog lists every type too", () => {
    const { api, ui } = mount({ categories: klystrr });
    api.open();
    expect(ui.getByText("Cookies (2)", { selector: "summary" })).toBeTruthy();
    expect(ui.getByRole("cell", { name: "IndexedDB" })).toBeTruthy();
    expect(ui.getByRole("cell", { name: "Session storage" })).toBeTruthy();
  });

  it("translates the Type column with the rest of the UI", () => {
    const element = policyPage();
    const { api } = mount({
      categories: klystrr,
      language: "fr",
      translations: { fr: { type: "Type", typeCookie: "Cookie", typeLocalStorage: "Stockage local", thirdParty: "Tiers" } },
    });
    api.renderDeclaration(element);
    expect(within(element).getAllByRole("cell", { name: "Stockage local" }).length).toBeGreaterThan(0);
    expect(within(element).getByRole("cell", { name: "Cookie · Tiers" })).toBeTruthy();
  });
});
