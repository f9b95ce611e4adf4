// `npm run size`: min+gzip bytes of the drop-in and of each npm entry bundled with its dependencies; fails over budget.
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { rollup } from "rollup";
import { gzipSync } from "node:zlib";

const BUDGETS = [
  { name: "drop-in JS + CSS (dist/consentry.js + dist/consentry.css)", limit: 11_264, measure: dropIn },
  { name: "consentry/core (dist/core.mjs + dependencies)", limit: 7_168, measure: () => bundled("dist/core.mjs") },
];

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

async function dropIn() {
  const css = existsSync("dist/consentry.css") ? readFileSync("dist/consentry.css") : Buffer.alloc(0);
  return gzip(readFileSync("dist/consentry.js")) + gzip(css);
}

async function bundled(entry) {
  const bundle = await rollup({ input: entry, plugins: [nodeResolve({ browser: true })], logLevel: "silent" });
  const { output } = await bundle.generate({ format: "es", plugins: [terser({ ecma: 2020 })] });
  await bundle.close();
  return gzip(Buffer.from(output.map((chunk) => chunk.code ?? "").join("")));
}

if (!existsSync("dist/consentry.js")) {
  console.error("dist/ is missing: run `npm run build` first");
  process.exit(1);
}
const jsonAt = process.argv.indexOf("--json");
const budgets = [];
for (const { name, limit, measure } of BUDGETS) {
  const bytes = await measure();
  budgets.push({ name, bytes, limit, ok: bytes <= limit });
  console.log(`${bytes <= limit ? "ok  " : "OVER"} ${String(bytes).padStart(6)} B gzip / ${limit} B  ${name}`);
}
if (jsonAt > 0) {
  const path = process.argv[jsonAt + 1];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ budgets }, null, 2));
}
process.exit(budgets.every((budget) => budget.ok) ? 0 : 1);
