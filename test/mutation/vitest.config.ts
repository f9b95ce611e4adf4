// The layers mutation testing runs (npm run mutation): unit and DOM only. The e2e and node layers start Chromium and
// servers, far too slow to repeat for each mutant; they stay in `npm test`.
import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectConfiguration } from "vitest/config";
import base from "../../vitest.config";

const layers = (base.test?.projects ?? []) as Array<{ test: { name: string } }>;

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    projects: layers
      .filter((project) => project.test.name === "unit" || project.test.name === "dom")
      .map((project) => ({
        test: {
          ...project.test,
          // Translation completeness says nothing about consent logic, and a locale in progress must not block the run.
          exclude: ["**/node_modules/**", "test/dom/i18n.test.ts"],
          // Each mutant reruns its covering tests: reusing the module graph across files is about 1.6x faster here.
          isolate: false,
          // A shared two-core machine can slow a property test past vitest's 5 s; a slow test is not a failing one.
          testTimeout: 30_000,
        },
      })) as TestProjectConfiguration[],
  },
});
