// `consentry audit <url>` (issue 11): scans a site in real Chromium and holds what it stores against what it declares.
// Exit codes: 0 clean (or no finding of a kind in --fail-on), 1 findings of such a kind, 2 could not run.
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { knownRegion } from "../../regions/codes";
import type { Verb } from "../verb";
import { CannotRun, launchBrowser, sandboxWarning } from "./browser";
import { crawl } from "./crawl";
import { declarationsOf, type Declarations } from "./declarations";
import { draftConfig } from "./draft-config";
import { conclude } from "./findings";
import { loadKnowledge } from "./knowledge";
import { buildReport } from "./report-json";
import { terminalSummary } from "./report-text";
import { nameServices, recogniseServices } from "./services";
import { FINDING_KINDS, INFORMATIONAL, type FindingKind, type PageResult } from "./types";

const USAGE = `usage: consentry audit <url> [options]
  --pages <n>            same-origin pages to visit, from the URL, its links and /sitemap.xml (default 10)
  --parallel <n>         browser contexts at a time (default 2)
  --config <file.json>   declarations to check against (default: the ones each page's consentry uses)
  --json <file>          write the JSON report (docs/audit.md)
  --html <file>          write the self-contained HTML report
  --write-config <file>  write a draft config: "services" for the catalog vendors it recognises (ids read
                         from their script URLs), "categories" for every other undeclared item
  --region <code>        visit as a visitor from this region (an ISO 3166 code: FR, US-CA): each visit carries
                         the consentry-region cookie, so a config with "regions" applies that region's rules
  --fail-on <kinds>      comma-separated finding kinds that exit 1, or "none"
                         (default: every kind except declared-never-seen)
  kinds: ${FINDING_KINDS.join(", ")}`;

const audit: Verb = {
  summary: "scan a site in Chromium: what it stores and sends, before and after consent, against its declarations",
  async run(argv) {
    try {
      return await runAudit(argv);
    } catch (error) {
      if (error instanceof CannotRun) {
        console.error(error.message);
        return 2;
      }
      throw error;
    }
  },
};
export default audit;

function positiveInteger(text: string | undefined, fallback: number, option: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new CannotRun(`consentry audit: ${option} expects a whole number above 0, got "${text}"`);
  return value;
}

function failKinds(text: string | undefined): FindingKind[] {
  if (text === undefined) return FINDING_KINDS.filter((kind) => !INFORMATIONAL.includes(kind));
  if (text.trim() === "none") return [];
  const kinds = text.split(",").map((kind) => kind.trim()).filter(Boolean);
  const unknown = kinds.filter((kind) => !FINDING_KINDS.includes(kind as FindingKind));
  if (unknown.length) throw new CannotRun(`consentry audit: --fail-on: unknown kind ${unknown.map((k) => `"${k}"`).join(", ")}; expected ${FINDING_KINDS.join(", ")} or none`);
  return kinds as FindingKind[];
}

async function readConfigFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new CannotRun(`consentry audit: --config ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CannotRun(`consentry audit: --config ${file}: expected JSON (${(error as Error).message})`);
  }
}

function validated(config: unknown, where: string): Declarations {
  try {
    return declarationsOf(config);
  } catch (error) {
    throw new CannotRun(`consentry audit: ${where}: ${(error as Error).message}`);
  }
}

async function runAudit(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pages: { type: "string" },
        parallel: { type: "string" },
        config: { type: "string" },
        json: { type: "string" },
        html: { type: "string" },
        "write-config": { type: "string" },
        "fail-on": { type: "string" },
        region: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new CannotRun(`consentry audit: ${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const url = positionals[0];
  if (!url || positionals.length > 1 || !/^https?:\/\//.test(url) || !URL.canParse(url)) throw new CannotRun(`consentry audit: expected one http(s) URL\n${USAGE}`);
  const pages = positiveInteger(values.pages, 10, "--pages");
  const parallel = positiveInteger(values.parallel, 2, "--parallel");
  const failOn = failKinds(values["fail-on"]);
  const region = values.region === undefined ? undefined : knownRegion(values.region.toUpperCase());
  if (values.region !== undefined && !region) throw new CannotRun(`consentry audit: --region: expected an ISO 3166 code (FR, US-CA), got "${values.region}"`);
  const fileConfig = values.config === undefined ? undefined : await readConfigFile(values.config);
  const fileDeclarations = fileConfig === undefined ? undefined : validated(fileConfig, `--config ${values.config}`);

  const startedAt = new Date();
  const { browser, ...sandbox } = await launchBrowser();
  // Issue 30: an unsandboxed audit is said at once, on stderr, and again in every report.
  if (!sandbox.sandbox) process.stderr.write(`${sandboxWarning(sandbox.reason)}\n`);
  const interactive = process.stderr.isTTY;
  let results: PageResult[];
  try {
    results = await crawl(browser, url, {
      pages,
      parallel,
      config: fileConfig,
      region,
      progress: (done, started, phase, page) => {
        const line = `audit: ${done}/${started} pages done · ${phase} · ${page}`;
        process.stderr.write(interactive ? `\r\x1b[K${line}` : `${line}\n`);
      },
    });
  } finally {
    if (interactive) process.stderr.write("\r\x1b[K");
    await browser.close().catch(() => undefined);
  }
  const startPage = results[0];
  if (!startPage || (startPage.error && startPage.visits.length <= 1 && !startPage.visits[0]?.items.length)) {
    throw new CannotRun(`consentry audit: ${startPage?.error ?? `could not load ${url}`}`);
  }

  const pageDeclarations = (page: PageResult): Declarations => {
    if (fileDeclarations) return fileDeclarations;
    try {
      return declarationsOf(page.config ?? {});
    } catch (error) {
      page.error ??= `its consentry config is invalid: ${(error as Error).message}`;
      return declarationsOf({});
    }
  };
  const suggest = loadKnowledge();
  const { inventory, findings } = conclude(results, pageDeclarations, suggest);
  // Issue 26 item 5: the catalog vendors the visits saw, less those the config already has.
  const configured = new Set((fileConfig !== undefined ? [fileConfig] : results.map((page) => page.config)).flatMap(servicesIn));
  const recognition = recogniseServices({ pages: results, inventory, suggest, configured });
  nameServices(recognition, inventory, findings);
  const services = recognition.services;
  const report = buildReport({ url, startedAt, options: { pages, parallel, config: values.config ?? null, failOn, region: region ?? null }, browser: sandbox, pages: results, inventory, findings, services });

  const written: string[] = [];
  if (values.json) {
    await writeFile(values.json, JSON.stringify(report, null, 2) + "\n");
    written.push(values.json);
  }
  if (values.html) {
    const { htmlReport } = await import("./report-html");
    await writeFile(values.html, htmlReport(report, results));
    written.push(values.html);
  }
  if (values["write-config"]) {
    await writeFile(values["write-config"], JSON.stringify(draftConfig(inventory, services), null, 2) + "\n");
    written.push(values["write-config"]);
  }
  console.log(terminalSummary(report, written, values["write-config"]));
  return report.summary.failing > 0 ? 1 : 0;
}

/** The service names a config configures (a config that is not an object configures none). */
function servicesIn(config: unknown): string[] {
  const services = (config as { services?: unknown } | null | undefined)?.services;
  return services && typeof services === "object" ? Object.keys(services) : [];
}
