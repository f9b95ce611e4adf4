// Human durations for the summary and the draft declaration: "Session", "30 days", "1 year".

export function describeExpiry(expires: number | undefined, now = Date.now()): string | undefined {
  if (expires === undefined) return undefined;
  if (expires === -1) return "Session";
  const days = Math.round((expires * 1000 - now) / 86_400_000);
  if (days < 1) return `${Math.max(1, Math.round((expires * 1000 - now) / 3_600_000))} hours`;
  if (days < 60) return days === 1 ? "1 day" : `${days} days`;
  if (days < 360) return `${Math.round(days / 30)} months`;
  const years = Math.round(days / 365);
  return years === 1 ? "1 year" : `${years} years`;
}
