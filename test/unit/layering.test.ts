// DESIGN 1, the shape: data flows one way. Entries on top, core at the bottom, the Node wing beside the browser
// floors; no file reaches up a floor, no two files import each other in a loop (issue 30 item 7). Type-only imports
// count: a type that reaches up a floor is knowledge that does.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

/** Floors from the bottom; folders on one floor are siblings and never import each other. */
const FLOORS: Record<string, number> = { core: 0, api: 1, regions: 1, gate: 2, integrations: 3, ui: 3, services: 4, addons: 5, page: 6, react: 7, entries: 8 };
/** The Node wing may read these browser floors (the record format, config types, UI strings), and nothing reads it. */
const NODE_READS = new Set(["core", "regions", "integrations", "ui", "services"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

const files = sourceFiles(SRC);
const known = new Set(files);

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => {
    const base = resolve(dirname(file), specifier);
    const found = [`${base}.ts`, join(base, "index.ts"), base].find((candidate) => known.has(candidate));
    if (!found) throw new Error(`${relative(SRC, file)}: cannot resolve ${specifier}`);
    return found;
  });
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));
/** `core`, `gate`, ... or `api` for src/api.ts. */
const areaOf = (file: string) => relative(SRC, file).split("/")[0]!.replace(/\.ts$/, "");

describe("DESIGN 1: one-way layering of src/", () => {
  it("every folder of src/ has a floor, so a new one cannot slip past this test", () => {
    const areas = new Set(files.map(areaOf));
    expect([...areas].filter((area) => !(area in FLOORS) && area != "node")).toEqual([]);
  });

  it("no file imports one on a higher floor, or a sibling folder on its own floor", () => {
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      const from = areaOf(file);
      for (const target of imports) {
        const to = areaOf(target);
        if (from == to) continue;
        const allowed = from == "node" ? NODE_READS.has(to) : to != "node" && FLOORS[from]! > FLOORS[to]!;
        if (!allowed) upward.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("no files import each other in a loop", () => {
    const loops: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) == "done") return;
      if (state.get(file) == "open") {
        loops.push([...path.slice(path.indexOf(file)), file].map((each) => relative(SRC, each)).join(" -> "));
        return;
      }
      state.set(file, "open");
      for (const target of graph.get(file)!) visit(target, [...path, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(loops).toEqual([]);
  });
});
