// From observations to conclusions (issue 11 item 4): the inventory of everything seen, each item held against the
// declarations, and the findings with their evidence. Pure: no browser, so every rule is easy to read and to test.
import { NECESSARY } from "../../core/categories";
import type { Declarations } from "./declarations";
import type { Suggest } from "./knowledge";
import { isThirdParty } from "./site";
import type { Evidence, Finding, InventoryItem, ItemType, PageResult, VisitKind } from "./types";

const BEFORE_CONSENT: readonly VisitKind[] = ["none", "reject"];

export interface Conclusions {
  inventory: InventoryItem[];
  findings: Finding[];
}

export const describeType: Record<ItemType, string> = {
  cookie: "cookie",
  localStorage: "localStorage key",
  sessionStorage: "sessionStorage key",
  indexedDB: "IndexedDB database",
};

/** Cookies are told apart by domain and path too: one set on a sub-path is a different cookie to erase (S-07). */
const keyOf = (item: { type: ItemType; name: string; domain: string; path?: string }) =>
  item.type === "cookie" ? `cookie ${item.name} ${item.domain} ${item.path}` : `${item.type} ${item.name} ${item.domain}`;

export function conclude(pages: readonly PageResult[], declarationsFor: (page: PageResult) => Declarations, suggest?: Suggest): Conclusions {
  const inventory = new Map<string, InventoryItem>();
  const findings: Finding[] = [];
  const seenPatterns = new Set<string>();
  const allDeclarations = new Map<string, { declarations: Declarations; pages: string[] }>();

  for (const page of pages) {
    const declarations = declarationsFor(page);
    const pageHost = new URL(page.url).hostname;
    for (const declaration of declarations.list) {
      const key = `${declaration.category} ${declaration.type} ${declaration.pattern}`;
      const entry = allDeclarations.get(key) ?? { declarations, pages: [] };
      entry.pages.push(page.url);
      allDeclarations.set(key, entry);
    }
    for (const visit of page.visits) {
      for (const item of visit.items) {
        const key = keyOf(item);
        let known = inventory.get(key);
        if (!known) {
          const declared = declarations.match(item.type, item.name);
          known = {
            type: item.type,
            name: item.name,
            domain: item.domain,
            path: item.path,
            expires: item.expires,
            httpOnly: item.httpOnly,
            setBy: item.setBy,
            declared: declared ? { category: declared.category, pattern: declared.pattern, implied: declared.implied } : null,
            suggestion: declared ? undefined : suggest?.(item.type, item.name),
            seen: {},
            thirdParty: isThirdParty(item.domain, pageHost),
          };
          inventory.set(key, known);
        }
        known.setBy ??= item.setBy;
        (known.seen[visit.visit] ??= []).push(page.url);
        if (known.declared) seenPatterns.add(`${known.declared.category} ${item.type} ${known.declared.pattern}`);
      }
    }
  }

  for (const item of inventory.values()) {
    const category = item.declared?.category;
    // Necessary items are never findings (issue 11 item 4); neither is an exempt category before a decision.
    if (category === NECESSARY) continue;
    const subject = `${describeType[item.type]} ${item.name}`;
    const where = item.type === "cookie" ? ` (${item.domain}${item.path})` : "";
    const by = item.setBy?.script ? `set by ${item.setBy.script}` : item.setBy?.response ? `Set-Cookie from ${item.setBy.response}` : "";
    const evidence = (visits: readonly VisitKind[], detail: string): Evidence[] =>
      visits.flatMap((visit) => (item.seen[visit] ?? []).map((page) => ({ page, visit, detail })));
    const exempt = category !== undefined && [...allDeclarations.values()].some(({ declarations }) => declarations.exempt.has(category));
    if (!item.declared) {
      findings.push({
        kind: "undeclared",
        severity: "warning",
        subject,
        type: item.type,
        message: `${subject}${where} matches no declaration`,
        evidence: evidence(["none", "reject", "accept", "withdraw"], by || "present at the end of the visit"),
      });
    }
    const early = evidence(BEFORE_CONSENT, by || "present before any consent");
    if (early.length && !exempt) {
      findings.push({
        kind: "before-consent",
        severity: "warning",
        subject,
        type: item.type,
        category,
        message: `${subject}${where} is stored before consent${category ? ` (declared under ${category})` : ""}`,
        evidence: early,
      });
    }
    // An undeclared item is never erased; its finding is "undeclared", and declaring it is the fix for both.
    const left = evidence(["withdraw"], `still present after withdrawal${by ? `; ${by}` : ""}`);
    if (item.declared && left.length) {
      findings.push({
        kind: "survived-withdrawal",
        severity: "warning",
        subject,
        type: item.type,
        category,
        message: `${subject}${where} survives withdrawal of ${category}`,
        evidence: left,
      });
    }
  }

  findings.push(...thirdPartyFindings(pages));
  for (const page of pages) {
    for (const visit of page.visits) {
      for (const problem of visit.controls) {
        findings.push({
          kind: "broken-control",
          severity: "warning",
          subject: problem.control,
          type: "control",
          message: `${problem.control}: ${problem.problem}`,
          evidence: [{ page: page.url, visit: visit.visit, detail: problem.problem }],
        });
      }
    }
  }
  for (const [key, { pages: declaredOn }] of allDeclarations) {
    const [category, type, pattern] = key.split(" ") as [string, ItemType, string];
    const declaration = allDeclarations.get(key)!.declarations.list.find((d) => d.category === category && d.type === type && d.pattern === pattern);
    if (declaration?.implied || seenPatterns.has(key)) continue;
    findings.push({
      kind: "declared-never-seen",
      severity: "info",
      subject: `${describeType[type]} ${pattern}`,
      type,
      category,
      message: `${describeType[type]} ${pattern} is declared under ${category} but was not seen on the audited pages`,
      evidence: [...new Set(declaredOn)].slice(0, 3).map((page) => ({ page, visit: "accept" as const, detail: "declared, not seen in any visit" })),
    });
  }
  return { inventory: [...inventory.values()], findings: mergeFindings(findings) };
}

/** One finding per third-party host contacted before consent: in visit (a), in (b), or before the first click. */
function thirdPartyFindings(pages: readonly PageResult[]): Finding[] {
  const byHost = new Map<string, Evidence[]>();
  for (const page of pages) {
    for (const visit of page.visits) {
      for (const request of visit.requests) {
        if (!BEFORE_CONSENT.includes(visit.visit) && request.phase !== "before") continue;
        const evidence = byHost.get(request.host) ?? [];
        evidence.push({
          page: page.url,
          visit: visit.visit,
          detail: `${request.type} ${request.url}${request.identifier ? ` carrying ${request.identifier}` : ""}`,
        });
        byHost.set(request.host, evidence);
      }
    }
  }
  return [...byHost].map(([host, evidence]) => ({
    kind: "third-party-before-consent",
    severity: "warning",
    subject: host,
    type: "request",
    message: `requests to ${host} before consent${evidence.some((e) => e.detail.includes(" carrying ")) ? ", carrying an identifier" : ""}`,
    evidence,
  }));
}

/** The same finding from several pages is one finding with all the evidence. */
function mergeFindings(findings: Finding[]): Finding[] {
  const merged = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.kind} ${finding.message}`;
    const known = merged.get(key);
    if (known) known.evidence.push(...finding.evidence);
    else merged.set(key, { ...finding, evidence: [...finding.evidence] });
  }
  return [...merged.values()];
}
