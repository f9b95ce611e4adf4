// The platform-calls section of docs/benchmarks.md (issue 27), rendered from bench/platform-calls-results.json alone:
// bench/platform-calls.mjs writes it, test/node/platform-calls-doc.test.ts fails when the docs say anything else.
import { readFileSync } from "node:fs";
import { replaceSection, requiredSectionOf } from "./doc-section.mjs";

export const START = "<!-- calls:start -->";
export const END = "<!-- calls:end -->";
export const FLOOR = "floor tool";
/** The drop-in built without its minifier (bench/platform-calls.mjs). */
export const UNMINIFIED = "consentry, not minified";
/** Issue 27's bound for a returning visit, against the floor tool. */
const GOAL = 1.1;

/** Each `?plus=` name of bench/pages/floor-tool-plus.js, and what consentry does that it stands for. */
export const CALLS = [
  ["define", "`Object.defineProperty(window, \"Consent\", …)`, not configurable (X-12)"],
  ["observer", "a MutationObserver on the document (subtree) from DOMContentLoaded, re-running the tag scan"],
  ["click", "a delegated `click` listener on the document (the footer link)"],
  ["pagehide", "a `pagehide` listener (the copy compared then if idle time has not come)"],
  ["abort", "an AbortController whose signal every listener gets"],
  ["record", "the cookie's record checked as X-07 asks: `JSON.parse`, the id, instant and category regexes, `Date.parse`"],
  ["queue", "the API object with consentry's methods, and the pre-load queue run"],
  ["tag", "the gated script copied as `runScript` does: every attribute, nonce, text, `async`, `onload`/`onerror`"],
  ["scan", "the declaration and preferences lookup, and iframes in the gated-tag selector"],
  ["script", "`document.currentScript` and its nonce"],
  ["idle-copy", "S-01's localStorage copy compared in idle time (`requestIdleCallback`, `localStorage.getItem`)"],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => value.toFixed(2);
const weight = (bytes) => (bytes ? ` (${bytes.chars.toLocaleString("en")} characters, ${bytes.gzip.toLocaleString("en")} B gzip)` : "");
const signed = (value) => `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(2)}`;

/** Per-round differences from the floor tool measured in the same round. */
export function paired(samples, name) {
  return samples[name].map((value, round) => value - samples[FLOOR][round]);
}

/** The markdown between the calls markers. */
export function callsMarkdown({ measuredAt, commit, dirty, chromium, load, rounds, rates, subjects, samples, dropInBytes }) {
  const names = subjects.map((subject) => subject.name);
  const what = Object.fromEntries([
    ["no script", "the same page without a consent tool"],
    [FLOOR, "bench/pages/floor-tool.js after floor-tool-plus.js, no call added"],
    ...CALLS.map(([name, text]) => [`${FLOOR} + ${name}`, text]),
    [`${FLOOR} + all`, "every call above together"],
    ["consentry", `dist/consentry.js on bench/pages/consentry.html${weight(dropInBytes?.consentry)}`],
    [UNMINIFIED, `the same first layer built without the minifier, in dist/consentry.js's place${weight(dropInBytes?.[UNMINIFIED])}`],
  ]);
  const lines = [
    `Measured ${measuredAt.slice(0, 16).replace("T", " ")} UTC at commit \`${commit}\`${dirty ? " (with uncommitted changes)" : ""}, ${rounds} round${rounds == 1 ? "" : "s"} (+1 warm-up) per CPU rate, ` +
      `subjects alternating; Chromium ${chromium}; load average ${load.map((value) => value.toFixed(1)).join(" at the start, ")} at the end` +
      `${load.some((value) => value > 1.5) ? " (a busy machine: read the differences loosely)" : ""}.`,
    "Returning visit (decided, no banner): script main-thread time in ms, the median; against the floor tool, the median of each round's difference from the floor tool in that round, with the lowest and highest.",
    "",
    `| subject | what it adds | ${rates.map((rate) => `${rate}x ms | ${rate}x vs floor tool (lowest to highest)`).join(" | ")} |`,
    `|---|---|${rates.map(() => "---:|---:").join("|")}|`,
  ];
  for (const name of names) {
    const cells = rates.map((rate) => {
      const own = ms(median(samples[rate][name]));
      if (name == FLOOR) return `${own} | –`;
      const diff = paired(samples[rate], name);
      return `${own} | ${signed(median(diff))} (${signed(Math.min(...diff))} to ${signed(Math.max(...diff))})`;
    });
    lines.push(`| ${name} | ${what[name] ?? ""} | ${cells.join(" | ")} |`);
  }
  lines.push("");
  for (const rate of rates) lines.push(`- ${rate}x: ${reading(samples[rate], names, rounds)}`);
  return lines.join("\n");
}

/** A few sentences on one rate: which calls cost something in every round, and what all of them do to the 1.1x goal. */
function reading(samples, names, rounds) {
  const floor = median(samples[FLOOR]);
  const calls = names.filter((name) => name.startsWith(`${FLOOR} + `) && name != `${FLOOR} + all`);
  const always = calls.filter((name) => paired(samples, name).every((diff) => diff > 0));
  const ranked = [...calls].sort((a, b) => median(paired(samples, b)) - median(paired(samples, a)));
  const short = (name) => name.slice(`${FLOOR} + `.length);
  const sentences = [
    always.length
      ? `dearer than the floor tool in ${rounds == 1 ? "the one round (one round tells little)" : `all ${rounds} rounds`}: ${always.map((name) => `${short(name)} (${signed(median(paired(samples, name)))} ms)`).join(", ")}.`
      : `no single call was dearer than the floor tool in ${rounds == 1 ? "the one round (one round tells little)" : "every round"}.`,
    `Largest medians: ${ranked.slice(0, 3).map((name) => `${short(name)} ${signed(median(paired(samples, name)))} ms`).join(", ")}.`,
  ];
  for (const name of [`${FLOOR} + all`, "consentry", UNMINIFIED].filter((name) => names.includes(name))) {
    const ratio = median(samples[name]) / floor;
    sentences.push(`${name == `${FLOOR} + all` ? "All the calls together" : name}: ${ms(median(samples[name]))} ms, ${ratio.toFixed(2)}x the floor tool's ${ms(floor)} ms (goal ≤ ${GOAL}x: ${ratio <= GOAL ? "within" : "over"}).`);
  }
  if (names.includes("consentry") && names.includes(`${FLOOR} + all`)) {
    // The floor tool with every call consentry makes is the least those requirements cost: consentry against that.
    sentences.push(`consentry against all the calls together: ${(median(samples.consentry) / median(samples[`${FLOOR} + all`])).toFixed(2)}x.`);
  }
  if (names.includes(UNMINIFIED)) {
    const diff = samples[UNMINIFIED].map((value, round) => value - samples.consentry[round]);
    sentences.push(`Not minified against minified, paired by round: ${signed(median(diff))} ms (${signed(Math.min(...diff))} to ${signed(Math.max(...diff))}).`);
  }
  return sentences.join(" ");
}

/** docs text with the calls markers' content replaced. */
export const withCallsSection = (docs, markdown) => replaceSection(docs, START, END, markdown);

/** The text between the markers as it stands in a docs file; throws without them. */
export const currentCallsSection = (docs) => requiredSectionOf(docs, START, END);

export const readResults = (file) => JSON.parse(readFileSync(file, "utf8"));
