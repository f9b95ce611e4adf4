#!/usr/bin/env node
// `consentry <verb>`: the Node wing's one binary. It parses nothing itself: each verb is a module loaded on demand,
// so `consentry check` never loads the browser driver and a missing optional peer only matters to the verb that needs it.
// Exit codes: 0 success, 1 the verb's own "found problems", 2 could not run.

import type { Verb } from "./verb";

const verbs: Record<string, () => Promise<{ default: Verb }>> = {
  audit: () => import("./audit/index"),
  check: () => import("./check"),
  "log-server": () => import("./log/server-command"),
  log: () => import("./log/log-command"),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? verbs[name] : undefined;
  if (!load) {
    const lines = await Promise.all(Object.entries(verbs).map(async ([verb, get]) => `  ${verb.padEnd(12)} ${(await get()).default.summary}`));
    const out = name && name !== "--help" && name !== "-h" ? console.error : console.log;
    if (name && name !== "--help" && name !== "-h") out(`consentry: unknown command "${name}"`);
    out(`usage: consentry <command> [options]\n\n${lines.join("\n")}`);
    return name && name !== "--help" && name !== "-h" ? 2 : 0;
  }
  return (await load()).default.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`consentry: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
