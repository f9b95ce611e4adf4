// Preferences inside a page (issue 9): the dialog's switches and a Save button, inline in an account settings page,
// for `[data-consent-preferences]` and `Consent.renderPreferences(element)`. Same rules as the dialog: necessary is
// locked on (L-02), the GPC notice shows (L-17), saving is the visitor's own choice (`method: "custom"`). Page content
// like the declaration: light DOM and `consentry-*` classes, so the page's own CSS (or dist/consentry.css) styles it.
import type { Category, Registry } from "../core/categories";
import type { ConsentState } from "../core/store";
import { cookieTable, declaredItems } from "./cookie-table";
import type { Panel } from "./declaration";
import { h } from "./dom";
import type { Texts } from "./i18n";

/**
 * A few rules that make it look like the dialog, themed by the `--consent-*` variables. They travel with this layer
 * (not in dist/consentry.css, whose bytes every visit pays for) and sit inside `:where()`, so any page rule wins.
 */
export const INLINE_CSS = `:where(.consentry-preferences) ul{list-style:none;margin:0;padding:0}\
:where(.consentry-preferences) li{border-top:1px solid var(--consent-border,#6e6e6e);padding:.75em 0}\
:where(.consentry-switch){display:flex;align-items:center;gap:.5em}\
:where(.consentry-switch) label{flex:1;font-weight:600}\
:where(.consentry-preferences) input{accent-color:var(--consent-accent,#1d4ed8);width:1.25em;height:1.25em}\
:where(.consentry-save){font:inherit;font-weight:600;min-height:2.75em;padding:.4em 1em;border:2px solid var(--consent-accent,#1d4ed8);border-radius:var(--consent-radius,.5em);background:var(--consent-accent,#1d4ed8);color:var(--consent-accent-fg,#fff)}\
:where(.consentry-preferences) :focus-visible{outline:3px solid var(--consent-accent,#1d4ed8);outline-offset:2px}`;

export function createInlinePreferences(
  texts: Texts,
  registry: Registry,
  gpc: boolean,
  /** The choices to show: the stored ones, else the dialog's pre-fill (L-04, L-17). */
  suggested: (state: ConsentState) => Readonly<Record<string, boolean>>,
  save: (choices: Record<string, boolean>) => void,
): Panel {
  const { text } = texts;
  // Several may share a page (and a page may hold its own ids): each gets its own prefix.
  const prefix = `consentry-${Math.random().toString(36).slice(2, 8)}`;
  const switches = new Map<string, HTMLInputElement>();
  const states: [HTMLInputElement, HTMLElement][] = [];
  const status = h("p", { role: "status", class: "consentry-status" });

  const showState = () => {
    for (const [input, state] of states) state.textContent = text(input.disabled ? "alwaysActive" : input.checked ? "allowed" : "notAllowed");
  };

  const item = (category: Category) => {
    const { id, required, exempt } = category;
    const items = declaredItems(category);
    const { label, description } = texts.category(id);
    const inputId = `${prefix}-${id}`;
    // A-08: a real checkbox with the switch role, named by its label and described by the category's description
    // (and, for an exempt category, by the notice that it is on until the visitor objects: L-20).
    const input = h("input", {
      type: "checkbox",
      role: "switch",
      id: inputId,
      "aria-describedby": `${inputId}-d${exempt ? ` ${inputId}-e` : ""}`,
      onchange: showState,
    });
    input.checked = input.disabled = required;
    switches.set(id, input);
    // The state in words for sighted visitors; the switch already tells screen readers.
    const state = h("span", { class: "consentry-state", "aria-hidden": "true" });
    states.push([input, state]);
    return h(
      "li",
      { class: "consentry-category" },
      h("div", { class: "consentry-switch" }, input, h("label", { for: inputId }, label), state),
      h("p", { id: `${inputId}-d` }, description),
      exempt && h("p", { class: "consentry-exempt", id: `${inputId}-e` }, text("exempt")),
      h("details", {}, h("summary", {}, `${text("cookies")} (${items.length})`), cookieTable(texts, items, "consentry-cookies")),
    );
  };

  const element = h(
    "form",
    {
      class: "consentry-preferences",
      lang: texts.lang,
      dir: texts.dir,
      "aria-label": text("dialogTitle"),
      onsubmit(event) {
        event.preventDefault();
        save(Object.fromEntries(registry.optional.map((id) => [id, switches.get(id)!.checked])));
        status.textContent = text("saved");
      },
    },
    gpc && h("p", { class: "consentry-gpc" }, text("gpc")),
    h("ul", {}, ...registry.all.map(item)),
    h("button", { type: "submit", class: "consentry-save" }, text("save")),
    status,
  );

  return {
    element,
    // A choice made elsewhere (the banner, the dialog, another tab) shows here at once.
    update(state) {
      const choices = suggested(state);
      for (const id of registry.optional) switches.get(id)!.checked = choices[id] === true;
      showState();
      // A "saved" from before no longer describes what the switches show.
      status.textContent = "";
    },
  };
}
