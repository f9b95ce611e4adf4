// npm run mutation: Stryker over four scopes, one after the other, each against its committed incremental baseline
// (test/mutation/<scope>-incremental.json), so only mutants in changed code or under changed tests run again. Then a
// per-file summary goes into docs/testing.md.
//   npm run mutation                 incremental; updates the baselines, reports/mutation/ and docs/testing.md
//   npm run mutation -- --force      every mutant again (a fresh baseline)
//   npm run mutation -- --scope=gate one scope only (core, gate, log or sdk)
//   npm run mutation -- --summary    no run: rewrite docs/testing.md from the reports already in reports/mutation/
//   npm run mutation -- --check      no run: say which scopes a run would have to redo from scratch, and why
//   npm run mutation -- --inputs-only  no run: record the fingerprints as they are now, after a baseline was refreshed
//                                    by running Stryker directly (MUTATION_SCOPE=x npx stryker run --incremental)
//   node scripts/mutation.mjs --ci   incremental; writes .tmp/layers/mutation.json instead of the docs
// Extra arguments after `--` go to Stryker (`-- --concurrency 1`).
//
// Stryker's own baseline notices changed source and changed test files, but not what else decides a result: the test
// helpers a scope's tests import, the test configs, stryker.config.mjs, and the versions of the packages the scope and its
// tests load. Their fingerprint sits beside each baseline (test/mutation/<scope>-inputs.json); when it differs, the scope
// runs in full (--force), in CI too. A scope without a baseline, a Stryker failure, a scope below its floor and a scope
// with no scored mutant all fail (exit status 1, and a failed scope in CI's layer report).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

const SCOPES = [
  { name: "core", dir: "src/core", floor: 90, tests: ["test/unit", "test/dom"] },
  { name: "gate", dir: "src/gate", floor: 85, tests: ["test/unit", "test/dom"] },
  { name: "log", dir: "src/node/log", floor: 85, tests: ["test/node/log-handler.test.ts", "test/node/log-boundaries.test.ts"] },
  { name: "sdk", dir: "src/api.ts, src/integrations, src/page", floor: 85, tests: ["test/unit", "test/dom"] },
];
/** Whatever configures a run, for every scope. */
const CONFIGS = ["stryker.config.mjs", "test/mutation/vitest.config.ts", "vitest.config.ts", "tsconfig.json"];
/** What runs the tests, for every scope; the rest of a scope's packages are found in its imports. */
const TOOLCHAIN = ["vitest", "@vitest/runner", "@stryker-mutator/core", "@stryker-mutator/vitest-runner", "@stryker-mutator/instrumenter", "typescript", "esbuild", "vite"];
/** What the DOM layer runs in. */
const DOM_TOOLCHAIN = ["happy-dom"];

const ci = process.argv.includes("--ci");
const force = process.argv.includes("--force");
const summaryOnly = process.argv.includes("--summary");
const checkOnly = process.argv.includes("--check");
const inputsOnly = process.argv.includes("--inputs-only");
const only = process.argv.find((arg) => arg.startsWith("--scope="))?.slice("--scope=".length);
const passThrough = process.argv.includes("--") ? process.argv.slice(process.argv.indexOf("--") + 1) : [];
if (only && !SCOPES.some((scope) => scope.name === only)) {
  console.error(`mutation: unknown scope "${only}" (expected ${SCOPES.map((scope) => scope.name).join(", ")})`);
  process.exit(2);
}

