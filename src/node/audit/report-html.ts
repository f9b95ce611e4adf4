// The HTML report (issue 11 item 6): one self-contained file, no external request (styles inline in <style>,
// screenshots as data: PNG), every value escaped, readable when mailed to a site owner.
import { describeExpiry } from "./duration";
import type { AuditReport } from "./report-json";
import { serviceFix } from "./services";
import type { Finding, InventoryItem, PageResult } from "./types";

const escapeHtml = (text: unknown) =>
  String(text ?? "").replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

const STYLE = `
:root{color-scheme:light dark;--fg:#1b1f24;--muted:#5b6470;--line:#d6dae0;--bad:#b42318;--good:#067647;--info:#175cd3;--bg:#fff;--card:#f6f7f9}
@media (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--muted:#9aa3ad;--line:#343a42;--bad:#f97066;--good:#47cd89;--info:#84adff;--bg:#111418;--card:#1a1e24}}
body{font:15px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;max-width:1100px;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:16px 0 4px}.muted{color:var(--muted)}code{font:13px ui-monospace,monospace}
.verdict{font-size:17px;font-weight:600;padding:12px 16px;border-radius:8px;background:var(--card);border-left:6px solid var(--good)}
.verdict.bad{border-left-color:var(--bad)}table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}th{color:var(--muted);font-weight:600}
.tag{display:inline-block;font-size:12px;padding:0 6px;border-radius:4px;border:1px solid currentColor;margin-right:4px}
.warning{color:var(--bad)}.info{color:var(--info)}.ok{color:var(--good)}
.pages{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:16px}
figure{margin:0;background:var(--card);border-radius:8px;padding:8px}figure img{width:100%;height:auto;border:1px solid var(--line);border-radius:4px}
figcaption{font-size:13px;word-break:break-all}.nowrap{white-space:nowrap}details{margin:4px 0}summary{cursor:pointer}li{margin:2px 0}
`;

function findingsFor(item: InventoryItem, findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.type === item.type && finding.subject.endsWith(` ${item.name}`));
}

function inventoryTable(report: AuditReport): string {
  const rows = report.inventory.map((item) => {
    const tags = findingsFor(item, report.findings).map((finding) => `<span class="tag ${finding.severity}">${escapeHtml(finding.kind)}</span>`).join("");
    const seen = (["none", "reject", "accept", "withdraw"] as const).map((visit) => (item.seen[visit] ? "●" : "·")).join(" ");
    const suggestion = item.service
      ? `services.${escapeHtml(item.service)}`
      : item.suggestion
      ? `${escapeHtml(item.suggestion.provider ?? "")} → ${escapeHtml(item.suggestion.category)}<br><span class="muted">${escapeHtml(item.suggestion.purpose ?? "")}</span>`
      : "";
    return `<tr><td><code>${escapeHtml(item.name)}</code><br><span class="muted">${escapeHtml(item.type)}</span></td>
<td>${escapeHtml(item.declared?.category ?? "undeclared")}${item.declared ? `<br><span class="muted"><code>${escapeHtml(item.declared.pattern)}</code></span>` : ""}</td>
<td>${escapeHtml(item.domain)}${escapeHtml(item.path ?? "")}${item.httpOnly ? "<br>HttpOnly" : ""}</td>
<td>${escapeHtml(item.type === "cookie" ? describeExpiry(item.expires) : "")}</td>
<td class="muted">${escapeHtml(item.setBy?.script ?? item.setBy?.response ?? "")}</td>
<td class="nowrap"><code>${seen}</code></td><td>${suggestion}</td><td>${tags}</td></tr>`;
  });
  return `<table><thead><tr><th>Name</th><th>Category</th><th>Where</th><th>Expires</th><th>Set by</th><th class="nowrap" title="no interaction, Reject all, Accept all, withdrawn">a b c d</th><th>Looks like</th><th>Findings</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>`;
}

function findingsList(findings: readonly Finding[]): string {
  if (!findings.length) return `<p class="ok">No findings.</p>`;
  return `<ul>${findings
    .map(
      (finding) => `<li><details><summary><span class="tag ${finding.severity}">${escapeHtml(finding.kind)}</span> ${escapeHtml(finding.message)}${finding.service ? ` — <strong>${escapeHtml(serviceFix(finding.service))}</strong>` : ""}</summary>
<ul>${finding.evidence.map((evidence) => `<li><code>${escapeHtml(evidence.page)}</code>, visit ${escapeHtml(evidence.visit)}: ${escapeHtml(evidence.detail)}</li>`).join("")}</ul></details></li>`,
    )
    .join("\n")}</ul>`;
}

