// The consent analytics page (issue 28 item 3): one self-contained HTML document, for `consentry log report --html`
// and the server's /consent-log/dashboard alike. No script, no font, no image, no link: charts are inline SVG, the
// style is one <style> that the page's own Content-Security-Policy allows by its hash and nothing else, so a page that
// tried to fetch anything would be blocked by the browser. Every figure a chart draws is also in a table beside it.
import { SHARE_METHODS, type GroupFigures, type Report } from "./analytics";
import { columnChart, escapeHtml, meter, shareChart } from "./svg";

const METHOD_NAMES: Record<string, string> = {
  "accept-all": "Accept all",
  "reject-all": "Reject all",
  custom: "Custom",
  dismiss: "Dismiss",
  gpc: "GPC",
  other: "Other",
};

const STYLE = `
:root{color-scheme:light;font:15px/1.45 system-ui,sans-serif;color:#1d2327;background:#fff}
body{margin:0}main{max-width:960px;margin:0 auto;padding:16px}
h1{font-size:1.4rem;margin:0 0 4px}h2{font-size:1.1rem;margin:28px 0 8px}p{margin:4px 0}
.lead{font-size:1.1rem}.note{color:#50575e;font-size:.85rem}
svg{display:block;width:100%;height:auto}svg.meter{height:12px;min-width:60px}
.bar{fill:#2c6e9b}.track{fill:#e6e9ec}.rule{stroke:#8c8f94;stroke-width:1}
.s-accept-all{fill:#2e7d32}.s-reject-all{fill:#c62828}.s-custom{fill:#f9a825}.s-dismiss{fill:#6d6d6d}
.s-gpc{fill:#6a1b9a}.s-other{fill:#90a4ae}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:6px 0;padding:0;list-style:none;font-size:.9rem}
.legend svg{display:inline-block;width:12px;height:12px;vertical-align:-1px;margin-right:4px}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.85rem;margin:6px 0}th,td{padding:3px 5px;text-align:right;white-space:nowrap}
th{white-space:normal;vertical-align:bottom}th:first-child,td:first-child{text-align:left}thead th{border-bottom:1px solid #8c8f94}
td.rate{min-width:64px}td.rate svg{margin-top:2px}svg.meter{min-width:0}
details{margin:6px 0}summary{cursor:pointer;color:#2c6e9b}
@media (max-width:480px){main{padding:12px 8px}th,td{padding:3px 4px}}
`.trim();

const number = (value: number) => value.toLocaleString("en-US");
/** A share as the page prints it: one decimal, `—` where there is nothing to divide. */
export const percent = (part: number, whole: number) => (whole === 0 ? "—" : `${(Math.round((1000 * part) / whole) / 10).toFixed(1)}%`);

/**
 * The page's CSP: nothing may load; only this page's own <style> applies. The page carries it in a <meta> (a file
 * opened from disk or mailed is bound by it too); the server sends it as a header as well, with frame-ancestors, which
 * a <meta> cannot set.
 */
export async function reportPolicy(): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(STYLE));
  const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
  return `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}

export async function renderReport(report: Report): Promise<string> {
  const policy = await reportPolicy();
  const range = `${report.from.slice(0, 10)} to ${report.to.slice(0, 10)} (UTC, to exclusive)`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="referrer" content="no-referrer">
<title>Consent log report</title><style>${STYLE}</style></head>
<body><main>
<h1>Consent log report</h1>
<p class="lead"><strong data-figure="total">${number(report.total)}</strong> decisions, ${escapeHtml(range)}</p>
${report.total === 0 ? "<p>No decisions in this range.</p>" : sections(report)}
<p class="note">A decision is one record the drop-in sent. Opt-in rate: the share of decisions that granted every
category they offered. Times are the decision's own (updated_at), by UTC day. Made by consentry log report.</p>
</main></body></html>
`;
}

