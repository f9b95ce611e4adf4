// `consentry check <config.json | page.html>`: validates a config offline, before a visitor meets it, and prints every
// problem with its path. Errors are what the drop-in would refuse (it would fall back to its safe mode); warnings are
// configs it accepts but that cannot do what the owner meant (a loader bound to a category that does not exist).
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { runInNewContext } from "node:vm";
import type { Verb } from "./verb";
import { configProblems } from "./config-problems";

const USAGE = `usage: consentry check <config.json | page.html> [--strict] [--json]

  Validates a consentry config: a JSON file, or the config in an HTML page (a
  <script type="application/json" data-consent-config> block, or an inline
  window.ConsentConfig = {...} assignment).

  --strict   warnings fail the check too
  --json     print the problems as JSON

  exit codes: 0 valid, 1 problems found, 2 could not run`;

export interface FoundConfig {
  /** Where in the file it came from, for the messages. */
  readonly source: string;
  readonly value: unknown;
}

/** Every config a page carries, in document order; one that cannot be read is a problem, not a crash. */
export function configsInHtml(html: string): { configs: FoundConfig[]; problems: string[] } {
  const configs: FoundConfig[] = [];
  const problems: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes = "", body = ""] = match;
    const line = html.slice(0, match.index).split("\n").length;
    if (/\bdata-consent-config\b/i.test(attributes)) {
      try {
        configs.push({ source: `data-consent-config block (line ${line})`, value: JSON.parse(body) });
      } catch (error) {
        problems.push(`data-consent-config block (line ${line}): expected JSON (${(error as Error).message})`);
      }
    } else if (/\bConsentConfig\s*=/.test(body) && !/\bsrc\s*=/i.test(attributes)) {
      // The owner's own inline script, run in an empty context with a stand-in `window`: enough for an object literal.
      const window: { ConsentConfig?: unknown } = {};
      try {
        runInNewContext(body, { window, self: window }, { timeout: 1000 });
        configs.push({ source: `inline script (line ${line})`, value: window.ConsentConfig });
      } catch (error) {
        problems.push(`inline script (line ${line}): could not evaluate it offline (${(error as Error).message})`);
      }
    }
  }
  return { configs, problems };
}

/** The configs in a JSON file or an HTML page (also read by `log-server --config` for the cookie settings). */
export async function readConfigs(file: string): Promise<{ configs: FoundConfig[]; problems: string[] }> {
  const content = await readFile(file, "utf8");
  if (/^\.html?$/i.test(extname(file)) || /^\s*</.test(content)) return configsInHtml(content);
  try {
    return { configs: [{ source: file, value: JSON.parse(content) }], problems: [] };
  } catch (error) {
    return { configs: [], problems: [`${file}: expected JSON (${(error as Error).message})`] };
  }
}

const check: Verb = {
  summary: "validate a config (JSON, or the config in an HTML page) and print every problem with its path",
  async run(argv) {
    const file = argv.find((arg) => !arg.startsWith("--"));
    const strict = argv.includes("--strict");
    const json = argv.includes("--json");
    if (!file || argv.includes("--help")) {
      (file ? console.log : console.error)(USAGE);
      return file ? 0 : 2;
    }
    let found;
    try {
      found = await readConfigs(file);
    } catch (error) {
      console.error(`consentry check: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      return 2;
    }
    if (!found.configs.length && !found.problems.length) {
      console.error(`consentry check: found no config in ${file} (no data-consent-config block, no window.ConsentConfig assignment)`);
      return 2;
    }

    const results = [
      ...found.problems.map((message) => ({ source: file, errors: [message], warnings: [] as string[] })),
      ...(await Promise.all(found.configs.map(async ({ source, value }) => ({ source, ...(await configProblems(value)) })))),
    ];
    const errors = results.reduce((sum, result) => sum + result.errors.length, 0);
    const warnings = results.reduce((sum, result) => sum + result.warnings.length, 0);

    if (json) console.log(JSON.stringify({ file, valid: errors === 0, results }, null, 2));
    else {
      for (const result of results) {
        console.log(`${result.source}:`);
        if (!result.errors.length && !result.warnings.length) console.log("  ✓ valid");
        for (const error of result.errors) console.log(`  ✗ ${error}`);
        for (const warning of result.warnings) console.log(`  ! ${warning}`);
      }
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
      console.log(errors || warnings ? `${plural(errors, "error")}, ${plural(warnings, "warning")}` : "config is valid");
    }
    return errors || (strict && warnings) ? 1 : 0;
  },
};

export default check;
