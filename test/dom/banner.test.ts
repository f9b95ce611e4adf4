// The first layer in happy-dom, queried by role and accessible name (A-01, L-03, L-05, L-14, L-16, X-03).
import { fireEvent } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { mount, record, storageWith, unmountAll } from "./ui-support";

afterEach(unmountAll);

describe("banner", () => {
  it("a first visit shows a region named by its heading, first in <body>, without taking focus (A-01, L-16)", () => {
    document.body.append(Object.assign(document.createElement("main"), { textContent: "page" }));
    const { ui, host } = mount();
    const region = ui.getByRole("region", { name: "We value your privacy" });
    expect(ui.getByRole("heading", { level: 2, name: "We value your privacy" })).toBeTruthy();
    expect(document.body.firstElementChild).toBe(host);
    expect(region.hidden).toBe(false);
    expect(region.getAttribute("aria-live")).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it("offers exactly Accept all, Reject all and Manage preferences as <button>s in one container (L-03)", () => {
    const { ui } = mount();
    const buttons = ui.getAllByRole("button");
    expect(buttons.map((button) => button.textContent)).toEqual(["Accept all", "Reject all", "Manage preferences"]);
    for (const button of buttons) {
      expect(button.tagName).toBe("BUTTON");
      expect(button.getAttribute("type")).toBe("button");
    }
    expect(buttons[0]!.className).toBe(buttons[1]!.className);
    expect(buttons[0]!.parentElement).toBe(buttons[1]!.parentElement);
  });

  it("Accept all grants every optional category and hides the banner", () => {
    const { ui, api } = mount();
    fireEvent.click(ui.getByRole("button", { name: "Accept all" }));
    expect(api.state()).toMatchObject({ decided: true, method: "accept-all" });
    expect(api.state().categories).toMatchObject({ preferences: true, analytics: true, marketing: true });
    expect(ui.queryByRole("region")).toBeNull();
  });

  it("Reject all refuses every optional category and hides the banner", () => {
    const { ui, api } = mount();
    fireEvent.click(ui.getByRole("button", { name: "Reject all" }));
    expect(api.state()).toMatchObject({ decided: true, method: "reject-all" });
    expect(api.state().categories).toMatchObject({ preferences: false, analytics: false, marketing: false });
    expect(ui.queryByRole("region")).toBeNull();
  });

  it("Manage preferences opens the dialog and decides nothing", () => {
    const { ui, api } = mount();
    fireEvent.click(ui.getByRole("button", { name: "Manage preferences" }));
    expect(ui.getByRole("dialog", { name: "Privacy preferences" })).toBeTruthy();
    expect(api.state().decided).toBe(false);
  });

  it("a stored decision means no banner, and nothing added to the page until the visitor asks (L-14, issue 12)", () => {
    const { ui, api } = mount({}, { storage: storageWith(record()) });
    expect(ui.queryByRole("region")).toBeNull();
    expect(ui.queryByRole("button", { name: "Accept all" })).toBeNull();
    expect(document.querySelector("consentry-ui")).toBeNull();
    api.open();
    expect(ui.getByRole("dialog", { name: "Privacy preferences" })).toBeTruthy();
  });

  it("reset() and show() bring the banner back", () => {
    const { ui, api } = mount({}, { storage: storageWith(record()) });
    api.reset();
    expect(ui.getByRole("region", { name: "We value your privacy" })).toBeTruthy();
    fireEvent.click(ui.getByRole("button", { name: "Reject all" }));
    expect(ui.queryByRole("region")).toBeNull();
    api.show();
    expect(ui.getByRole("region")).toBeTruthy();
  });

  it("Escape, clicks elsewhere and scrolling grant nothing and keep the banner (L-05)", () => {
    const { ui, api } = mount();
    const region = ui.getByRole("region");
    fireEvent.keyDown(region, { key: "Escape" });
    fireEvent.keyDown(document, { key: "Escape" });
    fireEvent.click(document.body);
    fireEvent.scroll(window);
    fireEvent.wheel(document.body);
    expect(api.state().decided).toBe(false);
    expect(Object.values(api.state().categories)).toEqual([true, false, false, false]);
    expect(ui.getByRole("region")).toBeTruthy();
  });

  it("links the description to policyUrl (L-07, X-02)", () => {
    const { ui } = mount({ policyUrl: "/cookie-policy" });
    const link = ui.getByRole("link", { name: "cookie policy" });
    expect(link.getAttribute("href")).toBe(new URL("/cookie-policy", document.baseURI).href);
    expect(link.getAttribute("rel")).toBeNull();
    expect(link.closest("p")!.textContent).toMatch(/Read our cookie policy\.$/);
  });

  it("an external policy link gets rel=noopener noreferrer (X-03)", () => {
    const { ui } = mount({ policyUrl: "https://legal.example.org/cookies" });
    expect(ui.getByRole("link", { name: "cookie policy" }).getAttribute("rel")).toBe("noopener noreferrer");
  });

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "\tjavascript:alert(1)", "java\nscript:alert(1)", "data:text/html,x", "vbscript:x"])(
    "drops the policy link %j and keeps its label as text (X-03)",
    (policyUrl) => {
      const { ui, root } = mount({ policyUrl });
      expect(ui.queryByRole("link")).toBeNull();
      expect(root.querySelector("a")).toBeNull();
      expect(ui.getByRole("region").textContent).toContain("Read our cookie policy.");
    },
  );

  it("the heading level follows config.headingLevel (A-14)", () => {
    const { ui } = mount({ headingLevel: 3 });
    expect(ui.getByRole("heading", { level: 3, name: "We value your privacy" })).toBeTruthy();
  });
});
