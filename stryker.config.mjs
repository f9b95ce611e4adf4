// Mutation testing (npm run mutation, issue #16): would the unit and DOM tests notice if the privacy logic changed?
// Three scopes with their own floor, report and incremental baseline: MUTATION_SCOPE=core (src/core, break below 90%),
// MUTATION_SCOPE=gate (src/gate, erasure and gating, break below 85%) and MUTATION_SCOPE=log (the consent-log
// receiver's request handling, records, queries and export: the proof of consent, break below 85%). scripts/mutation.mjs
// runs them all. The log scope leaves out what only process-level tests reach: the CLI commands, the database
// connections and the PGlite folder lock (store.ts, sql.ts), and the optional-peer loader.
const scopes = {
  core: { mutate: ["src/core/**/*.ts"], floor: 90 },
  gate: { mutate: ["src/gate/**/*.ts"], floor: 85 },
  log: { mutate: ["src/node/log/**/*.ts", "!src/node/log/{log-command,server-command,peers,index,store,sql}.ts"], floor: 85 },
};
const scope = process.env.MUTATION_SCOPE ?? "core";
const { mutate, floor } = scopes[scope] ?? scopes.core;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "test/mutation/vitest.config.ts", related: true },
  mutate,
  // Module-level code (the schemas built at import) can only be tested by rerunning every test file per mutant:
  // about half of the run time for a fifth of the mutants. Their behaviour is pinned by the config and record tests.
  ignoreStatic: true,
  // The machine is shared: two workers at most.
  concurrency: 2,
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  // `--reporters ...,event-recorder` writes each mutant as it is tested (handy while killing survivors).
  eventReporter: { baseDir: `reports/mutation/events-${scope}` },
  // The committed baseline: `stryker run --incremental` reruns only mutants in changed code or under changed tests.
  incrementalFile: `test/mutation/${scope}-incremental.json`,
  thresholds: { high: floor, low: floor, break: floor },
  // Only sources and tests go into the sandbox.
  ignorePatterns: ["reports", ".tmp", "dist", "docs", "examples", "bench", "coverage"],
  // A shared machine slows runs unevenly; a generous margin keeps a slow run from counting as a timeout (a kill).
  timeoutMS: 10_000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
