// Builds the npm entries (ESM + CJS, dependencies external), the drop-in (IIFE, minified, dependencies bundled) and
// the Node wing (ESM, its small packages bundled, its peers external).
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin, RenderChunkHook, RollupOptions } from "rollup";

/*
 * How to add a package entry (`consentry/<name>`), so every TypeScript setup and bundler finds it (issue 10):
 * 1. Browser code: add `<name>: "src/entries/<name>.ts"` to `npmEntries` below (built to dist/<name>.mjs and .cjs).
 *    Node-only code: add it to `nodeEntries` (dist/node/<name>.mjs and .cjs; types from tsconfig.node.json).
 *    Browser entries: bare imports (react, posthog-js, ...) stay imports (`isBareImport`): make each an optional peer.
 *    Node entries: small pure-JS packages are bundled (`BUNDLED_IN_NODE`, licence notices written beside them); the
 *    large, native or per-site ones stay imports (`NODE_PEERS`), each an optional peer with one install line.
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
  regions: "src/entries/regions.ts",
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
const addons = ["posthog", "consent-log", "banner", "dialog", "services", "regions", "sdk"].map(
  (name): RollupOptions => ({
    input: name == "sdk" ? "src/entries/sdk.ts" : `src/addons/${name}.ts`,
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
    // Code two services share (gtag.js's helpers): one file beside them, fetched once.
    chunkFileNames: "consentry.service-[name]-[hash].mjs",
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

/**
 * The Node wing's own packages, bundled into dist/node: small, pure JavaScript, MIT. They are devDependencies, never
 * `dependencies` or peers, so nobody installs them; their licence texts ship in dist/node/THIRD-PARTY-LICENSES.txt.
 * A package the Node build would bundle that is not listed here fails the build: add it here (after checking its
 * licence) or make it a peer in `NODE_PEERS`.
 */
const BUNDLED_IN_NODE = ["zod", "hono", "@hono/node-server"];
/** Licences that let a bundled copy ship with its notice alone. */
const BUNDLE_LICENSES = new Set(["MIT", "ISC", "BSD-2-Clause", "BSD-3-Clause", "0BSD"]);
/** Large, native or a site's own choice: optional peers of the Node wing, each with its install line in src/node/peers.ts. */
const NODE_PEERS = ["@electric-sql/pglite", "postgres", "playwright-core"];

const isNodeExternal = (id: string) =>
  id.startsWith("node:") || builtinModules.includes(id) || NODE_PEERS.some((peer) => id === peer || id.startsWith(`${peer}/`));

/** What every bundled package is, by its package.json: gathered over both Node builds, written once per build. */
const bundledPackages = new Map<string, { version: string; license: string; text: string }>();

/** The package folder holding a bundled module: the nearest package.json with a name, under node_modules. */
function packageOf(id: string): string | undefined {
  if (!id.includes("/node_modules/")) return undefined;
  for (let dir = dirname(id); dir.includes("/node_modules/"); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name) return dir;
  }
  return undefined;
}

/** Refuses to bundle an unlisted package or one whose licence does not allow it, and writes the notices file. */
const thirdPartyLicenses = (): Plugin => ({
  name: "third-party-licenses",
  generateBundle() {
    for (const id of this.getModuleIds()) {
      const dir = packageOf(id);
      if (!dir) continue;
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (bundledPackages.has(manifest.name)) continue;
      if (!BUNDLED_IN_NODE.includes(manifest.name)) {
        this.error(`the Node build would bundle ${manifest.name} (from ${id}): list it in BUNDLED_IN_NODE or NODE_PEERS`);
      }
      if (!BUNDLE_LICENSES.has(manifest.license)) this.error(`${manifest.name} is ${manifest.license}: not a licence we bundle under`);
      const file = readdirSync(dir).find((name) => /^licen[cs]e(\.(md|txt))?$/i.test(name));
      if (!file) this.error(`${manifest.name} ships no LICENSE file to copy into THIRD-PARTY-LICENSES.txt`);
      bundledPackages.set(manifest.name, { version: manifest.version, license: manifest.license, text: readFileSync(join(dir, file), "utf8").trim() });
    }
  },
  async writeBundle() {
    const names = [...bundledPackages.keys()].sort();
    const sections = names.map((name) => {
      const { version, license, text } = bundledPackages.get(name)!;
      return `${"-".repeat(80)}\n${name}@${version} (${license})\n${"-".repeat(80)}\n\n${text}\n`;
    });
    const head =
      "consentry's Node-side files (dist/node/) include the following packages, bundled by rollup so that\n" +
      "`npx consentry` needs no second install. Their licences and copyright notices:\n\n";
    await mkdir("dist/node", { recursive: true });
    await writeFile("dist/node/THIRD-PARTY-LICENSES.txt", `${head}${sections.join("\n")}`);
  },
});

