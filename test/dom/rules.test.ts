// Issue 13 in happy-dom: the CNIL close control (L-05), exempt audience measurement in the dialog (L-20), and an open
// dialog that follows a decision made in another tab (S-05). Focus after a decision is pinned in real Chromium
// (test/e2e/ui-keyboard.test.ts).
import { fireEvent } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { encodeRecord } from "../../src/core/record";
import { createStorage } from "../../src/core/storage";
import { mount, record, unmountAll } from "./ui-support";

afterEach(unmountAll);

const switchStates = (ui: ReturnType<typeof mount>["ui"]) =>
  Object.fromEntries(ui.getAllByRole("switch").map((input) => [input.id.slice(2), (input as HTMLInputElement).checked]));

describe("Continue without accepting (L-05, CNIL)", () => {
  it("closeButton: true adds it to the banner, first in the region, as a <button> (L-05)", () => {
    const { ui } = mount({ closeButton: true });
    const region = ui.getByRole("region", { name: "We value your privacy" });
    const buttons = [...region.querySelectorAll("button")].map((button) => button.textContent);
    expect(buttons).toEqual(["Continue without accepting", "Accept all", "Reject all", "Manage preferences"]);
  });

  it("it records a refusal of every optional category as dismiss and hides the banner (L-05, L-12)", () => {
    const { ui, api } = mount({ closeButton: true, categories: { analytics: { exempt: true } } });
    fireEvent.click(ui.getByRole("button", { name: "Continue without accepting" }));
    expect(api.state()).toMatchObject({
      decided: true,
      method: "dismiss",
      categories: { preferences: false, analytics: false, marketing: false },
    });
    expect(ui.getByRole("region", { hidden: true }).hidden).toBe(true);
    expect(ui.getByRole("status").textContent).toBe("Your choices were saved.");
  });

  it("it speaks the page's language like the rest of the banner (L-05)", () => {
    const { ui } = mount({ closeButton: true, language: "fr", translations: { fr: { dismiss: "Continuer sans accepter" } } });
    expect(ui.getByRole("button", { name: "Continuer sans accepter" })).toBeTruthy();
  });

  it("off by default: the banner has no such control (L-03)", () => {
    const { ui } = mount();
    expect(ui.queryByRole("button", { name: "Continue without accepting" })).toBeNull();
  });
});

describe("exempt audience measurement in the dialog (L-20)", () => {
  const config = { categories: { analytics: { exempt: true } } };

  it("before any decision its switch is on, and says it stays on unless the visitor objects (L-20)", async () => {
    const { ui, api } = mount(config);
    api.open();
    await Promise.resolve();
    expect(switchStates(ui)).toMatchObject({ analytics: true, marketing: false, preferences: false });
    expect(ui.getByRole("switch", { name: "Analytics", description: /On unless you object/ })).toBeTruthy();
    expect(ui.getByRole("switch", { name: "Marketing" }).getAttribute("aria-describedby")).not.toMatch(/-e\b/);
  });

  it("switching it off and saving is an objection: it is refused (L-20)", () => {
    const { ui, api } = mount(config);
    api.open();
    fireEvent.click(ui.getByRole("switch", { name: "Analytics" }));
    fireEvent.click(ui.getByRole("button", { name: "Save preferences" }));
    expect(api.granted("analytics")).toBe(false);
    expect(api.state().method).toBe("custom");
  });

  it("under GPC it is off in the dialog too (L-20, L-17)", () => {
    const { ui, api } = mount(config, { gpcSignal: () => true });
    api.open();
    expect(switchStates(ui)).toMatchObject({ analytics: false, marketing: false });
  });
});

describe("an open dialog follows other tabs (S-05)", () => {
  /** A storage whose cookie another tab can write, with the `storage`-event hook the test fires. */
  function sharedStorage() {
    let value: string | undefined;
    let external = () => {};
    const storage = createStorage({
      cookie: { read: () => value, write: (next) => ((value = next), true), remove: () => (value = undefined) },
      watch: (fn) => ((external = fn), () => (external = () => {})),
    });
    const otherTab = (categories: Record<string, boolean>) => {
      const now = new Date(Date.now() + 1000).toISOString();
      value = encodeRecord(record({ categories, decidedAt: now, updatedAt: now }));
      external();
    };
    return { storage, otherTab };
  }

  it("its switches show the other tab's decision and a notice says why they moved (S-05)", () => {
    const { storage, otherTab } = sharedStorage();
    const { ui, api } = mount({}, { storage });
    api.open();
    fireEvent.click(ui.getByRole("switch", { name: "Marketing" }));
    otherTab({ preferences: true, analytics: true, marketing: false });
    expect(switchStates(ui)).toMatchObject({ preferences: true, analytics: true, marketing: false });
    const notice = ui.getByText("Your choices were changed in another tab.");
    expect(notice.getAttribute("role")).toBe("status");
    expect((ui.getByRole("dialog") as HTMLDialogElement).open).toBe(true);
  });

  it("a Save after that writes the other tab's choices, not the stale switches (S-05)", () => {
    const { storage, otherTab } = sharedStorage();
    const { ui, api } = mount({}, { storage });
    api.open();
    fireEvent.click(ui.getByRole("switch", { name: "Marketing" }));
    otherTab({ preferences: false, analytics: true, marketing: false });
    fireEvent.click(ui.getByRole("button", { name: "Save preferences" }));
    expect(api.state().categories).toMatchObject({ preferences: false, analytics: true, marketing: false });
  });

  it("the notice is gone when the dialog opens again (S-05)", () => {
    const { storage, otherTab } = sharedStorage();
    const { ui, api } = mount({}, { storage });
    api.open();
    otherTab({ preferences: false, analytics: true, marketing: false });
    api.close();
    api.open();
    expect(ui.queryByText("Your choices were changed in another tab.")).toBeNull();
  });
});
