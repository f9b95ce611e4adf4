// What the store derives from a record or a database address: the record's idempotency key and the printable address.
import type { LogRecord } from "./log-record";

/**
 * The record's identity: SHA-256 over its fields in a fixed order. The drop-in resends the very record it queued,
 * so a retry has the same key and is stored once; two different decisions never share one.
 */
export async function recordKey(record: LogRecord): Promise<string> {
  const categories = Object.keys(record.categories)
    .sort()
    .map((name) => [name, record.categories[name]]);
  const canonical = JSON.stringify([
    record.v,
    record.id,
    record.revision,
    record.decidedAt,
    record.updatedAt,
    categories,
    record.method,
    record.gpc,
    // Issue 29's fields join the key only when the record has them, so every record stored before keeps its key
    // (and its retry still meets it).
    ...(record.region === undefined && record.mode === undefined && record.language === undefined
      ? []
      : [["region", record.region ?? null], ["mode", record.mode ?? null], ["language", record.language ?? null]]),
  ]);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** A database URL as a start-up line may print it: `postgres://user:***@host/db`. */
export function maskPassword(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
