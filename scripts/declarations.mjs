// Build step after `tsc`: turns each emitted `dist/types/**/*.d.ts` into a `.d.mts` (ESM) and a `.d.cts` (CJS) twin
// whose relative imports name a file (`./api.mjs` / `./api.cjs`), so TypeScript reads each format's types as that
// format under `nodenext` and `bundler` alike (issue 10: attw "masquerading as ESM", internal resolution errors).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const TYPES = join(ROOT, "dist/types");

const declarations = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? declarations(join(dir, entry.name)) : entry.name.endsWith(".d.ts") ? [join(dir, entry.name)] : [],
  );

/** `../core/config` -> `../core/config.mjs` (or `…/index.mjs` for a folder); anything else is a loud build error. */
function withExtension(file, specifier, extension) {
  const target = resolve(dirname(file), specifier);
  if (existsSync(`${target}.d.ts`)) return `${specifier}${extension}`;
  if (existsSync(join(target, "index.d.ts"))) return `${specifier}/index${extension}`;
  throw new Error(`${file}: cannot resolve the relative import "${specifier}" to a declaration file`);
}

// tsc writes specifiers only in `from "…"`, `import "…"` and `import("…")`; bare ones (react, posthog-js) stay as they are.
const RELATIVE = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']*)\2/g;

const files = existsSync(TYPES) ? declarations(TYPES) : [];
const outputs = files.map((file) => {
  const text = readFileSync(file, "utf8");
  const rewrite = (extension) =>
    text.replace(RELATIVE, (_, head, quote, specifier) => `${head}${quote}${withExtension(file, specifier, extension)}${quote}`);
  const base = file.slice(0, -".d.ts".length);
  return [file, [`${base}.d.mts`, rewrite(".mjs")], [`${base}.d.cts`, rewrite(".cjs")]];
});
for (const [file, ...twins] of outputs) {
  for (const [path, text] of twins) writeFileSync(path, text);
  rmSync(file);
}
// `consentry/style.css` resolves for TypeScript too: importing it (through a bundler) binds nothing.
const STYLESHEET = "// consentry/style.css: a stylesheet; importing it (through a bundler) binds nothing.\nexport {};\n";
if (existsSync(TYPES)) for (const extension of ["mts", "cts"]) writeFileSync(join(TYPES, `style.d.${extension}`), STYLESHEET);
console.log(`declarations: ${files.length} .d.ts -> .d.mts + .d.cts in dist/types`);
