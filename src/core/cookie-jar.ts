// Cookie access: read, write and erase on every domain and path variant (S-02, S-07).
// js-cookie was the plan; we use three of its verbs, and these lines cost about a fifth of its 630 B gzip.

export interface PageLocation {
  readonly hostname: string;
  readonly pathname: string;
  readonly protocol: string;
}

export interface CookieAttributes {
  path?: string;
  domain?: string;
  /** Lifetime in days; 0 or less expires the cookie now. */
  days?: number;
  sameSite?: "Lax" | "Strict";
  secure?: boolean;
}

/** Reads `document.cookie`, or "" where access throws (S-04: opaque origins throw SecurityError). */
export function readDocumentCookie(doc: Pick<Document, "cookie"> | undefined = globalThis.document): string {
  try {
    // No document throws, and reads as empty too.
    return doc!.cookie ?? "";
  } catch {
    return "";
  }
}

/**
 * Every name/value pair the page sees, duplicates included (a name set on two paths shows twice). Names stay as the
 * browser holds them: a vendor's `crisp-client%2Fsession%2F…` is erased only under that name, and it is the name a site
 * sees in its devtools and declares (issue 26).
 */
function pairs(doc?: Pick<Document, "cookie">): [string, string][] {
  const jar = readDocumentCookie(doc);
  return jar
    ? jar.split(";").map((pair) => {
        // The name ends at the first `=`; the value (possibly none) is everything after it, `=` signs included.
        const [name, ...value] = pair.split("=") as [string, ...string[]];
        return [name.trim(), value.join("=").trim()];
      })
    : [];
}

export function cookieNames(doc?: Pick<Document, "cookie">): string[] {
  return pairs(doc).map(([name]) => name).filter(Boolean);
}

/** The decoded values of every cookie called `name`, in the order the browser lists them. */
export function cookieValues(name: string, doc?: Pick<Document, "cookie">): string[] {
  return pairs(doc)
    .filter(([key]) => key === name)
    .map(([, value]) => decode(value));
}

/** The decoded value of the first cookie called `name`. */
export function readCookie(name: string, doc?: Pick<Document, "cookie">): string | undefined {
  return cookieValues(name, doc)[0];
}

/** Writes a cookie; the value is percent-encoded, so any string round-trips. Throws where the page may not. */
export function writeCookie(name: string, value: string, attributes: CookieAttributes, doc: Pick<Document, "cookie"> = document): void {
  let cookie = `${name}=${encodeURIComponent(value)}; Path=${attributes.path ?? "/"}`;
  if (attributes.domain) cookie += `; Domain=${attributes.domain}`;
  if (attributes.days !== undefined) {
    const seconds = Math.max(0, Math.round(attributes.days * 86_400));
    // An expiry in the past as well: some engines (happy-dom among them) ignore Max-Age=0.
    cookie += `; Max-Age=${seconds}${seconds ? "" : `; Expires=${new Date(0).toUTCString()}`}`;
  }
  if (attributes.sameSite) cookie += `; SameSite=${attributes.sameSite}`;
  if (attributes.secure) cookie += "; Secure";
  doc.cookie = cookie;
}

/** The host itself and each parent domain down to two labels; browsers refuse public suffixes on their own. */
export function domainVariants(hostname: string): string[] {
  if (!hostname || /^[\d.]+$/.test(hostname) || hostname.includes(":")) return [];
  const labels = hostname.split(".");
  const variants: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) variants.push(labels.slice(i).join("."));
  return variants;
}

/** `/`, each ancestor of the current path, the path itself, and any declared extras. */
export function pathVariants(pathname: string, extra: readonly string[] = []): string[] {
  const paths = new Set<string>(["/"]);
  let current = "";
  for (const segment of pathname.split("/").filter(Boolean)) {
    current += `/${segment}`;
    paths.add(current);
    paths.add(`${current}/`);
  }
  for (const path of extra) paths.add(path);
  return [...paths];
}

/**
 * Expires `name` host-only and on every parent domain, on every path variant,
 * then reports whether it is gone from `document.cookie`.
 */
export function eraseCookie(
  name: string,
  location: PageLocation,
  extraPaths: readonly string[] = [],
  doc?: Pick<Document, "cookie">,
): boolean {
  try {
    for (const path of pathVariants(location.pathname, extraPaths)) {
      for (const domain of ["", ...domainVariants(location.hostname)]) writeCookie(name, "", { path, domain, days: 0 }, doc);
    }
  } catch {
    return false;
  }
  return !cookieNames(doc).includes(name);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
