import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync } from 'node:fs';
import { mkdir, copyFile } from 'node:fs/promises';

// Builds the npm entries (ESM + CJS, dependencies external) and the drop-in (IIFE, minified, dependencies bundled).
const npmEntries = {
    index: "src/entries/index.ts",
    core: "src/entries/core.ts",
    posthog: "src/entries/posthog.ts",
    "google-consent-mode": "src/entries/google-consent-mode.ts",
    ...Object.fromEntries(localeCodes().map((code) => [`locales/${code}`, `src/ui/locales/${code}.ts`])),
};
/** Every bundled locale, one file each in src/ui/locales/ (`en` included): `consentry/locales/<code>`. */
function localeCodes() {
    return readdirSync("src/ui/locales").map((file) => file.replace(/\.ts$/, ""));
}
// Only src/ is compiled and checked here; tests are checked by `npm run typecheck`.
const ts = (tsconfig = "./tsconfig.build.json") => typescript({
    tsconfig,
    compilerOptions: { declaration: false, emitDeclarationOnly: false, noEmit: false, outDir: "dist", rootDir: "src" },
    noEmitOnError: true,
});
/** The stylesheet is plain CSS, shipped as `dist/consentry.css` for a `<link>` under a strict CSP. */
const copyStylesheet = () => ({
    name: "copy-stylesheet",
    async writeBundle() {
        await mkdir("dist", { recursive: true });
        await copyFile("src/ui/styles.css", "dist/consentry.css").catch(() => undefined);
    },
});
/** The drop-in's optional parts, each one self-contained ESM file beside it (src/page/addons.ts loads them). */
const addons = ["posthog", "consent-log", "dialog"].map((name) => ({
    input: `src/addons/${name}.ts`,
    plugins: [nodeResolve({ browser: true }), ts()],
    output: {
        file: `dist/consentry.${name === "consent-log" ? "log" : name}.mjs`,
        format: "es",
        plugins: [terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } })],
    },
}));
const config = [
    {
        input: npmEntries,
        plugins: [ts()],
        output: [
            { dir: "dist", format: "es", entryFileNames: "[name].mjs", chunkFileNames: "chunks/[name]-[hash].mjs" },
            { dir: "dist", format: "cjs", entryFileNames: "[name].cjs", chunkFileNames: "chunks/[name]-[hash].cjs" },
        ],
    },
    {
        input: "src/entries/browser.ts",
        plugins: [nodeResolve({ browser: true }), ts(), copyStylesheet()],
        output: {
            file: "dist/consentry.js",
            format: "iife",
            plugins: [terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } })],
        },
    },
    ...addons,
    // The Node wing (DESIGN 1): CLI and servers. Every package import stays external: they are optional peers, so a
    // browser app's install never pulls them in, and each verb says what to install when one is missing.
    {
        input: { cli: "src/node/cli.ts", schema: "src/node/schema.ts", log: "src/node/log/index.ts" },
        plugins: [ts("./tsconfig.node.json")],
        external: (id) => !id.startsWith(".") && !id.startsWith("/") && !id.startsWith("\0"),
        output: { dir: "dist", format: "es", entryFileNames: "node/[name].mjs", chunkFileNames: "node/[name]-[hash].mjs" },
    },
];

export { config as default };
