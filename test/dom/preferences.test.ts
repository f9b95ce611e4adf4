// The preferences dialog in happy-dom (A-01, A-02, A-08, A-09, L-02, L-04, L-06, L-17). Escape and the Tab wrap are in e2e.
import { fireEvent, within } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { mount, record, storageWith, unmountAll } from "./ui-support";

afterEach(unmountAll);

const switchStates = (ui: ReturnType<typeof mount>["ui"]) =>
  Object.fromEntries(ui.getAllByRole("switch").map((input) => [input.id.slice(2), (input as HTMLInputElement).checked]));

const analytics = {
  label: "Analytics",
  cookies: [{ name: "ph_*_posthog", provider: "PostHog", purpose: "Product analytics", duration: "1 year" }],
};

describe("preferences dialog", () => {
  it("is a modal dialog named by its heading and described by its intro (A-01)", () => {
    const { ui, api } = mount();
    api.open();
    const dialog = ui.getByRole("dialog", { name: "Privacy preferences" }) as HTMLDialogElement;
    expect(dialog.tagName).toBe("DIALOG");
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute("aria-describedby")).toBeTruthy();
    const description = dialog.querySelector(`[id="${dialog.getAttribute("aria-describedby")}"]`)!;
    expect(description.textContent).toMatch(/^With your consent .* Read our cookie policy\.$/);
  });

  it("has one switch per category, labelled by its name and described by its description (A-08)", () => {
    const { ui, api } = mount({ categories: { support: { label: "Support chat", description: "Lets you talk to us." } } });
    api.open();
    const names = ui.getAllByRole("switch").map((input) => input.getAttribute("id"));
    expect(names).toEqual(["c-necessary", "c-preferences", "c-analytics", "c-marketing", "c-support"]);
    const analyticsSwitch = ui.getByRole("switch", { name: "Analytics", description: /see how the site is used/ });
    expect(analyticsSwitch.getAttribute("type")).toBe("checkbox");
    expect(ui.getByRole("switch", { name: "Support chat", description: "Lets you talk to us." })).toBeTruthy();
  });

  it("shows the consent id of the decision, to quote in an access request (issue 14, L-12); none before one", () => {
    const { ui, api } = mount();
    api.open();
    const dialog = ui.getByRole("dialog");
    expect(within(dialog).queryByText(/Consent ID/)).toBeNull();
    api.close();
    api.acceptAll();
    api.open();
    const id = api.state().id!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(within(dialog).getByText(/Consent ID/).textContent).toBe(`Consent ID: ${id}`);
    api.close();
    api.reset();
    api.open();
    expect(within(dialog).queryByText(/Consent ID/)).toBeNull();
  });

  it("necessary is on, disabled and says Always active (L-02, A-08)", () => {
    const { ui, api } = mount();
    api.open();
    const necessary = ui.getByRole("switch", { name: "Necessary", description: /Always active/ }) as HTMLInputElement;
    expect(necessary.checked).toBe(true);
    expect(necessary.disabled).toBe(true);
    expect(ui.getByText("Always active")).toBeTruthy();
  });

  it("a first visit shows every optional switch off (L-04)", () => {
    const { ui, api } = mount();
    api.open();
    expect(switchStates(ui)).toEqual({ necessary: true, preferences: false, analytics: false, marketing: false });
  });

  it("a first visit in opt-out mode shows what is actually on", () => {
    const { ui, api } = mount({ mode: "opt-out" });
    api.open();
    expect(switchStates(ui)).toEqual({ necessary: true, preferences: true, analytics: true, marketing: true });
  });

  it("re-opening shows the stored choices (L-04)", () => {
    const { ui, api } = mount({}, { storage: storageWith(record({ categories: { preferences: true, analytics: false, marketing: true } })) });
    api.open();
    expect(switchStates(ui)).toEqual({ necessary: true, preferences: true, analytics: false, marketing: true });
  });

  it("re-opening after a change in this page shows the new choices", () => {
    const { ui, api } = mount();
    api.open();
    fireEvent.click(ui.getByRole("switch", { name: "Marketing" }));
    fireEvent.click(ui.getByRole("button", { name: "Save preferences" }));
    api.open();
    expect(switchStates(ui)).toMatchObject({ marketing: true, analytics: false });
    fireEvent.click(ui.getByRole("button", { name: "Reject all" }));
    api.open();
    expect(switchStates(ui)).toMatchObject({ marketing: false });
  });

  it("an outdated record pre-fills the switches but grants nothing (L-13)", () => {
    const old = record({ revision: 1, categories: { preferences: true, analytics: true, marketing: false } });
    const { ui, api } = mount({ revision: 2 }, { storage: storageWith(old) });
    expect(api.state().decided).toBe(false);
    expect(ui.getByRole("region")).toBeTruthy();
    api.open();
    expect(switchStates(ui)).toEqual({ necessary: true, preferences: true, analytics: true, marketing: false });
    expect(api.granted("analytics")).toBe(false);
  });

  it("Save preferences records exactly the switches, as a custom choice (L-06)", () => {
    const { ui, api } = mount();
    api.open();
    fireEvent.click(ui.getByRole("switch", { name: "Analytics" }));
    fireEvent.click(ui.getByRole("button", { name: "Save preferences" }));
    expect(api.state()).toMatchObject({ decided: true, method: "custom" });
    expect(api.state().categories).toEqual({ necessary: true, preferences: false, analytics: true, marketing: false });
    expect((ui.getByRole("dialog", { hidden: true }) as HTMLDialogElement).open).toBe(false);
    expect(ui.queryByRole("region")).toBeNull();
  });

  it("Accept all and Reject all in the dialog decide for every category, in the banner's order (L-06, L-10, L-16)", () => {
    const { ui, api } = mount();
    api.open();
    const dialog = ui.getByRole("dialog");
    const actions = [...dialog.querySelectorAll(".a button")].map((button) => button.textContent);
    expect(actions).toEqual(["Accept all", "Reject all", "Save preferences"]);
    fireEvent.click(within(dialog).getByRole("button", { name: "Accept all" }));
    expect(api.state().categories).toMatchObject({ preferences: true, analytics: true, marketing: true });
    api.open();
    fireEvent.click(within(dialog).getByRole("button", { name: "Reject all" }));
    expect(api.state().categories).toMatchObject({ preferences: false, analytics: false, marketing: false });
  });

  it("saving announces itself in a role=status region outside the dialog, without moving focus (A-09)", () => {
    const { ui, api } = mount();
    const status = ui.getByRole("status");
    expect(status.textContent).toBe("");
    api.open();
    expect(status.closest("dialog")).toBeNull();
    fireEvent.click(ui.getByRole("button", { name: "Save preferences" }));
    expect(status.textContent).toBe("Your choices were saved.");
    api.open();
    expect(status.textContent).toBe("");
  });

  it("the close control closes without changing consent and emits open/close (A-02, L-05)", async () => {
    const { ui, api } = mount();
    const events: string[] = [];
    api.on("open", () => events.push("open"));
    api.on("close", () => events.push("close"));
    api.open();
    fireEvent.click(ui.getByRole("switch", { name: "Analytics" }));
    fireEvent.click(ui.getByRole("button", { name: "Close" }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual(["open", "close"]);
    expect(api.state().decided).toBe(false);
    expect(api.granted("analytics")).toBe(false);
    api.open();
    expect(switchStates(ui)).toMatchObject({ analytics: false });
  });

  it("Consent.close() closes the dialog; opening twice opens once", async () => {
    const { ui, api } = mount();
    let opens = 0;
    api.on("open", () => opens++);
    api.open();
    api.open();
    expect(opens).toBe(1);
    api.close();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((ui.getByRole("dialog", { hidden: true }) as HTMLDialogElement).open).toBe(false);
  });

  it("focus moves to the dialog heading on open, not to a choice, and returns to the opener on close (A-02, L-16)", async () => {
    const { ui, api } = mount();
    const trigger = document.body.appendChild(Object.assign(document.createElement("button"), { textContent: "Cookie settings" }));
    trigger.focus();
    api.open();
    const heading = ui.getByRole("heading", { name: "Privacy preferences" });
    expect(ui.getByRole("dialog").contains(heading)).toBe(true);
    expect((heading.getRootNode() as ShadowRoot).activeElement).toBe(heading);
    api.close();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(trigger);
  });

  it("every category expands to its cookie table: name, type, provider, purpose, duration (Planet49, issue 9)", () => {
    const { ui, api } = mount({ categories: { analytics } });
    api.open();
    const summaries = ui.getAllByText(/^Cookies \(\d+\)$/);
    expect(summaries).toHaveLength(4);
    const table = ui.getByRole("table");
    expect(summaries[2]!.closest("details")!.contains(table)).toBe(true);
    expect(ui.getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual(["Name", "Type", "Provider", "Purpose", "Duration"]);
    expect(ui.getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["ph_*_posthog", "Cookie", "PostHog", "Product analytics", "1 year"]);
    expect(ui.getAllByText("None declared.")).toHaveLength(3);
  });

  it("says the GPC signal is honoured and never suggests marketing under it (L-17)", () => {
    const old = record({ revision: 1, categories: { preferences: true, analytics: true, marketing: true } });
    const { ui, api } = mount({ revision: 2 }, { storage: storageWith(old), gpcSignal: () => true });
    api.open();
    expect(ui.getByText(/Opt-out preference signal honored/)).toBeTruthy();
    expect(switchStates(ui)).toMatchObject({ analytics: true, marketing: false });
    // An explicit switch may still grant it.
    fireEvent.click(ui.getByRole("switch", { name: "Marketing" }));
    fireEvent.click(ui.getByRole("button", { name: "Save preferences" }));
    expect(api.granted("marketing")).toBe(true);
  });

  it("without a GPC signal there is no GPC note (L-17)", () => {
    const { ui, api } = mount();
    api.open();
    expect(ui.queryByText(/Opt-out preference signal/)).toBeNull();
  });

  it("switch states are spelled out, not bare on/off (L-16)", () => {
    const { ui, api } = mount();
    api.open();
    const state = ui.getByRole("switch", { name: "Analytics" }).nextElementSibling!;
    expect(state.getAttribute("data-on")).toBe("Allowed");
    expect(state.getAttribute("data-off")).toBe("Not allowed");
    expect(state.getAttribute("aria-hidden")).toBe("true");
  });
});
