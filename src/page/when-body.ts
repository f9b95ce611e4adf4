// The drop-in runs first in <head>, before <body> exists: the UI mounts once it does, and calls made meanwhile wait.
import type { UiFactory, UiPart } from "../api";

export function mountWhenBodyExists(factory: UiFactory): UiFactory {
  return (context) => {
    const doc = context.window?.document;
    if (!doc || doc.body) return factory(context);
    let part: UiPart | undefined;
    const waiting: ((ui: UiPart) => void)[] = [];
    doc.addEventListener(
      "DOMContentLoaded",
      () => {
        part = factory(context);
        for (const call of waiting.splice(0)) call(part);
      },
      { once: true, signal: context.signal },
    );
    const later = (call: (ui: UiPart) => void) => (part ? call(part) : void waiting.push(call));
    return {
      open: () => later((ui) => ui.open()),
      close: () => later((ui) => ui.close()),
      show: () => later((ui) => ui.show()),
      renderDeclaration: (element) => later((ui) => ui.renderDeclaration(element)),
      destroy: () => part?.destroy?.(),
    };
  };
}
