// `consentry/log-server`: the consent-log receiver for any Fetch-API runtime, and its store.
import type { ConsentRecord } from "../../core/record";
import { recordSchema as zodRecordSchema } from "./record";
export { createConsentLogHandler, type ConsentLogOptions } from "./handler";
export { DEFAULT_DATA_DIR, IN_MEMORY, openLogStore, recordKey, type LogStore, type OpenOptions } from "./store";
export type { DayCount, StoredRecord, TimeRange } from "./queries";
export { MIGRATIONS, migrate, type Migration } from "./migrations";
export { parseRecord, type RecordProblem } from "./record";
export { MissingPeerError, type Sql } from "./sql";

/**
 * The receiver's record check. zod is bundled into dist/node rather than installed, so its public type names no zod
 * type (a declaration importing "zod" would not resolve in a site's project): what a caller uses, `safeParse`.
 */
export interface RecordSchema {
  safeParse(value: unknown):
    | { readonly success: true; readonly data: ConsentRecord }
    | { readonly success: false; readonly error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] } };
}
export const recordSchema: RecordSchema = zodRecordSchema;
