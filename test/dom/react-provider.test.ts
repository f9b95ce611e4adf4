// consentry/react in happy-dom: <ConsentProvider>, useConsent(), useGranted() and <Gated> follow every way a
// decision is made (banner, API, another tab), and strict mode's double mount leaves one instance.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { createElement, StrictMode, useEffect, type ReactNode } from "react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createConsent as createHeadless } from "../../src/entries/core";
import { ConsentProvider, Gated, useConsent, useGranted, type ConsentApi, type ConsentValue } from "../../src/entries/react";
import { banner, decideInAnotherTab, resetPage, storedDecision } from "./react-support";

afterEach(resetPage);

const h = createElement;
const config = { revision: 1, categories: { analytics: {}, marketing: {} } };

/** The page a React app would write: a video behind marketing, an analytics flag, and its own buttons. */
function Page(): ReactNode {
  const consent = useConsent();
  const analytics = useGranted("analytics");
  return h(
    "main",
    null,
    h("p", null, `analytics: ${analytics ? "on" : "off"}`),
    h("p", null, `decided: ${consent.state.decided ? "yes" : "no"}`),
    h(Gated, { category: "marketing", fallback: h("p", null, "Video blocked") }, h("p", null, "Video playing")),
    h("button", { type: "button", onClick: () => consent.set({ marketing: true }) }, "Allow the video"),
    h("button", { type: "button", onClick: () => consent.reset() }, "Withdraw"),
  );
}

const app = (children: ReactNode = h(Page)) => h(ConsentProvider, { config }, children);

describe("consentry/react: importing it", () => {
  // The fresh import runs in beforeAll, outside any test: module-level code (the config schemas) then stays static for
  // mutation testing, as test/mutation ignores it, instead of being charged to this one test.
  let before = "";
  let after = "";
  beforeAll(async () => {
    vi.resetModules();
    before = document.documentElement.outerHTML;
    await import("../../src/entries/react");
    after = document.documentElement.outerHTML;
  });

  it("importing consentry/react adds nothing to the page and writes no storage", () => {
    expect(after).toBe(before);
    expect(document.cookie).toBe("");
    expect(localStorage.length).toBe(0);
  });
});

