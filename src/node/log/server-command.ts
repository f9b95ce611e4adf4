// `consentry log-server`: the receiver on Node's HTTP server, PGlite in a folder unless --database names a server.
import { parseArgs } from "node:util";
import type { Verb } from "../verb";
import { missingPeerLine } from "../peers";
import { requireClient } from "./peers";
import type { ConsentLogOptions } from "./handler";
import { MissingPeerError } from "./sql";
import { stopWithNpmWrapper } from "./npm-wrapper";

/** The `cookie` section of the site's config (a JSON file or a page with the config in it). */
async function cookieSettings(file: string): Promise<Record<string, unknown>> {
  const { readConfigs } = await import("../check");
  const { configs, problems } = await readConfigs(file);
  if (problems.length) throw new Error(`--config: ${problems[0]}`);
  if (configs.length !== 1) throw new Error(`--config: expected one consentry config in ${file}, found ${configs.length}`);
  const value = configs[0]!.value as { cookie?: unknown } | undefined;
  const cookie = value?.cookie ?? {};
  if (typeof cookie !== "object" || cookie === null) throw new Error(`--config: "cookie" in ${file} is not an object`);
  return cookie as Record<string, unknown>;
}

/** Shorter read tokens get a warning on stderr. */
const MIN_TOKEN_LENGTH = 16;

const USAGE = `usage: consentry log-server [--port 8787] [--host 127.0.0.1] [--database <folder>|postgres://…]
                            [--origin https://www.example.com]... [--path /consent-log] [--max-body 4096]
                            [--set-cookie [--config consentry.config.json|page.html]]
The read API (history, export, counts) is on when CONSENTRY_LOG_TOKEN holds its bearer token.
--set-cookie: answer a stored record with the consent cookie as a server-set cookie, which Safari does not cap at
7 days; only when this server is on the page's own site and IP address. --config: the site's config (its "cookie"
section: name, domain, path, expiresDays, sameSite); without it, the drop-in's defaults.`;

const verb: Verb = {
  summary: "receive consent records (PGlite in ./consentry-log-data, or --database postgres://…)",
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string", default: "8787" },
        host: { type: "string", default: "127.0.0.1" },
        database: { type: "string" },
        origin: { type: "string", multiple: true, default: [] },
        path: { type: "string", default: "/consent-log" },
        "max-body": { type: "string", default: "4096" },
        "set-cookie": { type: "boolean" },
        config: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) return console.log(USAGE), 0;
    const port = Number(values.port);
    const maxBodyBytes = Number(values["max-body"]);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected 0-65535, got "${values.port}"`);
    if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 256) throw new Error(`--max-body: expected bytes >= 256, got "${values["max-body"]}"`);
    for (const origin of values.origin) {
      if (!/^https?:\/\/[^/]+$/.test(origin)) throw new Error(`--origin: expected scheme://host[:port] with no path, got "${origin}"`);
    }

    if (values.config && !values["set-cookie"]) throw new Error("--config: only read for --set-cookie's cookie settings");
    let setCookie: boolean | Record<string, unknown> | undefined = values["set-cookie"];
    if (setCookie && values.config) setCookie = await cookieSettings(values.config);
    if (setCookie) {
      // Checked now with the drop-in's own rules: a bad cookie section is one line and exit 2, not a 503 per record.
      const { consentCookie } = await import("./consent-cookie");
      consentCookie(setCookie === true ? {} : setCookie);
    }

    try {
      await requireClient(values.database);
    } catch (error) {
      if (!(error instanceof MissingPeerError)) throw error;
      for (const name of error.packages) console.error(missingPeerLine("consentry log-server", name));
      return 2;
    }
    const [{ serve }, { createConsentLogHandler }, { openLogStore }] = await Promise.all([
      import("@hono/node-server"),
      import("./handler"),
      import("./store"),
    ]);

    // CONSENTRY_LOG_UNCHAINED=1: `npm run log:load`'s baseline on a throwaway database, never a site's log.
    const store = await openLogStore(values.database, { unchained: process.env.CONSENTRY_LOG_UNCHAINED === "1" });
    const readToken = process.env.CONSENTRY_LOG_TOKEN || undefined;
    if (readToken && readToken.length < MIN_TOKEN_LENGTH) {
      // A warning, not a refusal: a short token on a loopback-only demo is the owner's call; on the internet it is
      // guessed (the read API returns every visitor's history).
      console.error(
        `consentry log-server: warning: CONSENTRY_LOG_TOKEN is ${readToken.length} character${readToken.length === 1 ? "" : "s"}; ` +
          `use at least ${MIN_TOKEN_LENGTH} random ones (openssl rand -hex 16), it guards every visitor's consent history`,
      );
    }
    const handler = createConsentLogHandler({
      store,
      origins: values.origin,
      path: values.path,
      maxBodyBytes,
      readToken,
      setCookie: setCookie as ConsentLogOptions["setCookie"],
      onError: (error) => console.error(`consentry log-server: ${error instanceof Error ? error.message : String(error)}`),
    });

    return new Promise<number>((resolve) => {
      const server = serve({ fetch: handler, port, hostname: values.host }, (info) => {
        const where = store.kind === "pglite" ? `PGlite in ${store.location}` : `PostgreSQL at ${store.location}`;
        console.log(`consentry log-server: receiving at http://${values.host}:${info.port}${values.path} (${where})`);
        if (setCookie) console.log("answering stored records with the consent cookie as a server-set cookie (--set-cookie)");
        console.log(readToken ? "read API on (bearer token from CONSENTRY_LOG_TOKEN)" : "read API off (set CONSENTRY_LOG_TOKEN to turn it on)");
      });
      let stopping = false;
      const stop = () => {
        // A signal and the npm wrapper's exit can both arrive: close once.
        if (stopping) return;
        stopping = true;
        server.close();
        void store.close().finally(() => resolve(0));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      stopWithNpmWrapper(stop);
    });
  },
};

export default verb;
