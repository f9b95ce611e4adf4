// Prints the one line CI reads, `N passed, N failed`, over vitest's JSON report, the size budgets, and every other
// layer's result in .tmp/layers/*.json (`{ "layer": "lint:package", "passed": 2, "failed": 0 }`, written by that layer).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [vitestReport, sizeReport] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const read = (path) => {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
};

const tests = read(vitestReport);
if (!tests) {
  console.error(`no vitest report at ${vitestReport}`);
  failed += 1;
} else {
  passed += tests.numPassedTests;
  failed += tests.numFailedTests;
  skipped += tests.numPendingTests + tests.numTodoTests;
  // A file that fails to load has no tests in the counts; it must still count as a failure.
  failed += tests.testResults.filter((file) => file.status === "failed" && file.assertionResults.length === 0).length;
}

const size = read(sizeReport);
if (!size) {
  console.error(`no size report at ${sizeReport}`);
  failed += 1;
} else {
  for (const budget of size.budgets ?? []) budget.ok ? (passed += 1) : (failed += 1);
}

const layersDir = ".tmp/layers";
let layerFiles = [];
try {
  layerFiles = readdirSync(layersDir).filter((name) => name.endsWith(".json"));
} catch {}
for (const name of layerFiles) {
  const layer = read(join(layersDir, name));
  if (!layer || !Number.isInteger(layer.passed) || !Number.isInteger(layer.failed)) {
    console.error(`unreadable layer report ${name}`);
    failed += 1;
    continue;
  }
  passed += layer.passed;
  failed += layer.failed;
}

if (tests && tests.numTotalTests === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 && skipped === 0 ? 0 : 1);
