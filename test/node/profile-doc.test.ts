// docs/benchmarks.md's profile section (issue 27 item 6) is rendered from bench/profile-results.json alone: figures
// typed by hand, or results saved without rendering the docs (`node bench/profile.mjs --from-saved`), fail here.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { currentProfileSection, profileMarkdown, readResults } from "../../bench/profile-doc.mjs";

const ROOT = resolve(import.meta.dirname, "../..");

describe("docs/benchmarks.md's profile section (issue 27 item 6)", () => {
  const results = readResults(resolve(ROOT, "bench/profile-results.json"));

  it("holds a before and an after entry", () => {
    expect(Object.keys(results.entries)).toEqual(expect.arrayContaining(["before", "after"]));
  });

  it("is what bench/profile-results.json renders, between the profile markers", () => {
    const docs = readFileSync(resolve(ROOT, "docs/benchmarks.md"), "utf8");
    expect(currentProfileSection(docs)).toBe(profileMarkdown(results));
  });
});
