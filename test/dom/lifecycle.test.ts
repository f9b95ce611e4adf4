// Mount and destroy: no side effects at import, every node and listener removed on destroy, two instances apart.
import { fireEvent } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { mount, unmountAll } from "./ui-support";

afterEach(unmountAll);

describe("lifecycle", () => {
  it("importing the UI module touches nothing", async () => {
    const before = document.documentElement.outerHTML.length;
    await import("../../src/ui/index");
    expect(document.querySelector("consentry-ui")).toBeNull();
    expect(document.documentElement.outerHTML.length).toBe(before);
  });

  it("destroy() removes the host, the declaration and the page stylesheet, and stops listening", () => {
    const declaration = document.body.appendChild(document.createElement("div"));
    const before = document.adoptedStyleSheets.length;
    const { api, host } = mount();
    api.renderDeclaration(declaration);
    api.open();
    api.destroy();
    expect(host.isConnected).toBe(false);
    expect(document.querySelector("consentry-ui")).toBeNull();
    expect(declaration.children).toHaveLength(0);
    expect(document.adoptedStyleSheets.length).toBe(before);
    api.destroy();
  });

  it("two instances each keep to their own nodes", () => {
    const first = mount();
    const second = mount();
    expect(document.querySelectorAll("consentry-ui")).toHaveLength(2);
    fireEvent.click(second.ui.getByRole("button", { name: "Accept all" }));
    expect(second.ui.queryByRole("region")).toBeNull();
    expect(first.ui.getByRole("region")).toBeTruthy();
    second.api.destroy();
    expect(document.querySelectorAll("consentry-ui")).toHaveLength(1);
    expect(first.host.isConnected).toBe(true);
  });
});

describe("an invalid config on npm (DESIGN 5, issue 30)", () => {
  it("createConsent throws one ConfigError with every bad path at the app's own call, and draws nothing", async () => {
    const { createConsent, ConfigError } = await import("../../src/entries/index");
    let thrown: unknown;
    try {
      createConsent({ revision: "two", mode: "maybe" } as never);
    } catch (error) {
      thrown = error;
    }
    // There is no instance to subscribe to, so the error goes where the app can catch it: the call itself.
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as InstanceType<typeof ConfigError>).issues).toEqual([
      "revision: expected an integer from 0 to 1000000000",
      'mode: expected one of "opt-in", "opt-out"',
    ]);
    expect(document.querySelector("consentry-ui")).toBeNull();
  });
});
