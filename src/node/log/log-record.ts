// The record the log keeps, with no zod in its types (consentry/log-server's declarations name this file).
import type { ConsentRecord } from "../../core/record";

/** How the rules of the visitor's region treat optional categories (issue 29). */
export const RECORD_MODES = ["opt-in", "opt-out", "notice", "none"] as const;

/**
 * A record as the log receives it: the drop-in's record (core's codec, which this side does not change) and what the
 * log also keeps when the sender says it, the region and mode the decision was made under and the banner's language.
 */
export interface LogRecord extends ConsentRecord {
  readonly region?: string;
  readonly mode?: (typeof RECORD_MODES)[number];
  readonly language?: string;
}
