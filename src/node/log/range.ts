// A read's time range from `from`/`to` text (query string or CLI flags), checked once for both.

/** Read ranges default to everything the log can hold: records from 2020 (the drop-in's floor) until tomorrow. */
const EARLIEST = new Date(Date.UTC(2020, 0, 1));

/** `?from=&to=`: ISO dates or instants, `from` inclusive, `to` exclusive; an error message names the bad one. */
export function parseRange(from: string | undefined, to: string | undefined, now = Date.now()): { from: Date; to: Date } | string {
  const start = from === undefined ? EARLIEST : new Date(from);
  const end = to === undefined ? new Date(now + 24 * 60 * 60 * 1000) : new Date(to);
  if (Number.isNaN(start.getTime())) return "from: expected an ISO date such as 2026-01-31";
  if (Number.isNaN(end.getTime())) return "to: expected an ISO date such as 2026-01-31";
  if (end <= start) return "to: must be after from";
  return { from: start, to: end };
}

