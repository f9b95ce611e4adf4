// The UI part: banner, preferences dialog and cookie declaration, rendered from store state; it only calls store actions.
// Banner and dialog live in an open shadow root on a host that is the first child of <body>: early in the tab order
// and out of reach of the page's CSS (DESIGN 6). Nothing happens at import; everything added is removed on destroy.
// The entries mount it once <body> exists (page/when-body.ts); page/wiring.ts handles [data-consent-open],
// [data-consent-declaration] and [data-consent-preferences].
import type { UiFactory, UiPart } from "../api";
import { configNeedsConsent } from "../gate/demand";
import { createBanner } from "./banner";
import { deepActiveElement, h } from "./dom";
import { createTexts, pickLanguage } from "./i18n";
import type { LayerPart } from "./layer";
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
  /** The host, its shadow root and stylesheet, and the texts they speak. */
  interface Mounted {
    host: HTMLElement;
    root: ShadowRoot;
    status: HTMLElement;
    texts: ReturnType<typeof createTexts>;
    links: { policy: [string | undefined, string] };
  }
  let mounted: Mounted | undefined;
  // Issue 12: a decided visit shows nothing, so it builds nothing. The host, its shadow root and its stylesheet come
  // with the first banner, dialog or declaration.
  const mount = (): Mounted => {
    if (!mounted) {
      const language = pickLanguage(config, { documentLang: doc.documentElement.lang, languages: win.navigator.languages });
      const texts = createTexts(config, language);
      // the UI says which language it speaks, and right-to-left languages read right to left.
      const host = h("consentry-ui", { lang: texts.lang, dir: texts.dir });
      const root = host.attachShadow({ mode: "open" });
      ownSheet(root, nonce).set(UI_CSS);
      // outside the dialog, so the message is still heard after the dialog closes.
      const status = h("p", { role: "status", class: "v" });
      root.append(status);
      doc.body.prepend(host);
      mounted = { host, root, status, texts, links: { policy: [config.policyUrl, texts.text("policy")] } };
    }
    return mounted;
  };

  let banner: HTMLElement | undefined;
  /** WCAG 2.4.3: what had focus before the visitor moved into the banner. */
  let before: HTMLElement | null = null;
  let spacer: OwnedSheet | undefined;
  let part: LayerPart | undefined;

  const thenAnnounce = (decide: () => void) => () => {
    decide();
    const { status, texts } = mount();
    status.textContent = texts.text("saved");
  };
  const acceptAll = thenAnnounce(store.acceptAll);
  const rejectAll = thenAnnounce(() => store.rejectAll());

  // WCAG 2.4.3, 2.4.7 (issue 30): after a decision in the banner, focus goes back where it was; where that was nothing,
  // to the start of the page's content, a place with a box that the next Tab goes on from: the site's
  // `focusAfterDecision`, else the `main` landmark, else the first heading, else the first link or button. Never
  // <body>, never the host (no box, no name). Made focusable with tabindex=-1 only if it is not already.
  const startOfContent = () => {
    for (const selector of [config.focusAfterDecision, "main,[role=main]", "h1", "a[href],button"]) {
      let target: HTMLElement | null = null;
      try {
        target = selector ? doc.querySelector(selector) : null;
      } catch {} // a selector this browser cannot parse counts as none
      if (target) {
        if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.tabIndex = -1;
        return target;
      }
    }
  };
  // Back to where the visitor was (scrolled into view); the start of the content without scrolling to the top.
  const giveFocusBack = () => (before?.isConnected ? before.focus() : startOfContent()?.focus({ preventScroll: true }));

  /** Runs `use` with the second layer: at once when it is here, else once it has loaded (never after destroy). */
  const withLayer = (use: (loaded: LayerPart) => void, asked?: 1) => {
    if (part) return use(part);
    const arrived = (loaded: SecondLayer) => {
      const { texts, root, links, status } = mount();
      part ??= loaded.attachLayer({
        store,
        texts,
        root,
        links,
        nonce,
        cookie: config.cookie,
        status,
        acceptAll,
        rejectAll,
        save: (choices) => thenAnnounce(() => store.set(choices, "custom"))(),
        // back to whatever opened the dialog; if that was the banner, gone now, to where focus was before it.
        focusBack: (opener) => (banner?.hidden && banner.contains(opener) ? giveFocusBack() : opener?.focus()),
      });
      use(part);
    };
    const source = loadSecondLayer();
    if (!(source instanceof Promise)) return arrived(source);
    source.then(
      (loaded) => signal.aborted || arrived(loaded),
      (error) => {
        bus.emit("error", { source: "ui", error });
        // Issue 10: with no second layer, the first still decides. Manage preferences goes rather than stay a dead
        // button, and open() (the footer link) brings the banner back, so a decision can always be changed.
        if (asked) show();
        const [accept, , manage] = banner?.querySelectorAll<HTMLElement>(".a button") ?? [];
        if (manage) manage.hidden = true;
        if (asked) accept?.focus();
      },
    );
  };

  // focus returns to whatever had it when the visitor asked, even if the dialog arrives a moment later.
  const open = (asker = deepActiveElement(doc)) => withLayer((loaded) => loaded.open(asker), 1);

  // while the banner shows, the page keeps its height in reserve so a focused element can scroll clear of it.
  // Only the end of the page grows, so nothing already laid out moves (no layout shift).
  let resize: ResizeObserver | undefined;
  const observeSize = () => new win.ResizeObserver(() => {
    const height = `${banner!.offsetHeight}px`;
    spacer?.set(`html{scroll-padding-bottom:${height};padding-bottom:${height}}`);
  });

  const hideBanner = () => {
    if (banner) {
      if (banner.contains(mounted!.root.activeElement)) giveFocusBack();
      banner.hidden = true;
    }
    resize?.disconnect();
    spacer?.remove();
    spacer = undefined;
  };

  const show = () => {
    const { root, texts, links, status } = mount();
    if (!banner) {
      banner = root.insertBefore(
        createBanner(texts, config.headingLevel, links, doc.baseURI, {
          acceptAll,
          rejectAll,
          dismiss: thenAnnounce(() => store.rejectAll("dismiss")),
          manage: () => open(),
        }, config.closeButton),
        status,
      );
      // Largest contentful paint counts an element at its first paint, at the size it shows then: drawn first below
      // the viewport (one frame, whatever the motion preference), the banner is never the page's LCP element.
      banner.classList.add("o");
      win.requestAnimationFrame(() => win.requestAnimationFrame(() => banner!.classList.remove("o")));
      banner.addEventListener(
        "focusin",
        ({ relatedTarget }) => root.contains(relatedTarget as Node) || (before = relatedTarget as HTMLElement | null),
        { signal },
      );
    }
    banner.hidden = false;
    // The dialog loads when asked for, not when the pointer or focus reaches the banner: that prefetch ran its fetch
    // and compile just before the click, in the input delay of Accept all and Reject all (issue 12).
    spacer ??= ownSheet(doc, nonce);
    (resize ??= observeSize()).observe(banner);
  };

  // Issue 30: a page that renders the preferences inline (an account settings page) is where the visitor decides: the
  // form has every switch, off until switched on, and Save, so refusing is one press there, as on the banner (L-03),
  // and nothing optional runs until then (L-01). A banner over it would cover the very form the visitor came to use,
  // so it does not show while such a form is on the page; on the site's other pages it does, until a decision.
  const inlineOnPage = () => !!doc.querySelector("[data-consent-preferences],.consentry-preferences");

  // The declaration and, with `preferences`, the inline preferences (issue 9) are the second layer's, kept current there.
  const renderDeclaration = (element: Element, preferences?: boolean) => {
    // The form may arrive after the banner (a page still parsing, an SPA route): the banner gives way to it.
    if (preferences && !store.state().decided) hideBanner();
    withLayer((loaded) => loaded.renderDeclaration(element, preferences));
  };

  // Issue 9: with `banner: "auto"` the first layer waits until something needs consent: the config, or what the gate
  // finds on the page later (an `optional` event).
  // Issue 29: "never" (a `none` region) leaves the first layer to `show()`.
  const quiet = config.banner == "never";
  let needed = !quiet && (config.banner == "always" || !!configNeedsConsent(store.registry));
  const offChange = bus.on("change", (event) => {
    if (event.state.decided) hideBanner();
    else if (needed && !inlineOnPage()) show();
    part?.update(event);
  });

  const destroy = () => {
    offChange();
    hideBanner();
    mounted?.host.remove();
    part?.destroy();
  };
  signal.addEventListener("abort", destroy, { once: true });

  // L-16: the banner appears without taking focus; it is the first thing Tab reaches. It shows at start if needed,
  // or at the moment something optional appears (an SPA route adds a gated tag, a loader registers).
  const showIfUndecided = () => store.state().decided || inlineOnPage() || show();
  if (needed) showIfUndecided();
  bus.on("optional", () => needed || quiet || ((needed = true), showIfUndecided()));
  bus.on("declared", () => part?.redraw());

  return { open, close: () => part?.close(), show, renderDeclaration, destroy };
};
