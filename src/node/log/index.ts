// `consentry/log-server`: the consent-log receiver for any Fetch-API runtime, and its store.
import type { LogRecord } from "./log-record";
import { parseRecord as parseWithZod, recordSchema as zodRecordSchema } from "./record";
export { createConsentLogHandler, type ConsentLogOptions } from "./handler";
export { DEFAULT_DATA_DIR, IN_MEMORY, NoLogError, openLogStore, recordKey, type LogStore, type OpenOptions } from "./store";
export { RECORD_MODES, type LogRecord } from "./log-record";
export type { DayCount, StoredRecord, TimeRange } from "./queries";
export { MIGRATIONS, migrate, type Migration } from "./migrations";
export { MissingPeerError, type Sql } from "./sql";

// zod is bundled into dist/node rather than installed, so this entry's declarations name no zod type (an import of
// "zod" in a .d.ts would not resolve in a site's project): the record check's public types are declared here, and
// each assignment below proves that ./record's zod-typed values fit them.

export interface RecordProblem {
  /** Dotted path into the record, `""` for the record itself. */
  readonly path: string;
  readonly message: string;
}

export type ParsedRecord = { ok: true; record: LogRecord } | { ok: false; problems: RecordProblem[] };

/** The receiver's record check: what a caller uses of it, `safeParse`. */
export interface RecordSchema {
  safeParse(value: unknown):
    | { readonly success: true; readonly data: LogRecord }
    | { readonly success: false; readonly error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] } };
}

export const recordSchema: RecordSchema = zodRecordSchema;

/** JSON text from a request body to a record, or every problem with its path; never throws. */
export const parseRecord: (text: string) => ParsedRecord = parseWithZod;
