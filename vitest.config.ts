import { defineConfig } from "vitest/config";

// Three layers: unit (plain Node, fake clock), dom (happy-dom), e2e (the built files in real Chromium).
export default defineConfig({
  test: {
    // CI reads a JSON report to add the layers up (.ci/run -> scripts/ci-summary.mjs).
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".tmp/vitest.json" }]] : ["default"],
    projects: [
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" } },
      { test: { name: "dom", include: ["test/dom/**/*.test.ts"], environment: "happy-dom" } },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // The Node wing (CLI, audit, consent-log receiver): real servers, databases and Chromium, one file at a time.
        test: {
          name: "node",
          include: ["test/node/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
    coverage: { provider: "v8", include: ["src/core/**"], reporter: ["text-summary", "json-summary"] },
  },
});
