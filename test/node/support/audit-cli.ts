// Runs the built `consentry` binary as a site owner would, and reads back what it wrote.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { AuditReport } from "../../../src/node/audit/report-json";

/** Four visits in Chromium on a 2-core machine that eight sessions share: generous, so load never fails a test. */
export const AUDIT_TIMEOUT = 240_000;

export const CLI = resolve(import.meta.dirname, "../../../dist/node/cli.mjs");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cli?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [options.cli ?? CLI, ...args],
      { env: { ...process.env, ...options.env }, maxBuffer: 16 << 20, timeout: 230_000 },
      (error, stdout, stderr) => done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** `consentry audit` with --json into a fresh folder (`{dir}` in an argument names it); returns the run and its report. */
export function audit(url: string, ...args: string[]): Promise<CliRun & { report: AuditReport; dir: string }> {
  return auditWith({}, url, ...args);
}

/** The same, with extra environment for the CLI's process (a `NODE_OPTIONS=--import` stand-in for vendors). */
export async function auditWith(env: NodeJS.ProcessEnv, url: string, ...args: string[]): Promise<CliRun & { report: AuditReport; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "consentry-audit-"));
  const json = join(dir, "report.json");
  const run = await runCli(["audit", url, "--json", json, ...args.map((arg) => arg.replace("{dir}", dir))], { env });
  let report: AuditReport;
  try {
    report = JSON.parse(readFileSync(json, "utf8")) as AuditReport;
  } catch {
    throw new Error(`the audit wrote no report (exit ${run.code}):\n${run.stderr}\n${run.stdout}`);
  }
  return { ...run, report, dir };
}

/** "kind subject" per finding, sorted: what a test compares against the seeded faults. */
export const findingList = (report: AuditReport, severity: "warning" | "info" = "warning") =>
  report.findings.filter((finding) => finding.severity === severity).map((finding) => `${finding.kind}: ${finding.subject}`).sort();