function sections(report: Report): string {
  const days = report.days;
  const keyOf = (method: string) => ((SHARE_METHODS as readonly string[]).includes(method) ? method : "other");
  const shareKeys = [...SHARE_METHODS, "other"];
  const partsOf = (methods: Readonly<Record<string, number>>) =>
    shareKeys.map((key) => ({ key, value: Object.entries(methods).filter(([method]) => keyOf(method) === key).reduce((sum, [, count]) => sum + count, 0) }));
  const busiest = days.reduce((best, day) => (day.total > best.total ? day : best), days[0]!);
  const legend = `<ul class="legend">${shareKeys
    .map((key) => `<li><svg viewBox="0 0 1 1" aria-hidden="true"><rect class="s-${key}" width="1" height="1"/></svg>${METHOD_NAMES[key]}</li>`)
    .join("")}</ul>`;

  return `
<section id="per-day"><h2>Decisions per day</h2>
${columnChart("Decisions per day", days.map((day) => ({ label: day.day, value: day.total })))}
<p class="note">${escapeHtml(days[0]!.day)} to ${escapeHtml(days.at(-1)!.day)}; the busiest day, ${escapeHtml(busiest.day)}, had ${number(busiest.total)}.</p>
</section>

<section id="shares"><h2>How visitors decided, per day</h2>
${legend}
${shareChart("Share of each way of deciding, per day", days.map((day) => ({ label: day.day, parts: partsOf(day.methods) })))}
<details><summary>The numbers, per day</summary><div class="scroll"><table data-table="days">
<thead><tr><th>Day</th><th>Decisions</th>${shareKeys.map((key) => `<th>${METHOD_NAMES[key]}</th>`).join("")}<th>GPC signal on</th></tr></thead>
<tbody>${days
    .map(
      (day) =>
        `<tr data-key="${escapeHtml(day.day)}"><td>${escapeHtml(day.day)}</td><td data-col="total">${number(day.total)}</td>${partsOf(day.methods)
          .map((part) => `<td data-col="${part.key}">${number(part.value)} (${percent(part.value, day.total)})</td>`)
          .join("")}<td data-col="gpc-signal">${number(day.gpcSignal)} (${percent(day.gpcSignal, day.total)})</td></tr>`,
    )
    .join("\n")}</tbody></table></div></details>
</section>

<section id="categories"><h2>Acceptance per category</h2>
<div class="scroll"><table data-table="categories">
<thead><tr><th>Category</th><th>Granted</th><th>Offered</th><th>Acceptance</th></tr></thead>
<tbody>${report.categories
    .map(
      (category) =>
        `<tr data-key="${escapeHtml(category.name)}"><td>${escapeHtml(category.name)}</td><td data-col="granted">${number(category.granted)}</td><td data-col="offered">${number(category.offered)}</td><td class="rate" data-col="rate">${percent(category.granted, category.offered)}${meter(`${category.name} acceptance`, category.granted / category.offered)}</td></tr>`,
    )
    .join("\n")}</tbody></table></div>
</section>

${groupSection("revision", "By policy revision", "Revision", report.byRevision)}

<section id="revision-changes"><h2>Opt-in rate before and after a revision</h2>
${
  report.revisionChanges.length === 0
    ? "<p>Every decision in this range was made under one revision.</p>"
    : `<div class="scroll"><table data-table="revision-changes"><thead><tr><th>Change</th><th>Before</th><th>After</th><th>Difference</th></tr></thead><tbody>${report.revisionChanges
        .map(({ from, to }) => {
          const before = from.optIn / from.total;
          const after = to.optIn / to.total;
          const points = Math.round(1000 * (after - before)) / 10;
          return `<tr data-key="${escapeHtml(`${from.key}-${to.key}`)}"><td>${escapeHtml(`${from.key} → ${to.key}`)}</td><td data-col="before">${percent(from.optIn, from.total)}</td><td data-col="after">${percent(to.optIn, to.total)}</td><td data-col="difference">${points > 0 ? "+" : points < 0 ? "−" : "±"}${Math.abs(points).toFixed(1)} points</td></tr>`;
        })
        .join("\n")}</tbody></table></div>`
}
</section>

${groupSection("language", "By language", "Language", report.byLanguage)}
${groupSection("region", "By region", "Region", report.byRegion)}
${groupSection("mode", "By mode", "Mode", report.byMode)}`;
}

function groupSection(id: string, title: string, column: string, groups: readonly GroupFigures[]): string {
  return `<section id="${id}"><h2>${title}</h2>
<div class="scroll"><table data-table="${id}">
<thead><tr><th>${column}</th><th>Decisions</th><th>Accept all</th><th>Reject all</th><th>Opt-in rate</th></tr></thead>
<tbody>${groups
    .map((group) => {
      const key = group.key ?? "not sent";
      return `<tr data-key="${escapeHtml(key)}"><td>${escapeHtml(key)}</td><td data-col="total">${number(group.total)}</td><td data-col="accept-all">${number(group.acceptAll)}</td><td data-col="reject-all">${number(group.rejectAll)}</td><td class="rate" data-col="opt-in">${percent(group.optIn, group.total)}${meter(`${key} opt-in rate`, group.optIn / group.total)}</td></tr>`;
    })
    .join("\n")}</tbody></table></div>
</section>`;
}