const results = [];
const skipped = [];
const DEFERRED = existsSync("test/mutation/deferred.json") ? JSON.parse(readFileSync("test/mutation/deferred.json", "utf8")) : {};
for (const scope of SCOPES.filter((candidate) => !only || candidate.name === only)) {
  const baseline = `test/mutation/${scope.name}-incremental.json`;
  const inputsFile = `test/mutation/${scope.name}-inputs.json`;
  const reportFile = `reports/mutation/${scope.name}.json`;
  if (summaryOnly) {
    if (existsSync(reportFile)) results.push({ ...scope, ...judge(scope, readReport(reportFile), true) });
    continue;
  }
  const inputs = fingerprint(scope);
  const changed = existsSync(inputsFile) ? differences(JSON.parse(readFileSync(inputsFile, "utf8")), inputs) : ["no fingerprint"];
  if (inputsOnly) {
    writeFileSync(inputsFile, `${JSON.stringify(inputs, null, 2)}\n`);
    console.log(`mutation ${scope.name}: fingerprint recorded (${inputsFile})`);
    continue;
  }
  if (checkOnly) {
    const why = !existsSync(baseline) ? "no baseline" : changed.length ? changed.join("; ") : "";
    console.log(
      `mutation ${scope.name}: ${why ? `full rerun needed (${why})` : "inputs unchanged; an incremental run redoes only mutants in changed code or under changed tests"}`,
    );
    continue;
  }
  // CI compares against a committed baseline; without one it cannot tell what was tested, and a full run is far
  // beyond its time budget: the layer fails and says how to make one.
  if (ci && !existsSync(baseline)) {
    console.log(`mutation ${scope.name}: FAILED, no committed baseline (${baseline}); run \`npm run mutation -- --scope=${scope.name}\` and commit it`);
    results.push({ ...scope, ok: false, files: [], total: sum([]), problem: "no baseline" });
    continue;
  }
  const full = force || !existsSync(baseline) || changed.length > 0;
  // A full rerun a round could not afford is deferred by name, with its reason, in test/mutation/deferred.json: CI says
  // so and skips it (counted neither passed nor failed) instead of spending hours; a local run still does it.
  if (ci && full && DEFERRED[scope.name]) {
    console.log(`mutation ${scope.name}: SKIPPED in CI, full rerun deferred: ${DEFERRED[scope.name]}`);
    skipped.push(scope.name);
    continue;
  }
  if (full && !force) console.log(`mutation ${scope.name}: every mutant again: ${existsSync(baseline) ? changed.join("; ") : "no baseline yet"}`);
  const started = Date.now();
  const run = spawnSync("npx", ["stryker", "run", "--incremental", ...(full ? ["--force"] : []), ...passThrough], {
    stdio: "inherit",
    env: { ...process.env, MUTATION_SCOPE: scope.name },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  const files = existsSync(reportFile) ? readReport(reportFile) : [];
  const verdict = judge(scope, files, run.status === 0);
  // The fingerprint moves with the baseline, and only when the run passed: a failed run is redone in full next time.
  if (verdict.ok && !ci) writeFileSync(inputsFile, `${JSON.stringify(inputs, null, 2)}\n`);
  results.push({ ...scope, ...verdict, seconds });
}
if (checkOnly || inputsOnly) process.exit(0);

for (const result of results) {
  const time = result.seconds === undefined ? "" : `, ${result.seconds} s`;
  console.log(`mutation ${result.name} (${result.dir}): ${result.ok ? "passed" : "FAILED"}: ${result.problem ?? percent(result.total)} (floor ${result.floor}%)${time}`);
}
if (ci) {
  mkdirSync(".tmp/layers", { recursive: true });
  const passed = results.filter((result) => result.ok).length;
  writeFileSync(".tmp/layers/mutation.json", JSON.stringify({ layer: "mutation", passed, failed: results.length - passed, skipped }));
} else if (results.length) {
  writeSummary(results);
}
process.exit(results.length && results.every((result) => result.ok) ? 0 : 1);

/** A scope passes when Stryker did, at least one mutant was scored, and the score reaches the floor. */
function judge(scope, files, strykerPassed) {
  const total = sum(files);
  if (!strykerPassed) return { ok: false, files, total, problem: "Stryker failed" };
  if (!total.scored) return { ok: false, files, total, problem: `no scored mutant (${total.static} static, ${total.disabled} disabled): n/a` };
  return { ok: score(total) >= scope.floor, files, total };
}

/** Per file: killed (killed or timed out), scored (killed + survived + no coverage), static and disabled apart. */
function readReport(path) {
  const report = JSON.parse(readFileSync(path, "utf8"));
  return Object.entries(report.files)
    .map(([file, { mutants }]) => {
      const count = (test) => mutants.filter(test).length;
      const is = (...statuses) => (mutant) => statuses.includes(mutant.status);
      const isStatic = (mutant) => mutant.status === "Ignored" && /^Static mutant/.test(mutant.statusReason ?? "");
      return {
        file: file.replace(/^.*?src\//, "src/"),
        detected: count(is("Killed", "Timeout")),
        scored: count(is("Killed", "Timeout", "Survived", "NoCoverage")),
        survived: count(is("Survived", "NoCoverage")),
        static: count(isStatic),
        disabled: count((mutant) => mutant.status === "Ignored" && !isStatic(mutant)),
        other: count(is("CompileError", "RuntimeError", "Pending")),
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

function sum(files) {
  const keys = ["detected", "scored", "survived", "static", "disabled", "other"];
  return Object.fromEntries(keys.map((key) => [key, files.reduce((all, file) => all + file[key], 0)]));
}

function score({ detected, scored }) {
  return scored ? (100 * detected) / scored : NaN;
}

/** A file or scope with no scored mutant has no score: "n/a", never 100%. */
function percent(counts) {
  return counts.scored ? `${score(counts).toFixed(1)}%` : "n/a";
}

// --- What else decides a scope's results -------------------------------------------------------------------------

/** Hashes of the configs and of the helpers the scope's tests import; versions of the packages it loads. */
function fingerprint(scope) {
  const testFiles = scope.tests.flatMap((entry) => (entry.endsWith(".ts") ? [entry] : walk(entry).filter((file) => file.endsWith(".test.ts"))));
  const sources = scope.dir.split(", ").flatMap((entry) => (entry.endsWith(".ts") ? [entry] : walk(entry).filter((file) => file.endsWith(".ts"))));
  // Helpers: every non-source, non-test file the tests reach through relative imports (test/support, *-support.ts...).
  const helpers = new Set();
  const packages = new Set([...TOOLCHAIN, ...(scope.tests.includes("test/dom") ? DOM_TOOLCHAIN : [])]);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, specifier] of text.matchAll(/(?:from|import\(|import)\s*["']([^"']+)["']/g)) {
      if (specifier.startsWith(".")) {
        const target = resolveModule(join(dirname(file), specifier));
        if (!target) continue;
        // Source files under mutation are Stryker's to track; other source files the tests run are followed for the
        // packages they load; everything else imported from a test is a helper.
        if (!target.startsWith("src/") && !target.endsWith(".test.ts")) helpers.add(target);
        visit(target);
      } else if (!specifier.startsWith("node:")) {
        packages.add(specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]);
      }
    }
  };
  for (const file of [...testFiles, ...sources]) visit(file);
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")).packages ?? {};
  return {
    files: Object.fromEntries([...CONFIGS, ...[...helpers].sort()].map((file) => [file, existsSync(file) ? hash(file) : "missing"])),
    packages: Object.fromEntries(
      [...packages]
        .filter((name) => lock[`node_modules/${name}`])
        .sort()
        .map((name) => [name, lock[`node_modules/${name}`].version]),
    ),
  };
}

function differences(before, now) {
  const changes = [];
  for (const kind of ["files", "packages"]) {
    const names = new Set([...Object.keys(before[kind] ?? {}), ...Object.keys(now[kind])]);
    for (const name of [...names].sort()) {
      if (before[kind]?.[name] !== now[kind][name]) changes.push(`${name} ${kind === "files" ? "changed" : `${before[kind]?.[name] ?? "none"} -> ${now[kind][name] ?? "none"}`}`);
    }
  }
  return changes;
}

function resolveModule(path) {
  const base = normalize(path);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, `${base}.js`, join(base, "index.ts")]) {
    if (existsSync(candidate) && !candidate.endsWith("/")) {
      try {
        readFileSync(candidate);
        return relative(".", candidate);
      } catch {
        // A directory: try the next form.
      }
    }
  }
  // `import "./x.js"` written for a .ts file.
  const ts = base.replace(/\.m?js$/, ".ts");
  return existsSync(ts) ? relative(".", ts) : undefined;
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function hash(file) {
  return createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 16);
}

// --- docs/testing.md ---------------------------------------------------------------------------------------------

function writeSummary(all) {
  const path = "docs/testing.md";
  const before = existsSync(path) ? readFileSync(path, "utf8") : "";
  // A scope that did not run this time keeps its rows (and their date) from the table already there.
  const keptScopes = SCOPES.filter((scope) => !all.some((ran) => ran.name === scope.name));
  const kept = keptScopes.flatMap((scope) => {
    const lines = before.split("\n");
    const start = lines.findIndex((line) => line.startsWith(`| **${scope.name}**`));
    if (start < 0) return [];
    const end = lines.findIndex((line, index) => index > start && (line.startsWith("| **") || !line.startsWith("|")));
    return lines.slice(start, end < 0 ? undefined : end);
  });
  // The kept rows' date: the earlier table's own when they came from the run that wrote it, else the date they carried.
  const written = before.match(/^Written (.*?) UTC from (.*?)\.(?: Other rows: (.*) UTC\.)?$/m);
  const keptDate = written && (keptScopes.every((scope) => written[2].split(" and ").includes(scope.name)) ? written[1] : (written[3] ?? written[1]));
  const row = (label, counts) =>
    `| ${label} | ${percent(counts)} | ${counts.scored} | ${counts.detected} | ${counts.survived} | ${counts.static} | ${counts.disabled} |`;
  const rows = all.flatMap(({ name, dir, floor, files, total, seconds }) => [
    row(`**${name}**: ${dir} (floor ${floor}%${seconds === undefined ? "" : `, ${seconds} s`})`, total).replace(
      `| ${percent(total)} |`,
      `| **${percent(total)}** |`,
    ),
    ...files.map((file) => row(file.file, file)),
  ]);
  const section = [
    "<!-- mutation:start (written by npm run mutation; do not edit by hand) -->",
    `Written ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC from ${all.map((scope) => scope.name).join(" and ")}.` +
      (kept.length && keptDate ? ` Other rows: ${keptDate} UTC.` : ""),
    "",
    "| file | score | scored | killed | survived | static (not run) | disabled |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    ...kept,
    "<!-- mutation:end -->",
  ].join("\n");
  const marked = /<!-- mutation:start[\s\S]*?<!-- mutation:end -->/;
  writeFileSync(path, marked.test(before) ? before.replace(marked, section) : `${before.trimEnd()}\n\n${section}\n`);
}
