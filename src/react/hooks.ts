// useConsent() and useGranted(): the provider's store through `useSyncExternalStore`, the server's snapshot first.
import { useContext, useEffect, useId, useMemo, useSyncExternalStore } from "react";
import type { ConsentApi } from "../api";
import type { ConsentState } from "../core/store";
import { parseCondition } from "../gate/condition";
import { ConsentContext, type ConsentBinding } from "./provider";

export interface ConsentValue {
  readonly state: ConsentState;
  /**
   * False on the server, during hydration and before the instance exists: `state` is then the not-decided
   * placeholder, so a banner of your own should wait for `ready` (no flash for a visitor who already decided).
   */
  readonly ready: boolean;
  /** The instance itself, for `on`, `register`, `whenGranted`, `renderDeclaration`; null until `ready`. */
  readonly consent: ConsentApi | null;
  /** A category id or a condition (`analytics && !marketing`), against `state`. */
  granted(condition: string): boolean;
  acceptAll(): void;
  rejectAll(): void;
  set(choices: Readonly<Record<string, boolean>>): void;
  reset(): void;
  open(): void;
  close(): void;
  show(): void;
}

function useBinding(hook: string): ConsentBinding {
  const binding = useContext(ConsentContext);
  if (!binding) throw new Error(`consentry/react: ${hook}() needs a <ConsentProvider> above it`);
  return binding;
}

/** A condition as a test of a state; a malformed one, or one naming an unknown category, grants nothing. */
function compile(condition: string): (state: ConsentState) => boolean {
  const test = parseCondition(condition);
  return (state) => test?.((id) => state.categories[id] === true) ?? false;
}

export function useConsent(): ConsentValue {
  const { api, subscribe, snapshot, pending } = useBinding("useConsent");
  const state = useSyncExternalStore(subscribe, snapshot, () => pending);
  return useMemo((): ConsentValue => {
    // Before the instance exists there is nothing to decide on; a click cannot come before it on a client.
    const call =
      <K extends "acceptAll" | "rejectAll" | "reset" | "open" | "close" | "show">(method: K) =>
      () =>
        api?.[method]();
    return {
      state,
      ready: state !== pending,
      consent: state === pending ? null : api,
      granted: (condition) => compile(condition)(state),
      acceptAll: call("acceptAll"),
      rejectAll: call("rejectAll"),
      set: (choices) => api?.set(choices),
      reset: call("reset"),
      open: call("open"),
      close: call("close"),
      show: call("show"),
    };
  }, [api, state, pending]);
}

/** Whether `condition` holds now. Re-renders only when its answer changes; false on the server and in hydration. */
export function useGranted(condition: string): boolean {
  const { subscribe, snapshot, pending, demand } = useBinding("useGranted");
  const test = useMemo(() => compile(condition), [condition]);
  const id = useId();
  useEffect(() => demand(condition, id), [demand, condition, id]);
  return useSyncExternalStore(
    subscribe,
    () => test(snapshot()),
    () => test(pending),
  );
}
