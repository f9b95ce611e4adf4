// The profile section of docs/benchmarks.md, rendered from bench/profile-results.json alone (issue 27 item 6: profile
// figures are generated from saved data, never typed by hand). bench/profile.mjs writes it; test/node/profile-doc.test.ts
// fails when the docs differ from what the saved results render.
import { readFileSync, writeFileSync } from "node:fs";
import { replaceSection, requiredSectionOf } from "./doc-section.mjs";

export const START = "<!-- profile:start -->";
export const END = "<!-- profile:end -->";
/** Entries in this order when present; any other label follows, alphabetically. */
const ORDER = ["before", "after"];
const KINDS = [
  ["first", "First visit (banner shown)"],
  ["returning", "Returning visit (decided, no banner)"],
];

const ms = (value) => (value === undefined ? "–" : value.toFixed(2));
const share = (value, total) => (value === undefined || !total ? "–" : `${((value / total) * 100).toFixed(0)}%`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const cell = (text) => String(text).replaceAll("|", "\\|");

/** The saved entries, in table order. */
export function orderedEntries(results) {
  const rank = (label) => (ORDER.includes(label) ? ORDER.indexOf(label) : ORDER.length);
  return Object.values(results.entries).sort((a, b) => rank(a.label) - rank(b.label) || a.label.localeCompare(b.label));
}

/** Self time per source file (summed over the parts that hold it), with the parts it ran in. */
function byFile(visit) {
  const files = new Map();
  for (const { part, file, ms: value } of visit.files) {
    const row = files.get(file) ?? { ms: 0, parts: new Set() };
    row.ms += value;
    if (part) row.parts.add(part);
    files.set(file, row);
  }
  return files;
}

/** The markdown between the profile markers. */
export function profileMarkdown(results, { topFiles = 12, topFunctions = 10 } = {}) {
  const entries = orderedEntries(results);
  if (entries.length === 0) return "No saved profile yet: run `node bench/profile.mjs --label after`.";
  const lines = [];
  for (const entry of entries) {
    const load = entry.load.map((value) => value.toFixed(1));
    lines.push(
      `- **${entry.label}**: commit \`${entry.commit}\`${entry.dirty ? " (with uncommitted changes)" : ""}, measured ${entry.measuredAt.slice(0, 16).replace("T", " ")} UTC, ` +
        `${entry.visits} visits of each kind (+1 warm-up) at ${entry.rate}x CPU, Chromium ${entry.chromium}, load average ${load[0]} at the start and ${load[1]} at the end` +
        `${entry.load.some((value) => value > 1.5) ? " (a busy machine)" : ""}.`,
    );
  }
  lines.push("", "Milliseconds per visit, mean over the visits unless stated; shares are of the profiled non-idle self time. `(program)` is V8's own time, parsing and compiling included; `built-in:` a platform function the page's code called.");
  const labels = entries.map((entry) => entry.label);
  for (const [kind, title] of KINDS) {
    const visits = entries.map((entry) => entry[kind]);
    lines.push("", `### ${title}`, "");
    // What the visit cost, and how much of it ran in each of consentry's files.
    lines.push(`| per visit | ${labels.join(" | ")} |`, `|---|${labels.map(() => "---:").join("|")}|`);
    lines.push(`| script main-thread time (Performance.getMetrics) | ${visits.map((visit) => ms(visit.scriptMs)).join(" | ")} |`);
    lines.push(`| … median (lowest–highest) | ${visits.map((visit) => `${ms(median(visit.scriptSamples))} (${ms(Math.min(...visit.scriptSamples))}–${ms(Math.max(...visit.scriptSamples))})`).join(" | ")} |`);
    lines.push(`| profiled non-idle self time | ${visits.map((visit) => ms(visit.allMs)).join(" | ")} |`);
    lines.push(`| of which consentry's own functions | ${visits.map((visit) => ms(visit.oursMs)).join(" | ")} |`);
    const parts = [...new Set(visits.flatMap((visit) => Object.keys(visit.parts)))].sort((a, b) => (a === "consentry.js" ? -1 : b === "consentry.js" ? 1 : a.localeCompare(b)));
    for (const part of parts) lines.push(`| … in \`${part}\` | ${visits.map((visit) => ms(visit.parts[part])).join(" | ")} |`);
    // Self time per source file: the union of each entry's top files, largest (in any entry) first.
    const files = visits.map(byFile);
    const top = new Set(files.flatMap((map) => [...map].sort((a, b) => b[1].ms - a[1].ms).slice(0, topFiles).map(([file]) => file)));
    const rows = [...top].sort((a, b) => Math.max(...files.map((map) => map.get(b)?.ms ?? 0)) - Math.max(...files.map((map) => map.get(a)?.ms ?? 0)) || a.localeCompare(b));
    lines.push("", `| self time by source file | ${labels.map((label) => `${label} ms | ${label} share`).join(" | ")} | in |`);
    lines.push(`|---|${labels.map(() => "---:|---:").join("|")}|---|`);
    for (const file of rows) {
      const cells = files.map((map, index) => `${ms(map.get(file)?.ms)} | ${share(map.get(file)?.ms, visits[index].allMs)}`);
      const inParts = [...new Set(files.flatMap((map) => [...(map.get(file)?.parts ?? [])]))].sort();
      lines.push(`| ${cell(file)} | ${cells.join(" | ")} | ${inParts.join(", ")} |`);
    }
    // Top functions, ranked in each entry separately (a function's line moves between commits).
    lines.push("", `| # | ${labels.map((label) => `${label}: function (part, where it starts) | ms`).join(" | ")} |`);
    lines.push(`|---:|${labels.map(() => "---|---:").join("|")}|`);
    const depth = Math.max(...visits.map((visit) => Math.min(topFunctions, visit.functions.length)));
    for (let rank = 0; rank < depth; rank += 1) {
      const cells = visits.map((visit) => {
        const fn = visit.functions[rank];
        return fn ? `${cell(`${fn.part}: ${fn.where}`)} | ${ms(fn.ms)}` : "|";
      });
      lines.push(`| ${rank + 1} | ${cells.join(" | ")} |`);
    }
  }
  return lines.join("\n");
}

/** docs text with the profile markers' content replaced. */
export const withProfileSection = (docs, markdown) => replaceSection(docs, START, END, markdown);

/** The text between the markers as it stands in a docs file; throws without them. */
export const currentProfileSection = (docs) => requiredSectionOf(docs, START, END);

export function readResults(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    if (error.code === "ENOENT") return { entries: {} };
    throw error;
  }
}

export function writeDocs(docsFile, results) {
  writeFileSync(docsFile, withProfileSection(readFileSync(docsFile, "utf8"), profileMarkdown(results)));
}
