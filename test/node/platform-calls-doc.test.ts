// docs/benchmarks.md's platform-calls section (issue 27) is rendered from bench/platform-calls-results.json alone:
// figures typed by hand, or results saved without rendering the docs (`node bench/platform-calls.mjs --from-saved`),
// fail here. No browser: this only renders.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

interface Results {
  rates: number[];
  subjects: { name: string }[];
  samples: Record<string, Record<string, number[]>>;
}
interface CallsDoc {
  FLOOR: string;
  UNMINIFIED: string;
  CALLS: [string, string][];
  callsMarkdown(results: Results): string;
  currentCallsSection(docs: string): string;
  readResults(file: string): Results;
}
// Imported by URL: the module is plain JS with no declarations beside it, and this file is type-checked.
const doc = (await import(pathToFileURL(resolve(ROOT, "bench/platform-calls-doc.mjs")).href)) as CallsDoc;

describe("docs/benchmarks.md's platform-calls section (issue 27)", () => {
  const results = doc.readResults(resolve(ROOT, "bench/platform-calls-results.json"));

  it("holds the floor tool, every call on its own, all of them, consentry and consentry not minified, at each rate", () => {
    const names = [doc.FLOOR, ...doc.CALLS.map(([name]) => `${doc.FLOOR} + ${name}`), `${doc.FLOOR} + all`, "consentry", doc.UNMINIFIED];
    expect(results.subjects.map((subject) => subject.name)).toEqual(expect.arrayContaining(names));
    for (const rate of results.rates) for (const name of names) expect(results.samples[rate]?.[name]?.length).toBeGreaterThan(0);
  });

  it("is what bench/platform-calls-results.json renders, between the calls markers", () => {
    const docs = readFileSync(resolve(ROOT, "docs/benchmarks.md"), "utf8");
    expect(doc.currentCallsSection(docs)).toBe(doc.callsMarkdown(results));
  });
});
