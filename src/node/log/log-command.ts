// `consentry log <history|export|stats|purge|verify|checkpoint|report>`: the read side and retention, straight on the log's database.
import { createWriteStream, readFileSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import type { Verb } from "../verb";
import { missingPeerLine } from "../peers";
import { requireClient } from "./peers";
import { MissingPeerError } from "./sql";

const USAGE = `usage: consentry log <command> [--database <folder>|postgres://…]
  history <consent-id>                          every decision of one consent id, oldest first (JSON lines)
  export [--from DATE] [--to DATE] [--format jsonl|csv] [--output FILE]
                                                decisions made in [from, to)
  stats [--from DATE] [--to DATE] [--json]      decisions per day and method
  purge --older-than 13mo [--yes]               delete decisions made before then (d, w, mo, y); the chain records it;
                                                an age under 30 days (the last month's proof) needs --yes
  verify [--checkpoint FILE [--key PEM]]        recompute the hash chain: exit 0 and the rows proved, or exit 1 and
                                                the first altered, deleted, inserted or reordered row
  checkpoint [--key PEM] [--output FILE]        sign the chain's head (Ed25519) for you to keep elsewhere
  report --html FILE [--from DATE] [--to DATE]  consent analytics as one self-contained page: decisions per day, how
                                                visitors decided, acceptance per category, by revision, language,
                                                region and mode (the server's /consent-log/dashboard is the same page)
Keys: --key names a PEM file; without it, CONSENTRY_LOG_SIGNING_KEY holds the PEM text (verify also takes a public key).
The database defaults to ./consentry-log-data (PGlite); stop a log-server that uses that folder first.`;

const verb: Verb = {
  summary: "read the consent log: history, export (JSONL/CSV), stats, report --html, purge --older-than 13mo, verify, checkpoint",
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        database: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        format: { type: "string", default: "jsonl" },
        output: { type: "string", short: "o" },
        json: { type: "boolean" },
        "older-than": { type: "string" },
        checkpoint: { type: "string" },
        key: { type: "string" },
        yes: { type: "boolean" },
        html: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      (values.help ? console.log : console.error)(USAGE);
      return values.help ? 0 : 2;
    }
    if (!["history", "export", "stats", "purge", "verify", "checkpoint", "report"].includes(command)) {
      console.error(`consentry log: unknown command "${command}"\n${USAGE}`);
      return 2;
    }
    // Check the input before opening a database (a PGlite start takes seconds).
    const { parseRange } = await import("./range");
    const range = parseRange(values.from, values.to);
    if (typeof range === "string") throw new Error(`--${range}`);
    if (values.format !== "jsonl" && values.format !== "csv") throw new Error(`--format: expected jsonl or csv, got "${values.format}"`);
    const consentId = rest[0];
    if (command === "history" && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(consentId ?? "")) {
      throw new Error(`history: expected a consent id (a lowercase UUID), got "${consentId ?? ""}"`);
    }
    if (command === "report" && !values.html) throw new Error("report: --html <file> names the page to write");
    const before = command === "purge" ? cutoff(values["older-than"]) : undefined;
    if (before && !values.yes && before.getTime() > Date.now() - MIN_PURGE_AGE_MS) {
      throw new Error(
        `purge: --older-than ${values["older-than"]} would delete decisions from the last 30 days, proof a visitor may ` +
          "still ask about; pass --yes to purge them anyway",
      );
    }
    // Keys and the checkpoint are read before the database opens: a wrong path is one line, exit 2.
    const chain = command === "verify" || command === "checkpoint" ? await import("./chain") : undefined;
    const keyText = () => {
      const text = values.key ? readFileSync(values.key, "utf8") : process.env.CONSENTRY_LOG_SIGNING_KEY;
      if (!text) throw new Error(`${command}: no key: pass --key <file.pem> or set CONSENTRY_LOG_SIGNING_KEY (openssl genpkey -algorithm ed25519)`);
      return text;
    };
    const signing = command === "checkpoint" ? chain!.signingKey(keyText()) : undefined;
    const checkpoint = command === "verify" && values.checkpoint
      ? chain!.readCheckpoint(readFileSync(values.checkpoint, "utf8"), chain!.checkingKey(keyText()))
      : undefined;

    try {
      await requireClient(values.database);
    } catch (error) {
      if (!(error instanceof MissingPeerError)) throw error;
      for (const name of error.packages) console.error(missingPeerLine("consentry log", name));
      return 2;
    }
    const { NoLogError, openLogStore } = await import("./store");
    let store: Awaited<ReturnType<typeof openLogStore>>;
    try {
      // Every command here reads (or purges) a log that exists: a missing folder is never "no records".
      store = await openLogStore(values.database, { create: false });
    } catch (error) {
      if (!(error instanceof NoLogError)) throw error;
      console.error(`consentry log ${command}: ${error.message}`);
      return 2;
    }
    try {
      if (command === "history") {
        for (const record of await store.history(consentId!)) console.log(JSON.stringify(record));
      } else if (command === "export") {
        const { exportLines } = await import("./export");
        const out = values.output ? createWriteStream(values.output) : process.stdout;
        for await (const line of exportLines(store.export(range), values.format)) {
          if (!out.write(line)) await once(out, "drain");
        }
        if (out !== process.stdout) await new Promise<void>((done) => out.end(() => done()));
      } else if (command === "stats") {
        const days = await store.countByDay(range);
        if (values.json) console.log(JSON.stringify(days));
        else {
          console.log(`${"day".padEnd(12)}${"method".padEnd(12)}count`);
          for (const { day, method, count } of days) console.log(`${day.padEnd(12)}${method.padEnd(12)}${count}`);
        }
      } else if (command === "verify") {
        const result = await store.verify(checkpoint);
        if (!result.ok) {
          console.error(`consentry log verify: FAILED at row ${result.seq ?? "?"}: ${result.problem}`);
          return 1;
        }
        const through = checkpoint ? `, through the checkpoint of ${checkpoint.at} (row ${checkpoint.seq})` : "";
        const purged = result.purges ? ` after ${result.purges} recorded purge${result.purges === 1 ? "" : "s"}` : "";
        console.log(`consentry log verify: ${result.rows} row${result.rows === 1 ? "" : "s"} proved${purged}${through}; head row ${result.seq} ${result.hash}`);
      } else if (command === "checkpoint") {
        const signed = await chain!.takeCheckpoint(store.sql, signing!);
        if ("ok" in signed) {
          console.error(`consentry log checkpoint: the chain does not verify, nothing signed: ${signed.ok ? "" : signed.problem}`);
          return 1;
        }
        const text = `${JSON.stringify(signed, null, 2)}\n`;
        if (values.output) writeFileSync(values.output, text);
        else process.stdout.write(text);
      } else if (command === "report") {
        const [{ buildReport }, { renderReport }] = await Promise.all([import("./analytics"), import("./report-html")]);
        const report = await buildReport(store.sql, range);
        writeFileSync(values.html!, await renderReport(report));
        console.log(`wrote ${values.html} (${report.total} decision${report.total === 1 ? "" : "s"}, ${report.days.length} day${report.days.length === 1 ? "" : "s"})`);
      } else {
        const purged = await store.purge(before!);
        console.log(`purged ${purged} decision${purged === 1 ? "" : "s"} made before ${before!.toISOString()}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

/**
 * A purge younger than this is almost always a typo (`0d`, `1d` for `1y`) that would delete the whole log's proof: it
 * must be confirmed with --yes. 30 days: the shortest retention any guidance we know of suggests is months, not days.
 */
const MIN_PURGE_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** `13mo` (the CNIL's longest consent lifetime), `400d`, `8w`, `2y` to the instant that far back from now. */
export function cutoff(text: string | undefined, now = new Date()): Date {
  const match = /^(\d+)(d|w|mo|y)$/.exec(text ?? "");
  if (!match) throw new Error(`--older-than: expected an age such as 13mo, 400d, 8w or 2y, got "${text ?? ""}"`);
  const amount = Number(match[1]);
  const date = new Date(now);
  if (match[2] === "d") date.setUTCDate(date.getUTCDate() - amount);
  else if (match[2] === "w") date.setUTCDate(date.getUTCDate() - 7 * amount);
  else if (match[2] === "mo") date.setUTCMonth(date.getUTCMonth() - amount);
  else date.setUTCFullYear(date.getUTCFullYear() - amount);
  return date;
}

export default verb;
