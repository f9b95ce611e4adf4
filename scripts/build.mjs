// `npm run build`: rollup (every browser and Node output), the declarations twice (tsc), the JSON Schema and the
// declaration fix-ups. Skipped when nothing it reads has changed since the last build wrote dist/ and dist/ is as that
// build left it: `npm test`, `npm start` and `npm run screenshots` each build first, and CI runs all three on one
// clone, so two of those builds (a minute each on two cores) were the same work done again. `--force` always builds.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const STAMP = join(ROOT, ".tmp/build-stamp.json");
/** Everything the build reads besides node_modules, which package-lock.json stands for. */
const INPUTS = [
  "src",
  "rollup.config.ts",
  "tsconfig.json",
  "tsconfig.build.json",
  "tsconfig.node.json",
  "package.json",
  "package-lock.json",
  "scripts/build.mjs",
  "scripts/write-schema.mjs",
  "scripts/declarations.mjs",
];

const files = (path) =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => files(join(path, name)))
    : [path];

/** One hash over the files' names and contents: a rename counts as a change, a touched but equal file does not. */
function digest(paths, skip = () => false) {
  const hash = createHash("sha256");
  for (const file of paths.flatMap((path) => (existsSync(path) ? files(path) : []))) {
    if (skip(file)) continue;
    hash.update(`${relative(ROOT, file)}\0`).update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

// Hashed once, before the build: the stamp names the sources the build read, even if one is edited while it runs.
const inputs = digest(INPUTS.map((path) => join(ROOT, path)));
const outputs = () => digest([join(ROOT, "dist")]);

function current() {
  if (process.argv.includes("--force") || !existsSync(STAMP)) return false;
  try {
    const stamp = JSON.parse(readFileSync(STAMP, "utf8"));
    return stamp.inputs === inputs && stamp.outputs === outputs();
  } catch {
    return false;
  }
}

if (current()) {
  console.log("build: dist/ is current (nothing it is built from changed since); `npm run build -- --force` rebuilds");
  process.exit(0);
}

rmSync(STAMP, { force: true });
const run = (command, ...args) => {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const bin = (name) => join(ROOT, "node_modules/.bin", name);
run(bin("rollup"), "-c", "rollup.config.ts", "--configPlugin", "typescript");
run(bin("tsc"), "-p", "tsconfig.build.json");
run(bin("tsc"), "-p", "tsconfig.node.json");
run(process.execPath, "scripts/write-schema.mjs");
run(process.execPath, "scripts/declarations.mjs");
mkdirSync(join(ROOT, ".tmp"), { recursive: true });
writeFileSync(STAMP, `${JSON.stringify({ inputs, outputs: outputs() })}\n`);
