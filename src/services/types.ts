import type { PageWindow } from "../core/storage";

// A catalog service (issue 26, DESIGN 1 "vendor services are data plus one small module each"): what a vendor stores,
// how it loads, what it is told on grant and on withdrawal. The runtime that acts on it is ./runtime.ts; each
// service is a file of its own here, a part of its own in the drop-in and a module of its own on npm.

/** The page's window as a vendor snippet sees it: its globals are the vendor's own, so they stay loosely typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type VendorWindow = PageWindow & Record<string, any>;

/** A vendor's global function with the properties its snippet hangs on it (a queue, a version). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type VendorFunction = ((...args: any[]) => any) & Record<string, any>;

/** The site's settings for one service, checked against `params` (strings only: ids, keys, hosts). */
export type ServiceParams = Readonly<Record<string, string>>;

/** `[name, purpose, duration]`: one cookie or storage key (a `*` glob), as the policy page lists it. */
export type DeclaredItem = readonly [name: string, purpose: string, duration: string];

export interface ServiceDefinition {
  /** The key under `services` in the config. */
  readonly name: string;
  /** The vendor and product, as a visitor reads it: "Microsoft Clarity". */
  readonly title: string;
  /** Its default category; the site may move it (`services.<name>.category`). */
  readonly category: string;
  /** What the site must give: a pattern and the words for what is expected (an error names them). `?` ends an optional one. */
  readonly params?: Readonly<Record<string, readonly [pattern: RegExp, expected: string]>>;
  /** The vendor's documented script URL for these settings; the site may override it (`src`). */
  readonly src?: (params: ServiceParams) => string;
  /** Attributes the documented tag carries beside `src` (`data-domain`, `data-website-id`, ...). */
  readonly attributes?: (params: ServiceParams) => Readonly<Record<string, string>>;
  /**
   * The vendor's documented snippet, once, before its script: the queue stub that records calls until the script is
   * here, and the calls the snippet makes (`init`, a page view), which the vendor holds or sends as consent allows.
   */
  readonly setup?: (win: VendorWindow, params: ServiceParams) => void;
  /** What the vendor is told on a grant (its consent API), before its script loads when it loads on grant. */
  readonly grant?: (win: VendorWindow, params: ServiceParams) => void;
  /** What the vendor is told before consent, where it documents "load denied, then update" (`beforeConsent`). */
  readonly deny?: (win: VendorWindow, params: ServiceParams) => void;
  /**
   * Withdrawal: the vendor's revoke or shutdown call. A vendor with no documented way to stop a script that has run
   * gets `reload`: the page reloads once after the withdrawal is saved, so nothing of it keeps running (L-11).
   */
  readonly revoke?: (win: VendorWindow, params: ServiceParams) => void;
  readonly reload?: true;
  /** An embed (`<iframe data-consent-service="youtube" data-src="...">`): the URL it may load, rewritten to the vendor's privacy mode. */
  readonly embed?: (url: URL) => URL | undefined;
  /** Who gets the data, for the policy page: provider, privacy policy, and where known the country data goes to. */
  readonly provider: readonly [provider: string, policy: string, country?: string];
  readonly cookies?: readonly DeclaredItem[];
  readonly storage?: readonly DeclaredItem[];
  readonly sessionStorage?: readonly DeclaredItem[];
}

/** What the docs, the audit and the tests know of a service and the drop-in never needs. */
export interface ServiceAbout {
  /** The vendor's hosts this service requests (scripts, beacons, frames): the audit recognises it by them. */
  readonly hosts: readonly string[];
  /** The vendor's documentation each part of the definition follows. */
  readonly docs: readonly string[];
  /** Cookieless audience measurement that may run under an exemption (L-20), and on what conditions. Off by default. */
  readonly exempt?: string;
  /** Which param the audit can read from a script URL it sees, and how. */
  readonly idFromUrl?: readonly [param: string, pattern: RegExp];
}
