// The audit's vocabulary: what one visit observes, what the audit concludes, and the report that carries both.

/** The four visits of DESIGN/issue 11: each in a fresh browser profile. */
export type VisitKind = "none" | "reject" | "accept" | "withdraw";
export const VISITS: readonly VisitKind[] = ["none", "reject", "accept", "withdraw"];

/** The storage technologies a declaration can name (the declaration's Type column). */
export type ItemType = "cookie" | "localStorage" | "sessionStorage" | "indexedDB";

/** Where an item came from: the response whose Set-Cookie wrote it, or the script whose call did. */
export interface Origin {
  response?: string;
  script?: string;
}

/** One stored thing as the browser holds it at the end of a visit. */
export interface ObservedItem {
  type: ItemType;
  name: string;
  /** Cookies: the cookie's domain and path; storage: the page's origin. */
  domain: string;
  path?: string;
  /** Cookies: Unix seconds, or -1 for a session cookie. */
  expires?: number;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
  setBy?: Origin;
}

export interface ObservedRequest {
  url: string;
  host: string;
  /** Playwright's resource type: document, script, image, xhr, fetch, ping, ... */
  type: string;
  thirdParty: boolean;
  /** What in the request identifies the visitor (a Cookie header, a stored value), or null. */
  identifier: string | null;
  /** Sent before the visit's first click, or after it. */
  phase: "before" | "after";
}

/** A control of the consent UI that was missing or did not do what its name says. */
export interface ControlProblem {
  control: string;
  problem: string;
}

export interface VisitResult {
  visit: VisitKind;
  items: ObservedItem[];
  requests: ObservedRequest[];
  controls: ControlProblem[];
  /** The page's own `Consent.state().categories` at the end, when it has consentry. */
  categories?: Record<string, boolean>;
  error?: string;
}

export interface PageResult {
  url: string;
  /** `window.Consent` was there: four visits ran; else only `none` (the onboarding path). */
  consentry: boolean;
  visits: VisitResult[];
  /** The banner as a visitor first sees it (PNG), for the HTML report. */
  screenshot?: Buffer;
  /** Same-origin links found on the page (the crawl's next candidates). */
  links: string[];
  /** The page's own consentry config (window.ConsentConfig or its JSON block), when it has one. */
  config?: unknown;
  error?: string;
}

/** A declaration as the audit matches it: one glob of one type in one category. */
export interface Declaration {
  category: string;
  type: ItemType;
  pattern: string;
  provider?: string;
  purpose?: string;
  duration?: string;
  /** Not written by the site: what consentry itself, an integration (PostHog) or a configured catalog service
   *  (`services.<name>`) declares and erases. */
  implied?: string;
}

export type FindingKind =
  | "before-consent"
  | "undeclared"
  | "survived-withdrawal"
  | "third-party-before-consent"
  | "broken-control"
  | "declared-never-seen";

export const FINDING_KINDS: readonly FindingKind[] = [
  "before-consent",
  "undeclared",
  "survived-withdrawal",
  "third-party-before-consent",
  "broken-control",
  "declared-never-seen",
];
/** Informational kinds never fail a run unless named in --fail-on. */
export const INFORMATIONAL: readonly FindingKind[] = ["declared-never-seen"];

export interface Evidence {
  page: string;
  visit: VisitKind;
  detail: string;
}

export interface Finding {
  kind: FindingKind;
  severity: "warning" | "info";
  /** The item or host it is about. */
  subject: string;
  type?: ItemType | "request" | "control";
  category?: string;
  message: string;
  evidence: Evidence[];
  /** The catalog service that would fix it (issue 26 item 5): "add services.<name>" to the config. */
  service?: { name: string; title: string };
}

/** A suggestion from the Open Cookie Database or consentry's own additions. */
export interface Suggestion {
  provider?: string;
  purpose?: string;
  retention?: string;
  category: string;
  source: "open-cookie-database" | "consentry";
  pattern: string;
}

/** One item across every page and visit it was seen in. */
export interface InventoryItem {
  type: ItemType;
  name: string;
  domain: string;
  path?: string;
  expires?: number;
  httpOnly?: boolean;
  setBy?: Origin;
  /** The declaration that covers it, or null. */
  declared: { category: string; pattern: string; implied?: string } | null;
  suggestion?: Suggestion;
  /** Visit kind -> pages where it was present at the end of that visit. */
  seen: Partial<Record<VisitKind, string[]>>;
  thirdParty: boolean;
  /** The recognised catalog service that declares it (issue 26 item 5): the draft writes the service, not the item. */
  service?: string;
}
