// The audit writes catalog services (issue 26 item 5): from what the visits saw (script URLs, request hosts, cookie and
// storage names) it recognises the catalog's vendors, reads each one's id from the script URL where the catalog says
// how (`about.idFromUrl`), and says which service covers each item and each finding. `--write-config` then writes
// `services: { clarity: { id: "..." } }` in place of the raw declarations of what those services declare.
import { matchesGlob } from "../../core/categories";
import { CATALOG, type CatalogEntry } from "../../services/all";
import { describeType } from "./findings";
import type { Suggest } from "./knowledge";
import type { Finding, InventoryItem, ItemType, PageResult } from "./types";

/** The service's declarations of each storage technology (IndexedDB: none in the catalog). */
const DECLARED: Partial<Record<ItemType, "cookies" | "storage" | "sessionStorage">> = { cookie: "cookies", localStorage: "storage", sessionStorage: "sessionStorage" };

/** How the audit knew a vendor, strongest first: its id in a URL, a host only it uses, an item only it declares. */
const STRENGTH = { url: 3, host: 2, item: 1 } as const;

/** A param the draft cannot fill: the owner must, before `consentry check` passes. */
export interface Placeholder {
  param: string;
  /** The catalog's words for what is expected ("a Meta Pixel id (digits)"). */
  expected: string;
  /** Why the audit could not read it: the catalog reads no id from a URL, or none of the URLs seen had it. */
  reason: string;
}

export interface RecognisedService {
  /** The key under `services`. */
  name: string;
  title: string;
  /** The catalog's default category, where its items go. */
  category: string;
  /** What the draft writes under `services.<name>`: ids read from URLs, placeholders `<...>` for the rest. */
  settings: Record<string, string>;
  /** The settings the owner must fill in (their value in `settings` is the placeholder). */
  fill: Placeholder[];
  /** The URL each id was read from, by param. */
  readFrom: Record<string, string>;
  /** What the audit saw of it, in words: "script https://www.clarity.ms/tag/abc", "cookie _clck". */
  evidence: string[];
}

export interface Recognition {
  /** Recognised services not already configured, in catalog order. */
  services: RecognisedService[];
  /** The recognised service that declares this item, if any. */
  serviceOf(type: ItemType, name: string): RecognisedService | undefined;
  /** The recognised service whose hosts include this one, if any. */
  serviceOfHost(host: string): RecognisedService | undefined;
}

/** `about.hosts` entries: an exact host, or `*.example.com` for every subdomain of example.com (not the domain itself). */
export function hostMatches(host: string, pattern: string): boolean {
  const name = host.toLowerCase().replace(/^\./, "").replace(/:\d+$/, "");
  const wanted = pattern.toLowerCase();
  return wanted.startsWith("*.") ? name.endsWith(wanted.slice(1)) && name.length > wanted.length - 1 : name === wanted;
}

/** Whether a service's own declarations (`[name-or-glob, purpose, duration]`) cover an item. */
export function declares(entry: CatalogEntry, type: ItemType, name: string): boolean {
  const key = DECLARED[type];
  return Boolean(key && entry.definition[key]?.some(([pattern]) => matchesGlob(name, pattern)));
}

/** The id a service's `idFromUrl` reads from a URL, or undefined (no reader, no match). */
export function idFromUrl(entry: CatalogEntry, url: string): { param: string; value: string } | undefined {
  const reader = entry.about.idFromUrl;
  const value = reader && reader[1].exec(url)?.[1];
  return reader && value ? { param: reader[0], value } : undefined;
}

/** The placeholder a draft holds for a setting the owner must give: the catalog's own words, in angle brackets. */
export const placeholder = (expected: string) => `<${expected}>`;

const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

interface Candidate {
  entry: CatalogEntry;
  strength: number;
  evidence: string[];
  ids: Map<string, { value: string; url: string }>;
}

export interface RecogniseInput {
  pages: readonly PageResult[];
  inventory: readonly InventoryItem[];
  /** The knowledge base: an item's Open Cookie Database platform names the vendor when the catalog's names do not. */
  suggest?: Suggest;
  /** Services the site's config already has: their items are declared, nothing to write. */
  configured?: ReadonlySet<string>;
  catalog?: readonly CatalogEntry[];
}

/**
 * Recognises the catalog's vendors. A vendor is recognised by a URL its `idFromUrl` reads an id from, a request host
 * that only its `about.hosts` claim, or a cookie or storage name that only its declarations cover (or, where the
 * catalog's names do not say, whose Open Cookie Database platform is its title or belongs to it alone). Evidence that
 * fits several vendors (www.googletagmanager.com, `_ga`) goes to the one recognised otherwise, or, for an item, to the
 * one whose title is the item's platform in the database; else it recognises nobody.
 */
