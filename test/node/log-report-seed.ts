// A consent log with every split the report draws: twelve days, every method, three revisions, languages, regions and
// modes, and records that send none of them (older drop-ins). Deterministic, so a failure reads the same each run.
import type { ConsentMethod } from "../../src/core/record";
import type { LogRecord } from "../../src/node/log/log-record";

const METHODS: ConsentMethod[] = ["accept-all", "reject-all", "custom", "accept-all", "dismiss", "gpc", "api", "withdraw", "custom"];
const LANGUAGES = ["en", "fr", "de", undefined] as const;
const REGIONS = ["FR", "US-CA", "EEA", undefined, "UK"] as const;

/** One record per decision; ids are made from the index, so two runs seed the same log. */
export function seedRecords(): LogRecord[] {
  const records: LogRecord[] = [];
  let index = 0;
  for (let day = 0; day < 12; day++) {
    const count = 5 + ((day * 7) % 11);
    for (let n = 0; n < count; n++, index++) {
      const method = METHODS[index % METHODS.length]!;
      const all = (value: boolean) => ({ preferences: value, analytics: value, marketing: value });
      const categories =
        method === "accept-all" || method === "api"
          ? all(true)
          : method === "custom"
            ? { preferences: index % 2 === 0, analytics: true, marketing: index % 3 === 0 }
            : method === "gpc"
              ? { preferences: true, analytics: true, marketing: false }
              : all(false);
      const at = new Date(Date.UTC(2025, 2, 1 + day, 8, 0, 0) + n * 37_000).toISOString();
      const region = REGIONS[index % REGIONS.length];
      const language = LANGUAGES[index % LANGUAGES.length];
      records.push({
        v: 1,
        id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`,
        revision: day < 5 ? 1 : day < 10 ? 2 : 3,
        decidedAt: at,
        updatedAt: at,
        categories,
        method,
        gpc: method === "gpc" || index % 9 === 0,
        ...(region && { region, mode: region === "US-CA" ? ("opt-out" as const) : ("opt-in" as const) }),
        ...(language && { language }),
      });
    }
  }
  return records;
}
