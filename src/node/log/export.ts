// Export formats: JSON Lines (one stored record a line, lossless) and CSV (one decision a row, for a spreadsheet).
import type { StoredRecord } from "./queries";

export type ExportFormat = "jsonl" | "csv";

// region, mode and language last (issue 29), so a sheet built on the columns before them still reads them in place.
const CSV_HEADER = "consent_id,updated_at,decided_at,received_at,method,revision,gpc,granted,refused,region,mode,language\r\n";

/** The export as text chunks (a line each), so a large export streams. */
export async function* exportLines(records: AsyncIterable<StoredRecord>, format: ExportFormat): AsyncGenerator<string> {
  if (format === "csv") yield CSV_HEADER;
  for await (const record of records) yield format === "csv" ? csvRow(record) : `${JSON.stringify(record)}\n`;
}

function csvRow(record: StoredRecord): string {
  // Category names match /^[a-z][\w-]*$/, regions /^[A-Z][A-Z0-9-]*$/, languages /^[a-z][A-Za-z0-9-]*$/, and the rest
  // are timestamps, numbers and booleans: nothing here needs
  // quoting, and no cell can start with = + - @ (no formula injection in a spreadsheet).
  const names = Object.keys(record.categories).sort();
  return [
    record.id,
    record.updatedAt,
    record.decidedAt,
    record.receivedAt,
    record.method,
    record.revision,
    record.gpc,
    names.filter((name) => record.categories[name]).join(" "),
    names.filter((name) => !record.categories[name]).join(" "),
    record.region ?? "",
    record.mode ?? "",
    record.language ?? "",
  ].join(",") + "\r\n";
}
