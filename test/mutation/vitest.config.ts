// The layers mutation testing runs (npm run mutation): unit and DOM, less the UI's own DOM tests (below); for the log
// scope, the receiver's handler tests alone. The e2e layer and the rest of the node layer start Chromium, servers and
// child processes, far too slow to repeat for each mutant; they stay in `npm test`.
import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectConfiguration } from "vitest/config";
import base from "../../vitest.config";

const layers = (base.test?.projects ?? []) as Array<{ test: { name: string } }>;

// The log scope (MUTATION_SCOPE=log) runs the consent-log receiver's handler and boundary tests, on PGlite only: a
// PostgreSQL cluster started for every mutant would be most of the run. `npm test` keeps both databases.
const logScope = process.env.MUTATION_SCOPE === "log";
const kept = logScope ? ["node"] : ["unit", "dom"];

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    projects: layers
      .filter((project) => kept.includes(project.test.name))
      .map((project) => ({
        test: {
          ...project.test,
          ...(logScope && { include: ["test/node/log-{handler,boundaries}.test.ts"], env: { CONSENTRY_LOG_BACKENDS: "PGlite" } }),
          // The UI's own tests (banner, dialog, declaration, languages) render the whole UI and would rerun for every store
          // mutant, most of the run time; they pin the UI, which is not mutated here. Core and gate answer to their own tests.
          exclude: ["**/node_modules/**", "test/dom/{banner,declaration,i18n*,lifecycle,preferences,ui-security}.test.ts"],
          // Each mutant reruns its covering tests: reusing the module graph across files is about 1.6x faster here.
          isolate: false,
          // A shared two-core machine can slow a property test past vitest's 5 s; a slow test is not a failing one.
          testTimeout: 30_000,
        },
      })) as TestProjectConfiguration[],
  },
});
