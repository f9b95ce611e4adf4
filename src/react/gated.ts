// <Gated category fallback>: its children only while the condition holds, the fallback otherwise (and on a server).
import { createElement, Fragment, type ReactNode } from "react";
import { useGranted } from "./hooks";

export interface GatedProps {
  /** A category id or a condition: `analytics`, `analytics && !marketing`, `marketing || preferences`. */
  category: string;
  /** What shows until then, e.g. a placeholder with a button that calls `set({ marketing: true })`. */
  fallback?: ReactNode;
  children?: ReactNode;
}

export function Gated({ category, fallback = null, children }: GatedProps): ReactNode {
  return createElement(Fragment, null, useGranted(category) ? children : fallback);
}
