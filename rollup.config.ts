// Builds the npm entries (ESM + CJS, dependencies external) and the drop-in (IIFE, minified, dependencies bundled).
import nodeResolve from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import typescript from "@rollup/plugin-typescript";
import { copyFile, mkdir } from "node:fs/promises";
import type { Plugin, RollupOptions } from "rollup";

const npmEntries = {
  index: "src/entries/index.ts",
  core: "src/entries/core.ts",
  posthog: "src/entries/posthog.ts",
  "google-consent-mode": "src/entries/google-consent-mode.ts",
  "locales/fr": "src/ui/locales/fr.ts",
  "locales/de": "src/ui/locales/de.ts",
  "locales/es": "src/ui/locales/es.ts",
  "locales/zh-Hant": "src/ui/locales/zh-Hant.ts",
};

const ts = () => typescript({ tsconfig: "./tsconfig.json", include: ["src/**/*.ts"], declaration: false, noEmitOnError: true });

const external = (id: string) => id === "js-cookie" || id.startsWith("zod");

/** The stylesheet is plain CSS, shipped as `dist/consentry.css` for a `<link>` under a strict CSP. */
const copyStylesheet = (): Plugin => ({
  name: "copy-stylesheet",
  async writeBundle() {
    await mkdir("dist", { recursive: true });
    await copyFile("src/ui/styles.css", "dist/consentry.css").catch(() => undefined);
  },
});

const config: RollupOptions[] = [
  {
    input: npmEntries,
    external,
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
];

export default config;
