// Preferences inside a page (issue 9): `Consent.renderPreferences(element)` renders the dialog's switches and a Save
// button inline, for an account settings page.
import { fireEvent, within } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { mount, record, storageWith, unmountAll } from "./ui-support";

afterEach(unmountAll);

function settingsPage() {
  const element = document.body.appendChild(document.createElement("div"));
  element.setAttribute("data-consent-preferences", "");
  return element;
}

const switchesOf = (element: HTMLElement) =>
  Object.fromEntries(within(element).getAllByRole("switch").map((input) => [(input as HTMLInputElement).labels?.[0]?.textContent, (input as HTMLInputElement).checked]));

describe("inline preferences (issue 9)", () => {
  it("shows one labelled switch per category in the page itself, necessary on and locked (L-02)", () => {
    const element = settingsPage();
    const { api, ui } = mount({ categories: { analytics: { cookies: [{ name: "_ga", purpose: "Statistics" }] } } });
    api.renderPreferences(element);
    const form = within(element).getByRole("form", { name: "Privacy preferences" });
    expect(form.closest("[data-consent-preferences]")).toBe(element);
    expect(ui.queryByRole("dialog")).toBeNull();
    const necessary = within(form).getByRole("switch", { name: "Necessary" }) as HTMLInputElement;
    expect(necessary.checked && necessary.disabled).toBe(true);
    expect(switchesOf(element)).toEqual({ Necessary: true, Preferences: false, Analytics: false, Marketing: false });
    // Each switch is described by its category's description.
    expect(within(form).getByRole("switch", { name: "Analytics" }).getAttribute("aria-describedby")).toBeTruthy();
    expect(within(form).getByRole("cell", { name: "_ga" })).toBeTruthy();
  });

  it("Save records the switches as the visitor's own choice (method custom) and says so", () => {
    const element = settingsPage();
    const { api } = mount();
    api.renderPreferences(element);
    fireEvent.click(within(element).getByRole("switch", { name: "Analytics" }));
    fireEvent.click(within(element).getByRole("button", { name: "Save preferences" }));
    expect(api.state()).toMatchObject({ decided: true, method: "custom", categories: { analytics: true, marketing: false } });
    expect(within(element).getByRole("status").textContent).toBe("Your choices were saved.");
  });

  it("follows a choice made elsewhere: the dialog, the API", () => {
    const element = settingsPage();
    const { api, ui } = mount();
    api.renderPreferences(element);
    api.open();
    fireEvent.click(within(ui.getByRole("dialog")).getByRole("button", { name: "Accept all" }));
    expect(switchesOf(element)).toMatchObject({ Preferences: true, Analytics: true, Marketing: true });
    api.set({ marketing: false });
    expect(switchesOf(element)).toMatchObject({ Analytics: true, Marketing: false });
  });

  it("starts from the stored choice", () => {
    const element = settingsPage();
    const { api } = mount({}, { storage: storageWith(record()) });
    api.renderPreferences(element);
    expect(switchesOf(element)).toMatchObject({ Preferences: false, Analytics: true, Marketing: false });
  });

  it("says the GPC signal is honoured and does not suggest marketing under it (L-17)", () => {
    const element = settingsPage();
    const { api } = mount({ mode: "opt-out" }, { gpcSignal: () => true });
    api.renderPreferences(element);
    expect(within(element).getByText(/Opt-out preference signal honored/)).toBeTruthy();
    expect(switchesOf(element)).toMatchObject({ Analytics: true, Marketing: false });
  });

  it("an exempt category is on before any decision and says the switch is there to object (L-20)", () => {
    const element = settingsPage();
    const { api } = mount({ categories: { analytics: { exempt: true } } });
    api.renderPreferences(element);
    const analytics = within(element).getByRole("switch", { name: "Analytics" });
    expect((analytics as HTMLInputElement).checked).toBe(true);
    const notice = within(element).getByText("On unless you object");
    expect(analytics.getAttribute("aria-describedby")!.split(" ")).toContain(notice.id);
  });

  it("two panels on a page keep their own ids, and destroy removes them", () => {
    const first = settingsPage();
    const second = settingsPage();
    const { api } = mount();
    api.renderPreferences(first);
    api.renderPreferences(second);
    api.renderPreferences(second);
    const ids = [...document.querySelectorAll("[role=switch]")].map((input) => input.id);
    expect(new Set(ids).size).toBe(8);
    expect(second.querySelectorAll("form")).toHaveLength(1);
    api.destroy();
    expect(document.querySelectorAll("form")).toHaveLength(0);
  });
});

describe("no banner over the inline form (issue 30)", () => {
  const bannerShows = (ui: ReturnType<typeof mount>["ui"]) => ui.queryByRole("region", { name: "We value your privacy" }) !== null;

  it("a first visit to a page with inline preferences shows the form and no banner: the form is the decision (L-01, L-03)", () => {
    const element = settingsPage();
    const { api, ui } = mount();
    api.renderPreferences(element);
    expect(bannerShows(ui)).toBe(false);
    expect(api.state().decided).toBe(false);
    // Refusing is one press, as on the banner: Save with every optional switch off as it starts.
    fireEvent.click(within(element).getByRole("button", { name: "Save preferences" }));
    expect(api.state()).toMatchObject({ decided: true, method: "custom", categories: { preferences: false, analytics: false, marketing: false } });
  });

  it("a form that arrives after the banner has shown (an SPA route) takes its place", () => {
    const { api, ui } = mount();
    expect(bannerShows(ui)).toBe(true);
    const element = document.body.appendChild(document.createElement("div"));
    api.renderPreferences(element);
    expect(bannerShows(ui)).toBe(false);
    expect(within(element).getByRole("form", { name: "Privacy preferences" })).toBeTruthy();
  });

  it("the footer link's dialog and an explicit Consent.show() still work there", () => {
    const element = settingsPage();
    const { api, ui } = mount();
    api.renderPreferences(element);
    api.open();
    expect(ui.getByRole("dialog")).toBeTruthy();
    api.close();
    api.show();
    expect(bannerShows(ui)).toBe(true);
  });

  it("a page without the form still shows the banner (L-03)", () => {
    const { api, ui } = mount();
    expect(bannerShows(ui)).toBe(true);
    expect(api.state().decided).toBe(false);
  });
});
