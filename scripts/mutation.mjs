// npm run mutation: Stryker over src/core (floor 90%), src/gate (floor 85%) and the consent-log receiver in src/node/log
// (floor 85%), one scope after the other, each against
// its committed incremental baseline (test/mutation/<scope>-incremental.json), so only mutants in changed code or under
// changed tests run again. Then a per-file summary goes into docs/testing.md.
//   npm run mutation                 incremental; updates the baselines, reports/mutation/ and docs/testing.md
//   npm run mutation -- --force      every mutant again (a fresh baseline)
//   npm run mutation -- --scope=gate one scope only (core, gate or log)
//   npm run mutation -- --summary    no run: rewrite docs/testing.md from the reports already in reports/mutation/
//   node scripts/mutation.mjs --ci   incremental; writes .tmp/layers/mutation.json instead of the docs
// Exit status 1 when a scope is below its floor or Stryker fails.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const SCOPES = [
  { name: "core", dir: "src/core", floor: 90 },
  { name: "gate", dir: "src/gate", floor: 85 },
  { name: "log", dir: "src/node/log", floor: 85 },
];
const ci = process.argv.includes("--ci");
const force = process.argv.includes("--force");
const summaryOnly = process.argv.includes("--summary");
const only = process.argv.find((arg) => arg.startsWith("--scope="))?.slice("--scope=".length);

const results = [];
for (const scope of SCOPES.filter((candidate) => !only || candidate.name === only)) {
  // CI compares against a committed baseline; without one it would rerun every mutant, far beyond its time budget.
  if (ci && !existsSync(`test/mutation/${scope.name}-incremental.json`)) {
    console.log(`mutation ${scope.dir}: no committed baseline (test/mutation/${scope.name}-incremental.json), skipped`);
    continue;
  }
  const reportFile = `reports/mutation/${scope.name}.json`;
  if (summaryOnly && !existsSync(reportFile)) continue;
  const started = Date.now();
  const run = summaryOnly
    ? { status: 0 }
    : spawnSync("npx", ["stryker", "run", "--incremental", ...(force ? ["--force"] : [])], {
        stdio: "inherit",
        env: { ...process.env, MUTATION_SCOPE: scope.name },
      });
  const seconds = summaryOnly ? undefined : Math.round((Date.now() - started) / 1000);
  const files = existsSync(reportFile) ? readReport(reportFile) : [];
  const total = sum(files);
  console.log(`mutation ${scope.dir}: ${percent(total)} (floor ${scope.floor}%)${seconds === undefined ? "" : `, ${seconds} s`}`);
  results.push({ ...scope, files, total, seconds, ok: run.status === 0 && score(total) >= scope.floor });
}

if (ci) {
  mkdirSync(".tmp/layers", { recursive: true });
  const passed = results.filter((result) => result.ok).length;
  writeFileSync(".tmp/layers/mutation.json", JSON.stringify({ layer: "mutation", passed, failed: results.length - passed }));
} else {
  writeSummary(results);
}
process.exit(results.every((result) => result.ok) ? 0 : 1);

/** Per file: detected (killed or timed out) and scored (detected + survived + no coverage); Stryker's own score. */
function readReport(path) {
  const report = JSON.parse(readFileSync(path, "utf8"));
  return Object.entries(report.files)
    .map(([file, { mutants }]) => {
      const count = (...statuses) => mutants.filter((mutant) => statuses.includes(mutant.status)).length;
      return {
        file: file.replace(/^.*?src\//, "src/"),
        detected: count("Killed", "Timeout"),
        scored: count("Killed", "Timeout", "Survived", "NoCoverage"),
        survived: count("Survived", "NoCoverage"),
        ignored: count("Ignored"),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

function sum(files) {
  return files.reduce(
    (all, file) => ({
      detected: all.detected + file.detected,
      scored: all.scored + file.scored,
      survived: all.survived + file.survived,
      ignored: all.ignored + file.ignored,
    }),
    { detected: 0, scored: 0, survived: 0, ignored: 0 },
  );
}

function score({ detected, scored }) {
  return scored ? (100 * detected) / scored : 100;
}

function percent(counts) {
  return `${score(counts).toFixed(1)}%`;
}

function writeSummary(all) {
  const path = "docs/testing.md";
  const before = existsSync(path) ? readFileSync(path, "utf8") : "";
  // A scope that did not run this time keeps its rows (and their date) from the table already there.
  const keptScopes = SCOPES.filter((scope) => !all.some((ran) => ran.name === scope.name));
  const kept = keptScopes.flatMap((scope) =>
    before.split("\n").filter((line) => line.startsWith(`| **${scope.dir}**`) || line.startsWith(`| ${scope.dir}/`)),
  );
  // The kept rows' date: the earlier table's own when they came from the run that wrote it, else the date they carried.
  const written = before.match(/^Written (.*?) UTC from (.*?)\.(?: Other rows: (.*) UTC\.)?$/m);
  const keptDate = written && (keptScopes.every((scope) => written[2].split(" and ").includes(scope.name)) ? written[1] : (written[3] ?? written[1]));
  const rows = all.flatMap(({ dir, floor, files, total, seconds }) => [
    `| **${dir}** (floor ${floor}%${seconds === undefined ? "" : `, ${seconds} s`}) | **${percent(total)}** | ${total.scored} | ${total.survived} | ${total.ignored} |`,
    ...files.map((file) => `| ${file.file} | ${percent(file)} | ${file.scored} | ${file.survived} | ${file.ignored} |`),
  ]);
  const section = [
    "<!-- mutation:start (written by npm run mutation; do not edit by hand) -->",
    `Written ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC from ${all.map((scope) => scope.name).join(" and ")}.` +
      (kept.length && keptDate ? ` Other rows: ${keptDate} UTC.` : ""),
    "",
    "| file | score | mutants | survived | ignored (static) |",
    "|---|---|---|---|---|",
    ...rows,
    ...kept,
    "<!-- mutation:end -->",
  ].join("\n");
  const marked = /<!-- mutation:start[\s\S]*?<!-- mutation:end -->/;
  writeFileSync(path, marked.test(before) ? before.replace(marked, section) : `${before.trimEnd()}\n\n${section}\n`);
}
