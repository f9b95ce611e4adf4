// Issue 29 on npm and in React: `withRegion(config, code)` from consentry/regions gives `createConsent` and
// <ConsentProvider> the region's rules, the record its region and mode, and the opt-out link its wiring.
import { fireEvent, within } from "@testing-library/dom";
import { act, render } from "@testing-library/react";
import { createElement } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/config";
import { createConsent } from "../../src/entries/index";
import { ConsentProvider, Gated } from "../../src/entries/react";
import { withRegion } from "../../src/entries/regions";
import { resetPage } from "./react-support";

const CONFIG = {
  revision: 1,
  regions: { EEA: { mode: "opt-in" as const }, "US-PRIVACY-STATES": { mode: "opt-out" as const }, "*": { mode: "none" as const } },
};

afterEach(() => {
  resetPage();
  document.cookie = "consent=; Max-Age=0; Path=/";
  localStorage.clear();
  document.documentElement.removeAttribute("data-consent-region");
});

describe("consentry/regions on npm (issue 29)", () => {
  it("US-CA: optional categories on until refused; the link refuses marketing in one click and says so", () => {
    const link = document.body.appendChild(document.createElement("a"));
    link.setAttribute("data-consent-opt-out", "");
    link.href = "#";
    const regional = withRegion(CONFIG, "US-CA");
    const api = createConsent(regional.config, regional);
    expect(api.state().categories).toMatchObject({ analytics: true, marketing: true });
    expect(link.textContent).toBe("Do Not Sell or Share My Personal Information");
    fireEvent.click(link);
    expect(api.state()).toMatchObject({ decided: true, categories: { analytics: true, marketing: false } });
    expect(within(link).getByText(/Opt-out request honored/)).toBeTruthy();
    const stored = JSON.parse(decodeURIComponent(document.cookie.match(/(?:^|; )consent=([^;]*)/)![1]!));
    expect(stored).toMatchObject({ region: "US-CA", mode: "opt-out" });
    api.destroy();
  });

  it("FR: opt-in, nothing on, the link hidden", () => {
    const link = document.body.appendChild(document.createElement("a"));
    link.setAttribute("data-consent-opt-out", "");
    const regional = withRegion(CONFIG, "FR");
    const api = createConsent(regional.config, regional);
    expect(api.state().categories).toMatchObject({ analytics: false, marketing: false });
    expect(link.hidden).toBe(true);
    api.destroy();
  });

  it("without a code it reads the page's hint; without one, the strictest rules", () => {
    document.documentElement.setAttribute("data-consent-region", "JP");
    expect(withRegion(CONFIG).environment.stamp).toEqual({ region: "JP", mode: "none" });
    document.documentElement.removeAttribute("data-consent-region");
    expect(withRegion(CONFIG).environment.stamp).toEqual({ mode: "opt-in" });
  });

  it("bad regions throw a ConfigError naming the path", () => {
    expect(() => withRegion({ regions: { ZZ: { mode: "opt-in" } } })).toThrow(ConfigError);
    expect(() => withRegion({ regions: { ZZ: { mode: "opt-in" } } })).toThrow(/regions\.ZZ: expected an ISO 3166 code/);
  });

  it("React: <ConsentProvider {...withRegion(config, code)}> runs what the region's rules allow, and stamps the record", async () => {
    const h = createElement;
    const view = (code: string) =>
      h(ConsentProvider, { ...withRegion(CONFIG, code), children: h(Gated, { category: "analytics", fallback: "Analytics off" }, "Analytics on") });
    const link = document.body.appendChild(document.createElement("a"));
    link.setAttribute("data-consent-opt-out", "");
    const california = render(view("US-CA"));
    await act(async () => {});
    expect(california.container.textContent).toBe("Analytics on");
    // The link's wiring comes through `integrations`, the record's stamp through `environment`.
    await act(async () => void fireEvent.click(link));
    const stored = JSON.parse(localStorage.getItem("consent")!);
    expect(stored).toMatchObject({ region: "US-CA", mode: "opt-out", categories: { marketing: false } });
    california.unmount();
    resetPage();
    const france = render(view("FR"));
    await act(async () => {});
    expect(france.container.textContent).toBe("Analytics off");
  });
});
