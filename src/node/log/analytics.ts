// Consent analytics (issue 28 item 3): what a site owner asks of the log, counted by the database over a time range.
// Three statements, each one pass over the range (consent_records_by_time): per day and method, per category, and the
// splits by revision, language, region and mode in one GROUPING SETS query. The page is drawn by report-html.ts.
import type { Sql } from "./sql";
import type { TimeRange } from "./queries";

/** The methods the share chart shows on their own; `api` and `withdraw` are counted together as "other". */
export const SHARE_METHODS = ["accept-all", "reject-all", "custom", "dismiss", "gpc"] as const;

export interface DayFigures {
  /** UTC day of the decision, `YYYY-MM-DD`. */
  readonly day: string;
  readonly total: number;
  /** Decisions per method (every method that occurred that day). */
  readonly methods: Readonly<Record<string, number>>;
  /** Decisions made with a Global Privacy Control signal on, whatever their method. */
  readonly gpcSignal: number;
}

export interface CategoryFigures {
  readonly name: string;
  /** Decisions that offered this category, and those that granted it. */
  readonly offered: number;
  readonly granted: number;
}

export interface GroupFigures {
  /** The revision, language, region or mode; null for decisions that did not say (older drop-ins). */
  readonly key: string | null;
  readonly total: number;
  readonly acceptAll: number;
  readonly rejectAll: number;
  /** Decisions that granted every category they offered: the opt-in rate's numerator. */
  readonly optIn: number;
}

export interface RevisionChange {
  readonly from: GroupFigures;
  readonly to: GroupFigures;
}

export interface Report {
  readonly from: string;
  readonly to: string;
  readonly total: number;
  readonly days: readonly DayFigures[];
  readonly categories: readonly CategoryFigures[];
  readonly byRevision: readonly GroupFigures[];
  readonly byLanguage: readonly GroupFigures[];
  readonly byRegion: readonly GroupFigures[];
  readonly byMode: readonly GroupFigures[];
  /** Each revision next to the one before it: the opt-in rate before and after the policy changed. */
  readonly revisionChanges: readonly RevisionChange[];
}

/** A decision that granted every category it offered (and offered at least one). */
export const OPT_IN = `categories <> '{}'::jsonb AND NOT jsonb_path_exists(categories, '$.* ? (@ == false)')`;

const IN_RANGE = "updated_at >= $1 AND updated_at < $2";

/** Largest first, the decisions that did not say (null) last, ties by name: the order a reader scans a split in. */
function bySize(a: GroupFigures, b: GroupFigures): number {
  return Number(a.key === null) - Number(b.key === null) || b.total - a.total || String(a.key).localeCompare(String(b.key));
}

export async function buildReport(sql: Sql, range: TimeRange): Promise<Report> {
  const params = [range.from.toISOString(), range.to.toISOString()];
  const [dayRows, categoryRows, groupRows] = await Promise.all([
    sql.query<{ day: string; method: string; gpc: boolean; count: number }>(
      `SELECT to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, method, gpc, count(*)::int AS count
       FROM consent_records WHERE ${IN_RANGE} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      params,
    ),
    sql.query<CategoryFigures>(
      `SELECT c.key AS name, count(*)::int AS offered, (count(*) FILTER (WHERE c.value = 'true'))::int AS granted
       FROM consent_records r CROSS JOIN LATERAL jsonb_each_text(r.categories) AS c
       WHERE r.updated_at >= $1 AND r.updated_at < $2 GROUP BY 1 ORDER BY 1`,
      params,
    ),
    sql.query<GroupFigures & { split: string; revision: number | null }>(
      `SELECT CASE WHEN GROUPING(revision) = 0 THEN 'revision' WHEN GROUPING(language) = 0 THEN 'language'
                   WHEN GROUPING(region) = 0 THEN 'region' ELSE 'mode' END AS split,
              revision, coalesce(language, region, mode) AS key,
              count(*)::int AS total,
              (count(*) FILTER (WHERE method = 'accept-all'))::int AS "acceptAll",
              (count(*) FILTER (WHERE method = 'reject-all'))::int AS "rejectAll",
              (count(*) FILTER (WHERE ${OPT_IN}))::int AS "optIn"
       FROM consent_records WHERE ${IN_RANGE}
       GROUP BY GROUPING SETS ((revision), (language), (region), (mode))`,
      params,
    ),
  ]);

  const days = new Map<string, { total: number; methods: Record<string, number>; gpcSignal: number }>();
  for (const row of dayRows) {
    const day = days.get(row.day) ?? { total: 0, methods: {}, gpcSignal: 0 };
    day.total += row.count;
    day.methods[row.method] = (day.methods[row.method] ?? 0) + row.count;
    if (row.gpc) day.gpcSignal += row.count;
    days.set(row.day, day);
  }
  const split = (name: string) =>
    groupRows
      .filter((row) => row.split === name)
      .map(({ key, revision, total, acceptAll, rejectAll, optIn }) => ({
        key: name === "revision" ? String(revision) : key,
        total,
        acceptAll,
        rejectAll,
        optIn,
      }))
      .sort(name === "revision" ? (a, b) => Number(a.key) - Number(b.key) : bySize);
  const byRevision = split("revision");
  return {
    from: params[0]!,
    to: params[1]!,
    total: dayRows.reduce((sum, row) => sum + row.count, 0),
    days: [...days].map(([day, figures]) => ({ day, ...figures })),
    categories: categoryRows,
    byRevision,
    byLanguage: split("language"),
    byRegion: split("region"),
    byMode: split("mode"),
    revisionChanges: byRevision.slice(1).map((to, index) => ({ from: byRevision[index]!, to })),
  };
}
