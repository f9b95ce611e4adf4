// consentry/react across server and client: the server's HTML hydrates without a mismatch, then shows the visitor's
// stored choice; a visitor with no decision keeps the fallback and gets the banner.
import { act, screen } from "@testing-library/react";
import { createElement, StrictMode, type ReactNode } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createConsent } from "../../src/entries/index";
import { ConsentProvider, Gated, useConsent } from "../../src/entries/react";
import { banner, resetPage, storedDecision } from "./react-support";

const h = createElement;
const config = { revision: 1 };
let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  vi.restoreAllMocks();
  resetPage();
});

function Page(): ReactNode {
  const { ready, state } = useConsent();
  return h(
    "main",
    null,
    h("p", null, ready ? `decided: ${state.decided}` : "reading your choice"),
    h(Gated, { category: "analytics", fallback: h("p", null, "Chart hidden") }, h("p", null, "Chart shown")),
  );
}

/** Server HTML into a container, then hydrateRoot over it, recording what React reports as errors. */
function serverThenHydrate(element: ReactNode) {
  const html = renderToString(element);
  const container = document.body.appendChild(document.createElement("div"));
  container.innerHTML = html;
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const recoverable = vi.fn();
  act(() => {
    root = hydrateRoot(container, element, { onRecoverableError: recoverable });
  });
  return { html, errors, recoverable };
}

describe("consentry/react: server HTML and hydration", () => {
  it("a visitor who allowed analytics gets the server's fallback hydrated without a mismatch, then the chart (L-14)", () => {
    storedDecision({ preferences: false, analytics: true, marketing: false });
    const { html, errors, recoverable } = serverThenHydrate(h(ConsentProvider, { config }, h(Page)));
    expect(html).toContain("Chart hidden");
    expect(html).toContain("reading your choice");
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(screen.getByText("Chart shown")).toBeTruthy();
    expect(screen.getByText("decided: true")).toBeTruthy();
    // Issue 12: a decided visitor is shown nothing, so the UI builds no host until asked.
    expect(document.querySelectorAll("consentry-ui")).toHaveLength(0);
  });

  it("a first visit hydrates without a mismatch, keeps the fallback and shows the banner (L-02)", () => {
    const { errors, recoverable } = serverThenHydrate(h(StrictMode, null, h(ConsentProvider, { config }, h(Page))));
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(screen.getByText("Chart hidden")).toBeTruthy();
    expect(screen.getByText("decided: false")).toBeTruthy();
    expect(banner().getByRole("button", { name: "Accept all" })).toBeTruthy();
  });

  it("an instance created before hydration, already granted, still hydrates the server's fallback first", () => {
    storedDecision({ preferences: false, analytics: true, marketing: false });
    const consent = createConsent(config);
    const { html, errors, recoverable } = serverThenHydrate(h(ConsentProvider, { consent }, h(Page)));
    expect(html).toContain("Chart hidden");
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(screen.getByText("Chart shown")).toBeTruthy();
    act(() => root?.unmount());
    root = undefined;
    consent.destroy();
  });
});
