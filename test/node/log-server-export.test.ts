// `consentry/log-server` as a site owner imports it (issue 14 item 1): the built package entry, required from CommonJS
// and imported from ESM in a child Node process, receives a drop-in record and gives it back through the read API.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { decision } from "../support/log-backends";

const run = promisify(execFile);

/** A route handler as a Next.js or Workers app writes it, on PGlite in memory: post one record, read its history. */
const program = (load: string, record: object) => `
${load}
(async () => {
  const handle = createConsentLogHandler({ store: openLogStore(IN_MEMORY), readToken: "t", origins: ["https://shop.example"] });
  const post = await handle(new Request("http://log.test/consent-log", {
    method: "POST", body: ${JSON.stringify(JSON.stringify(record))},
    headers: { "content-type": "text/plain;charset=UTF-8", origin: "https://shop.example" },
  }));
  const read = await handle(new Request("http://log.test/consent-log/records/${(record as { id: string }).id}", {
    headers: { authorization: "Bearer t" },
  }));
  console.log(JSON.stringify({ post: post.status, cors: post.headers.get("access-control-allow-origin"), read: await read.json() }));
})().catch((error) => { console.error(error); process.exit(1); });
`;

const FORMS = [
  { name: "CommonJS (require)", flag: "--input-type=commonjs", load: 'const { createConsentLogHandler, openLogStore, IN_MEMORY } = require("consentry/log-server");' },
  { name: "ESM (import)", flag: "--input-type=module", load: 'import { createConsentLogHandler, openLogStore, IN_MEMORY } from "consentry/log-server";' },
];

describe.each(FORMS)("consentry/log-server from $name", ({ flag, load }) => {
  it("stores a record posted by the site's origin and returns it as that consent id's history (L-12)", async () => {
    const record = decision({ method: "reject-all", categories: { preferences: false, analytics: false, marketing: false } });
    // The repo's own package.json names it `consentry`, so Node resolves the package entry through its exports map.
    const { stdout } = await run(process.execPath, [flag, "-e", program(load, record)], { cwd: process.cwd(), timeout: 60_000 });
    const result = JSON.parse(stdout.trim().split("\n").at(-1)!);
    expect(result.post).toBe(201);
    expect(result.cors).toBe("https://shop.example");
    expect(result.read.records).toEqual([expect.objectContaining(record)]);
  }, 90_000);
});
