// The UI's second half, loaded with the second layer: it opens the preferences dialog, keeps what it rendered into
// the page (cookie declarations, inline preferences: issue 9) current and follows decisions from other tabs. The drop-in's first layer hands it what it shares (LayerHost), so a
// first visit carries none of this code.
import { refusedByGpc } from "../core/categories";
import type { CoreResolvedConfig } from "../core/config";
import type { ChangeEvent, ConsentStore } from "../core/store";
import { createDeclaration, type Panel } from "./declaration";
import { deepActiveElement, type richText } from "./dom";
import type { Texts } from "./i18n";
import { createInlinePreferences, INLINE_CSS } from "./inline-preferences";
import { createPreferences } from "./preferences";
import { ownSheet } from "./sheet";
import strings from "./strings-dialog";
import regionStrings from "./strings-regions";
import { DIALOG_CSS } from "./theme";

/** What the first layer shares with the second. */
export interface LayerHost {
  readonly store: ConsentStore;
  readonly texts: Texts;
  readonly root: ShadowRoot;
  readonly links: Parameters<typeof richText>[1];
  readonly nonce: string | undefined;
  /** The consent cookie, whose row the declaration lists under necessary (issue 9). */
  readonly cookie: CoreResolvedConfig["cookie"];
  readonly status: HTMLElement;
  /** Decide, then say so in the status region. */
  acceptAll(): void;
  rejectAll(): void;
  save(choices: Record<string, boolean>): void;
  /** Where focus goes when the dialog closes: back to `opener`, or past a banner that has gone (WCAG 2.4.3). */
  focusBack(opener: HTMLElement | null): void;
}

export interface LayerPart {
  /** `asker` had focus when the visitor asked; it gets it back on close. */
  open(asker: HTMLElement | null): void;
  close(): void;
  /** The declaration into `element`, or with `preferences` the inline preferences (issue 9); one per element. */
  renderDeclaration(element: Element, preferences?: boolean): void;
  update(event: ChangeEvent): void;
  /** Redraws the declaration tables from the registry, which grew (a `declared` event). */
  redraw(): void;
  /** Removes what it rendered into the page. */
  destroy(): void;
}

export function attachLayer(host: LayerHost): LayerPart {
  const { store, texts, root } = host;
  texts.learn({ ...strings, ...regionStrings });
  const { bus, registry } = store;
  const panels = new Map<Element, Panel>();
  const inlineElements = new WeakSet<Element>();
  let inlineSheet: ReturnType<typeof ownSheet> | undefined;
  let opener: HTMLElement | null = null;
  ownSheet(root, host.nonce).set(DIALOG_CSS);
  const preferences = createPreferences(texts, registry, store.state().gpc, host.links, root.ownerDocument.baseURI, {
    acceptAll: host.acceptAll,
    rejectAll: host.rejectAll,
    save: host.save,
    closed() {
      host.focusBack(opener);
      opener = null;
      bus.emit("close", undefined);
    },
  });

  /**
   * L-04: the stored choices; else an outdated record's as a suggestion, else the defaults (all off in opt-in mode).
   * L-17, L-20: under GPC, marketing and exempt categories are never suggested; the visitor may still switch them on.
   */
  const shown = (state = store.state()) => {
    if (state.decided) return state.categories;
    const suggested: Record<string, boolean> = { ...state.categories, ...store.previousChoices() };
    for (const id of registry.optional) if (refusedByGpc(registry, state.gpc, id)) suggested[id] = false;
    return suggested;
  };

  const open = (asker: HTMLElement | null) => {
    const dialog = preferences.element;
    if (dialog.open) return;
    root.append(dialog);
    opener = asker;
    host.status.textContent = "";
    preferences.open(shown(), store.state().id);
    bus.emit("open", undefined);
  };

  return {
    open,
    close: () => preferences.close(),
    renderDeclaration(element, inline) {
      let panel = panels.get(element);
      if (!panel) {
        // The inline switches' few rules go into the page, themed by the `--consent-*` variables (issue 9).
        if (inline) (inlineSheet ??= ownSheet(element.ownerDocument, host.nonce)).set(INLINE_CSS);
        panel = inline
          ? createInlinePreferences(texts, registry, store.state().gpc, shown, (choices) => store.set(choices, "custom"))
          : createDeclaration(texts, registry, () => open(deepActiveElement(element.ownerDocument)), host.cookie);
        panels.set(element, panel);
        if (inline) inlineElements.add(element);
      }
      panel.update(store.state());
      if (panel.element.parentNode != element) element.append(panel.element);
    },
    redraw() {
      // A copy: each redrawn panel goes back into the map, where iterating it live would meet it again.
      for (const [element, panel] of [...panels]) {
        if (inlineElements.has(element)) continue;
        panel.element.remove();
        panels.delete(element);
        this.renderDeclaration(element);
      }
    },
    destroy() {
      for (const panel of panels.values()) panel.element.remove();
      panels.clear();
      inlineSheet?.remove();
    },
    update({ state, remote }) {
      // An open dialog follows a decision made in another tab, so a Save never writes stale switches back.
      if (remote) preferences.follow(state.categories, state.id);
      // Inline switches and declarations follow every decision, wherever it was made (the banner, another tab).
      for (const [element, panel] of panels) {
        if (element.isConnected) panel.update(state);
        else panels.delete(element);
      }
    },
  };
}
