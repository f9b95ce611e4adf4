// S-06: the consent cookie as the receiver sets it, through the drop-in's own writer (core's writeCookie) and the
// drop-in's own cookie settings (core's parseConfig), so name, value encoding, Path, Domain, Max-Age, SameSite and
// Secure are those of the cookie the drop-in writes, by construction rather than by a second copy of the rules.
import { parseConfig } from "../../core/config";
import { writeCookie } from "../../core/cookie-jar";

/** The site config's `cookie` section (`name`, `domain`, `path`, `expiresDays`, `sameSite`); defaults as the drop-in's. */
export interface ConsentCookieSettings {
  readonly name?: string;
  readonly domain?: string;
  readonly path?: string;
  readonly expiresDays?: number;
  readonly sameSite?: "Lax" | "Strict";
}

export interface ConsentCookie {
  readonly name: string;
  /**
   * The `Set-Cookie` value that makes `record` (the posted JSON text, as the drop-in sent it) a server-set cookie, or
   * `undefined` when the request's own consent cookie is not that very record. `origin`: the page's origin (or the
   * request URL): `Secure` when it is https, as the drop-in decides from `location.protocol`.
   */
  reissue(record: string, cookieHeader: string | undefined, origin: string): string | undefined;
}

/** Throws (a ConfigError naming the path) for settings the drop-in would refuse too. */
export function consentCookie(settings: ConsentCookieSettings): ConsentCookie {
  const { cookie } = parseConfig({ cookie: settings });
  return {
    name: cookie.name,
    reissue(record, cookieHeader, origin) {
      const held = (cookieHeader ?? "").split(";").some((pair) => {
        const at = pair.indexOf("=");
        if (at < 0 || pair.slice(0, at).trim() !== cookie.name) return false;
        try {
          return decodeURIComponent(pair.slice(at + 1).trim()) === record;
        } catch {
          return false;
        }
      });
      // The drop-in never keeps a withdrawal (reset() clears the cookie), so a cookie equal to one cannot be held.
      if (!held) return undefined;
      const header = { cookie: "" };
      writeCookie(
        cookie.name,
        record,
        {
          path: cookie.path,
          domain: cookie.domain,
          days: cookie.expiresDays,
          sameSite: cookie.sameSite,
          secure: origin.startsWith("https:"),
        },
        header,
      );
      return header.cookie;
    },
  };
}
