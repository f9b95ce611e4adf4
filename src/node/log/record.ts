// The receiver's boundary: untrusted request text to a typed decision record, or a 400 that names the bad path.
// Methods and version come from core, so the receiver accepts exactly what the drop-in sends (L-12).
import { z } from "zod";
// The clock skew and the earliest date too: a decision dated further ahead is a broken clock, not a decision.
import { CLOCK_SKEW_MS, CONSENT_METHODS, EARLIEST, RECORD_VERSION } from "../../core/record-rules";
import { RECORD_MODES, type LogRecord } from "./log-record";

// The same shapes core's decoder accepts (src/core/record.ts), so a record the drop-in keeps is a record we take.
// `Date.parse` rolls an impossible date over (2026-02-30 is 2 March) where PostgreSQL refuses it, so a date is real only
// if it reads back as written. The instant is then stored in one spelling, toISOString's (`.1Z` and `.100Z` are one
// instant and one record, not two).
const instant = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/, "expected an ISO-8601 UTC instant")
  .refine((text) => isRealInstant(text), "is not a real date")
  .transform((text) => new Date(text).toISOString());

function isRealInstant(text: string): boolean {
  const time = Date.parse(text);
  // Seconds 60 (a leap second) also roll over; comparing the whole date and time part refuses it too.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === text.slice(0, 19);
}

/** ISO 3166-1 alpha-2 (`FR`), ISO 3166-2 (`US-CA`), or a named group of them (`EEA`, `US-PRIVACY-STATES`). */
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$|^[A-Z][A-Z-]{1,23}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const recordSchema = z
  .strictObject({
    v: z.literal(RECORD_VERSION),
    id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "expected a lowercase UUID"),
    revision: z.int().min(0).max(1e9),
    decidedAt: instant,
    updatedAt: instant,
    categories: z.record(z.string().regex(/^[a-z][\w-]{0,31}$/), z.boolean()),
    method: z.enum(CONSENT_METHODS),
    gpc: z.boolean(),
    // Issue 29: the rules the decision was made under. Optional: older drop-ins send neither, and their rows keep null.
    region: z.string().max(24, "has more than 24 characters").regex(REGION, "expected an ISO 3166 code (FR, US-CA) or a group (EEA, US-PRIVACY-STATES)").optional(),
    mode: z.enum(RECORD_MODES).optional(),
    // The language the banner was shown in (a BCP 47 tag), for the dashboard's split by language.
    language: z.string().max(35, "has more than 35 characters").regex(LANGUAGE, "expected a BCP 47 language tag such as fr or pt-BR").optional(),
  })
  // Each check runs even when another failed, so a sender hears every problem at once.
  .refine((record) => Date.parse(record.decidedAt) >= EARLIEST, { path: ["decidedAt"], message: "is before 2020" })
  .refine((record) => Date.parse(record.updatedAt) >= Date.parse(record.decidedAt), { path: ["updatedAt"], message: "is before decidedAt" })
  .refine((record) => Date.parse(record.updatedAt) <= Date.now() + CLOCK_SKEW_MS, {
    path: ["updatedAt"],
    message: "is more than a day in the future",
  })
  .refine((record) => Object.keys(record.categories).length <= 64, { path: ["categories"], message: "has more than 64 categories" });

export interface RecordProblem {
  /** Dotted path into the record, `""` for the record itself. */
  readonly path: string;
  readonly message: string;
}

export type ParsedRecord = { ok: true; record: LogRecord } | { ok: false; problems: RecordProblem[] };

/** JSON text from a request body to a record; never throws. */
export function parseRecord(text: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: "", message: "the body is not JSON" }] };
  }
  const result = recordSchema.safeParse(value);
  if (result.success) return { ok: true, record: result.data as LogRecord };
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue): RecordProblem[] => {
      // zod reports unknown keys at the parent (the record: its only strict object); name each key so the sender
      // sees which field is extra.
      if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ path: key, message: "is not a record field" }));
      return [{ path: issue.path.map(String).join("."), message: issue.message }];
    }),
  };
}
