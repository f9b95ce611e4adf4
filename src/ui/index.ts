// The UI part: banner, preferences dialog and cookie declaration, rendered from store state; it only calls store actions.
// Banner and dialog live in an open shadow root on a host that is the first child of <body>: early in the tab order
// and out of reach of the page's CSS (DESIGN 6). Nothing happens at import; everything added is removed on destroy.
// The entries mount it once <body> exists (page/when-body.ts); page/wiring.ts handles [data-consent-open] and
// [data-consent-declaration].
import type { UiFactory, UiPart } from "../api";
import { createBanner } from "./banner";
import type { Declaration } from "./declaration";
import { deepActiveElement, h } from "./dom";
import { createTexts, pickLanguage } from "./i18n";
import type { Preferences } from "./preferences";
import { secondLayer, type SecondLayer } from "./second-layer";
import { ownSheet, type OwnedSheet } from "./sheet";
import { UI_CSS } from "./theme";

export { default as en } from "./locales/en";
export type { Locale } from "./i18n";

/** Where the dialog and declaration code comes from: at hand, or a module that loads when first needed. */
export type SecondLayerSource = () => SecondLayer | Promise<SecondLayer>;

/** The UI with the second layer bundled in (the npm entry; bundlers split as they see fit). */
export const mountUi: UiFactory = (context) => createUi(() => secondLayer)(context);

export const createUi = (loadSecondLayer: SecondLayerSource): UiFactory => ({ store, config, window: win, signal, nonce }): UiPart => {
  const { bus } = store;
  if (!win) return { open: () => bus.emit("open", undefined), close: () => bus.emit("close", undefined), show() {}, renderDeclaration() {} };

  const doc = win.document;
  const texts = createTexts(config, pickLanguage(config, { documentLang: doc.documentElement.lang, languages: win.navigator.languages }));
  const links = { policy: [config.policyUrl, texts.text("policy")] as [string | undefined, string] };
  // the UI says which language it speaks, and right-to-left languages read right to left.
  const host = h("consentry-ui", { lang: texts.lang, dir: texts.dir });
  const root = host.attachShadow({ mode: "open" });
  ownSheet(root, nonce).set(UI_CSS);
  // outside the dialog, so the message is still heard after the dialog closes.
  const status = h("p", { role: "status", class: "v" });
  root.append(status);
  doc.body.prepend(host);

  let banner: HTMLElement | undefined;
  let preferences: Preferences | undefined;
  let opener: HTMLElement | null = null;
  let spacer: OwnedSheet | undefined;
  const declarations = new Map<Element, Declaration>();
  let layer: SecondLayer | undefined;
  /** Runs `use` with the second layer: at once when it is here, else once it has loaded (never after destroy). */
  const withLayer = (use: (loaded: SecondLayer) => void) => {
    if (layer) return use(layer);
    const arrived = (loaded: SecondLayer) => {
      texts.learn(loaded.strings);
      use((layer = loaded));
    };
    const source = loadSecondLayer();
    if (!(source instanceof Promise)) return arrived(source);
    source.then(
      (loaded) => signal.aborted || arrived(loaded),
      (error) => bus.emit("error", { source: "ui", error }),
    );
  };

  const thenAnnounce = (decide: () => void) => () => {
    decide();
    status.textContent = texts.text("saved");
  };
  const actions = {
    acceptAll: thenAnnounce(store.acceptAll),
    rejectAll: thenAnnounce(store.rejectAll),
    save: (choices: Record<string, boolean>) => thenAnnounce(() => store.set(choices, "custom"))(),
    manage: () => open(),
    closed() {
      // back to whatever opened the dialog.
      opener?.focus();
      opener = null;
      bus.emit("close", undefined);
    },
  };

  // while the banner shows, the page keeps its height in reserve so a focused element can scroll clear of it.
  // Only the end of the page grows, so nothing already laid out moves (no layout shift).
  const resize = new win.ResizeObserver(() => {
    const height = `${banner!.offsetHeight}px`;
    spacer?.set(`html{scroll-padding-bottom:${height};padding-bottom:${height}}`);
  });

  const hideBanner = () => {
    if (banner) banner.hidden = true;
    resize.disconnect();
    spacer?.remove();
    spacer = undefined;
  };

  const show = () => {
    banner ??= root.insertBefore(createBanner(texts, config.headingLevel, links, doc.baseURI, actions), status);
    banner.hidden = false;
    // The dialog loads when asked for, not when the pointer or focus reaches the banner: that prefetch ran its fetch
    // and compile just before the click, in the input delay of Accept all and Reject all (issue 12).
    spacer ??= ownSheet(doc, nonce);
    resize.observe(banner);
  };

  const open = () => {
    // focus returns to whatever had it when the visitor asked, even if the dialog arrives a moment later.
    const asker = deepActiveElement(doc);
    withLayer(({ createPreferences, dialogCss }) => {
      if (!preferences) {
        ownSheet(root, nonce).set(dialogCss);
        preferences = createPreferences(texts, store.registry, store.state().gpc, links, doc.baseURI, actions);
      }
      const dialog = preferences.element;
      if (dialog.open) return;
      root.append(dialog);
      opener = asker;
      status.textContent = "";
      const state = store.state();
      // L-04: the stored choices; else an outdated record's as a suggestion, else the defaults (all off in opt-in mode).
      // L-17: under GPC, marketing is never suggested; the visitor may still switch it on.
      preferences.open(state.decided ? state.categories : { ...state.categories, ...store.previousChoices(), ...(state.gpc && { marketing: false }) });
      bus.emit("open", undefined);
    });
  };

  const renderDeclaration = (element: Element) =>
    withLayer(({ createDeclaration }) => {
      let declaration = declarations.get(element);
      if (!declaration) declarations.set(element, (declaration = createDeclaration(texts, store.registry, open)));
      declaration.update(store.state());
      if (declaration.element.parentNode != element) element.append(declaration.element);
    });

  const offChange = bus.on("change", ({ state }) => {
    if (state.decided) hideBanner();
    else show();
    for (const [element, declaration] of declarations) {
      if (element.isConnected) declaration.update(state);
      else declarations.delete(element);
    }
  });

  const destroy = () => {
    offChange();
    hideBanner();
    host.remove();
    for (const declaration of declarations.values()) declaration.element.remove();
    declarations.clear();
  };
  signal.addEventListener("abort", destroy, { once: true });

  // L-16: the banner appears without taking focus; it is the first thing Tab reaches.
  if (!store.state().decided) show();

  return { open, close: () => preferences?.close(), show, renderDeclaration, destroy };
};
