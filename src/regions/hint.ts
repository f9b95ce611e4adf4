// Where the visitor's region comes from (issue 29): what the server put in the page or a cookie, never a network call
// of ours. `data-consent-region` on <html>, then on the drop-in's script tag, then the `consentry-region` cookie an
// edge function set; with `regionFromTimeZone: true` and none of those, the browser's time zone (weak, docs/regions.md).
import { knownRegion } from "./codes";
import { regionFromTimeZone } from "./timezones";

export const REGION_ATTRIBUTE = "data-consent-region";
export const REGION_COOKIE = "consentry-region";

export interface RegionSources {
  readonly document: Document;
  /** The drop-in's own script element, if known. */
  readonly script?: Element | null;
  readonly timeZone?: boolean;
}

/** The raw hint and where it came from, first found wins; undefined when the page carries none. */
export function regionHint({ document: doc, script }: RegionSources): { value: string; source: string } | undefined {
  const html = doc.documentElement.getAttribute(REGION_ATTRIBUTE);
  if (html != null) return { value: html, source: `<html ${REGION_ATTRIBUTE}>` };
  const tag = script?.getAttribute(REGION_ATTRIBUTE);
  if (tag != null) return { value: tag, source: `<script ${REGION_ATTRIBUTE}>` };
  for (const pair of doc.cookie.split(/;\s*/)) {
    const [name, value = ""] = pair.split("=");
    if (name == REGION_COOKIE) return { value: safeDecode(value), source: `the ${REGION_COOKIE} cookie` };
  }
  return undefined;
}

const safeDecode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/**
 * The region as rules read it (`knownRegion`), or undefined: no hint (then the time zone, when asked for), or one
 * that is not a code any country has, which is ignored with a console warning. Undefined means the strictest rules.
 */
export function readRegion(sources: RegionSources, warn: (message: string) => void = console.warn): string | undefined {
  const hint = regionHint(sources);
  if (!hint) return sources.timeZone ? regionFromTimeZone(safeTimeZone()) : undefined;
  return parseRegion(hint.value, hint.source, warn);
}

/** A code from a hint or `setRegion`, case-insensitive (`us-ca`); a malformed or unknown one warns and reads as unknown. */
export function parseRegion(value: unknown, source: string, warn: (message: string) => void = console.warn): string | undefined {
  const code = typeof value == "string" ? knownRegion(value.trim().toUpperCase()) : undefined;
  if (!code) warn(`consentry: ${source}: ${JSON.stringify(value)} is not an ISO 3166 region code (FR, US-CA); the strictest rules apply`);
  return code;
}

function safeTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
