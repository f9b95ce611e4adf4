// The drop-in's UI, fetched only when a visitor has something to see (issue 12): at start when nothing is decided yet,
// else on the first open(), show(), declaration or a change back to "undecided" (reset, another tab). A returning
// visitor's page, or one where nothing needs consent, loads and runs no UI code at all. Calls made before it arrives run, in order, once it has.
import type { ConsentContext, UiFactory, UiPart } from "../api";
import { configNeedsConsent } from "../gate/demand";
import { mountWhenBodyExists } from "./when-body";

export type UiCall = "open" | "close" | "show" | "renderDeclaration";

/** `asked` is the call that made the UI needed (none at start): the loader may fetch what that call needs alongside. */
export function lazyUi(load: (context: ConsentContext, asked?: UiCall) => Promise<UiFactory>): UiFactory {
  return (context) => {
    const { store, signal } = context;
    let part: UiPart | undefined;
    let loading: Promise<void> | undefined;
    const waiting: (() => void)[] = [];
    const need = (asked?: UiCall) =>
      (loading ??= load(context, asked).then(
        (factory) => {
          if (signal.aborted) return;
          part = mountWhenBodyExists(factory)(context);
          for (const call of waiting.splice(0)) call();
        },
        (error) => store.bus.emit("error", { source: "ui", error }),
      ));
    const later =
      <K extends UiCall>(method: K, loads = true) =>
      (...args: Parameters<UiPart[K]>) => {
        if (part) return (part[method] as (...input: unknown[]) => void)(...args);
        // Closing what was never opened needs no UI.
        if (!loads && !loading) return;
        waiting.push(() => later(method)(...args));
        need(method);
      };
    // The banner is up when the state is undecided and something needs consent (issue 9: `banner: "auto"` waits for
    // the config or the gate to say so); the UI part draws it itself once mounted.
    // Issue 29: "never" (a `none` region) fetches the UI only when asked.
    const quiet = context.config.banner == "never";
    let needed = !quiet && (context.config.banner == "always" || !!configNeedsConsent(store.registry));
    const undecided = () => store.state().decided || need();
    const offOptional = store.bus.on("optional", () => quiet || ((needed = true), undecided()));
    const off = store.bus.on("change", () => needed && undecided());
    if (needed) undecided();
    return {
      open: later("open"),
      close: later("close", false),
      show: later("show"),
      renderDeclaration: later("renderDeclaration"),
      destroy() {
        off();
        offOptional();
        part?.destroy?.();
      },
    };
  };
}
