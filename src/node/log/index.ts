// `consentry/log-server`: the consent-log receiver for any Fetch-API runtime, and its store.
export { createConsentLogHandler, type ConsentLogOptions } from "./handler";
export { DEFAULT_DATA_DIR, IN_MEMORY, openLogStore, recordKey, type LogStore, type OpenOptions } from "./store";
export type { DayCount, StoredRecord, TimeRange } from "./queries";
export { MIGRATIONS, migrate, type Migration } from "./migrations";
export { parseRecord, recordSchema, type RecordProblem } from "./record";
export { MissingPeerError, type Sql } from "./sql";
