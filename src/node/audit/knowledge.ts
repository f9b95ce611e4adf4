// Suggestions for items nobody declared (issue 11 item 5): provider, purpose, retention and category from the Open
// Cookie Database (Apache-2.0, shipped with its license in data/open-cookie-database/), after consentry's own
// additions, which win where both know a name.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { matchesGlob } from "../../core/categories";
import type { ItemType, Suggestion } from "./types";

export type Suggest = (type: ItemType, name: string) => Suggestion | undefined;

interface Known {
  pattern: string;
  types?: readonly ItemType[];
  provider: string;
  purpose: string;
  retention: string;
  category: string;
}

/** What the Open Cookie Database does not know (its SOURCE.md: PostHog's family is not in it). */
const OWN: readonly Known[] = [
  { pattern: "ph_*_posthog", types: ["cookie", "localStorage"], provider: "PostHog", purpose: "Product analytics: a random id for the visitor and the session.", retention: "1 year", category: "analytics" },
  { pattern: "ph_*_window_id", provider: "PostHog", purpose: "Product analytics: tells one browser tab from another.", retention: "Session", category: "analytics" },
  { pattern: "ph_*_primary_window_exists", provider: "PostHog", purpose: "Product analytics: tells one browser tab from another.", retention: "Session", category: "analytics" },
  { pattern: "__ph_opt_in_out_*", provider: "PostHog", purpose: "Remembers whether the visitor opted in to or out of product analytics.", retention: "1 year", category: "analytics" },
  { pattern: "ph_*", provider: "PostHog", purpose: "Product analytics state (feature flags, surveys, session recording).", retention: "1 year", category: "analytics" },
  { pattern: "__ph_*", provider: "PostHog", purpose: "Product analytics state.", retention: "1 year", category: "analytics" },
  { pattern: "consentry-log", types: ["localStorage"], provider: "consentry", purpose: "Queues proof of consent while offline.", retention: "Until sent", category: "necessary" },
];

/** The database's categories in consentry's: its "Functional" mixes technical and preference cookies, so a draft
 *  files them under preferences and leaves necessary to the owner's judgement. */
const CATEGORY: Record<string, string> = {
  functional: "preferences",
  personalization: "preferences",
  analytics: "analytics",
  marketing: "marketing",
  security: "necessary",
  necessary: "necessary",
};

export const DATA_DIR = "data/open-cookie-database";

/** The shipped data folder, found from this file upwards (dist/node/ in the package, src/node/audit/ in the repo). */
function findDatabase(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const file = join(directory, DATA_DIR, "open-cookie-database.csv");
    if (existsSync(file)) return file;
    directory = dirname(directory);
  }
  return undefined;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") row.push(field), (field = "");
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += char;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

export function loadKnowledge(file = findDatabase()): Suggest {
  const exact = new Map<string, Known>();
  const prefixes: Known[] = [];
  if (file) {
    const [header, ...rows] = parseCsv(readFileSync(file, "utf8"));
    const column = (name: string) => header!.findIndex((title) => title.trim().toLowerCase().startsWith(name));
    const [platform, category, key, description, retention, wildcard] = ["platform", "category", "cookie / data key", "description", "retention", "wildcard"].map(column) as number[];
    for (const row of rows) {
      const name = row[key!]?.trim();
      if (!name) continue;
      const known: Known = {
        pattern: row[wildcard!] === "1" ? `${name}*` : name,
        provider: row[platform!]?.trim() ?? "",
        purpose: row[description!]?.trim() ?? "",
        retention: row[retention!]?.trim() ?? "",
        category: CATEGORY[row[category!]?.trim().toLowerCase() ?? ""] ?? "preferences",
      };
      if (row[wildcard!] === "1") prefixes.push(known);
      else if (!exact.has(name)) exact.set(name, known);
    }
    // The longest prefix is the most specific.
    prefixes.sort((a, b) => b.pattern.length - a.pattern.length);
  }
  return (type, name) => {
    const own = OWN.find((known) => (!known.types || known.types.includes(type)) && matchesGlob(name, known.pattern));
    if (own) return suggestion(own, "consentry");
    const found = exact.get(name) ?? prefixes.find((known) => matchesGlob(name, known.pattern));
    return found ? suggestion(found, "open-cookie-database") : undefined;
  };
}

function suggestion(known: Known, source: Suggestion["source"]): Suggestion {
  return {
    provider: known.provider || undefined,
    purpose: known.purpose || undefined,
    retention: known.retention || undefined,
    category: known.category,
    source,
    pattern: known.pattern,
  };
}
