// docs/benchmarks.md's Lighthouse section is rendered from bench/lighthouse-results.json, never typed by hand (issue 27
// item 6): a results file or docs text changed alone fails here. No Lighthouse and no browser: `--check` only renders.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

describe("docs/benchmarks.md, the Lighthouse section (issue 27 items 5 and 6)", () => {
  it("is what the saved results render", () => {
    const run = () =>
      execFileSync("node", [resolve(import.meta.dirname, "../../bench/lighthouse.mjs"), "--check"], { encoding: "utf8", stdio: "pipe" });
    expect(run).not.toThrow();
  });
});
