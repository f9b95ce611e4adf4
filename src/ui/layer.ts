// The UI's second half, loaded with the second layer: it opens the preferences dialog, keeps cookie declarations
// current and follows decisions from other tabs. The drop-in's first layer hands it what it shares (LayerHost), so a
// first visit carries none of this code.
import { refusedByGpc } from "../core/categories";
import type { ChangeEvent, ConsentStore } from "../core/store";
import { createDeclaration, type Declaration } from "./declaration";
import { deepActiveElement, type richText } from "./dom";
import type { Texts } from "./i18n";
import { createPreferences } from "./preferences";
import { ownSheet } from "./sheet";
import strings from "./strings-dialog";
import { DIALOG_CSS } from "./theme";

/** What the first layer shares with the second. */
export interface LayerHost {
  readonly store: ConsentStore;
  readonly texts: Texts;
  readonly root: ShadowRoot;
  readonly links: Parameters<typeof richText>[1];
  readonly nonce: string | undefined;
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
  renderDeclaration(element: Element): void;
  update(event: ChangeEvent): void;
  /** Removes the declarations it rendered. */
  destroy(): void;
}

export function attachLayer(host: LayerHost): LayerPart {
  const { store, texts, root } = host;
  texts.learn(strings);
  const { bus, registry } = store;
  const declarations = new Map<Element, Declaration>();
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

  const open = (asker: HTMLElement | null) => {
    const dialog = preferences.element;
    if (dialog.open) return;
    root.append(dialog);
    opener = asker;
    host.status.textContent = "";
    const state = store.state();
    const suggested: Record<string, boolean> = { ...state.categories, ...store.previousChoices() };
    // L-04: the stored choices; else an outdated record's as a suggestion, else the defaults (all off in opt-in mode).
    // L-17, L-20: under GPC, marketing and exempt categories are never suggested; the visitor may still switch them on.
    for (const id of registry.optional) if (refusedByGpc(registry, state.gpc, id)) suggested[id] = false;
    preferences.open(state.decided ? state.categories : suggested);
    bus.emit("open", undefined);
  };

  return {
    open,
    close: () => preferences.close(),
    renderDeclaration(element) {
      let declaration = declarations.get(element);
      if (!declaration) declarations.set(element, (declaration = createDeclaration(texts, registry, () => open(deepActiveElement(element.ownerDocument)))));
      declaration.update(store.state());
      if (declaration.element.parentNode != element) element.append(declaration.element);
    },
    destroy() {
      for (const declaration of declarations.values()) declaration.element.remove();
      declarations.clear();
    },
    update({ state, remote }) {
      // An open dialog follows a decision made in another tab, so a Save never writes stale switches back.
      if (remote) preferences.follow(state.categories);
      for (const [element, declaration] of declarations) {
        if (element.isConnected) declaration.update(state);
        else declarations.delete(element);
      }
    },
  };
}
