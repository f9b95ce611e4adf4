// --write-config (issue 11 item 5): a draft `categories` block for every undeclared item, in the declaration shape
// the runtime reads, with the knowledge base's provider, purpose and category where it knows the name. Issue 26 item 5:
// a recognised catalog vendor is written as `services: { clarity: { id: "..." } }`, and the items it declares are left
// out of `categories` (the service declares and erases them).
import { describeExpiry } from "./duration";
import type { RecognisedService } from "./services";
import type { InventoryItem, ItemType } from "./types";

const KEYS: Record<ItemType, string> = { cookie: "cookies", localStorage: "storage", sessionStorage: "sessionStorage", indexedDB: "indexedDB" };

/** Unknown items go where they are held back longest (refused by default, and under GPC): the owner reviews them. */
const UNKNOWN_CATEGORY = "marketing";

export interface DraftEntry {
  name: string;
  provider?: string;
  purpose?: string;
  duration?: string;
  thirdParty?: boolean;
  paths?: string[];
}

export interface DraftConfig {
  services?: Record<string, Record<string, string>>;
  categories: Record<string, Record<string, DraftEntry[]>>;
}

export function draftConfig(inventory: readonly InventoryItem[], services: readonly RecognisedService[] = []): DraftConfig {
  const categories: Record<string, Record<string, DraftEntry[]>> = {};
  const written = new Set(services.map((service) => service.name));
  for (const item of inventory) {
    if (item.declared) continue;
    if (item.service && written.has(item.service)) continue;
    const suggestion = item.suggestion;
    const category = suggestion?.category ?? UNKNOWN_CATEGORY;
    const key = KEYS[item.type];
    const entries = ((categories[category] ??= {})[key] ??= []);
    // A glob from the knowledge base (ph_*_posthog) covers every project's key at once.
    const name = suggestion?.pattern.includes("*") ? suggestion.pattern : item.name;
    const path = item.type === "cookie" && item.path && item.path !== "/" ? item.path : undefined;
    const known = entries.find((entry) => entry.name === name);
    if (known) {
      if (path && !known.paths?.includes(path)) (known.paths ??= []).push(path);
      continue;
    }
    const entry: DraftEntry = {
      name,
      provider: suggestion?.provider,
      purpose: suggestion?.purpose ?? "Unknown: found by consentry audit; say what it does before publishing.",
      duration:
        item.type === "cookie"
          ? describeExpiry(item.expires)
          : item.type === "sessionStorage"
            ? "Session"
            : (suggestion?.retention ?? "Until cleared"),
    };
    if (item.thirdParty) entry.thirdParty = true;
    if (path) entry.paths = [path];
    entries.push(JSON.parse(JSON.stringify(entry)) as DraftEntry);
  }
  return services.length ? { services: Object.fromEntries(services.map((service) => [service.name, { ...service.settings }])), categories } : { categories };
}