describe("consentry/react: provider and hooks", () => {

  it("a first visit shows the SDK's banner and renders nothing optional (L-01, L-02)", () => {
    render(app());
    expect(banner().getByRole("button", { name: "Accept all" })).toBeTruthy();
    expect(screen.getByText("analytics: off")).toBeTruthy();
    expect(screen.getByText("decided: no")).toBeTruthy();
    expect(screen.getByText("Video blocked")).toBeTruthy();
  });

  it("banner auto (issue 9): a page that gates nothing optional shows no banner; mounting a <Gated> brings it", () => {
    const Switchable = ({ video }: { video: boolean }) =>
      h("main", null, video ? h(Gated, { category: "marketing", fallback: h("p", null, "Video blocked") }) : h("p", null, "Text only"));
    const view = render(app(h(Switchable, { video: false })));
    const acceptButtons = () =>
      [...document.querySelectorAll("consentry-ui")].flatMap((host) => [...(host.shadowRoot?.querySelectorAll("button") ?? [])]).filter((button) => button.textContent === "Accept all");
    expect(acceptButtons()).toHaveLength(0);
    expect(localStorage.length).toBe(0);
    view.rerender(app(h(Switchable, { video: true })));
    expect(banner().getByRole("button", { name: "Accept all" })).toBeTruthy();
  });

  it("Accept all in the banner re-renders the page with everything granted", () => {
    render(app());
    fireEvent.click(banner().getByRole("button", { name: "Accept all" }));
    expect(screen.getByText("analytics: on")).toBeTruthy();
    expect(screen.getByText("decided: yes")).toBeTruthy();
    expect(screen.getByText("Video playing")).toBeTruthy();
  });

  it("Reject all in the banner keeps the fallback and says decided", () => {
    render(app());
    fireEvent.click(banner().getByRole("button", { name: "Reject all" }));
    expect(screen.getByText("decided: yes")).toBeTruthy();
    expect(screen.getByText("Video blocked")).toBeTruthy();
  });

  it("<Gated> shows the fallback, the children after a grant, and the fallback again after withdrawal (L-11)", () => {
    render(app());
    expect(screen.getByText("Video blocked")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Allow the video" }));
    expect(screen.getByText("Video playing")).toBeTruthy();
    expect(screen.queryByText("Video blocked")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Withdraw" }));
    expect(screen.getByText("Video blocked")).toBeTruthy();
    expect(screen.queryByText("Video playing")).toBeNull();
  });

  it("a decision through the API re-renders, and withdrawing brings the banner back", () => {
    let value: ConsentValue | undefined;
    const Probe = () => ((value = useConsent()), null);
    render(app([h(Page, { key: "page" }), h(Probe, { key: "probe" })]));
    act(() => value!.consent!.set({ analytics: true }));
    expect(screen.getByText("analytics: on")).toBeTruthy();
    expect(value!.state.method).toBe("api");
    expect(banner().queryByRole("region")).toBeNull();
    act(() => value!.reset());
    expect(screen.getByText("analytics: off")).toBeTruthy();
    expect(banner().getByRole("region")).toBeTruthy();
  });

  it("a decision made in another tab re-renders this one (S-05)", () => {
    render(app());
    act(() => decideInAnotherTab({ preferences: false, analytics: true, marketing: true }));
    expect(screen.getByText("analytics: on")).toBeTruthy();
    expect(screen.getByText("Video playing")).toBeTruthy();
    expect(banner().queryByRole("region")).toBeNull();
  });

  it("a returning visitor sees their stored choice at once (granted and refused), with no banner (L-14)", () => {
    storedDecision({ preferences: false, analytics: true, marketing: false });
    render(app());
    expect(screen.getByText("analytics: on")).toBeTruthy();
    expect(screen.getByText("Video blocked")).toBeTruthy();
    // Issue 12: nothing to show, so the UI has not built its host at all.
    expect(document.querySelectorAll("consentry-ui")).toHaveLength(0);
  });

  it("<Gated> and useGranted take a condition like data-consent does", () => {
    storedDecision({ preferences: false, analytics: true, marketing: false });
    const Flags = () =>
      h("p", null, [useGranted("analytics && !marketing"), useGranted("marketing || preferences"), useGranted("analytics &&")].join(" "));
    render(app([h(Flags, { key: "flags" }), h(Gated, { key: "gated", category: "!marketing" }, "no ads")]));
    // A malformed condition grants nothing (fails closed, like a broken data-consent).
    expect(screen.getByText("true false false")).toBeTruthy();
    expect(screen.getByText("no ads")).toBeTruthy();
  });

  it("useGranted re-renders only when its own answer changes", () => {
    let renders = 0;
    const Analytics = () => (renders++, h("p", null, String(useGranted("analytics"))));
    let value: ConsentValue | undefined;
    const Probe = () => ((value = useConsent()), null);
    render(app([h(Analytics, { key: "a" }), h(Probe, { key: "p" })]));
    const before = renders;
    act(() => value!.set({ marketing: true }));
    expect(renders).toBe(before);
    act(() => value!.set({ analytics: true }));
    expect(renders).toBe(before + 1);
  });

  it("a headless instance from consentry/core can be handed in, and is not destroyed on unmount", () => {
    const consent = createHeadless(config);
    const { unmount } = render(h(ConsentProvider, { consent }, h(Page)));
    expect(document.querySelector("consentry-ui")).toBeNull();
    act(() => consent.acceptAll());
    expect(screen.getByText("Video playing")).toBeTruthy();
    unmount();
    const changes = vi.fn();
    consent.on("change", changes);
    consent.rejectAll();
    expect(changes).toHaveBeenCalledTimes(1);
    consent.destroy();
  });

  it("a hook outside the provider says what is missing", () => {
    const Lonely = () => (useGranted("analytics"), null);
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(h(Lonely))).toThrow("useGranted() needs a <ConsentProvider> above it");
    vi.restoreAllMocks();
  });
});

describe("consentry/react under strict mode", () => {
  /** The `storage` listeners added to window that are still live (the SDK removes its own through an AbortSignal). */
  function liveStorageListeners() {
    const signals: (AbortSignal | undefined)[] = [];
    const add = window.addEventListener.bind(window);
    vi.spyOn(window, "addEventListener").mockImplementation(
      (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
        if (type === "storage" && typeof options === "object") signals.push(options.signal);
        else if (type === "storage") signals.push(undefined);
        add(type, listener, options);
      },
    );
    return () => signals.filter((signal) => !signal?.aborted).length;
  }

  it("the double mount leaves one banner, one storage listener and one change per decision", () => {
    const live = liveStorageListeners();
    const changes = vi.fn();
    const Listen = () => {
      const { consent } = useConsent();
      // An effect of the app's own, subscribed to the provider's instance, as a user would.
      useEffectOnce(consent, (api) => api.on("change", changes));
      return null;
    };
    const { unmount } = render(h(StrictMode, null, app([h(Page, { key: "page" }), h(Listen, { key: "listen" })])));
    expect(document.querySelectorAll("consentry-ui")).toHaveLength(1);
    expect(live()).toBe(1);
    fireEvent.click(banner().getByRole("button", { name: "Accept all" }));
    expect(changes).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Video playing")).toBeTruthy();
    expect(banner().queryByRole("region")).toBeNull();
    unmount();
    expect(document.querySelectorAll("consentry-ui")).toHaveLength(0);
    expect(live()).toBe(0);
    vi.restoreAllMocks();
  });
});

/** Subscribes to the provider's instance once it exists, and unsubscribes on unmount. */
function useEffectOnce(api: ConsentApi | null, subscribe: (api: ConsentApi) => () => void): void {
  useEffect(() => (api ? subscribe(api) : undefined), [api]);
}

describe("consentry/react with catalog services (issue 26)", () => {
  it("integrations on the provider carry services(...): a configured service waits for its grant, then its script is added", async () => {
    const { services } = await import("../../src/services/index");
    const { default: clarity } = await import("../../src/services/catalog/clarity");
    const withServices = { ...config, services: { clarity: { id: "k3x9q2m1ab" } } };
    let api: ConsentApi | undefined;
    function Grab(): ReactNode {
      api = useConsent().consent ?? undefined;
      return null;
    }
    render(h(ConsentProvider, { config: withServices, integrations: [services(clarity)] }, h(Grab)));
    const scripts = () => [...document.head.querySelectorAll("script[src]")].map((script) => script.getAttribute("src"));
    expect(scripts()).not.toContain("https://www.clarity.ms/tag/k3x9q2m1ab");
    await act(async () => api!.acceptAll());
    expect(scripts()).toContain("https://www.clarity.ms/tag/k3x9q2m1ab");
    document.head.querySelectorAll("script[src*='clarity.ms']").forEach((script) => script.remove());
  });
});
