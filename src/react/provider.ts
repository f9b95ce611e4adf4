// <ConsentProvider>: one consent instance for a React tree, created after mount (never while rendering, never on a
// server) or handed in, and the store functions every hook below it reads through `useSyncExternalStore`.
import { createContext, createElement, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ConsentApi, Integration } from "../api";
import { NECESSARY } from "../core/categories";
import type { ConsentConfig } from "../integrations/config";
import type { ConsentState, StoreEnvironment } from "../core/store";
import { createConsent } from "../page/create-consent";

/** What the provider hands down: the instance (none yet on a server and in the first render) and how to read it. */
export interface ConsentBinding {
  readonly api: ConsentApi | null;
  readonly subscribe: (onChange: () => void) => () => void;
  /** The client's state; `pending` until an instance exists. */
  readonly snapshot: () => ConsentState;
  /** What a server renders, and so what hydration must render first: nothing decided, nothing optional granted. */
  readonly pending: ConsentState;
  /**
   * Issue 9, `banner: "auto"`: a component gated on an optional category is optional content, as a gated tag is, so
   * it brings the banner. Only for an instance the provider made: a headless one has no gate and no banner.
   */
  readonly demand: (condition: string, id: string) => () => void;
}

export const ConsentContext = /* @__PURE__ */ createContext<ConsentBinding | undefined>(undefined);

export type ConsentProviderProps =
  | {
      /** Read once, on mount: the provider creates the instance (with the banner) and destroys it on unmount. */
      config: ConsentConfig;
      /** Read once too: `[services(clarity, youtube)]` from consentry/services for `config.services` (issue 26). */
      integrations?: readonly Integration[];
      /** Read once too: what `withRegion` from consentry/regions gives for the record (issue 29). */
      environment?: Partial<StoreEnvironment>;
      consent?: undefined;
      children?: ReactNode;
    }
  | {
      /** An instance of your own (`createConsent` from `consentry` or `consentry/core`); you destroy it. */
      consent: ConsentApi;
      config?: undefined;
      integrations?: undefined;
      environment?: undefined;
      children?: ReactNode;
    };

// Before paint on a client, so a visitor who already decided sees no flash of fallbacks; a server runs no effect,
// and React 18 warns about a layout effect there, so the choice is made without touching `document`'s value.
const useClientEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

const freeze = Object.freeze;

/** The not-decided, not-granted state (L-02): `necessary` only, whatever the mode, until the client has read storage. */
function pendingState(api: ConsentApi | null): ConsentState {
  const ids = api ? Object.keys(api.state().categories) : [NECESSARY];
  return freeze({
    decided: false,
    categories: freeze(Object.fromEntries(ids.map((id) => [id, id === NECESSARY]))),
    id: null,
    revision: null,
    decidedAt: null,
    updatedAt: null,
    method: null,
    gpc: false,
  });
}

export function ConsentProvider(props: ConsentProviderProps): ReactNode {
  const { consent, children } = props;
  // A config literal is a new object on every render; re-creating the instance for it would re-show the banner.
  const config = useRef(props.config);
  const integrations = useRef(props.integrations);
  const environment = useRef(props.environment);
  const [created, setCreated] = useState<ConsentApi | null>(null);

  useClientEffect(() => {
    if (consent) return;
    // In an effect, so strict mode's mount, unmount, mount leaves one instance: the first is destroyed in between.
    const api = createConsent(config.current, { integrations: integrations.current, environment: environment.current });
    setCreated(api);
    return () => {
      api.destroy();
      setCreated((current) => (current === api ? null : current));
    };
  }, [consent]);

  const api = consent ?? created;
  const value = useMemo((): ConsentBinding => {
    const pending = pendingState(api);
    return {
      api,
      pending,
      // A loader that loads nothing: the gate's own way of hearing that an optional category is waited on.
      demand: (condition, id) => (created ? created.register({ id: `react${id}`, category: condition, load() {} }) : () => {}),
      subscribe: (onChange) => (api ? api.on("change", onChange) : () => {}),
      snapshot: () => (api ? api.state() : pending),
    };
  }, [api, created]);
  return createElement(ConsentContext.Provider, { value }, children);
}
