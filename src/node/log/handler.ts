// The consent-log receiver as one Fetch-API function: `(request) => Promise<Response>`, so the same code serves
// Node, a Next.js route handler, Deno, Bun or a Workers runtime. Hono routes; the store does the SQL.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { consentCookie, type ConsentCookieSettings } from "./consent-cookie";
import { buildReport } from "./analytics";
import { exportLines, type ExportFormat } from "./export";
import { parseRange } from "./range";
import { parseRecord } from "./record";
import { renderReport, reportPolicy } from "./report-html";
import type { LogStore } from "./store";

export interface ConsentLogOptions {
  /** Where records go: an open store (`openLogStore(...)`), or a promise of one. */
  readonly store: LogStore | Promise<LogStore>;
  /** The path the drop-in's `log.endpoint` points at; the read API lives below it. Default `/consent-log`. */
  readonly path?: string;
  /**
   * Origins (`https://www.example.com`) whose pages may send records from another origin. Same-origin pages and
   * clients that send no Origin (servers, curl) are always accepted; every other origin gets a 403 and no CORS headers.
   */
  readonly origins?: readonly string[];
  /** Bearer token for the read API (history, export, counts). Without one, the read API does not exist (404). */
  readonly readToken?: string;
  /** Largest record body accepted, in bytes. A record is under 1 KiB (S-03); default 4096. */
  readonly maxBodyBytes?: number;
  /**
   * S-06: WebKit caps a cookie written by script at 7 days; one set by the site's own server is not capped. With this
   * on, a receiver on the site's own origin answers a stored record with a `Set-Cookie` of the consent cookie exactly
   * as the drop-in writes it (`true`: the drop-in's default cookie; or the site config's `cookie` section, the same
   * object). Only the cookie the browser already holds is set again: the request must carry a consent cookie that is
   * the very record it posts (the drop-in writes the cookie, then sends), so a late, queued or withdrawn record never
   * changes what the visitor's browser holds. Works only where WebKit counts the server as the site's own: same site
   * and the same IP address as the page (docs/consent-log.md).
   */
  readonly setCookie?: boolean | ConsentCookieSettings;
  /** Called with a store failure before the 503 goes out (the drop-in keeps the record and retries). */
  readonly onError?: (error: unknown) => void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function createConsentLogHandler(options: ConsentLogOptions): (request: Request) => Promise<Response> {
  const base = `/${(options.path ?? "/consent-log").replace(/^\/+|\/+$/g, "")}`;
  const maxBodyBytes = options.maxBodyBytes ?? 4096;
  const allowed = new Set(options.origins);
  const cookie = options.setCookie ? consentCookie(options.setCookie === true ? {} : options.setCookie) : undefined;
  const originAllowed = (origin: string | undefined, requestUrl: string) =>
    !origin || allowed.has(origin) || origin === new URL(requestUrl).origin;

  const app = new Hono();

  // A preflight from an origin that may not send is answered 403 with no CORS headers (hono's cors() would answer 204
  // with the allowed methods, telling a foreign page what it could try).
  app.options(base, async (c, next) => {
    if (!originAllowed(c.req.header("origin"), c.req.url)) return problem(c, 403, "this origin may not send records here");
    await next();
  });
  app.use(
    base,
    cors({
      origin: (origin) => (allowed.has(origin) ? origin : null),
      allowMethods: ["POST"],
      allowHeaders: ["content-type"],
      maxAge: 86400,
    }),
  );

  app.post(
    base,
    async (c, next) => {
      // A text/plain POST needs no preflight, so CORS alone would not keep a foreign page from writing records.
      if (!originAllowed(c.req.header("origin"), c.req.url)) return problem(c, 403, "this origin may not send records here");
      // The drop-in posts JSON as text/plain (no preflight; sendBeacon sends the same); a form or an image is not a
      // record, whatever its bytes parse as.
      const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      if (type !== "application/json" && type !== "text/plain") {
        return problem(c, 415, "content-type: send the record as application/json or text/plain");
      }
      await next();
    },
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => {
        // The body is left unread (a megabyte is not worth reading to throw away), so the connection cannot carry
        // another request: say so, or a proxy that reuses connections sends its next request into a closing socket.
        c.header("connection", "close");
        return problem(c, 413, `the body is over ${maxBodyBytes} bytes`);
      },
    }),
    async (c) => {
      const text = await c.req.text();
      const parsed = parseRecord(text);
      if (!parsed.ok) return c.json({ error: "not a consent record", problems: parsed.problems }, 400);
      const stored = await (await options.store).insert(parsed.record);
      const setCookie = cookie?.reissue(text, c.req.header("cookie"), c.req.header("origin") ?? c.req.url);
      if (setCookie) c.header("set-cookie", setCookie);
      // 201 for a new decision, 200 for a retry of one already kept: both tell the drop-in to stop sending it.
      return c.json({ stored }, stored ? 201 : 200);
    },
  );

  if (options.readToken) {
    const read = new Hono();
    const token = options.readToken;
    // Any Authorization that is not this bearer token (none, another token, Basic credentials) is a 401 that names the
    // scheme, as the docs promise: hono's bearerAuth answers a Basic header 400.
    // Issue 28 item 3: the analytics page, for a person in a browser as well as a script. A browser cannot be told to
    // send a bearer token, so this page alone also takes the token as a Basic password (any user name), and its 401
    // asks for one: the browser shows its login prompt. Registered before the bearer-only guard below.
    app.get(`${base === "/" ? "" : base}/dashboard`, async (c) => {
      const header = c.req.header("authorization") ?? "";
      const basic = /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(header)?.[1];
      const given = bearerOf(header) ?? (basic === undefined ? undefined : passwordOf(basic));
      if (given === undefined || !(await sameSecret(given, token))) {
        c.header("www-authenticate", 'Basic realm="consent-log dashboard", charset="UTF-8"');
        return problem(c, 401, "the dashboard wants the read token: as a bearer token, or as the password of a browser's login prompt");
      }
      const range = readRange(c);
      if (typeof range === "string") return problem(c, 400, range);
      const html = await renderReport(await buildReport((await options.store).sql, range));
      return new Response(html, {
        headers: {
          "content-type": "text/html; charset=utf-8",
          "cache-control": "no-store",
          "content-security-policy": `${await reportPolicy()}; frame-ancestors 'none'`,
          "x-content-type-options": "nosniff",
          "referrer-policy": "no-referrer",
        },
      });
    });

    read.use(async (c, next) => {
      const given = bearerOf(c.req.header("authorization") ?? "");
      if (given === undefined || !(await sameSecret(given, token))) {
        c.header("www-authenticate", 'Bearer realm="consent-log"');
        return problem(c, 401, "the read API wants Authorization: Bearer <token>");
      }
      await next();
    });

    read.get("/records/:consentId", async (c) => {
      const consentId = c.req.param("consentId");
      if (!UUID.test(consentId)) return problem(c, 400, "consentId: expected a lowercase UUID");
      const records = await (await options.store).history(consentId);
      return c.json({ consentId, records });
    });

    read.get("/records", async (c) => {
      const range = readRange(c);
      if (typeof range === "string") return problem(c, 400, range);
      const format = c.req.query("format") ?? "jsonl";
      if (format !== "jsonl" && format !== "csv") return problem(c, 400, "format: expected jsonl or csv");
      const lines = exportLines((await options.store).export(range), format as ExportFormat);
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = await lines.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        },
        // Stryker disable next-line BlockStatement: a client that hangs up leaves the generator suspended between two pages
        // either way; return() only lets it go sooner, which no response shows.
        async cancel() {
          await lines.return(undefined);
        },
      });
      const type = format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
      return new Response(body, { headers: { "content-type": type, "cache-control": "no-store" } });
    });

    read.get("/stats", async (c) => {
      const range = readRange(c);
      if (typeof range === "string") return problem(c, 400, range);
      const days = await (await options.store).countByDay(range);
      return c.json({ from: range.from.toISOString(), to: range.to.toISOString(), days });
    });

    app.route(base, read);
  }

  app.notFound((c) => problem(c, 404, "not found"));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    options.onError?.(error);
    // Never a 500: what reaches here is the store failing, not the input; 503 says "send it again later".
    return problem(c, 503, "the consent log is unavailable; retry later");
  });

  return async (request) => app.fetch(request);
}

function bearerOf(header: string): string | undefined {
  return /^Bearer +(\S+) *$/i.exec(header)?.[1];
}

/** The password of Basic credentials (`user:password`, base64); undefined when they do not decode. */
function passwordOf(credentials: string): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(atob(credentials), (char) => char.charCodeAt(0)));
    const colon = text.indexOf(":");
    return colon < 0 ? undefined : text.slice(colon + 1);
  } catch {
    return undefined;
  }
}

/** Compares SHA-256 digests, so the time taken says nothing about how much of a guessed token was right. */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const digest = async (text: string) => new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}

function problem(c: Context, status: 400 | 401 | 403 | 404 | 413 | 415 | 503, error: string): Response {
  return c.json({ error }, status);
}

function readRange(c: Context): { from: Date; to: Date } | string {
  return parseRange(c.req.query("from"), c.req.query("to"));
}
