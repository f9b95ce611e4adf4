// Bundles the React example for `npm start` (no bundler at request time): react and react-dom are CommonJS only,
// so they go through @rollup/plugin-commonjs; consentry's own imports resolve to the built dist/ files.
import commonjs from "@rollup/plugin-commonjs";
import nodeResolve from "@rollup/plugin-node-resolve";
import { resolve } from "node:path";

const DIST = resolve(import.meta.dirname, "../../dist");
/** `consentry` and `consentry/<entry>` as a user's bundler would find them in node_modules, here from dist/. */
const consentryFromDist = {
  name: "consentry-from-dist",
  resolveId: (source) => (/^consentry(\/|$)/.test(source) ? `${DIST}/${source.slice(10) || "index"}.mjs` : null),
};
/** React picks its build by `process.env.NODE_ENV`, which a browser does not have. */
const production = {
  name: "node-env",
  transform: (code) => (code.includes("process.env.NODE_ENV") ? { code: code.replaceAll("process.env.NODE_ENV", '"production"'), map: null } : null),
};

export default {
  input: resolve(import.meta.dirname, "app.mjs"),
  plugins: [consentryFromDist, production, nodeResolve({ browser: true }), commonjs()],
  // The "use client" directive at the top of consentry/react means nothing to a browser bundle.
  onwarn: (warning, warn) => warning.code === "MODULE_LEVEL_DIRECTIVE" || warn(warning),
  output: { file: resolve(import.meta.dirname, "build/app.js"), format: "es" },
};
