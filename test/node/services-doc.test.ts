// docs/services.md and the README's count are generated from the catalog (issue 26 item 7: never typed by hand); a
// service added, removed or changed without `npm run docs:services` fails here. Runs on the built dist/ (npm test builds).
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

describe("docs/services.md (issue 26 item 7)", () => {
  it("is what the built catalog generates, and the README's count agrees", () => {
    const run = () => execFileSync("node", [resolve(import.meta.dirname, "../../scripts/services-doc.mjs"), "--check"], { encoding: "utf8", stdio: "pipe" });
    expect(run).not.toThrow();
  });
});