export function recogniseServices({ pages, inventory, suggest, configured = new Set(), catalog = CATALOG }: RecogniseInput): Recognition {
  const found = new Map<string, Candidate>();
  const note = (entry: CatalogEntry, strength: number, evidence: string) => {
    const known: Candidate = found.get(entry.definition.name) ?? { entry, strength, evidence: [], ids: new Map() };
    known.strength = Math.max(known.strength, strength);
    if (!known.evidence.includes(evidence)) known.evidence.push(evidence);
    found.set(entry.definition.name, known);
    return known;
  };
  const later: { candidates: CatalogEntry[]; evidence: string }[] = [];

  // The database's platform for each name the catalog declares: "Microsoft" is Clarity's, "Facebook" the Meta Pixel's.
  const platformOf = (type: ItemType, name: string) => {
    const suggestion = suggest?.(type, name);
    return suggestion?.source === "open-cookie-database" ? suggestion.provider : undefined;
  };
  const byPlatform = new Map<string, Set<CatalogEntry>>();
  for (const entry of catalog) {
    for (const type of Object.keys(DECLARED) as ItemType[]) {
      for (const [pattern] of entry.definition[DECLARED[type]!] ?? []) {
        const platform = pattern.includes("*") ? undefined : platformOf(type, pattern);
        if (platform) byPlatform.set(words(platform), (byPlatform.get(words(platform)) ?? new Set<CatalogEntry>()).add(entry));
      }
    }
  }
  const titled = (platform: string) => catalog.filter((entry) => words(entry.definition.title) === words(platform));

  // 1. Ids in URLs: every request the visits saw, and every script or response that stored something.
  const requests = pages.flatMap((page) => page.visits.flatMap((visit) => visit.requests));
  const urls = [...new Set([...requests.map((request) => request.url), ...inventory.flatMap((item) => [item.setBy?.script, item.setBy?.response]).filter((url): url is string => Boolean(url))])];
  for (const url of urls) {
    for (const entry of catalog) {
      const id = idFromUrl(entry, url);
      if (!id) continue;
      const known = note(entry, STRENGTH.url, `script ${url}`);
      if (!known.ids.has(id.param)) known.ids.set(id.param, { value: id.value, url });
    }
  }
  // 2. Request hosts.
  for (const host of new Set(requests.map((request) => request.host))) {
    const candidates = catalog.filter((entry) => entry.about.hosts.some((pattern) => hostMatches(host, pattern)));
    if (candidates.length === 1) note(candidates[0]!, STRENGTH.host, `requests to ${host}`);
    else if (candidates.length) later.push({ candidates, evidence: `requests to ${host}` });
  }
  // 3. Cookie and storage names: the catalog's declarations, then the database's platform.
  for (const item of inventory) {
    const evidence = `${item.type} ${item.name}`;
    const platform = platformOf(item.type, item.name);
    let candidates = catalog.filter((entry) => declares(entry, item.type, item.name));
    if (!candidates.length && platform) candidates = titled(platform).length ? titled(platform) : [...(byPlatform.get(words(platform)) ?? [])];
    if (candidates.length > 1 && platform) {
      const named = candidates.filter((entry) => words(entry.definition.title) === words(platform));
      if (named.length === 1) candidates = named;
    }
    if (candidates.length === 1) note(candidates[0]!, STRENGTH.item, evidence);
    else if (candidates.length) later.push({ candidates, evidence });
  }
  // 4. Shared evidence joins the one candidate recognised otherwise.
  for (const { candidates, evidence } of later) {
    const recognised = candidates.filter((entry) => found.has(entry.definition.name));
    if (recognised.length === 1) note(recognised[0]!, 0, evidence);
  }

  const services: RecognisedService[] = [];
  for (const entry of catalog) {
    const candidate = found.get(entry.definition.name);
    if (!candidate || configured.has(entry.definition.name)) continue;
    services.push(settingsOf(candidate));
  }
  // Strongest first when two recognised services could both claim an item or a host.
  const ranked = [...services].sort((a, b) => found.get(b.name)!.strength - found.get(a.name)!.strength);
  const entryOf = (service: RecognisedService) => found.get(service.name)!.entry;
  return {
    services,
    serviceOf: (type, name) => ranked.find((service) => declares(entryOf(service), type, name)),
    serviceOfHost: (host) => ranked.find((service) => entryOf(service).about.hosts.some((pattern) => hostMatches(host, pattern))),
  };
}

function settingsOf({ entry, evidence, ids }: Candidate): RecognisedService {
  const { definition, about } = entry;
  const service: RecognisedService = { name: definition.name, title: definition.title, category: definition.category, settings: {}, fill: [], readFrom: {}, evidence };
  for (const [param, [pattern, expected]] of Object.entries(definition.params ?? {})) {
    const id = ids.get(param);
    if (id && pattern.test(id.value)) {
      service.settings[param] = id.value;
      service.readFrom[param] = id.url;
      continue;
    }
    if (expected.endsWith("(optional)")) continue;
    service.settings[param] = placeholder(expected);
    service.fill.push({
      param,
      expected,
      reason: id
        ? `${id.value} in ${id.url} is not ${expected}`
        : about.idFromUrl?.[0] === param
          ? "no URL the audit saw had it"
          : "the audit cannot read it from a URL",
    });
  }
  return service;
}

/**
 * Sets `service` on every inventory item a recognised service declares, and on every finding about such an item or
 * one of its hosts: the report then says which service would fix it.
 */
export function nameServices(recognition: Recognition, inventory: InventoryItem[], findings: Finding[]): void {
  for (const item of inventory) {
    // What a configured service already declares is that service's: nothing to add.
    if (item.declared?.implied?.startsWith("services.")) continue;
    const service = recognition.serviceOf(item.type, item.name);
    if (service) item.service = service.name;
  }
  const byName = new Map(recognition.services.map((service) => [service.name, service]));
  for (const finding of findings) {
    let service: RecognisedService | undefined;
    if (finding.type === "request") service = recognition.serviceOfHost(finding.subject);
    else if (finding.type && finding.type !== "control" && finding.kind !== "declared-never-seen") {
      const type = finding.type;
      const item = inventory.find((entry) => entry.type === type && entry.service && finding.subject === `${describeType[type]} ${entry.name}`);
      service = item?.service ? byName.get(item.service) : undefined;
    }
    if (service) finding.service = { name: service.name, title: service.title };
  }
}

/** How a report line names the fix: "Microsoft Clarity: add services.clarity". */
export const serviceFix = (service: { name: string; title: string }) => `${service.title}: add services.${service.name}`;
