// Gated tags (DESIGN 3): `<script type="text/plain" data-consent>` runs once its condition holds, in document order;
// `<iframe data-consent data-src>` waits hidden (behind a placeholder, where a UI draws one) and unloads on revoke.
import type { ConsentContext } from "../api";
import type { PageWindow } from "../core/storage";
import { compileCondition, type Condition } from "./condition";
import { needConsent } from "./demand";
import { report } from "./report";
import { scriptPolicy, type ScriptPolicy } from "./trusted";

/**
 * Draws what stands in for a blocked iframe; `allow` grants what it needs. UI code, so the entries with a UI pass one
 * (src/ui/placeholder.ts) and headless `consentry/core` passes none: its iframes just wait, hidden.
 */
export type Placeholder = (iframe: HTMLIFrameElement, wanted: readonly string[], allow: () => void) => HTMLElement;

/** Every gated tag: scripts that wait as `text/plain`, iframes whose `src` waits in `data-src` (DESIGN 3). */
export const GATED_TAGS = "script[type='text/plain'][data-consent],iframe[data-consent][data-src]";

export function createTags(context: ConsentContext, win: PageWindow, placeholder?: Placeholder): () => void {
  const { store, signal } = context;
  const doc = win.document;
  const conditions = new WeakMap<Element, Condition | undefined>();
  const placeholders = new Map<Element, HTMLElement>();
  // An external script is loading: later ones wait for it, so tags run in document order.
  let waiting: unknown;

  const fail = (error: unknown) => report(store, "tag", error);

  const run = (original: HTMLScriptElement) => {
    // Once only, even if the new script reports back before `original` has left the document.
    conditions.set(original, undefined);
    // Set first: an engine may report a script's load (or failure) while inserting it.
    waiting = 1;
    if (!runScript(original, win, context.nonce, (failed) => {
      if (failed) fail(`${failed} failed to load`);
      waiting = 0;
      sync();
    }, scriptPolicy(win)))
      waiting = 0;
  };

  const frame = (iframe: HTMLIFrameElement, condition: Condition, allowed: boolean) => {
    const src = iframe.dataset.src!;
    let note = placeholders.get(iframe);
    if (!note && placeholder) {
      // The visitor's own click in the page: recorded as a custom choice, like one made in the dialog.
      note = placeholder(iframe, condition.wanted, () => store.set(Object.fromEntries(condition.wanted.map((id) => [id, true])), "custom"));
      iframe.before(note);
      placeholders.set(iframe, note);
    }
    if (note) note.hidden = allowed;
    iframe.hidden = !allowed;
    // L-11: revoking unloads the embedded page, so its vendor stops at once.
    const want = allowed ? src : iframe.hasAttribute("src") && "about:blank";
    if (want && iframe.getAttribute("src") != want) iframe.src = want;
  };

  const sync = () => {
    // Until the parser is done a tag may be incomplete; DOMContentLoaded runs the static ones, in order.
    if (doc.readyState == "loading") return;
    for (const element of doc.querySelectorAll<HTMLElement>(GATED_TAGS)) {
      // Issue 9: a gated tag on the page brings the banner (`banner: "auto"`).
      needConsent(store);
      if (!conditions.has(element)) conditions.set(element, compileCondition(store, element.dataset.consent!, "tag"));
      const condition = conditions.get(element);
      const allowed = condition?.(store.granted) ?? false;
      try {
        if (element instanceof win.HTMLIFrameElement) {
          if (condition) frame(element, condition, allowed);
        } else if (allowed && !waiting) {
          run(element as HTMLScriptElement);
        }
      } catch (error) {
        // Never retried: a tag that cannot be inserted (Trusted Types, say) fails once, and the tags after it go on.
        waiting = 0;
        fail(error);
      }
    }
  };

  // SPA routes add tags after start.
  const observer = new win.MutationObserver(sync);
  observer.observe(doc, { childList: true, subtree: true });
  doc.addEventListener("DOMContentLoaded", sync, { signal });
  signal.addEventListener("abort", () => {
    observer.disconnect();
    for (const note of placeholders.values()) note.remove();
  });
  return sync;
}

/**
 * Puts a live copy of a gated `<script type="text/plain">` in its place (the gate, and the drop-in's returning path).
 * True when the copy is external: `settled` then runs once it has loaded (or failed: with its URL), and later tags
 * wait for it so that they run in document order. Without a Trusted Types `policy` (the returning path has none, issue
 * 27) plain strings go in, and a page that enforces Trusted Types throws here: the caller hands that tag to the gate.
 */
export function runScript(
  original: HTMLScriptElement,
  win: PageWindow,
  nonce: string | undefined,
  settled: (failed?: string) => void,
  policy?: ScriptPolicy,
): boolean {
  const script = win.document.createElement("script");
  for (const { name, value } of original.attributes) {
    if (name != "type" && name != "nonce") {
      // Stryker disable next-line ConditionalExpression: `true` sends every attribute through createScriptURL, whose Trusted Type stringifies to the same value (no browser checks it outside `src`); `false` equals the killed `""` and `!=` mutants here.
      script.setAttribute(name, name == "src" && policy ? policy.createScriptURL(value) : value);
    }
  }
  if (original.dataset.type) script.type = original.dataset.type;
  // under a nonce CSP the new script needs the nonce of the SDK's own script.
  script.nonce = nonce || original.nonce;
  script.text = policy ? policy.createScript(original.text) : original.text;
  if (script.src) {
    script.async = false;
    script.onload = script.onerror = (event: Event | string) => settled((event as Event).type == "error" ? script.src : undefined);
  }
  original.replaceWith(script);
  return !!script.src;
}