/** `vendor-zod`, `vendor-hono-node-server`: each bundled package in a chunk of its own, minified (below). */
function vendorChunk(id: string): string | undefined {
  const dir = packageOf(id);
  return dir && `vendor-${JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name.replace(/^@/, "").replace("/", "-")}`;
}

/**
 * Minifies the bundled packages' chunks only: they are what every browser app's `npm i consentry` downloads and never
 * runs (~4x smaller), while consentry's own Node code stays readable in a stack trace.
 */
const minifyVendorChunks = (): Plugin => {
  const inner = terser({ ecma: 2020, compress: { passes: 1 }, format: { comments: false } });
  return {
    name: "minify-vendor-chunks",
    renderChunk(code, chunk, options, meta) {
      if (!chunk.name.startsWith("vendor-")) return null;
      return (inner.renderChunk as RenderChunkHook).call(this, code, chunk, options, meta);
    },
  };
};

/** The Node builds: packages resolved for Node and bundled (except the peers), sources through tsconfig.node.json. */
const nodePlugins = () => [nodeResolve({ exportConditions: ["node"], preferBuiltins: true }), ts("./tsconfig.node.json"), thirdPartyLicenses()];

/** zod's own circular imports and its comments about pure annotations are its business, not this build's news. */
const quietAboutBundledPackages: RollupOptions["onwarn"] = (warning, warn) => {
  const inPackages = (id?: string) => Boolean(id?.includes("/node_modules/"));
  if (warning.code === "CIRCULAR_DEPENDENCY" && warning.ids?.every(inPackages)) return;
  if (warning.code === "INVALID_ANNOTATION" && inPackages(warning.id)) return;
  warn(warning);
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
    // No module of src/ does anything when imported (package.json "sideEffects"): what the first layer does not call,
    // the schemas built at module scope included, stays out of what every visit runs.
    treeshake: { moduleSideEffects: false },
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
    treeshake: { moduleSideEffects: false },
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
  // The Node wing (DESIGN 1): CLI and servers. zod, hono and @hono/node-server are bundled in (a site owner's
  // `npx consentry check` needs no second install, and a browser app's install still gets none of them); the
  // database clients and playwright-core stay imports: optional peers, one install line each (src/node/peers.ts).
  // `consentry/log-server`'s ESM file is built here too, so it shares its chunks (zod, hono) with the CLI.
  {
    input: { cli: "src/node/cli.ts", schema: "src/node/schema.ts", ...nodeEntries },
    plugins: nodePlugins(),
    external: isNodeExternal,
    onwarn: quietAboutBundledPackages,
    output: {
      dir: "dist",
      format: "es",
      entryFileNames: "node/[name].mjs",
      chunkFileNames: "node/chunks/[name]-[hash].mjs",
      manualChunks: vendorChunk,
      plugins: [minifyVendorChunks()],
    },
  },
  // Node-side package entries under `require` (`consentry/<name>`), so attw passes under require too.
  ...(Object.keys(nodeEntries).length === 0
    ? []
    : [
        {
          input: nodeEntries,
          plugins: nodePlugins(),
          external: isNodeExternal,
          onwarn: quietAboutBundledPackages,
          output: {
            dir: "dist",
            format: "cjs",
            exports: "named",
            entryFileNames: "node/[name].cjs",
            chunkFileNames: "node/chunks/[name]-[hash].cjs",
            manualChunks: vendorChunk,
            plugins: [minifyVendorChunks()],
          },
        } satisfies RollupOptions,
      ]),
];

export default config;
