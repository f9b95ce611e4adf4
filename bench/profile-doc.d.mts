// Types for bench/profile-doc.mjs, so test/node/profile-doc.test.ts typechecks.
export interface ProfileVisit {
  scriptMs: number;
  scriptSamples: number[];
  allMs: number;
  oursMs: number;
  parts: Record<string, number>;
  files: { part: string | null; file: string; ms: number }[];
  functions: { part: string; where: string; ms: number }[];
}
export interface ProfileEntry {
  label: string;
  commit: string;
  subject: string;
  dirty: boolean;
  measuredAt: string;
  chromium: string;
  visits: number;
  rate: number;
  load: [number, number];
  first: ProfileVisit;
  returning: ProfileVisit;
}
export interface ProfileResults {
  entries: Record<string, ProfileEntry>;
}
export const START: string;
export const END: string;
export function orderedEntries(results: ProfileResults): ProfileEntry[];
export function profileMarkdown(results: ProfileResults, options?: { topFiles?: number; topFunctions?: number }): string;
export function withProfileSection(docs: string, markdown: string): string;
export function currentProfileSection(docs: string): string;
export function readResults(file: string): ProfileResults;
export function writeDocs(docsFile: string, results: ProfileResults): void;
