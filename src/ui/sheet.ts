// One stylesheet the SDK owns, CSP-safe: a constructable sheet where supported, else `<style nonce>`; never `style=""`.
import { h } from "./dom";

export interface OwnedSheet {
  set(css: string): void;
  remove(): void;
}

export function ownSheet(target: Document | ShadowRoot, nonce: string | undefined): OwnedSheet {
  const doc = (target as ShadowRoot).ownerDocument ?? (target as Document);
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if ("adoptedStyleSheets" in target && Sheet && "replaceSync" in Sheet.prototype) {
    const sheet = new Sheet();
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return {
      set: (css) => sheet.replaceSync(css),
      remove: () => void (target.adoptedStyleSheets = target.adoptedStyleSheets.filter((other) => other != sheet)),
    };
  }
  // The nonce is set before insertion: a `<style>` without one is blocked under a strict style-src.
  const style = h("style", { nonce });
  (target == doc ? doc.head : target).append(style);
  return { set: (css) => void (style.textContent = css), remove: () => style.remove() };
}
