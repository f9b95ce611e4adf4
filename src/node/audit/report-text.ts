// The terminal summary (issue 11 item 6): everything seen, grouped by category, then the findings and one verdict line.
import { BUILT_IN_CATEGORIES } from "../../core/categories";
import { describeExpiry } from "./duration";
import type { AuditReport } from "./report-json";
import { serviceFix } from "./services";
import type { Finding, InventoryItem } from "./types";

const TYPE: Record<InventoryItem["type"], string> = { cookie: "cookie", localStorage: "local", sessionStorage: "session", indexedDB: "indexedDB" };

function itemLine(item: InventoryItem, findings: readonly Finding[], width: { name: number; where: number }): string {
  const where = item.type === "cookie" ? `${item.domain}${item.path ?? ""}` : item.domain;
  const flags = findings.filter((finding) => finding.type === item.type && finding.subject.endsWith(` ${item.name}`)).map((finding) => finding.kind);
  const notes = [
    item.type === "cookie" ? describeExpiry(item.expires) : undefined,
    item.httpOnly ? "HttpOnly" : undefined,
    item.setBy?.script ? `by ${shortUrl(item.setBy.script)}` : item.setBy?.response ? `Set-Cookie ${shortUrl(item.setBy.response)}` : undefined,
    item.service ? `services.${item.service}` : item.declared ? undefined : item.suggestion ? `looks like ${item.suggestion.provider ?? "?"} (${item.suggestion.category})` : "unknown",
    item.seen.withdraw ? "kept after withdrawal" : item.seen.accept ? "erased on withdrawal" : undefined,
  ].filter(Boolean);
  const mark = flags.length ? "✗" : "✓";
  return `  ${mark} ${TYPE[item.type].padEnd(9)} ${item.name.padEnd(width.name)} ${where.padEnd(width.where)} ${notes.join(" · ")}${flags.length ? `  [${flags.join(", ")}]` : ""}`;
}

function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}

export function terminalSummary(report: AuditReport, written: string[] = [], draft?: string): string {
  const lines: string[] = [];
  const pages = report.pages.length;
  const visits = report.pages.reduce((sum, page) => sum + page.visits.length, 0);
  lines.push(`consentry audit ${report.url}`);
  lines.push(`${pages} page${pages === 1 ? "" : "s"}, ${visits} visits in ${(report.durationMs / 1000).toFixed(1)} s` + (report.consentry ? "" : " (no consentry on the start page: visit (a) only, inventory and draft)"));
  // Issue 30: said where the owner reads, not only on stderr, which a CI log may bury.
  if (!report.browser.sandbox) lines.push(`  ! Chromium ran without its sandbox: ${report.browser.reason}`);
  for (const page of report.pages) if (page.error) lines.push(`  ! ${page.url}: ${page.error}`);

  const groups = new Map<string, InventoryItem[]>();
  for (const item of report.inventory) {
    const group = item.declared?.category ?? "undeclared";
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  // Columns as wide as their longest entry, within reason: a long PostHog key should not push every line right.
  const width = {
    name: Math.min(40, Math.max(12, ...report.inventory.map((item) => item.name.length))),
    where: Math.min(32, Math.max(12, ...report.inventory.map((item) => item.domain.length + (item.type === "cookie" ? (item.path ?? "").length : 0)))),
  };
  const order = [...BUILT_IN_CATEGORIES, ...[...groups.keys()].filter((id) => !BUILT_IN_CATEGORIES.includes(id as never) && id !== "undeclared").sort(), "undeclared"];
  for (const group of order) {
    const items = groups.get(group);
    if (!items?.length) continue;
    lines.push("", group);
    for (const item of items) lines.push(itemLine(item, report.findings, width));
  }

  const warnings = report.findings.filter((finding) => finding.severity === "warning");
  const infos = report.findings.filter((finding) => finding.severity === "info");
  if (report.findings.length) {
    lines.push("", "findings");
    for (const finding of [...warnings, ...infos]) {
      lines.push(`  ${finding.severity === "warning" ? "✗" : "i"} ${finding.kind.padEnd(27)} ${finding.message}${finding.service ? ` — ${serviceFix(finding.service)}` : ""}`);
      const first = finding.evidence[0];
      if (first) lines.push(`    ${first.detail} (${shortUrl(first.page)}, visit ${first.visit})${finding.evidence.length > 1 ? ` +${finding.evidence.length - 1} more` : ""}`);
    }
  }
  if (report.services.length) {
    lines.push("", "services (catalog vendors seen on the site: configure them instead of declaring their items)");
    const width = Math.max(...report.services.map((service) => service.name.length));
    for (const service of report.services) {
      const read = Object.entries(service.readFrom).map(([param, url]) => `${param} "${service.settings[param]}" from ${url}`);
      const fill = service.fill.map((placeholder) => `${placeholder.param}: fill in ${placeholder.expected} (${placeholder.reason})`);
      lines.push(`  + ${service.name.padEnd(width)} ${service.title} (${service.category})${[...read, ...fill].map((words) => ` · ${words}`).join("")}`);
    }
  }
  lines.push("");
  if (!warnings.length) {
    lines.push(
      report.consentry
        ? `verdict: clean. Everything stored is declared, nothing optional before consent, everything erased on withdrawal.`
        : `verdict: nothing to object to on ${pages} page(s)${report.inventory.length ? `; ${report.inventory.length} item(s) to declare` : ""}.`,
    );
  } else {
    const counts = Object.entries(report.summary.counts).filter(([kind, count]) => count && kind !== "declared-never-seen");
    lines.push(`verdict: ${warnings.length} finding${warnings.length === 1 ? "" : "s"} (${counts.map(([kind, count]) => `${count} ${kind}`).join(", ")})` + (report.summary.failing ? `; ${report.summary.failing} named in --fail-on` : ""));
  }
  for (const file of written) lines.push(`wrote ${file}`);
  const toFill = report.services.flatMap((service) => service.fill.map((placeholder) => `services.${service.name}.${placeholder.param} (${placeholder.expected})`));
  if (draft && toFill.length) {
    lines.push(`${draft}: fill in ${toFill.join(", ")} before publishing; until then consentry check names ${toFill.length === 1 ? "it" : "them"} as errors`);
  }
  return lines.join("\n");
}
