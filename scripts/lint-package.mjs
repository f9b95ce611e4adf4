// `npm run lint:package` (after `npm run build`): the package as its users get it (issue 10). Packs the tarball, then
// - attw: every entry's types resolve and match its JavaScript under node10, node16 (CJS and ESM) and bundler;
// - publint: package.json points at published files in the right formats;
// - test/types/consumer.ts compiles against the unpacked tarball as nodenext ESM, nodenext CJS and bundler;
// - that consumer imports every export, so a new entry cannot skip these checks.
// Prints one line per check and writes .tmp/layers/lint-package.json (`{ layer, passed, failed }`) for CI's total.
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, openSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const ROOT = resolve(import.meta.dirname, "..");
process.chdir(ROOT);
const WORK = join(ROOT, ".tmp/lint-package");
const TYPE_TESTS = join(ROOT, "test/types");

if (!existsSync("dist/index.mjs")) {
  console.error("dist/ is missing: run `npm run build` first");
  process.exit(1);
}

const results = [];
const check = (name, problems) => {
  results.push({ name, ok: problems.length === 0 });
  console.log(`${problems.length === 0 ? "ok  " : "FAIL"} ${name}`);
  for (const problem of problems) console.log(`       ${problem.replaceAll("\n", "\n       ")}`);
};

// ---- the tarball, and the package a user's node_modules would hold ----------------------------------------------
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
const [{ filename, files }] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", WORK], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
const tarball = join(WORK, filename);
execFileSync("tar", ["-xzf", tarball, "-C", WORK]);
const installed = join(WORK, "node_modules/consentry");
mkdirSync(join(WORK, "node_modules"));
renameSync(join(WORK, "package"), installed);
const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));

// ---- attw: one check per entry (wildcard exports are checked per file: attw cannot expand them itself) -----------
const wildcardEntries = Object.keys(pkg.exports)
  .filter((key) => key.includes("*"))
  .flatMap((key) => {
    const target = Object.values(pkg.exports[key]).map((value) => value.default ?? value)[0];
    const [head, tail] = String(target).replace(/^\.\//, "").split("*");
    return files
      .map(({ path }) => path)
      .filter((path) => path.startsWith(head) && path.endsWith(tail))
      .map((path) => key.replace("*", path.slice(head.length, path.length - tail.length)));
  });
// Into a file: attw exits as soon as it has written, which cuts a large report short on a pipe.
const attwReport = join(WORK, "attw.json");
const attwOut = openSync(attwReport, "w");
const attw = spawnSync(
  process.execPath,
  [join(ROOT, "node_modules/@arethetypeswrong/cli/dist/index.js"), tarball, "--format", "json", "--no-color", "--no-definitely-typed", ...(wildcardEntries.length ? ["--include-entrypoints", ...wildcardEntries] : [])],
  { encoding: "utf8", stdio: ["ignore", attwOut, "pipe"] },
);
closeSync(attwOut);
let analysis;
try {
  ({ analysis } = JSON.parse(readFileSync(attwReport, "utf8")));
} catch {
  check("attw ran", [`attw wrote no JSON report (exit ${attw.status}): ${attw.stderr.slice(0, 2000)}`]);
}
for (const entry of Object.keys(analysis?.entrypoints ?? {}).filter((key) => !key.includes("*"))) {
  const problems = analysis.problems.filter((problem) => problem.entrypoint === entry);
  check(
    `attw ${entry}: types resolve and match under node10, node16 (CJS, ESM) and bundler`,
    problems.map((problem) => `${problem.kind} under ${problem.resolutionKind ?? "every resolution"}${problem.moduleSpecifier ? ` (import "${problem.moduleSpecifier}")` : ""}`),
  );
}

// ---- publint ----------------------------------------------------------------------------------------------------
const { messages } = await publint({ pkgDir: installed, pack: false, level: "suggestion" });
check("publint: no error, warning or suggestion", messages.map((message) => `${message.type}: ${formatMessage(message, pkg)}`));

// ---- the consumer, compiled three ways against node_modules/consentry --------------------------------------------
const consumer = readFileSync(join(TYPE_TESTS, "consumer.ts"), "utf8");
const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
for (const [setup, type] of [["nodenext-esm", "module"], ["nodenext-cjs", "commonjs"], ["bundler", undefined]]) {
  const dir = join(WORK, setup);
  mkdirSync(dir);
  copyFileSync(join(TYPE_TESTS, "consumer.ts"), join(dir, "consumer.ts"));
  copyFileSync(join(TYPE_TESTS, `tsconfig.${setup}.json`), join(dir, "tsconfig.json"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `consumer-${setup}`, private: true, ...(type ? { type } : {}) }));
  const run = spawnSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.json"), "--pretty", "false"], { encoding: "utf8" });
  check(`test/types/consumer.ts compiles under ${setup} against the packed package`, run.status === 0 ? [] : [(run.stdout + run.stderr).trim()]);
}

// ---- every export has a place in the consumer ----------------------------------------------------------------------
const imported = new Set([...consumer.matchAll(/(?:from\s*|import\s*)["'](consentry(?:\/[^"']+)?)["']/g)].map((match) => match[1]));
const missing = Object.keys(pkg.exports)
  // JSON exports (package.json, schema.json) carry no types to compile; attw still resolves them above.
  .filter((key) => !key.endsWith(".json"))
  .filter((key) => {
    const name = `consentry${key.slice(1)}`;
    return key.includes("*") ? ![...imported].some((id) => id.startsWith(name.split("*")[0])) : !imported.has(name);
  });
check("test/types/consumer.ts imports every export", missing.map((key) => `no import of "consentry${key.slice(1)}"`));

// ---- report -----------------------------------------------------------------------------------------------------
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
mkdirSync(".tmp/layers", { recursive: true });
writeFileSync(".tmp/layers/lint-package.json", `${JSON.stringify({ layer: "lint:package", passed, failed })}\n`);
console.log(`\nlint:package: ${passed} passed, ${failed} failed (tarball ${filename}, ${files.length} files)`);
process.exit(failed === 0 ? 0 : 1);
