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
      ["Name", "Provider", "Purpose", "Duration"],
      ["ph_*_posthog", "PostHog", "Product analytics", "1 year"],
      ["_ga", "Google", "Visitor statistics", "13 months"],
    ]);
    expect(within(analytics).getByText("Your choice: Allowed")).toBeTruthy();
    const marketing = page.getByRole("heading", { name: "Marketing" }).closest("section")!;
    expect(within(marketing).getByText("Your choice: Not allowed")).toBeTruthy();
    expect(within(marketing).getByText("None declared.")).toBeTruthy();
    const necessary = page.getByRole("heading", { name: "Necessary" }).closest("section")!;
    expect(within(necessary).getByText("Your choice: Always active")).toBeTruthy();
    expect(within(necessary).getByRole("cell", { name: "consent" })).toBeTruthy();
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
