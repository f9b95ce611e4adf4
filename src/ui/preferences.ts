// The preferences dialog (A-01, A-02, A-08, L-04, L-06, L-17): a native modal <dialog> with one switch per category.
import type { Category, Registry } from "../core/categories";
import { actionRow } from "./banner";
import { cookieTable, declaredItems } from "./cookie-table";
import { h, richText } from "./dom";
import type { Texts } from "./i18n";

export interface PreferencesActions {
  acceptAll(): void;
  rejectAll(): void;
  save(choices: Record<string, boolean>): void;
  /** Called however the dialog closed: a button, Escape, the close control. */
  closed(): void;
}

export interface Preferences {
  readonly element: HTMLDialogElement;
  /**
   * Shows the dialog with these switches on; every other optional switch is off (L-04). `id` is the consent id of
   * the decision, shown so the visitor can quote it in an access request (issue 14); none before a decision.
   */
  open(choices: Readonly<Record<string, boolean>>, id: string | null): void;
  /** A decision from another tab: while open, the switches show it and a notice says why they moved. */
  follow(choices: Readonly<Record<string, boolean>>, id: string | null): void;
  close(): void;
}

export function createPreferences(
  texts: Texts,
  registry: Registry,
  gpc: boolean,
  links: Parameters<typeof richText>[1],
  base: string,
  actions: PreferencesActions,
): Preferences {
  const { text } = texts;
  const switches = new Map<string, HTMLInputElement>();
  const heading = h("h2", { class: "t", id: "dt", tabindex: -1 }, text("dialogTitle"));
  // A-09: a live region from the start, so the notice is heard when its text arrives.
  const notice = h("p", { role: "status", class: "g" });
  // Empty (so hidden, `p:empty`) until there is a decision to quote.
  const consentId = h("p", { class: "i" });
  const check = (choices: Readonly<Record<string, boolean>>, id: string | null) => {
    for (const id of registry.optional) switches.get(id)!.checked = choices[id] === true;
    consentId.replaceChildren(...(id ? [`${text("consentId")}: `, h("code", {}, id)] : []));
  };

  const categoryItem = (category: Category) => {
    const { id, required, exempt } = category;
    const items = declaredItems(category);
    const { label, description } = texts.category(id);
    const inputId = `c-${id}`;
    // A-08: a real checkbox with the switch role, named by the label and described by the description.
    const input = h("input", {
      type: "checkbox",
      role: "switch",
      id: inputId,
      "aria-describedby": `${inputId}-d${required ? ` ${inputId}-s` : exempt ? ` ${inputId}-e` : ""}`,
    });
    // L-02: necessary is on and cannot be switched off.
    input.checked = input.disabled = required;
    switches.set(id, input);
    return h(
      "li",
      {},
      h(
        "div",
        { class: "r" },
        h("label", { for: inputId }, label),
        input,
        // L-16: the state in words, not a bare on/off; the switch itself already tells screen readers.
        required
          ? h("span", { class: "s", id: `${inputId}-s` }, text("alwaysActive"))
          : h("span", { class: "s", "aria-hidden": "true", "data-on": text("allowed"), "data-off": text("notAllowed") }),
      ),
      h("p", { id: `${inputId}-d` }, description),
      // L-20: an exempt category is on before any decision; the visitor is told the switch is there to object.
      exempt && h("p", { class: "g", id: `${inputId}-e` }, text("exempt")),
      h("details", {}, h("summary", {}, `${text("cookies")} (${items.length})`), cookieTable(texts, items)),
    );
  };

  const choices = () => Object.fromEntries(registry.optional.map((id) => [id, switches.get(id)!.checked]));
  const decideAndClose = (decide: () => void) => () => {
    dialog.close();
    decide();
  };

  const dialog = h(
    "dialog",
    { "aria-labelledby": heading.id, "aria-describedby": "dd" },
    h(
      "div",
      { class: "h" },
      heading,
      h("button", { type: "button", class: "x", "aria-label": text("close"), onclick: () => dialog.close() }, "×"),
    ),
    // The banner's text again: what the choice is about, and how to change it later (L-07).
    h("p", { id: "dd" }, ...richText(text("description"), links, base)),
    // Issue 29, 11 CCR §7025(c)(6): the status in the words the regulation uses, then what it means here.
    gpc && h("p", { class: "g" }, h("strong", {}, text("optOutHonored")), " ", text("gpc")),
    notice,
    h("ul", {}, ...registry.all.map(categoryItem)),
    actionRow([
      [text("acceptAll"), decideAndClose(actions.acceptAll)],
      [text("rejectAll"), decideAndClose(actions.rejectAll)],
      [text("save"), decideAndClose(() => actions.save(choices()))],
    ]),
    consentId,
  );

  // A-02: Tab wraps inside the dialog instead of leaving for the browser's toolbar.
  dialog.onkeydown = (event) => {
    if (event.key != "Tab") return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>("button,input:enabled,summary,a[href]")];
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    const active = (dialog.getRootNode() as ShadowRoot | Document).activeElement;
    const atEdge = event.shiftKey ? active == first || active == heading || active == dialog : active == last;
    if (atEdge) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  };
  // Escape (the native `cancel`), the close control and every button end here: closing is never consent (L-05).
  dialog.onclose = actions.closed;

  return {
    element: dialog,
    open(current, id) {
      check(current, id);
      notice.textContent = "";
      if (!dialog.open) dialog.showModal();
      // A-02, L-16: focus starts on the heading, not on a choice.
      heading.focus();
    },
    follow(current, id) {
      if (!dialog.open) return;
      check(current, id);
      notice.textContent = text("otherTab");
    },
    close: () => dialog.close(),
  };
}
