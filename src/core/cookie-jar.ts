// Cookie access through js-cookie, and erasing a cookie on every domain and path variant (S-07).
import Cookies from "js-cookie";

export interface PageLocation {
  readonly hostname: string;
  readonly pathname: string;
  readonly protocol: string;
}

/** Every cookie name visible to the page, duplicates included (a name set on two paths shows twice). */
export function cookieNames(): string[] {
  const jar = readDocumentCookie();
  if (!jar) return [];
  return jar.split(";").map((pair) => decodeName(pair.split("=")[0]!.trim())).filter(Boolean);
}

export function readDocumentCookie(): string {
  try {
    return typeof document === "undefined" ? "" : document.cookie;
  } catch {
    // S-04: an opaque origin throws SecurityError on any cookie access.
    return "";
  }
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
export function eraseCookie(name: string, location: PageLocation, extraPaths: readonly string[] = []): boolean {
  const domains: (string | undefined)[] = [undefined, ...domainVariants(location.hostname)];
  try {
    for (const path of pathVariants(location.pathname, extraPaths)) {
      for (const domain of domains) Cookies.remove(name, domain ? { path, domain } : { path });
    }
  } catch {
    return false;
  }
  return !cookieNames().includes(name);
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
