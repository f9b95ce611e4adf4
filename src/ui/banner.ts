// The first layer (A-01, L-03): a non-modal labelled region with Accept all, Reject all and Manage preferences.
import { h, richText } from "./dom";
import type { Texts } from "./i18n";

export interface BannerActions {
  acceptAll(): void;
  rejectAll(): void;
  manage(): void;
  /** L-05 (CNIL): "Continue without accepting", a refusal recorded as `dismiss`. */
  dismiss(): void;
}

/** `links` fill the placeholders of the description, e.g. `{policy}`. */
export function createBanner(
  texts: Texts,
  headingLevel: number,
  links: Parameters<typeof richText>[1],
  base: string,
  actions: BannerActions,
  closeButton?: boolean,
): HTMLElement {
  const { text } = texts;
  // A section named by its heading is a region landmark; it is not aria-live, so it does not shout on load.
  return h(
    "section",
    { class: "b", "aria-labelledby": "bt" },
    // First in the region, so Tab meets it where the eye does: in the top corner.
    closeButton && h("button", { type: "button", class: "d", onclick: actions.dismiss }, text("dismiss")),
    h(`h${headingLevel}`, { class: "t", id: "bt" }, text("title")),
    h("p", {}, ...richText(text("description"), links, base)),
    actionRow([
      [text("acceptAll"), actions.acceptAll],
      [text("rejectAll"), actions.rejectAll],
      [text("manage"), actions.manage],
    ]),
  );
}

/** The same button for every choice (L-03): no colour, size or weight tells the visitor which one to pick. */
export function actionRow(buttons: [label: string, onclick: () => void][]): HTMLElement {
  return h("div", { class: "a" }, ...buttons.map(([label, onclick]) => h("button", { type: "button", onclick }, label)));
}