function servicesList(report: AuditReport): string {
  if (!report.services.length) return "";
  const rows = report.services.map((service) => {
    const read = Object.entries(service.readFrom).map(([param, url]) => `<code>${escapeHtml(param)}</code> "${escapeHtml(service.settings[param])}" from <code>${escapeHtml(url)}</code>`);
    const fill = service.fill.map((placeholder) => `<span class="warning">fill in <code>${escapeHtml(placeholder.param)}</code>: ${escapeHtml(placeholder.expected)}</span> <span class="muted">(${escapeHtml(placeholder.reason)})</span>`);
    return `<tr><td><code>services.${escapeHtml(service.name)}</code></td><td>${escapeHtml(service.title)}</td><td>${escapeHtml(service.category)}</td><td>${[...read, ...fill].join("<br>")}</td><td class="muted">${service.evidence.slice(0, 4).map(escapeHtml).join("<br>")}</td></tr>`;
  });
  return `<h2>Services</h2>
<p class="muted">Catalog vendors seen on the site: configure each under <code>services</code> (consentry loads it after consent, tells the vendor, erases its items on withdrawal) instead of declaring its items.</p>
<table><thead><tr><th>Config</th><th>Vendor</th><th>Category</th><th>Settings</th><th>Seen</th></tr></thead><tbody>${rows.join("\n")}</tbody></table>`;
}

function pageCards(pages: readonly PageResult[]): string {
  return `<div class="pages">${pages
    .map((page) => {
      const picture = page.screenshot
        ? `<img alt="${escapeHtml(`The page as a first-time visitor sees it: ${page.url}`)}" src="data:image/png;base64,${page.screenshot.toString("base64")}">`
        : `<p class="muted">No screenshot.</p>`;
      const visits = page.visits.map((visit) => `${visit.visit}${visit.error ? ` (${visit.error})` : ""}`).join(", ");
      return `<figure>${picture}<figcaption><code>${escapeHtml(page.url)}</code><br><span class="muted">${page.consentry ? "consentry" : "no consentry"} · visits: ${escapeHtml(visits)}${page.error ? ` · ${escapeHtml(page.error)}` : ""}</span></figcaption></figure>`;
    })
    .join("\n")}</div>`;
}

export function htmlReport(report: AuditReport, pages: readonly PageResult[]): string {
  const warnings = report.findings.filter((finding) => finding.severity === "warning").length;
  const verdict = warnings
    ? `${warnings} finding${warnings === 1 ? "" : "s"}: ${Object.entries(report.summary.counts)
        .filter(([kind, count]) => count && kind !== "declared-never-seen")
        .map(([kind, count]) => `${count} ${kind}`)
        .join(", ")}`
    : report.consentry
      ? "Clean: everything stored is declared, nothing optional before consent, everything erased on withdrawal."
      : `No consentry on the start page: ${report.inventory.length} item(s) to declare.`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>consentry audit: ${escapeHtml(report.url)}</title><style>${STYLE}</style></head>
<body>
<h1>consentry audit</h1>
<p class="muted"><code>${escapeHtml(report.url)}</code> · ${report.pages.length} page(s) · ${escapeHtml(report.startedAt)} · ${(report.durationMs / 1000).toFixed(1)} s</p>
${
  report.browser.sandbox
    ? `<p class="muted">Chromium ran with its sandbox.</p>`
    : `<p class="warning">Chromium ran without its sandbox: ${escapeHtml(report.browser.reason)}.</p>`
}
<p class="verdict${warnings ? " bad" : ""}">${escapeHtml(verdict)}</p>
<h2>Findings</h2>
${findingsList(report.findings)}
${servicesList(report)}
<h2>Everything stored</h2>
<p class="muted">Columns a–d: present at the end of visit (a) no interaction, (b) Reject all, (c) Accept all, (d) Accept all then withdraw.</p>
${inventoryTable(report)}
<h2>Pages</h2>
${pageCards(pages)}
<p class="muted">Suggestions from the Open Cookie Database (Apache-2.0, github.com/jkwakman/Open-Cookie-Database) and consentry's own additions.</p>
</body></html>
`;
}
