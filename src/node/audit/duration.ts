// Human durations for the summary and the draft declaration: "Session", "30 days", "1 year".

export function describeExpiry(expires: number | undefined, now = Date.now()): string | undefined {
  if (expires === undefined) return undefined;
  if (expires === -1) return "Session";
  const days = Math.round((expires * 1000 - now) / 86_400_000);
  if (days < 1) return count(Math.max(1, Math.round((expires * 1000 - now) / 3_600_000)), "hour");
  if (days < 60) return count(days, "day");
  if (days < 360) return count(Math.round(days / 30), "month");
  return count(Math.round(days / 365), "year");
}

/** "1 hour", "2 hours": one rule for every unit, so no unit can be left saying "1 hours". */
const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
