// What the audit's reports say in words, read as a site owner reads them: durations in the cookie lists, and how the
// browser that ran the audit was sandboxed (issue 30 items 8 and 9). Pure: no browser.
import { describe, expect, it } from "vitest";
import { launchSandboxed, sandboxUnavailable, sandboxWarning, type SandboxState } from "../../src/node/audit/browser";
import { describeExpiry } from "../../src/node/audit/duration";
import { htmlReport } from "../../src/node/audit/report-html";
import { buildReport } from "../../src/node/audit/report-json";
import { terminalSummary } from "../../src/node/audit/report-text";

const NOW = Date.UTC(2026, 0, 1);
/** A cookie expiry (seconds since the epoch, as Chromium reports it) `ms` from now. */
const expiresIn = (ms: number) => (NOW + ms) / 1000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("durations in the audit's reports (issue 30 item 8)", () => {
  it('says "1 hour", not "1 hours", and plurals from two on', () => {
    expect(describeExpiry(expiresIn(HOUR), NOW)).toBe("1 hour");
    expect(describeExpiry(expiresIn(10 * 60_000), NOW)).toBe("1 hour");
    expect(describeExpiry(expiresIn(2 * HOUR), NOW)).toBe("2 hours");
    expect(describeExpiry(expiresIn(DAY), NOW)).toBe("1 day");
    expect(describeExpiry(expiresIn(30 * DAY), NOW)).toBe("30 days");
    expect(describeExpiry(expiresIn(90 * DAY), NOW)).toBe("3 months");
    expect(describeExpiry(expiresIn(365 * DAY), NOW)).toBe("1 year");
    expect(describeExpiry(expiresIn(730 * DAY), NOW)).toBe("2 years");
    expect(describeExpiry(-1, NOW)).toBe("Session");
  });
});

/** What playwright-core's launch error reads like as root without --no-sandbox (taken from a real run, shortened). */
const ROOT_FAILURE = `browserType.launch: Target page, context or browser has been closed
Browser logs:
Chromium sandboxing failed!
Call log:
\x1b[2m  - [pid=17397][err] [17397:17397:1207/081107.212793:ERROR:content/browser/zygote_host/zygote_host_impl_linux.cc:103] Running as root without --no-sandbox is not supported. See https://crbug.com/638180.\x1b[22m`;

/** A fake launcher: records each try's sandbox flag and fails the sandboxed ones with `failure`, if any. */
function launcher(failure?: string) {
  const tries: boolean[] = [];
  const launch = async (sandbox: boolean) => {
    tries.push(sandbox);
    if (sandbox && failure) throw new Error(failure);
    return `browser (sandbox ${sandbox ? "on" : "off"})`;
  };
  return { tries, launch };
}

describe("the audit keeps Chromium's sandbox (issue 30 item 9)", () => {
  it("an ordinary user gets a sandboxed Chromium, in one launch", async () => {
    const { tries, launch } = launcher();
    expect(await launchSandboxed(launch, 1000)).toEqual({ browser: "browser (sandbox on)", sandbox: true });
    expect(tries).toEqual([true]);
  });

  it("root gets no sandbox, without a failed try first, and is told why", async () => {
    const { tries, launch } = launcher();
    const launched = await launchSandboxed(launch, 0);
    expect(launched).toMatchObject({ browser: "browser (sandbox off)", sandbox: false });
    expect(launched.reason).toMatch(/root/);
    expect(tries).toEqual([false]);
  });

  it("a machine where the sandboxed launch fails for want of a sandbox falls back, quoting Chromium's reason", async () => {
    const { tries, launch } = launcher(ROOT_FAILURE);
    const launched = await launchSandboxed(launch, 1000);
    expect(tries).toEqual([true, false]);
    expect(launched).toMatchObject({ browser: "browser (sandbox off)", sandbox: false });
    expect(launched.reason).toBe(
      "Chromium could not start its sandbox here: Running as root without --no-sandbox is not supported. See https://crbug.com/638180.",
    );
  });

  it("any other launch failure stays a failure: the sandbox is never dropped to get past it", async () => {
    const { tries, launch } = launcher("browserType.launch: spawn /usr/bin/chromium ENOENT");
    await expect(launchSandboxed(launch, 1000)).rejects.toThrow("ENOENT");
    expect(tries).toEqual([true]);
  });

  it("recognises the ways Chromium says it has no sandbox, and nothing else", () => {
    expect(sandboxUnavailable("[1:1:ERROR:zygote_host_impl_linux.cc(90)] No usable sandbox! Update your kernel")).toMatch(/^No usable sandbox!/);
    expect(sandboxUnavailable("[9:9:1207/081107.2:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly")).toMatch(/^The SUID sandbox helper/);
    expect(sandboxUnavailable("Failed to move to new namespace: PID namespaces supported, Network namespace supported, but failed: errno = Operation not permitted")).toMatch(/move to new namespace/);
    expect(sandboxUnavailable("Chromium sandboxing failed!")).toBe("Chromium sandboxing failed!");
    expect(sandboxUnavailable("net::ERR_CONNECTION_REFUSED")).toBeUndefined();
  });

  const report = (browser: SandboxState) =>
    buildReport({
      url: "https://shop.example/",
      startedAt: new Date(NOW),
      options: { pages: 1, parallel: 1, config: null, failOn: [], region: null },
      browser,
      pages: [{ url: "https://shop.example/", consentry: false, links: [], visits: [] }],
      inventory: [],
      findings: [],
    });
  const off = { sandbox: false, reason: "running as root, where Chromium cannot use its sandbox" };

  it("an unsandboxed audit says so in the JSON, the terminal summary, the HTML report and on stderr", () => {
    const unsandboxed = report(off);
    expect(JSON.parse(JSON.stringify(unsandboxed)).browser).toEqual(off);
    expect(terminalSummary(unsandboxed)).toContain("! Chromium ran without its sandbox: running as root, where Chromium cannot use its sandbox");
    expect(htmlReport(unsandboxed, [])).toContain("Chromium ran without its sandbox: running as root, where Chromium cannot use its sandbox.");
    expect(sandboxWarning(off.reason)).toMatch(/^audit: warning: Chromium runs WITHOUT its sandbox: running as root/);
  });

  it("a sandboxed audit says nothing about it in the summary, and the HTML report says it was sandboxed", () => {
    const sandboxed = report({ sandbox: true });
    expect(sandboxed.browser).toEqual({ sandbox: true });
    expect(terminalSummary(sandboxed)).not.toContain("sandbox");
    expect(htmlReport(sandboxed, [])).toContain("Chromium ran with its sandbox.");
  });
});
