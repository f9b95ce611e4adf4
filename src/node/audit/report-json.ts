// The JSON report (docs/audit.md documents every field): what was visited, everything seen, and the findings.
import type { SandboxState } from "./browser";
import type { RecognisedService } from "./services";
import type { Finding, FindingKind, InventoryItem, PageResult, VisitResult } from "./types";
import { FINDING_KINDS } from "./types";

export const REPORT_FORMAT = "consentry-audit";
export const REPORT_VERSION = 1;

export interface AuditReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  url: string;
  startedAt: string;
  durationMs: number;
  /** `region`: the `consentry-region` cookie each visit carried (issue 29), null without --region. */
  options: { pages: number; parallel: number; config: string | null; failOn: FindingKind[]; region: string | null };
  /** Issue 30: whether the audited pages ran inside Chromium's sandbox; when not, why (root, a machine without it). */
  browser: SandboxState;
  /** The start page has consentry: four visits per page; else visit (a) alone (onboarding). */
  consentry: boolean;
  pages: { url: string; consentry: boolean; error?: string; visits: VisitResult[] }[];
  inventory: InventoryItem[];
  findings: Finding[];
  /** Issue 26 item 5: catalog vendors recognised from what was seen, not yet in the config; `--write-config` writes them. */
  services: RecognisedService[];
  summary: {
    verdict: "clean" | "findings";
    /** Findings per kind. */
    counts: Record<FindingKind, number>;
    /** Findings of a kind named in --fail-on: the exit code is 1 when this is above 0. */
    failing: number;
  };
}

export interface ReportInput {
  url: string;
  startedAt: Date;
  options: AuditReport["options"];
  browser: SandboxState;
  pages: readonly PageResult[];
  inventory: InventoryItem[];
  findings: Finding[];
  services?: RecognisedService[];
}

export function buildReport(input: ReportInput): AuditReport {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const finding of input.findings) counts[finding.kind]++;
  const warnings = input.findings.filter((finding) => finding.severity === "warning").length;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    url: input.url,
    startedAt: input.startedAt.toISOString(),
    durationMs: Date.now() - input.startedAt.getTime(),
    options: input.options,
    browser: input.browser,
    consentry: input.pages[0]?.consentry ?? false,
    pages: input.pages.map(({ url, consentry, error, visits }) => ({ url, consentry, ...(error ? { error } : {}), visits })),
    inventory: input.inventory,
    findings: input.findings,
    services: input.services ?? [],
    summary: {
      verdict: warnings ? "findings" : "clean",
      counts,
      failing: input.findings.filter((finding) => input.options.failOn.includes(finding.kind)).length,
    },
  };
}
