// Builds the npm entries (ESM + CJS, dependencies external) and the drop-in (IIFE, minified, dependencies bundled).
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import { readdirSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import type { Plugin, RollupOptions } from "rollup";

/*
 * How to add a package entry (`consentry/<name>`), so every TypeScript setup and bundler finds it (issue 10):
 * 1. Browser code: add `<name>: "src/entries/<name>.ts"` to `npmEntries` below (built to dist/<name>.mjs and .cjs).
 *    Node-only code: add it to `nodeEntries` (dist/node/<name>.mjs and .cjs; types from tsconfig.node.json).
 *    Bare imports (react, hono, ...) stay imports (`isBareImport`): make each an optional peer in package.json.
 * 2. package.json `exports`: copy the "./core" row; types sit beside each format, nested under import/require:
 *      "./<name>": { "import":  { "types": "./dist/types/entries/<name>.d.mts", "default": "./dist/<name>.mjs" },
 *                    "require": { "types": "./dist/types/entries/<name>.d.cts", "default": "./dist/<name>.cjs" } }
 *    (node entries: dist/types/node/<name>.d.[mc]ts and dist/node/<name>.[mc]js). The .d.mts/.d.cts twins come from
 *    tsc's .d.ts by scripts/declarations.mjs. Then `typesVersions` (for `moduleResolution: node10`):
 *      "<name>": ["./dist/types/entries/<name>.d.cts"]
 * 3. Import it in test/types/consumer.ts (compiled as nodenext ESM, nodenext CJS and bundler): `npm run lint:package`
 *    fails for an export the consumer does not import, and runs attw and publint on the packed tarball.
 */
const npmEntries = {
  index: "src/entries/index.ts",
  core: "src/entries/core.ts",
  posthog: "src/entries/posthog.ts",
  "google-consent-mode": "src/entries/google-consent-mode.ts",
  react: "src/entries/react.ts",
  services: "src/services/index.ts",
  ...Object.fromEntries(localeCodes().map((code) => [`locales/${code}`, `src/ui/locales/${code}.ts`])),
  // `consentry/services/<name>`: one module per catalog service (issue 26), so an app imports only the vendors it uses.
  ...Object.fromEntries(serviceNames().map((name) => [`services/${name}`, `src/services/catalog/${name}.ts`])),
};

/** Every catalog service, one file each in src/services/catalog/. */
function serviceNames(): string[] {
  return readdirSync("src/services/catalog").map((file) => file.replace(/\.ts$/, ""));
}

/** Every bundled locale, one file each in src/ui/locales/ (`en` included): `consentry/locales/<code>`. */
function localeCodes(): string[] {
  return readdirSync("src/ui/locales").map((file) => file.replace(/\.ts$/, ""));
}

/** Node-side package entries, e.g. `"log-server": "src/node/log/server.ts"` for `consentry/log-server` (see above). */
const nodeEntries: Record<string, string> = { "log-server": "src/node/log/index.ts" };

/** Package imports (react, hono, posthog-js, ...) stay imports: the user's install provides them. */
const isBareImport = (id: string) => !id.startsWith(".") && !id.startsWith("/") && !id.startsWith("\0");

// Only src/ is compiled and checked here; tests are checked by `npm run typecheck`.
const ts = (tsconfig = "./tsconfig.build.json") =>
  typescript({
    tsconfig,
    compilerOptions: { declaration: false, emitDeclarationOnly: false, noEmit: false, outDir: "dist", rootDir: "src" },
    noEmitOnError: true,
  });

/**
 * The stylesheet is plain CSS, shipped as `dist/consentry.css` for a `<link>` under a strict CSP (X-04). Its comments
 * stay in the source: every page that links the file would download them.
 */
const copyStylesheet = (): Plugin => ({
  name: "copy-stylesheet",
  async writeBundle() {
    await mkdir("dist", { recursive: true });
    const css = await readFile("src/ui/styles.css", "utf8").catch(() => undefined);
    if (css !== undefined) await writeFile("dist/consentry.css", `${css.replace(/\/\*[\s\S]*?\*\/\s*/g, "").trim()}\n`);
  },
});

/** `require("consentry/browser")` needs a .cjs file in this `"type": "module"` package; the IIFE is either. */
const copyDropInAsCjs = (): Plugin => ({
  name: "copy-drop-in-as-cjs",
  async writeBundle() {
    await copyFile("dist/consentry.js", "dist/consentry.cjs");
  },
});

/**
 * `consentry/react` opens with "use client": a Next.js App Router server component may then render
 * <ConsentProvider> and <Gated> as client components. A directive in the source would be dropped by rollup with a
 * warning (it cannot know the chunk's boundary), so it is written on the entry chunk here.
 */
const useClient = (entry: string): Plugin => ({
  name: "use-client",
  renderChunk: (code, chunk) => (chunk.isEntry && chunk.name === entry ? { code: `"use client";\n${code}`, map: null } : null),
});

/** consentry.all.js (issue 10): the drop-in with the banner, dialog, PostHog and consent-log parts inside, one file to deploy. */
const everyPartInside = (): Plugin => ({
  name: "every-part-inside",
  async resolveId(source, importer, options) {
    if (!source.endsWith("/import-part")) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && { ...resolved, id: resolved.id.replace(/import-part\.ts$/, "import-part-all.ts") };
  },
});

/** The drop-in's optional parts, each one self-contained ESM file beside it (src/page/addons.ts loads them). */
const addons = ["posthog", "consent-log", "banner", "dialog", "services"].map(
  (name): RollupOptions => ({
    input: `src/addons/${name}.ts`,
    plugins: [nodeResolve({ browser: true }), ts()],
    output: {
      file: `dist/consentry.${name === "consent-log" ? "log" : name}.mjs`,
      format: "es",
      plugins: [terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } })],
    },
  }),
);

