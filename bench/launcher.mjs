// The benches' browser: the e2e layer's launcher (test/support/chromium.ts), transpiled once into .tmp/, so Chromium's
// path and flags stay in one place for every bench.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

const ROOT = resolve(import.meta.dirname, "..");
const LAUNCHER = "test/support/chromium.ts";

/** test/support/chromium.ts as a module of its own: `launchChromium`, `findChromium`, `CHROMIUM_ARGS`. */
export async function loadLauncher() {
  const source = readFileSync(join(ROOT, LAUNCHER), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  });
  // The file is transpiled alone into .tmp/: a relative import would not resolve there (and a test framework would
  // not run outside its runner). Say so, rather than die on ERR_MODULE_NOT_FOUND.
  const imports = [...outputText.matchAll(/^\s*(?:import|export)\b[^;"']*["']([^"']+)["']/gm)].map((match) => match[1]);
  const foreign = imports.filter((specifier) => specifier.startsWith(".") || /^(vitest|@vitest\/)/.test(specifier));
  if (foreign.length) {
    throw new Error(`${LAUNCHER} imports ${foreign.join(", ")}: the benches run that file on its own, so it may import packages only`);
  }
  const file = join(ROOT, ".tmp/bench/browser.mjs");
  mkdirSync(join(ROOT, ".tmp/bench"), { recursive: true });
  writeFileSync(file, outputText);
  return import(pathToFileURL(file).href);
}
