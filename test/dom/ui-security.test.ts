// Strings are text, never markup, and the UI never writes a style="" attribute.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fireEvent } from "@testing-library/dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mount, unmountAll } from "./ui-support";

afterEach(unmountAll);

const PAYLOAD = `<img src=x onerror="window.__pwned=1">`;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
}

describe("text, never HTML", () => {
  it("a configured title, description and label full of markup render literally (X-01)", () => {
    const alert = vi.fn();
    (window as unknown as { alert: typeof alert }).alert = alert;
    const { ui, root, api } = mount({
      categories: { analytics: { label: PAYLOAD, description: PAYLOAD, cookies: [{ name: "x", provider: PAYLOAD }] } },
      translations: { en: { title: PAYLOAD, description: `${PAYLOAD} {policy}` } },
    });
    api.open();
    expect(ui.getByRole("heading", { name: PAYLOAD })).toBeTruthy();
    expect(ui.getByRole("switch", { name: PAYLOAD })).toBeTruthy();
    expect(ui.getByRole("cell", { name: PAYLOAD })).toBeTruthy();
    expect(root.querySelector("img")).toBeNull();
    expect(document.querySelector("img")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(alert).not.toHaveBeenCalled();
  });

  it("placeholders only become links for known names; other braces stay text (X-02)", () => {
    const { ui } = mount({ policyUrl: "/p", translations: { en: { description: "See {policy} or {other}." } } });
    expect(ui.getAllByRole("link")).toHaveLength(1);
    expect(ui.getByRole("region").textContent).toContain("See cookie policy or {other}.");
  });

  it("no source file under src/ uses an HTML sink (X-01)", () => {
    const sinks = /\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/;
    const offenders = sourceFiles(join(import.meta.dirname, "../../src")).filter((file) => sinks.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("no element the UI renders carries a style attribute, in any state (X-04)", () => {
    const declaration = document.body.appendChild(document.createElement("div"));
    const { root, api, ui } = mount({ categories: { analytics: { cookies: [{ name: "a" }] } } });
    api.renderDeclaration(declaration);
    api.open();
    fireEvent.click(ui.getByRole("switch", { name: "Analytics" }));
    fireEvent.click(ui.getByRole("button", { name: "Save preferences" }));
    api.show();
    for (const scope of [root, document]) expect(scope.querySelectorAll("[style]")).toHaveLength(0);
  });

  it("styles go into a constructable stylesheet adopted by the shadow root (X-04)", () => {
    const { root } = mount();
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(root.querySelector("style")).toBeNull();
  });

  it("without constructable stylesheets, styles go into a <style> carrying the nonce (X-04)", () => {
    const descriptor = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, "adoptedStyleSheets");
    // Simulate a browser without adoptedStyleSheets (Safari < 16.4).
    delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    try {
      const { root } = mount({ nonce: "n0nce" });
      const style = root.querySelector("style")!;
      expect(style.getAttribute("nonce")).toBe("n0nce");
      expect(style.textContent).toContain(":host");
    } finally {
      if (descriptor) Object.defineProperty(ShadowRoot.prototype, "adoptedStyleSheets", descriptor);
    }
  });
});
