// The drop-in runs first in <head>, before <body> exists: the UI mounts once it does, and calls made meanwhile wait.
import type { UiFactory, UiPart } from "../api";

export function mountWhenBodyExists(factory: UiFactory): UiFactory {
  return (context) => {
    const doc = context.window?.document;
    if (!doc || doc.body) return factory(context);
    let part: UiPart | undefined;
    const waiting: (() => void)[] = [];
    doc.addEventListener(
      "DOMContentLoaded",
      () => {
        part = factory(context);
        for (const call of waiting.splice(0)) call();
      },
      { once: true, signal: context.signal },
    );
    // Each call runs now if the UI is up, else in order once it is.
    const later =
      <K extends "open" | "close" | "show" | "renderDeclaration">(method: K) =>
      (...args: Parameters<UiPart[K]>) =>
        part ? (part[method] as (...input: unknown[]) => void)(...args) : void waiting.push(() => later(method)(...args));
    return {
      open: later("open"),
      close: later("close"),
      show: later("show"),
      renderDeclaration: later("renderDeclaration"),
      destroy: () => part?.destroy?.(),
    };
  };
}
