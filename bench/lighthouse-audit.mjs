// A Lighthouse audit of our own for bench/lighthouse.mjs: main-thread time per script URL, in every task and inside
// each long task, so a tool's share of the blocking time can be read from the saved results (issue 27 item 5).
//
// Why not bootup-time and long-tasks alone: long-tasks gives each long task one URL (the first script URL in its
// whole tree), and in a timespan Lighthouse knows a URL is a script only from the timespan's own network records,
// which hold none of the scripts loaded before it; a click's task then falls back to the page's URL, and the banner
// code it ran disappears from the tool's figures. Here every task node's self time goes to its own URL, chosen as
// bootup-time chooses it (the first script URL among the node's attributable URLs, else the first of them), with any
// .js/.mjs URL counted as a script besides those the network records name. In a navigation that is the same set
// Lighthouse uses, so the figures agree with bootup-time there.
//
// Times: in a simulated navigation a long task's duration is the simulation's (as the long-tasks audit reports it),
// and self times are the observed ones times the CPU slowdown (as bootup-time reports them); in the timespan, where
// Lighthouse throttles the CPU itself, everything is as observed.
import { Audit, NetworkRecords } from "lighthouse";
import { MainThreadTasks } from "lighthouse/core/computed/main-thread-tasks.js";
import { PageDependencyGraph } from "lighthouse/core/computed/page-dependency-graph.js";
import { LoadSimulator } from "lighthouse/core/computed/load-simulator.js";

const round = (value) => Math.round(value * 100) / 100;

export class ScriptTimeAudit extends Audit {
  static get meta() {
    return {
      id: "consentry-script-time",
      title: "Main-thread time per script, in all tasks and in long tasks",
      description: "consentry's bench (bench/lighthouse-audit.mjs): self time of every task node by script URL.",
      scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
      requiredArtifacts: ["Trace", "DevtoolsLog", "URL", "GatherContext", "SourceMaps"],
    };
  }

  static async audit(artifacts, context) {
    const settings = context.settings;
    const trace = artifacts.Trace;
    const devtoolsLog = artifacts.DevtoolsLog;
    const tasks = await MainThreadTasks.request(trace, context);
    const networkRecords = await NetworkRecords.request(devtoolsLog, context);
    const simulate = settings.throttlingMethod === "simulate";
    const multiplier = simulate ? settings.throttling.cpuSlowdownMultiplier : 1;

    const scripts = new Set(networkRecords.filter((record) => record.resourceType === "Script").map((record) => record.url));
    for (const task of tasks) {
      for (const url of task.attributableURLs) if (/\.m?js(?:[?#]|$)/.test(url)) scripts.add(url);
    }
    const urlOf = (task) => task.attributableURLs.find((url) => scripts.has(url)) ?? task.attributableURLs[0] ?? "Unattributable";

    // Every node's self time, by URL and by task group (scriptEvaluation, scriptParseCompile, styleLayout, …).
    const byUrl = {};
    for (const task of tasks) {
      const url = urlOf(task);
      const groups = (byUrl[url] ??= {});
      groups[task.group.id] = (groups[task.group.id] ?? 0) + task.selfTime * multiplier;
    }
    for (const groups of Object.values(byUrl)) for (const id of Object.keys(groups)) groups[id] = round(groups[id]);

    // Long tasks as the long-tasks audit finds them: top-level, bounded, 50 ms or more (simulated where simulated).
    let durations;
    if (simulate) {
      durations = new Map();
      const graph = await PageDependencyGraph.request(
        { settings, trace, devtoolsLog, URL: artifacts.URL, SourceMaps: artifacts.SourceMaps, fromTrace: false },
        context,
      );
      const simulator = await LoadSimulator.request({ devtoolsLog, settings }, context);
      const simulation = simulator.simulate(graph, { label: "consentry-script-time" });
      for (const [node, timing] of simulation.nodeTimings.entries()) if (node.type === "cpu") durations.set(node.event, timing.duration);
    }
    const durationOf = (task) => (durations ? (durations.get(task.event) ?? 0) : task.duration);
    const longTasks = [];
    for (const task of tasks) {
      if (task.parent || task.unbounded) continue;
      const duration = durationOf(task);
      if (duration < 50) continue;
      const selfByUrl = {};
      const visit = (node) => {
        const url = urlOf(node);
        selfByUrl[url] = (selfByUrl[url] ?? 0) + node.selfTime;
        node.children.forEach(visit);
      };
      visit(task);
      for (const url of Object.keys(selfByUrl)) selfByUrl[url] = round(selfByUrl[url]);
      longTasks.push({ duration: round(duration), observed: round(task.duration), startTime: round(task.startTime), selfByUrl });
    }
    return { score: 1, details: { type: "debugdata", byUrl, longTasks } };
  }
}