/**
 * The drop-in's catalog services (issue 26), one ESM file each beside it: dist/consentry.service.<name>.mjs holds the
 * service's definition only (its `about`, for docs and the audit, stays out), fetched by consentry.services.mjs.
 */
const dropInServices: RollupOptions = {
  input: Object.fromEntries(serviceNames().map((name) => [name, `\0service:${name}`])),
  plugins: [
    {
      name: "service-definition-only",
      resolveId: (id) => (id.startsWith("\0service:") ? id : null),
      load: (id) => (id.startsWith("\0service:") ? `export { default } from ${JSON.stringify(`${process.cwd()}/src/services/catalog/${id.slice(9)}.ts`)};` : null),
    },
    ts(),
  ],
  output: {
    dir: "dist",
    format: "es",
    entryFileNames: "consentry.service.[name].mjs",
    plugins: [terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } })],
  },
};

/** The drop-in's languages, one small ESM file each beside it: dist/consentry.locale.<code>.mjs (src/page/locale.ts). */
const dropInLocales: RollupOptions = {
  input: Object.fromEntries(localeCodes().filter((code) => code != "en").map((code) => [code, `src/ui/locales/${code}.ts`])),
  plugins: [ts()],
  output: {
    dir: "dist",
    format: "es",
    entryFileNames: "consentry.locale.[name].mjs",
    plugins: [terser({ ecma: 2020, module: true, format: { comments: false } })],
  },
};

const config: RollupOptions[] = [
  {
    input: npmEntries,
    plugins: [ts(), useClient("react")],
    external: isBareImport,
    output: [
      { dir: "dist", format: "es", entryFileNames: "[name].mjs", chunkFileNames: "chunks/[name]-[hash].mjs" },
      // `exports: "named"`: a default-only module (a locale) is `exports.default`, as its .d.cts says.
      { dir: "dist", format: "cjs", exports: "named", entryFileNames: "[name].cjs", chunkFileNames: "chunks/[name]-[hash].cjs" },
    ],
  },
  {
    input: "src/entries/browser.ts",
    plugins: [nodeResolve({ browser: true }), ts(), copyStylesheet(), copyDropInAsCjs()],
    output: {
      file: "dist/consentry.js",
      format: "iife",
      // Measured on the drop-in (issue 9): a third pass, arrows for functions that use no `this`, and hoisted function
      // declarations take 64 B gzip off what every visit downloads.
      plugins: [terser({ ecma: 2020, compress: { passes: 3, unsafe_arrows: true, hoist_funs: true }, format: { comments: false } })],
    },
  },
  // The head snippet of a `defer`red drop-in (issue 12): what must run before the parser goes on.
  {
    input: "src/entries/head.ts",
    plugins: [nodeResolve({ browser: true }), ts()],
    output: {
      file: "dist/consentry.head.js",
      format: "iife",
      plugins: [terser({ ecma: 2020, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } })],
    },
  },
  // After the split drop-in: scripts/size.mjs explains the first IIFE build here.
  {
    input: "src/entries/browser.ts",
    plugins: [everyPartInside(), nodeResolve({ browser: true }), ts()],
    output: {
      file: "dist/consentry.all.js",
      format: "iife",
      plugins: [terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } })],
    },
  },
  ...addons,
  dropInLocales,
  dropInServices,
  // The Node wing (DESIGN 1): CLI and servers. Every package import stays external: they are optional peers, so a
  // browser app's install never pulls them in, and each verb says what to install when one is missing.
  {
    input: { cli: "src/node/cli.ts", schema: "src/node/schema.ts", log: "src/node/log/index.ts" },
    plugins: [ts("./tsconfig.node.json")],
    external: isBareImport,
    output: { dir: "dist", format: "es", entryFileNames: "node/[name].mjs", chunkFileNames: "node/[name]-[hash].mjs" },
  },
  // Node-side package entries (`consentry/<name>`), ESM and CJS like the browser ones, so attw passes under require too.
  ...(Object.keys(nodeEntries).length === 0
    ? []
    : [
        {
          input: nodeEntries,
          plugins: [ts("./tsconfig.node.json")],
          external: isBareImport,
          output: [
            { dir: "dist", format: "es", entryFileNames: "node/[name].mjs", chunkFileNames: "node/chunks/[name]-[hash].mjs" },
            { dir: "dist", format: "cjs", exports: "named", entryFileNames: "node/[name].cjs", chunkFileNames: "node/chunks/[name]-[hash].cjs" },
          ],
        } satisfies RollupOptions,
      ]),
];

export default config;
