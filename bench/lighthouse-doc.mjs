// The Lighthouse section of docs/benchmarks.md (issue 27 items 5 and 6), rendered from bench/lighthouse-results.json
// alone: bench/lighthouse.mjs writes it after a run (or with --from-saved), and test/node/lighthouse-doc.test.ts fails
// when the text between the markers is not what the saved results render. No figure here is typed by hand.
// Pure: no Lighthouse, no browser, no clock; the same results always give the same text.

import { replaceSection, sectionOf } from "./doc-section.mjs";

export const START = "<!-- lighthouse:start -->";
export const END = "<!-- lighthouse:end -->";

/** The three steps of each flow, in order; a row's meaning stays fixed from run to run. */
export const STEPS = [
  { id: "first", label: "first visit (navigation, banner shown)" },
  { id: "accept", label: "Accept all (timespan)" },
  { id: "returning", label: "returning visit (navigation, decided)" },
];

/** Lighthouse's own cut-off for a long task, and the part of one that counts as blocking. */
const LONG_TASK_MS = 50;

export const median = (values) => {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Is this URL path (or Lighthouse's "Unattributable" and the like) one of the subject's own files? */
export const isOwn = (subject, path) => subject.own.some((prefix) => path.startsWith(prefix));

/**
 * One step's figures for one subject, from one saved sample (bench/lighthouse.mjs writes them; bench/lighthouse-audit.mjs
 * measures `scriptTime` and `tasks`):
 * - evaluation: the tool's files' script evaluation plus parse and compile, in all the step's tasks;
 * - ownBlocking: each long task's blocking part (its duration past 50 ms) times the tool's part of that task's
 *   main-thread time, summed over the step's long tasks;
 * - share: ownBlocking over the blocking time all the step's long tasks add up to.
 */
export function stepFigures(subject, sample) {
  const own = (path) => isOwn(subject, path);
  let scripting = 0;
  let parse = 0;
  for (const [url, groups] of Object.entries(sample.scriptTime)) {
    if (!own(url)) continue;
    scripting += groups.scriptEvaluation ?? 0;
    parse += groups.scriptParseCompile ?? 0;
  }
  let ownBlocking = 0;
  let allBlocking = 0;
  for (const task of sample.tasks) {
    const blocking = Math.max(0, task.duration - LONG_TASK_MS);
    const ownTime = Object.entries(task.selfByUrl).reduce((sum, [url, time]) => sum + (own(url) ? time : 0), 0);
    allBlocking += blocking;
    if (task.observed > 0) ownBlocking += (blocking * Math.min(ownTime, task.observed)) / task.observed;
  }
  const bytes = sample.requests.filter((request) => own(request.url)).reduce((sum, request) => sum + request.transferSize, 0);
  return {
    evaluation: scripting + parse,
    parse,
    tbt: sample.tbt,
    allBlocking,
    ownBlocking,
    // No long task at all: no share to give.
    share: allBlocking > 0 ? ownBlocking / allBlocking : undefined,
    bytes,
  };
}

const ms = (value) => (value === undefined ? "–" : value.toFixed(0));
const range = (values, format) => {
  const defined = values.filter((value) => value !== undefined);
  if (!defined.length) return "–";
  const low = Math.min(...defined);
  const high = Math.max(...defined);
  const middle = format(median(defined));
  return format(low) === format(high) ? middle : `${middle} (${format(low)}–${format(high)})`;
};
/** The share's median over the rounds that had long tasks at all, saying how many did when not every round. */
const shareCell = (shares) => {
  const had = shares.filter((value) => value !== undefined).length;
  const cell = range(shares, percent);
  return had && had < shares.length ? `${cell} in ${had} of ${shares.length} rounds` : cell;
};
const percent = (value) => (value === undefined ? "–" : `${(value * 100).toFixed(0)} %`);

/** What Lighthouse reported it ran with: its form factor, and each step kind's throttling. */
function settingsText({ formFactor, navigation, timespan }) {
  // Simulation uses the RTT and throughput; DevTools throttling applies a request latency and download rate instead.
  const mbit = (kbps) => `${(kbps / 1024).toFixed(1)} Mbit/s`;
  const network = (method, t) =>
    method === "simulate"
      ? `RTT ${t.rttMs} ms, ${mbit(t.throughputKbps)}`
      : `request latency ${t.requestLatencyMs} ms, ${mbit(t.downloadThroughputKbps)} down`;
  const kind = ({ throttlingMethod, throttling }) =>
    `${throttlingMethod} throttling, ${network(throttlingMethod, throttling)}, CPU ${throttling.cpuSlowdownMultiplier}x`;
  return `${formFactor}; navigations: ${kind(navigation)}; the timespan: ${kind(timespan)}`;
}

/** The markdown between the markers, from the saved results alone. */
export function lighthouseMarkdown(results) {
  const { measuredAt, lighthouse, chromium, commit, load, cores, rounds, warmup, subjects, samples, settings } = results;
  // Busy: more runnable work than cores (2 assumed where a results file does not say).
  const busy = load.some((value) => value > (cores ?? 2) * 0.75);
  const lines = [
    `Measured ${measuredAt.slice(0, 16).replace("T", " ")} UTC with Lighthouse ${lighthouse} (${settingsText(settings)}) in ${chromium}, commit ${commit}; ${rounds} rounds (+${warmup} warm-up), subjects alternating within each round; load average ${load.map((value) => value.toFixed(1)).join(" at the start, ")} at the end${cores ? ` (${cores} cores)` : ""}${busy ? ": a busy machine, read the figures loosely" : ""}.`,
    "Each cell is the median over the rounds, with the lowest and highest in brackets when they differ; – where there is nothing to show.",
    "",
    "| subject | step | tool's script evaluation, ms | of which parse + compile, ms | TBT, ms | long tasks' blocking time, ms | tool's part of it, ms | tool's share | tool's bytes transferred |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const subject of subjects) {
    for (const step of STEPS) {
      const figures = samples[subject.name].map((round) => stepFigures(subject, round[step.id]));
      const pick = (key) => figures.map((entry) => entry[key]);
      lines.push(
        `| ${subject.name} | ${step.label} | ${range(pick("evaluation"), ms)} | ${range(pick("parse"), ms)} | ${range(pick("tbt"), ms)} | ${range(pick("allBlocking"), ms)} | ${range(pick("ownBlocking"), ms)} | ${shareCell(pick("share"))} | ${range(pick("bytes"), (value) => value.toFixed(0))} |`,
      );
    }
  }
  lines.push("", "The tool's own files, per subject (a URL path counts when it starts with one of these):", "");
  for (const subject of subjects) lines.push(`- ${subject.name}: ${subject.own.map((prefix) => `\`${prefix}\``).join(", ")}`);
  return lines.join("\n");
}

/** docs text with the section between the markers replaced; throws when a marker is missing. */
export const withSection = (text, markdown) => replaceSection(text, START, END, markdown);

/** The text between the markers as it stands, or undefined. */
export const currentSection = (text) => sectionOf(text, START, END);
